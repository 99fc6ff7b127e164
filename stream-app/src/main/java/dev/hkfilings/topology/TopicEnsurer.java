package dev.hkfilings.topology;

/** Makes sure a company topic exists before the first record is written to it (a dynamic sink writes only to existing topics). */
@FunctionalInterface
public interface TopicEnsurer {

    /** Returns once the topic exists; throws when it cannot be created (the transaction then aborts and the record is retried). */
    void ensureCompanyTopic(String topic);
}

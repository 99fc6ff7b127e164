package dev.hkfilings.topology;

import dev.hkfilings.testkit.KafkaHarness;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tests share one broker, and so the fixed input topics: a new app would first re-process every earlier test's
 * filings (a 50 MiB one among them). This makes the fixed topics and commits the app's group at their current end,
 * so the app sees only what its own test produces from then on.
 */
public final class StartAtEnd {

    private StartAtEnd() {
    }

    public static void inputsOf(KafkaHarness kafka, StreamAppConfig config) throws ExecutionException, InterruptedException {
        try (TopicProvisioner topics = new TopicProvisioner(kafka.admin(), false, config.fixedTopicSpec(), config.companyTopicSpec())) {
            topics.ensureFixedTopics();
        }
        Admin admin = kafka.admin();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().forEach((name, d) ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(config.applicationId(), ends).all().get();
    }
}

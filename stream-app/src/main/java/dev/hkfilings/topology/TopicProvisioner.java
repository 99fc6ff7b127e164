package dev.hkfilings.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics through the Admin API, never through broker auto-creation (which would
 * make a company topic that is not compacted). Company topics are created on first use and remembered,
 * so the admin round trip happens once per company per process.
 */
public final class TopicProvisioner implements TopicEnsurer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_S = 30;

    private final Admin admin;
    private final boolean ownsAdmin;
    private final StreamAppConfig.TopicSpec fixedSpec;
    private final StreamAppConfig.TopicSpec companySpec;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public TopicProvisioner(Admin admin, boolean ownsAdmin, StreamAppConfig.TopicSpec fixedSpec, StreamAppConfig.TopicSpec companySpec) {
        this.admin = admin;
        this.ownsAdmin = ownsAdmin;
        this.fixedSpec = fixedSpec;
        this.companySpec = companySpec;
    }

    public static TopicProvisioner create(StreamAppConfig config) {
        return new TopicProvisioner(Admin.create(config.adminConfig()), true, config.fixedTopicSpec(), config.companyTopicSpec());
    }

    /** Creates the fixed topics that are missing: compacted where the topic holds the latest version per key. */
    public void ensureFixedTopics() {
        List<NewTopic> wanted = new ArrayList<>();
        for (String t : Topics.DELETE_RETENTION) {
            wanted.add(newTopic(t, fixedSpec, false));
        }
        for (String t : Topics.COMPACTED) {
            wanted.add(newTopic(t, fixedSpec, true));
        }
        createAll(wanted);
    }

    @Override
    public void ensureCompanyTopic(String topic) {
        if (known.contains(topic)) {
            return;
        }
        createAll(List.of(newTopic(topic, companySpec, true)));
    }

    private void createAll(List<NewTopic> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                var results = admin.createTopics(missing).values();
                for (var e : results.entrySet()) {
                    try {
                        e.getValue().get(TIMEOUT_S, TimeUnit.SECONDS);
                        LOG.info("created topic {}", e.getKey());
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw ex;
                        }
                        // another instance created it between our listing and our request: fine
                    }
                }
            }
            topics.forEach(t -> known.add(t.name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicCreationException("interrupted while creating " + names(topics), e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new TopicCreationException("could not create " + names(topics) + ": " + cause, cause);
        }
    }

    private static List<String> names(List<NewTopic> topics) {
        return topics.stream().map(NewTopic::name).toList();
    }

    static NewTopic newTopic(String name, StreamAppConfig.TopicSpec spec, boolean compacted) {
        NewTopic t = new NewTopic(name, Optional.of(spec.partitions()),
                spec.replicationFactor() < 0 ? Optional.empty() : Optional.of(spec.replicationFactor()));
        return t.configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(spec.maxMessageBytes())));
    }

    @Override
    public void close() {
        if (ownsAdmin) {
            admin.close();
        }
    }

    /** A topic could not be created; the record that needed it is retried rather than dead-lettered. */
    public static final class TopicCreationException extends RuntimeException {
        public TopicCreationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package dev.hkfilings.testkit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** What both harness implementations share: client settings and topic creation on top of a bootstrap address. */
abstract class AbstractHarness implements KafkaHarness {

    /** The largest record tests may send: a whole ESG report PDF is one record. */
    static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

    private Admin admin;

    /** Starts broker and registry; returns when both answer. */
    abstract void start();

    @Override
    public synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "hkfilings-harness-admin");
            config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
            admin = Admin.create(config);
        }
        return admin;
    }

    synchronized void closeAdmin() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Override
    public Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        // a record must fit into the producer's buffer as a whole; the buffer grows on demand, it is not preallocated
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_RECORD_BYTES);
        return config;
    }

    @Override
    public Map<String, Object> consumerConfig(String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_RECORD_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MAX_RECORD_BYTES);
        return config;
    }

    @Override
    public void createTopic(String name, int partitions, boolean compacted) {
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be at least 1, not " + partitions);
        }
        String policy = compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
        NewTopic topic = new NewTopic(name, partitions, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy));
        try {
            admin().createTopics(List.of(topic)).all().get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + name + ": " + e.getCause(), e.getCause());
            }
            checkExisting(name, partitions, policy);
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating topic " + name + " took longer than " + TOPIC_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
        awaitLeaders(name);
    }

    private void checkExisting(String name, int partitions, String policy) {
        try {
            compareExisting(name, partitions, policy);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("topic " + name + " exists but could not be described: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing topic " + name, e);
        }
    }

    private void compareExisting(String name, int partitions, String policy) throws ExecutionException,
            InterruptedException, TimeoutException {
        TopicDescription description = admin().describeTopics(List.of(name)).allTopicNames()
                .get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(name);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config config = admin().describeConfigs(List.of(resource)).all()
                .get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
        String existingPolicy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        if (description.partitions().size() != partitions || !policy.equals(existingPolicy)) {
            throw new IllegalStateException("topic " + name + " already exists with " + description.partitions().size()
                    + " partition(s) and cleanup.policy=" + existingPolicy + ", not " + partitions
                    + " partition(s) and cleanup.policy=" + policy);
        }
    }

    private void awaitLeaders(String name) {
        long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        String last = "no description";
        while (true) {
            try {
                TopicDescription description = admin().describeTopics(List.of(name)).allTopicNames()
                        .get(5, TimeUnit.SECONDS).get(name);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
                last = description.toString();
            } catch (ExecutionException | TimeoutException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + name + " has partitions without a leader after "
                        + TOPIC_TIMEOUT + ": " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic " + name, e);
            }
        }
    }
}

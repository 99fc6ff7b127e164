package dev.hkfilings.topology;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The stream application's settings: one typed place with defaults and validation. Anything prefixed
 * {@code streams.} is passed to Kafka Streams as-is (e.g. {@code streams.commit.interval.ms}), after the
 * settings derived here, so an operator can override them deliberately.
 */
public final class StreamAppConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String SCHEMA_REGISTRY_BASIC_AUTH = "basic.auth.user.info";
    public static final String APPLICATION_ID = "application.id";
    public static final String STATE_DIR = "state.dir";
    public static final String NUM_STREAM_THREADS = "num.stream.threads";

    public static final String TOPIC_PARTITIONS = "topics.partitions";
    public static final String TOPIC_REPLICATION = "topics.replication.factor";
    public static final String COMPANY_TOPIC_PARTITIONS = "company.topics.partitions";
    public static final String COMPANY_TOPIC_REPLICATION = "company.topics.replication.factor";
    public static final String CREATE_TOPICS = "topics.create";

    public static final String MAX_RECORD_BYTES = "max.record.bytes";
    public static final String BUFFERED_RECORDS = "buffered.records.per.partition";
    public static final String MAX_POLL_INTERVAL_MS = "max.poll.interval.ms";
    public static final String MAX_POLL_RECORDS = "max.poll.records";
    public static final String REGISTRY_OUTAGE_MAX_WAIT_MS = "schema.registry.outage.max.wait.ms";
    static final long DEFAULT_REGISTRY_OUTAGE_MAX_WAIT_MS = 120_000L;

    /** Extraction settings ({@code extract.mode}, {@code extract.workers}, {@code extract.timeout.ms}...) pass through to the extractor. */
    public static final String EXTRACT_PREFIX = "extract.";
    public static final String EXTRACT_WORKERS = "extract.workers";
    public static final String EXTRACT_TIMEOUT_MS = "extract.timeout.ms";
    /** The extractor's own default parse time-box. */
    static final long DEFAULT_EXTRACT_TIMEOUT_MS = 60_000L;

    public static final String HTTP_HOST = "http.host";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_ADVERTISED_HOST = "http.advertised.host";

    /** Kafka Streams settings given through this prefix win over the derived ones. */
    public static final String STREAMS_PREFIX = "streams.";

    private static final int MIB = 1024 * 1024;
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 * MIB;

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString() {
                @Override
                public void ensureValid(String name, Object value) {
                    if (!(value instanceof java.util.List<?> l) || l.isEmpty() || l.stream().anyMatch(s -> s.toString().isBlank())) {
                        throw new ConfigException(name, value, "give at least one host:port");
                    }
                }
            }, Importance.HIGH, "Kafka brokers to bootstrap from, host:port[,host:port...].")
            .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Base URL of the Confluent-compatible schema registry (mock://scope for an in-memory registry in tests).")
            .define(SCHEMA_REGISTRY_BASIC_AUTH, Type.PASSWORD, null, Importance.LOW,
                    "user:password for the registry's basic authentication, if it needs one.")
            .define(APPLICATION_ID, Type.STRING, "hkfilings-stream", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka Streams application id: consumer group and prefix of internal topics and transactional ids.")
            .define(STATE_DIR, Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "hkfilings-streams").toString(),
                    new ConfigDef.NonEmptyString(), Importance.MEDIUM, "Kafka Streams state directory.")
            .define(NUM_STREAM_THREADS, Type.INT, 2, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads; each one parses one document at a time, so this bounds parsing parallelism.")
            .define(CREATE_TOPICS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Create the fixed topics at start-up when they are missing (existing topics are left as they are).")
            .define(TOPIC_PARTITIONS, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "Partitions of the fixed topics the app creates (raw, text, dlq, events).")
            .define(TOPIC_REPLICATION, Type.SHORT, (short) -1, Range.between(-1, Short.MAX_VALUE), Importance.MEDIUM,
                    "Replication factor of the fixed topics the app creates; -1 takes the broker's default.replication.factor.")
            .define(COMPANY_TOPIC_PARTITIONS, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
                    "Partitions of each hkex.company.<stockCode> topic, created on first use.")
            .define(COMPANY_TOPIC_REPLICATION, Type.SHORT, (short) -1, Range.between(-1, Short.MAX_VALUE), Importance.MEDIUM,
                    "Replication factor of each company topic; -1 takes the broker's default.replication.factor.")
            .define(MAX_RECORD_BYTES, Type.INT, DEFAULT_MAX_RECORD_BYTES, Range.between(MIB, 1024 * MIB), Importance.HIGH,
                    "Largest record the app produces or fetches (a whole PDF is one record): sets the producer's "
                            + "max.request.size, the consumer's fetch sizes and max.message.bytes of the topics it creates. "
                            + "The broker's message.max.bytes and replica.fetch.max.bytes must be at least as large.")
            .define(BUFFERED_RECORDS, Type.INT, 16, Range.atLeast(1), Importance.MEDIUM,
                    "Fetched but unprocessed records Kafka Streams buffers per input partition; with whole PDFs as records "
                            + "this bounds the heap they take (partitions x this x record size).")
            .define(MAX_POLL_INTERVAL_MS, Type.INT, 300_000, Range.atLeast(10_000), Importance.MEDIUM,
                    "Consumer max.poll.interval.ms; must leave room for at least two time-boxed parses.")
            .define(MAX_POLL_RECORDS, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "Consumer max.poll.records.")
            .define(HTTP_HOST, Type.STRING, "0.0.0.0", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Address the HTTP API (and dashboard) binds to.")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of the HTTP API; 0 takes an ephemeral port (tests, several instances on one host).")
            .define(HTTP_ADVERTISED_HOST, Type.STRING, null, Importance.MEDIUM,
                    "Host name other instances use to reach this one's HTTP API (Kafka Streams application.server, "
                            + "with the bound port). Default: http.host, or localhost when that is a wildcard address.")
            .define(REGISTRY_OUTAGE_MAX_WAIT_MS, Type.LONG, DEFAULT_REGISTRY_OUTAGE_MAX_WAIT_MS, Range.atLeast(0), Importance.LOW,
                    "How long a record waits, its stream thread paused, for an unreachable schema registry before the "
                            + "thread is replaced and the record retried from the last commit; a record is never "
                            + "dead-lettered because the registry is down. Keep it below max.poll.interval.ms.");

    public StreamAppConfig(Map<?, ?> props) {
        super(CONFIG, props);
        validateTogether();
    }

    private void validateTogether() {
        if (getLong(REGISTRY_OUTAGE_MAX_WAIT_MS) >= getInt(MAX_POLL_INTERVAL_MS)) {
            // a paused thread that waits longer than this loses its group membership mid-record
            throw new ConfigException(REGISTRY_OUTAGE_MAX_WAIT_MS, getLong(REGISTRY_OUTAGE_MAX_WAIT_MS),
                    "must be less than " + MAX_POLL_INTERVAL_MS + " (" + getInt(MAX_POLL_INTERVAL_MS) + ")");
        }
        long timeout = extractTimeoutMs();
        Object txTimeout = originals().get(STREAMS_PREFIX + "producer." + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);
        if (txTimeout != null && parseLong(txTimeout, STREAMS_PREFIX + "producer." + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG) <= timeout) {
            // a transaction stays open while a document parses: one that times out first is aborted, its task
            // fenced and the same document parsed again, for ever (found by the reliability suite)
            throw new ConfigException(STREAMS_PREFIX + "producer." + ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, txTimeout,
                    "must be more than " + EXTRACT_TIMEOUT_MS + " (" + timeout + "), or a slow parse is redone for ever");
        }
        if (timeout * 2 >= getInt(MAX_POLL_INTERVAL_MS)) {
            // Streams polls again only between records: one overrunning parse must not cost the thread its group membership.
            throw new ConfigException(EXTRACT_TIMEOUT_MS, timeout,
                    "must be less than half of " + MAX_POLL_INTERVAL_MS + " (" + getInt(MAX_POLL_INTERVAL_MS) + ")");
        }
    }

    public java.time.Duration registryOutageMaxWait() {
        return java.time.Duration.ofMillis(getLong(REGISTRY_OUTAGE_MAX_WAIT_MS));
    }

    private static long parseLong(Object v, String name) {
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, v, "not a number of milliseconds");
        }
    }

    public String bootstrapServers() {
        return String.join(",", getList(BOOTSTRAP_SERVERS));
    }

    public String schemaRegistryUrl() {
        return getString(SCHEMA_REGISTRY_URL);
    }

    public String applicationId() {
        return getString(APPLICATION_ID);
    }

    public int numStreamThreads() {
        return getInt(NUM_STREAM_THREADS);
    }

    public boolean createTopics() {
        return getBoolean(CREATE_TOPICS);
    }

    public TopicSpec fixedTopicSpec() {
        return new TopicSpec(getInt(TOPIC_PARTITIONS), getShort(TOPIC_REPLICATION), maxRecordBytes());
    }

    public TopicSpec companyTopicSpec() {
        return new TopicSpec(getInt(COMPANY_TOPIC_PARTITIONS), getShort(COMPANY_TOPIC_REPLICATION), maxRecordBytes());
    }

    public int maxRecordBytes() {
        return getInt(MAX_RECORD_BYTES);
    }

    /**
     * The {@code extract.*} settings for the extractor, with one parsing worker per stream thread unless
     * {@code extract.workers} says otherwise.
     */
    public Map<String, Object> extractSettings() {
        Map<String, Object> m = new HashMap<>(originalsWithPrefix(EXTRACT_PREFIX, false));
        m.putIfAbsent(EXTRACT_WORKERS, Integer.toString(numStreamThreads()));
        return m;
    }

    public long extractTimeoutMs() {
        Object v = originals().get(EXTRACT_TIMEOUT_MS);
        if (v == null) {
            return DEFAULT_EXTRACT_TIMEOUT_MS;
        }
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(EXTRACT_TIMEOUT_MS, v, "not a number of milliseconds");
        }
    }

    public String httpHost() {
        return getString(HTTP_HOST);
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    /** The host other instances reach this one at. */
    public String httpAdvertisedHost() {
        String advertised = getString(HTTP_ADVERTISED_HOST);
        if (advertised != null && !advertised.isBlank()) {
            return advertised.strip();
        }
        String host = httpHost();
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "localhost" : host;
    }

    /** What the registry serdes need: the URL and, where set, the credentials (basic or bearer). */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> m = new HashMap<>();
        m.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl());
        if (getPassword(SCHEMA_REGISTRY_BASIC_AUTH) != null) {
            m.put("basic.auth.credentials.source", "USER_INFO");
            m.put(SCHEMA_REGISTRY_BASIC_AUTH, getPassword(SCHEMA_REGISTRY_BASIC_AUTH).value());
        }
        originals().forEach((k, v) -> {
            if (REGISTRY_AUTH_KEYS.contains(k) && !SCHEMA_REGISTRY_BASIC_AUTH.equals(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** The schema-registry client's authentication settings, with Confluent's names. */
    public static final java.util.Set<String> REGISTRY_AUTH_KEYS = java.util.Set.of(
            "basic.auth.credentials.source", SCHEMA_REGISTRY_BASIC_AUTH, "bearer.auth.credentials.source", "bearer.auth.token");

    /** Whether a setting is Kafka client security: security.protocol, sasl.*, ssl.*. */
    public static boolean isClientSecurityKey(String key) {
        return key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.");
    }

    /**
     * Kafka client security (security.protocol, sasl.*, ssl.*) as given, for every client the app or the CLI
     * makes: streams (and so its producers and consumers), admin, and the replay's own clients.
     */
    public Map<String, Object> clientSecurity() {
        Map<String, Object> m = new HashMap<>();
        originals().forEach((k, v) -> {
            if (isClientSecurityKey(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** Admin client settings for creating topics. */
    public Map<String, Object> adminConfig() {
        Map<String, Object> m = new HashMap<>(clientSecurity());
        m.put("bootstrap.servers", bootstrapServers());
        m.put("client.id", applicationId() + "-topics");
        return m;
    }

    /** Kafka Streams' commit interval unless {@code streams.commit.interval.ms} says otherwise. */
    public static final int DEFAULT_COMMIT_INTERVAL_MS = 500;

    /** The Kafka Streams properties: exactly-once, record sizes raised for whole PDFs, parse time bounded. */
    public Properties streamsProperties() {
        int maxBytes = maxRecordBytes();
        Properties p = new Properties();
        p.putAll(clientSecurity());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numStreamThreads());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Under exactly-once every commit is a transaction with a marker on each partition it wrote (company topics,
        // market topics, changelogs, state mirrors): at the 100 ms default the broker spent 2 ms of CPU per filing
        // on them in the topology benchmark, about half of that at 1 s. 500 ms keeps an event within a second of its
        // filing (a filing's event, then the state tables folded from it, each wait for one commit).
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, DEFAULT_COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, getInt(BUFFERED_RECORDS));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxBytes);
        // the accumulator must hold at least one maximal record, or send() blocks and then fails
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG), Math.max(32L * MIB, 2L * maxBytes));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // a transaction stays open while a slow document parses: give it more than the parse time-box
        long txTimeout = Math.max(60_000L, 2 * extractTimeoutMs() + 30_000L);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), (int) Math.min(txTimeout, 900_000L));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), maxBytes);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), maxBytes);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), getInt(MAX_POLL_INTERVAL_MS));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), getInt(MAX_POLL_RECORDS));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        originalsWithPrefix(STREAMS_PREFIX).forEach(p::put);
        return p;
    }

    /** Partitions, replication (-1 = broker default) and the max.message.bytes of topics the app creates. */
    public record TopicSpec(int partitions, short replicationFactor, int maxMessageBytes) {
    }
}

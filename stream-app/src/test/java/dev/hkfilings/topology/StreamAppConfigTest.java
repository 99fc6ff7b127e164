package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class StreamAppConfigTest {

    private static final Map<String, Object> MINIMAL = Map.of(
            "bootstrap.servers", "127.0.0.1:9092", "schema.registry.url", "http://127.0.0.1:8080/apis/ccompat/v7");

    @Test
    void derivesExactlyOnceAndRecordSizesLargeEnoughForWholePdfs() {
        Properties p = new StreamAppConfig(MINIMAL).streamsProperties();

        assertThat(p.get("processing.guarantee")).isEqualTo("exactly_once_v2");
        assertThat(p.get("producer.max.request.size")).isEqualTo(64 * 1024 * 1024);
        assertThat((Long) p.get("producer.buffer.memory")).isGreaterThanOrEqualTo(64L * 1024 * 1024);
        assertThat(p.get("consumer.max.partition.fetch.bytes")).isEqualTo(64 * 1024 * 1024);
        assertThat(p.get("consumer.fetch.max.bytes")).isEqualTo(64 * 1024 * 1024);
        assertThat((Integer) p.get("producer.transaction.timeout.ms")).isGreaterThan(2 * 60_000);
        assertThat(p.get("commit.interval.ms")).isEqualTo(StreamAppConfig.DEFAULT_COMMIT_INTERVAL_MS);
    }

    @Test
    void streamsPrefixedSettingsWin() {
        var m = new java.util.HashMap<>(MINIMAL);
        m.put("streams.commit.interval.ms", "250");
        m.put("streams.producer.max.request.size", "1048576");
        Properties p = new StreamAppConfig(m).streamsProperties();

        assertThat(p.get("commit.interval.ms")).isEqualTo("250");
        assertThat(p.get("producer.max.request.size")).isEqualTo("1048576");
    }

    @Test
    void rejectsMissingBrokersAndAParseTimeThatCouldExceedThePollInterval() {
        assertThatThrownBy(() -> new StreamAppConfig(Map.of("schema.registry.url", "mock://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bootstrap.servers");
        var m = new java.util.HashMap<>(MINIMAL);
        m.put("extract.timeout.ms", "200000");
        assertThatThrownBy(() -> new StreamAppConfig(m))
                .isInstanceOf(ConfigException.class).hasMessageContaining("extract.timeout.ms").hasMessageContaining("max.poll.interval.ms");
    }

    @Test
    void rejectsATransactionTimeoutThatAParseCouldOutlast() {
        var m = new java.util.HashMap<>(MINIMAL);
        m.put("extract.timeout.ms", "20000");
        m.put("streams.producer.transaction.timeout.ms", "15000");
        assertThatThrownBy(() -> new StreamAppConfig(m)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("streams.producer.transaction.timeout.ms").hasMessageContaining("extract.timeout.ms (20000)");
        m.put("streams.producer.transaction.timeout.ms", "25000");
        assertThat(new StreamAppConfig(m).streamsProperties().get("producer.transaction.timeout.ms")).isEqualTo("25000");
    }

    @Test
    void outageWaitMustStayBelowThePollInterval() {
        var m = new java.util.HashMap<>(MINIMAL);
        m.put("schema.registry.outage.max.wait.ms", "300000");
        assertThatThrownBy(() -> new StreamAppConfig(m)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.outage.max.wait.ms");
        assertThat(new StreamAppConfig(MINIMAL).registryOutageMaxWait()).hasSeconds(120);
    }

    @Test
    void topicSpecsDefaultToBrokerReplicationAndTheRecordLimit() {
        var c = new StreamAppConfig(MINIMAL);
        assertThat(c.companyTopicSpec()).isEqualTo(new StreamAppConfig.TopicSpec(1, (short) -1, 64 * 1024 * 1024));
        assertThat(c.extractSettings()).containsEntry("extract.workers", "2");
        var m = new java.util.HashMap<String, Object>(MINIMAL);
        m.put("extract.mode", "in-process");
        m.put("extract.workers", "3");
        assertThat(new StreamAppConfig(m).extractSettings()).containsEntry("extract.mode", "in-process").containsEntry("extract.workers", "3");
    }

    @Test
    void theAdvertisedHttpHostDefaultsToTheBoundOneOrLocalhostForAWildcard() {
        assertThat(new StreamAppConfig(MINIMAL).httpAdvertisedHost()).isEqualTo("localhost");
        assertThat(new StreamAppConfig(MINIMAL).httpPort()).isEqualTo(8080);
        Map<String, Object> m = new java.util.HashMap<>(MINIMAL);
        m.put("http.host", "10.0.0.5");
        assertThat(new StreamAppConfig(m).httpAdvertisedHost()).isEqualTo("10.0.0.5");
        m.put("http.advertised.host", "api-1.internal");
        assertThat(new StreamAppConfig(m).httpAdvertisedHost()).isEqualTo("api-1.internal");
        m.put("http.port", "70000");
        assertThatThrownBy(() -> new StreamAppConfig(m)).hasMessageContaining("http.port");
    }
}

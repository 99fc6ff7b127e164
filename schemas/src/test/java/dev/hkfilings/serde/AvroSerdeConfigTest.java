package dev.hkfilings.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.hkfilings.avro.RawFiling;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AvroSerdeConfigTest {

    private static final String URL = "schema.registry.url";

    @Test
    void defaultsFollowConfluent() {
        AvroSerdeConfig config = new AvroSerdeConfig(Map.of(URL, "http://registry:8081"));

        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificAvroReader()).isFalse();
        assertThat(config.subjectNameStrategy(false)).isInstanceOf(TopicNameStrategy.class);
        assertThat(config.subjectNameStrategy(true)).isInstanceOf(TopicNameStrategy.class);
        assertThat(config.specificType(false)).isNull();
    }

    @Test
    void acceptsConfluentsOursAndSimpleStrategyNames() {
        assertThat(new AvroSerdeConfig(Map.of(URL, "mock://x", "value.subject.name.strategy",
                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy")).subjectNameStrategy(false))
                .isInstanceOf(TopicRecordNameStrategy.class);
        assertThat(new AvroSerdeConfig(Map.of(URL, "mock://x", "value.subject.name.strategy",
                RecordNameStrategy.class.getName())).subjectNameStrategy(false)).isInstanceOf(RecordNameStrategy.class);
        assertThat(new AvroSerdeConfig(Map.of(URL, "mock://x", "key.subject.name.strategy", "RecordNameStrategy"))
                .subjectNameStrategy(true)).isInstanceOf(RecordNameStrategy.class);
    }

    @Test
    void refusesUnknownStrategiesAndTypes() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(URL, "mock://x", "value.subject.name.strategy",
                "com.example.Nope")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value.subject.name.strategy")
                .hasMessageContaining("no such class");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(URL, "mock://x", "value.subject.name.strategy",
                "java.lang.String")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not implement");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(URL, "mock://x", "auto.register.schemas", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("auto.register.schemas");
    }

    @Test
    void specificTypesAreClasses() {
        AvroSerdeConfig config = new AvroSerdeConfig(Map.of(URL, "mock://x", "specific.avro.value.type",
                RawFiling.class.getName()));

        assertThat(config.specificType(false)).isEqualTo(RawFiling.class);
    }

    @Test
    void everySettingIsDocumented() {
        assertThat(AvroSerdeConfig.CONFIG.configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).as(key.name).isNotBlank());
        assertThat(AvroSerdeConfig.CONFIG.names()).contains("schema.registry.url", "auto.register.schemas",
                "use.latest.version", "specific.avro.reader", "key.subject.name.strategy", "value.subject.name.strategy",
                "basic.auth.credentials.source", "basic.auth.user.info", "bearer.auth.token", "max.retries",
                "retries.wait.ms", "retries.max.wait.ms");
    }
}

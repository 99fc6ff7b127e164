package dev.hkfilings.connect.convert;

import dev.hkfilings.connect.ConfigValidators;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Configuration of {@link AvroConverter}, given with the worker's {@code value.converter.} (or {@code key.converter.})
 * prefix. The names are Confluent's; every setting is passed on to the schemas module's serializer and deserializer.
 */
public final class AvroConverterConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
        .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
            ConfigDef.LambdaValidator.with((name, value) -> {
                if (value != null && !value.toString().startsWith("mock://")) {
                    ConfigValidators.httpUrls().ensureValid(name, value);
                }
            }, () -> "comma-separated http(s) URLs, or mock://scope in tests"),
            Importance.HIGH,
            "Base URL(s) of the Confluent-compatible schema registry, e.g. http://registry:8081 "
                + "(Apicurio: http://host:8080/apis/ccompat/v7).")
        .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
            "Register the RawFiling schema under its subject when it is not registered yet.")
        .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
            "Write with the latest registered version of the subject instead of the schema the connector carries.")
        .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, "io.confluent.kafka.serializers.subject.TopicNameStrategy", Importance.LOW,
            "Subject name strategy for values, by Confluent's class names: TopicNameStrategy (<topic>-value), "
                + "RecordNameStrategy, TopicRecordNameStrategy.")
        .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, "io.confluent.kafka.serializers.subject.TopicNameStrategy", Importance.LOW,
            "Subject name strategy for keys, when the converter is used for keys.")
        .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.LOW,
            "user:password for a registry behind HTTP basic authentication; empty for none.");

    public AvroConverterConfig(Map<String, ?> props) {
        super(CONFIG_DEF, props);
    }
}

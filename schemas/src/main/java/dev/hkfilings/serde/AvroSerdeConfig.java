package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.RegistryClientConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of the Avro serdes, with Confluent's names ({@code AbstractKafkaAvroSerDeConfig}) so that existing
 * producer, consumer and Streams configs work unchanged. Includes the registry client's settings
 * ({@link RegistryClientConfig}).
 */
public final class AvroSerdeConfig extends RegistryClientConfig {

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String AVRO_USE_LOGICAL_TYPE_CONVERTERS = "avro.use.logical.type.converters";

    private static final String STRATEGY_DOC = " subject naming strategy: TopicNameStrategy (<topic>-key/-value), "
            + "RecordNameStrategy (the record's full name) or TopicRecordNameStrategy (<topic>-<full name>), given as "
            + "Confluent's class name (io.confluent.kafka.serializers.subject.*), ours (dev.hkfilings.serde.*), the "
            + "simple name, or any class implementing dev.hkfilings.serde.SubjectNameStrategy.";

    public static final ConfigDef CONFIG = baseConfigDef()
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Whether the serializer registers a record's schema under its subject. When false, the schema must "
                            + "already be registered there (it is looked up, and the serializer fails if it is not).")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Whether the serializer uses the subject's latest registered version instead of registering or "
                            + "looking up the record's schema. The latest version must have the record's Parsing "
                            + "Canonical Form (same binary encoding); set " + AUTO_REGISTER_SCHEMAS + "=false with it.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.LOW,
                    "Whether KafkaAvroDeserializer returns generated (specific) classes instead of GenericRecord. "
                            + "SpecificAvroDeserializer always does.")
            .define(SPECIFIC_AVRO_KEY_TYPE, Type.CLASS, null, Importance.LOW,
                    "The generated class keys are read into; by default the class named by the writer schema.")
            .define(SPECIFIC_AVRO_VALUE_TYPE, Type.CLASS, null, Importance.LOW,
                    "The generated class values are read into; by default the class named by the writer schema.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TopicNameStrategy.class.getName(),
                    AvroSerdeConfig::validateStrategy, Importance.MEDIUM, "The key" + STRATEGY_DOC)
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TopicNameStrategy.class.getName(),
                    AvroSerdeConfig::validateStrategy, Importance.MEDIUM, "The value" + STRATEGY_DOC)
            .define(AVRO_USE_LOGICAL_TYPE_CONVERTERS, Type.BOOLEAN, true, Importance.LOW,
                    "Whether generic records carry logical types as Java types (timestamp-millis as Instant, date as "
                            + "LocalDate, decimal as BigDecimal, uuid as UUID). Generated classes always do. "
                            + "Confluent's default is false; ours is true.");

    public AvroSerdeConfig(Map<?, ?> props) {
        super(CONFIG, strategyClassesAsNames(props));
    }

    // a strategy may be given as a Class object, as Confluent users do; the setting is a string so that Confluent's
    // class names (absent from the classpath) are accepted
    private static Map<?, ?> strategyClassesAsNames(Map<?, ?> props) {
        Map<Object, Object> copy = new java.util.HashMap<>(props);
        for (String key : java.util.List.of(KEY_SUBJECT_NAME_STRATEGY, VALUE_SUBJECT_NAME_STRATEGY)) {
            if (copy.get(key) instanceof Class<?> type) {
                copy.put(key, type.getName());
            }
        }
        return copy;
    }

    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION);
    }

    public boolean specificAvroReader() {
        return getBoolean(SPECIFIC_AVRO_READER);
    }

    public boolean useLogicalTypeConverters() {
        return getBoolean(AVRO_USE_LOGICAL_TYPE_CONVERTERS);
    }

    /** The configured reader class for keys or values, or null to use the class the writer schema names. */
    public Class<?> specificType(boolean isKey) {
        return getClass(isKey ? SPECIFIC_AVRO_KEY_TYPE : SPECIFIC_AVRO_VALUE_TYPE);
    }

    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        String setting = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        return SubjectNames.strategy(setting, getString(setting));
    }

    private static void validateStrategy(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "a subject naming strategy is required");
        }
        SubjectNames.strategy(name, value);
    }

    public static void main(String[] args) {
        System.out.println(CONFIG.toEnrichedRst());
    }
}

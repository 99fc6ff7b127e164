package dev.hkfilings.serde;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;

/** Resolves the strategy settings, accepting Confluent's class names so that existing configs work. */
final class SubjectNames {

    private static final Map<String, Class<? extends SubjectNameStrategy>> ALIASES = Map.of(
            "io.confluent.kafka.serializers.subject.TopicNameStrategy", TopicNameStrategy.class,
            "io.confluent.kafka.serializers.subject.RecordNameStrategy", RecordNameStrategy.class,
            "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy", TopicRecordNameStrategy.class,
            "TopicNameStrategy", TopicNameStrategy.class,
            "RecordNameStrategy", RecordNameStrategy.class,
            "TopicRecordNameStrategy", TopicRecordNameStrategy.class);

    private SubjectNames() {
    }

    static SubjectNameStrategy strategy(String setting, Object value) {
        String className = value instanceof Class<?> c ? c.getName() : String.valueOf(value).trim();
        Class<?> type = ALIASES.get(className);
        if (type == null) {
            try {
                type = Class.forName(className, true, Thread.currentThread().getContextClassLoader() != null
                        ? Thread.currentThread().getContextClassLoader() : SubjectNames.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ConfigException(setting, value, "no such class; use TopicNameStrategy, RecordNameStrategy, "
                        + "TopicRecordNameStrategy (Confluent's or ours) or a " + SubjectNameStrategy.class.getName());
            }
        }
        if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
            throw new ConfigException(setting, value, "does not implement " + SubjectNameStrategy.class.getName());
        }
        try {
            return (SubjectNameStrategy) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new ConfigException(setting, value, "cannot be instantiated through a public no-arg constructor: " + e);
        }
    }

    static String recordName(Schema schema, boolean isKey) {
        if (schema.getType() != Schema.Type.RECORD) {
            // Confluent refuses too: a primitive has no name to build a subject from
            throw new SerializationException("The record-name subject strategies need a record schema for the "
                    + (isKey ? "key" : "value") + ", got " + schema.getType());
        }
        return schema.getFullName();
    }
}

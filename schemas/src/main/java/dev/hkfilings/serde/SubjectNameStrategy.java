package dev.hkfilings.serde;

import org.apache.avro.Schema;

/**
 * Names the registry subject a record's schema is registered under. Configured through
 * {@code key.subject.name.strategy} / {@code value.subject.name.strategy}; implementations need a public no-arg
 * constructor.
 */
public interface SubjectNameStrategy {
    String subjectName(String topic, boolean isKey, Schema schema);
}

package dev.hkfilings.serde;

import org.apache.avro.Schema;

/** The record's full name: one subject per event type, shared by every topic that carries it (e.g. per-company topics). */
public final class RecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return SubjectNames.recordName(schema, isKey);
    }
}

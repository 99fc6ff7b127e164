package dev.hkfilings.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.hkfilings.registry.RegisteredSchema;
import dev.hkfilings.registry.RegistryException;
import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Writes Avro records in the Confluent wire format, resolving each schema's id once per topic. Thread-safe: Kafka
 * Streams may share one serializer between stream threads.
 */
final class AvroEncoder {

    /** Buffers above this size are not kept for the next record, so that one huge filing does not pin its memory. */
    private static final int MAX_RETAINED_BUFFER = 1 << 20;

    private final SchemaRegistryClient registry;
    private final boolean isKey;
    private final SubjectNameStrategy subjectNames;
    private final boolean autoRegister;
    private final boolean useLatestVersion;
    private final GenericData genericData;
    private final Map<Schema, Map<String, Integer>> idsBySchemaAndTopic = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final ThreadLocal<Buffer> buffers = ThreadLocal.withInitial(Buffer::new);

    private static final class Buffer {
        final WireBuffer bytes = new WireBuffer();
        BinaryEncoder encoder;
    }

    AvroEncoder(SchemaRegistryClient registry, AvroSerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.isKey = isKey;
        this.subjectNames = config.subjectNameStrategy(isKey);
        this.autoRegister = config.autoRegisterSchemas();
        this.useLatestVersion = config.useLatestVersion();
        this.genericData = LogicalTypes.genericData(config.useLogicalTypeConverters());
    }

    byte[] serialize(String topic, Object record) {
        if (record == null) {
            return null;
        }
        if (!(record instanceof GenericContainer container)) {
            throw new SerializationException("Cannot serialize a " + record.getClass().getName() + " to topic '" + topic
                    + "': expected an Avro record (a generated class or a GenericRecord)");
        }
        Schema schema = container.getSchema();
        int id = schemaId(topic, schema);
        DatumWriter<Object> writer = writers.get(schema);
        if (writer == null) {
            writer = writerFor(record, schema);
            writers.putIfAbsent(schema, writer);
        }
        Buffer buffer = buffers.get();
        try {
            buffer.bytes.startRecord(id);
            buffer.encoder = EncoderFactory.get().binaryEncoder(buffer.bytes, buffer.encoder);
            writer.write(record, buffer.encoder);
            buffer.encoder.flush();
            return buffer.bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            Exception cause = record instanceof SpecificRecord ? explain(record, schema, e) : e;
            throw new SerializationException("Could not serialize a " + schema.getFullName() + " for topic '" + topic
                    + "' with schema id " + id + ": " + cause, cause);
        } finally {
            if (buffer.bytes.size() > MAX_RETAINED_BUFFER) {
                buffers.remove();
            }
        }
    }

    private int schemaId(String topic, Schema schema) {
        Map<String, Integer> byTopic = idsBySchemaAndTopic.get(schema);
        Integer cached = byTopic == null ? null : byTopic.get(topic);
        if (cached != null) {
            return cached;
        }
        String subject = subjectNames.subjectName(topic, isKey, schema);
        int id;
        try {
            if (useLatestVersion) {
                id = latestVersionId(subject, schema);
            } else if (autoRegister) {
                id = registry.register(subject, schema);
            } else {
                id = registry.getId(subject, schema);
            }
        } catch (RegistryException e) {
            String action = useLatestVersion ? "fetch the latest version of" : autoRegister ? "register" : "look up";
            throw new SerializationException("Could not " + action + " the schema " + schema.getFullName()
                    + " under subject '" + subject + "' for topic '" + topic + "': " + e.getMessage(), e);
        }
        idsBySchemaAndTopic.computeIfAbsent(schema, s -> new ConcurrentHashMap<>()).put(topic, id);
        return id;
    }

    private int latestVersionId(String subject, Schema schema) {
        RegisteredSchema latest = registry.getLatestVersion(subject);
        // equal canonical forms encode identically, so the record can be written with its own schema
        if (SchemaNormalization.parsingFingerprint64(latest.schema()) != SchemaNormalization.parsingFingerprint64(schema)) {
            throw new SerializationException("use.latest.version: the latest version " + latest.version()
                    + " (id " + latest.id() + ") of subject '" + subject + "' does not encode like the record's schema "
                    + schema.getFullName() + "; register the record's schema or produce with the latest one");
        }
        return latest.id();
    }

    /**
     * The generated custom coders fail on a bad record (a null in a required field) with a bare NullPointerException;
     * Avro's schema-walking writer names the field, so the record is written once more with it to say what is wrong.
     */
    private static Exception explain(Object record, Schema schema, Exception failure) {
        try {
            new SpecificDatumWriter<>(schema, SpecificData.getForClass(record.getClass()))
                    .write(record, EncoderFactory.get().binaryEncoder(OutputStream.nullOutputStream(), null));
            return failure;
        } catch (IOException | RuntimeException explained) {
            explained.addSuppressed(failure);
            return explained;
        }
    }

    @SuppressWarnings("unchecked")
    private DatumWriter<Object> writerFor(Object record, Schema schema) {
        if (record instanceof SpecificRecord) {
            return (DatumWriter<Object>) (DatumWriter<?>) new SpecificDatumWriter<>(schema,
                    CustomCoders.model(record.getClass()));
        }
        return new GenericDatumWriter<>(schema, genericData);
    }
}

package dev.hkfilings.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.hkfilings.registry.RegistryException;
import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads the Confluent wire format: the writer schema comes from the registry by id (cached), and is resolved against
 * the reader schema (a generated class's SCHEMA$ for specific records, the writer schema for generic ones). One
 * decoder per writer id. Thread-safe.
 */
final class AvroDecoder {

    static final String TRUSTED_PACKAGES_PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    private final SchemaRegistryClient registry;
    private final boolean isKey;
    private final boolean specific;
    private final Class<?> readerClass;
    private final GenericData genericData;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** @param readerClass the generated class to read into; null for the class the writer schema names */
    AvroDecoder(SchemaRegistryClient registry, AvroSerdeConfig config, boolean isKey, boolean specific,
                Class<?> readerClass) {
        this.registry = registry;
        this.isKey = isKey;
        this.specific = specific;
        this.readerClass = readerClass;
        this.genericData = LogicalTypes.genericData(config.useLogicalTypeConverters());
    }

    Object deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(payload, topic, isKey);
        DatumReader<Object> reader = readers.get(id);
        if (reader == null) {
            reader = readerFor(id, topic);
            readers.putIfAbsent(id, reader);
        }
        try {
            Object datum = reader.read(null, DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE,
                    payload.length - WireFormat.HEADER_SIZE, null));
            // the generated direct decoding makes ArrayLists itself
            return specific && !(reader instanceof DirectReader) ? PlainLists.fix(datum) : datum;
        } catch (SecurityException e) {
            throw untrusted(e, topic);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not decode the Avro " + (isKey ? "key" : "value")
                    + " of a record from topic '" + topic + "' written with schema id " + id + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private DatumReader<Object> readerFor(int id, String topic) {
        Schema writer;
        try {
            writer = registry.getSchemaById(id);
        } catch (RegistryException e) {
            throw new SerializationException("Could not fetch writer schema id " + id + " for a "
                    + (isKey ? "key" : "value") + " from topic '" + topic + "': " + e.getMessage(), e);
        }
        if (!specific) {
            return new GenericDatumReader<>(writer, writer, genericData);
        }
        try {
            Class<?> type = readerClass != null ? readerClass : SpecificData.get().getClass(writer);
            if (type == null) {
                throw new SerializationException("No generated class " + writer.getFullName() + " on the classpath to "
                        + "read schema id " + id + " from topic '" + topic + "' into; use a generic deserializer or "
                        + "add the class");
            }
            SpecificData model = CustomCoders.model(type);
            Schema readerSchema = model.getSchema(type);
            DatumReader<Object> resolving = (DatumReader<Object>) (DatumReader<?>) new SpecificDatumReader<>(writer, readerSchema, model);
            DirectReader direct = DirectReader.forWriter(type, readerSchema, writer);
            return direct != null ? direct : resolving;
        } catch (SecurityException e) {
            throw untrusted(e, topic);
        } catch (AvroTypeException e) {
            throw new SerializationException("Schema id " + id + " cannot be read into the generated class: " + e.getMessage(), e);
        }
    }

    private static SerializationException untrusted(SecurityException e, String topic) {
        return new SerializationException("Avro refused to instantiate a generated class while reading from topic '"
                + topic + "': add its package to the system property " + TRUSTED_PACKAGES_PROPERTY
                + " (e.g. -D" + TRUSTED_PACKAGES_PROPERTY + "=java.lang,java.math,java.util,org.apache.avro,dev.hkfilings): "
                + e.getMessage(), e);
    }
}

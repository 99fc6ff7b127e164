package dev.hkfilings.serde;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;

/** Writes GenericRecords in the Confluent wire format, registering their schemas as configured. */
public class GenericAvroSerializer extends AbstractAvroSerializer<GenericRecord> {

    public GenericAvroSerializer() {
        super(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public GenericAvroSerializer(SchemaRegistryClient client) {
        super(client);
    }
}

package dev.hkfilings.serde;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;

/** Writes generated Avro classes in the Confluent wire format, registering their schemas as configured. */
public class SpecificAvroSerializer<T extends SpecificRecord> extends AbstractAvroSerializer<T> {

    public SpecificAvroSerializer() {
        super(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public SpecificAvroSerializer(SchemaRegistryClient client) {
        super(client);
    }
}

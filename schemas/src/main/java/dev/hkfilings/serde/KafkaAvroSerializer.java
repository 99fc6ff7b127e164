package dev.hkfilings.serde;

import dev.hkfilings.registry.SchemaRegistryClient;

/** Writes any Avro record (generated class or GenericRecord) in the Confluent wire format; a drop-in for Confluent's KafkaAvroSerializer in configs. */
public class KafkaAvroSerializer extends AbstractAvroSerializer<Object> {

    public KafkaAvroSerializer() {
        super(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        super(client);
    }
}

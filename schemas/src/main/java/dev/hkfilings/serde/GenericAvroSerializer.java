package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Writes GenericRecords in the Confluent wire format, registering their schemas as configured. */
public class GenericAvroSerializer implements Serializer<GenericRecord> {

    private final SchemaRegistryClient givenClient;
    private AvroEncoder encoder;
    private SchemaRegistryClient client;

    public GenericAvroSerializer() {
        this(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public GenericAvroSerializer(SchemaRegistryClient client) {
        this.givenClient = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        encoder = new AvroEncoder(client, config, isKey);
    }

    @Override
    public byte[] serialize(String topic, GenericRecord record) {
        return SerdeSupport.configured(encoder, getClass().getSimpleName()).serialize(topic, record);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

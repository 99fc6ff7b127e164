package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any Avro record (generated class or GenericRecord) in the Confluent wire format; a drop-in for Confluent's KafkaAvroSerializer in configs. */
public class KafkaAvroSerializer implements Serializer<Object> {

    private final SchemaRegistryClient givenClient;
    private AvroEncoder encoder;
    private SchemaRegistryClient client;

    public KafkaAvroSerializer() {
        this(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        this.givenClient = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        encoder = new AvroEncoder(client, config, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object record) {
        return SerdeSupport.configured(encoder, getClass().getSimpleName()).serialize(topic, record);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one implementation behind the public serializers: they differ only in the record type they accept, which
 * is what users name in their configs.
 */
abstract class AbstractAvroSerializer<T> implements Serializer<T> {

    private final SchemaRegistryClient givenClient;
    private AvroEncoder encoder;
    private SchemaRegistryClient client;

    /** @param client used instead of the one {@code schema.registry.url} names; null to build it from the config */
    AbstractAvroSerializer(SchemaRegistryClient client) {
        this.givenClient = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        encoder = new AvroEncoder(client, config, isKey);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        return SerdeSupport.configured(encoder, getClass().getSimpleName()).serialize(topic, record);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

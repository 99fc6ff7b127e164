package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A drop-in for Confluent's KafkaAvroDeserializer in configs: GenericRecords, or generated classes when
 * {@code specific.avro.reader=true}.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

    private final SchemaRegistryClient givenClient;
    private AvroDecoder decoder;
    private SchemaRegistryClient client;

    public KafkaAvroDeserializer() {
        this(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public KafkaAvroDeserializer(SchemaRegistryClient client) {
        this.givenClient = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        decoder = new AvroDecoder(client, config, isKey, config.specificAvroReader(), config.specificType(isKey));
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return SerdeSupport.configured(decoder, getClass().getSimpleName()).deserialize(topic, data);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

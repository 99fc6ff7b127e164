package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into GenericRecords with the writer's schema; logical types arrive as Java types
 * (Instant, LocalDate...) unless {@code avro.use.logical.type.converters=false}.
 */
public class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private final SchemaRegistryClient givenClient;
    private AvroDecoder decoder;
    private SchemaRegistryClient client;

    public GenericAvroDeserializer() {
        this(null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names. */
    public GenericAvroDeserializer(SchemaRegistryClient client) {
        this.givenClient = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        decoder = new AvroDecoder(client, config, isKey, false, null);
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        return (GenericRecord) SerdeSupport.configured(decoder, getClass().getSimpleName()).deserialize(topic, data);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

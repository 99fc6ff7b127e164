package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into generated Avro classes: the writer schema (by id, from the registry) is resolved
 * against the class's SCHEMA$, so records written with an older or newer compatible schema read fine. The class is the
 * one given to the constructor, else {@code specific.avro.key.type}/{@code specific.avro.value.type}, else the one the
 * writer schema names.
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final SchemaRegistryClient givenClient;
    private final Class<T> givenType;
    private AvroDecoder decoder;
    private SchemaRegistryClient client;

    public SpecificAvroDeserializer() {
        this(null, null);
    }

    public SpecificAvroDeserializer(Class<T> type) {
        this(null, type);
    }

    public SpecificAvroDeserializer(SchemaRegistryClient client) {
        this(client, null);
    }

    /** Uses this client instead of the one {@code schema.registry.url} names, and reads into this class. */
    public SpecificAvroDeserializer(SchemaRegistryClient client, Class<T> type) {
        this.givenClient = client;
        this.givenType = type;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = SerdeSupport.config(configs);
        client = SerdeSupport.client(givenClient, config);
        Class<?> type = givenType != null ? givenType : config.specificType(isKey);
        decoder = new AvroDecoder(client, config, isKey, true, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data) {
        return (T) SerdeSupport.configured(decoder, getClass().getSimpleName()).deserialize(topic, data);
    }

    /** The registry client in use, e.g. to read its request count. */
    public SchemaRegistryClient registryClient() {
        return client;
    }
}

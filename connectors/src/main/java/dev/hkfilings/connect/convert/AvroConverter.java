package dev.hkfilings.connect.convert;

import dev.hkfilings.serde.AvroSerdeConfig;
import dev.hkfilings.serde.GenericAvroDeserializer;
import dev.hkfilings.serde.GenericAvroSerializer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Writes Connect structs that mirror an Avro schema (see {@link AvroStructs}) as Avro in the Confluent wire
 * format, registering the schema in the registry, and reads such bytes back into structs. Configured like
 * Confluent's converter: {@code value.converter.schema.registry.url=...} and the serializer's other settings.
 */
public class AvroConverter implements Converter {

    private final Map<String, Schema> avroSchemas = new ConcurrentHashMap<>();
    private GenericAvroSerializer serializer;
    private GenericAvroDeserializer deserializer;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer = new GenericAvroSerializer();
        serializer.configure(configs, isKey);
        deserializer = new GenericAvroDeserializer();
        deserializer.configure(configs, isKey);
    }

    @Override
    public byte[] fromConnectData(String topic, org.apache.kafka.connect.data.Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Struct struct)) {
            throw new DataException("AvroConverter writes Connect structs; got " + value.getClass().getName() + " for topic " + topic);
        }
        String avroText = struct.schema().parameters() == null ? null : struct.schema().parameters().get(AvroStructs.AVRO_SCHEMA_PARAMETER);
        if (avroText == null) {
            throw new DataException("The struct schema " + struct.schema().name() + " has no " + AvroStructs.AVRO_SCHEMA_PARAMETER
                + " parameter: AvroConverter writes structs that mirror an Avro schema, such as the RawFiling values of the "
                + "hkfilings connectors");
        }
        Schema avro = avroSchemas.computeIfAbsent(avroText, text -> new Schema.Parser().parse(text));
        return serializer.serialize(topic, AvroStructs.toRecord(avro, struct));
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value == null) {
            return SchemaAndValue.NULL;
        }
        GenericRecord record = deserializer.deserialize(topic, value);
        Struct struct = AvroStructs.toStruct(record);
        return new SchemaAndValue(struct.schema(), struct);
    }

    @Override
    public ConfigDef config() {
        return AvroSerdeConfig.CONFIG;
    }

    @Override
    public void close() {
        if (serializer != null) {
            serializer.close();
        }
        if (deserializer != null) {
            deserializer.close();
        }
    }
}

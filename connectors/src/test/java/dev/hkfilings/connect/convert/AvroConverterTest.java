package dev.hkfilings.connect.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class AvroConverterTest {

    private final Map<String, Object> config = Map.of("schema.registry.url", "mock://converter-" + UUID.randomUUID());

    @Test
    void writesTheConfluentWireFormatThatTheSchemasDeserializerReads() {
        AvroConverter converter = new AvroConverter();
        converter.configure(config, false);
        RawFiling filing = AvroStructsTest.sample();
        Struct struct = (Struct) Filings.record(Map.of(), Map.of(), "raw", filing).value();

        byte[] bytes = converter.fromConnectData("raw", Filings.VALUE_SCHEMA, struct);

        assertThat(bytes[0]).as("magic byte").isZero();
        SpecificAvroDeserializer<RawFiling> deserializer = new SpecificAvroDeserializer<>(RawFiling.class);
        deserializer.configure(config, false);
        RawFiling read = deserializer.deserialize("raw", bytes);
        assertThat(read).isEqualTo(filing);
        assertThat(read.getContent()).isEqualTo(ByteBuffer.wrap(new byte[] {'%', 'P', 'D', 'F'}));

        SchemaAndValue back = converter.toConnectData("raw", bytes);
        assertThat(back.value()).isEqualTo(struct);
        converter.close();
    }

    @Test
    void nullIsATombstoneBothWays() {
        AvroConverter converter = new AvroConverter();
        converter.configure(config, false);

        assertThat(converter.fromConnectData("raw", Filings.VALUE_SCHEMA, null)).isNull();
        assertThat(converter.toConnectData("raw", null)).isEqualTo(SchemaAndValue.NULL);
    }

    @Test
    void aStructWithoutAnAvroSchemaIsRefusedClearly() {
        AvroConverter converter = new AvroConverter();
        converter.configure(config, false);
        Schema plain = SchemaBuilder.struct().name("Plain").field("a", Schema.STRING_SCHEMA).build();

        assertThatThrownBy(() -> converter.fromConnectData("raw", plain, new Struct(plain).put("a", "x")))
            .isInstanceOf(DataException.class)
            .hasMessageContaining("has no dev.hkfilings.avro.schema parameter");
        assertThatThrownBy(() -> converter.fromConnectData("raw", Schema.STRING_SCHEMA, "text"))
            .isInstanceOf(DataException.class)
            .hasMessageContaining("writes Connect structs");
    }
}

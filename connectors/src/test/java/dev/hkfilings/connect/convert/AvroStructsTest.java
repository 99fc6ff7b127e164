package dev.hkfilings.connect.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class AvroStructsTest {

    static RawFiling sample() {
        return Filings.present(FilingMetadata.newBuilder()
            .setFilingId("11223344")
            .setSource(FilingSource.FEED)
            .setSourceUri("https://example.org/a.pdf")
            .setFileName("a.pdf")
            .setStockCodes(List.of("00700", "00005"))
            .setCompanyNames(List.of("TENCENT", "HSBC"))
            .setTitle("Poll results")
            .setHeadlineCategoryCodes(List.of("14700"))
            .setPublishedAt(Instant.parse("2025-04-29T09:00:00Z"))
            .setFetchedAt(Instant.parse("2025-04-29T09:01:02.345Z"))
            .setContentType("application/pdf"), new byte[] {'%', 'P', 'D', 'F'});
    }

    @Test
    void theConnectSchemaMirrorsRawFilingAndCarriesTheAvroSchema() {
        Schema schema = Filings.VALUE_SCHEMA;

        assertThat(schema.name()).isEqualTo("dev.hkfilings.avro.RawFiling");
        assertThat(schema.parameters()).containsEntry(AvroStructs.AVRO_SCHEMA_PARAMETER, RawFiling.getClassSchema().toString());
        assertThat(schema.field("content").schema().isOptional()).isTrue();
        assertThat(schema.field("metadata").schema().field("publishedAt").schema().name())
            .isEqualTo(org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME);
        assertThat(schema.field("metadata").schema().field("stockCodes").schema().type()).isEqualTo(Schema.Type.ARRAY);
    }

    @Test
    void aFilingRoundTripsThroughAStructToAnEqualAvroRecord() {
        RawFiling filing = sample();

        Struct struct = AvroStructs.toStruct(filing);
        struct.validate();
        GenericRecord record = AvroStructs.toRecord(RawFiling.getClassSchema(), struct);

        assertThat(struct.getStruct("metadata").get("publishedAt")).isEqualTo(Date.from(Instant.parse("2025-04-29T09:00:00Z")));
        assertThat(GenericData.get().validate(RawFiling.getClassSchema(), record)).isTrue();
        assertThat(record.get("contentStatus").toString()).isEqualTo("PRESENT");
        assertThat((ByteBuffer) record.get("content")).isEqualTo(ByteBuffer.wrap(new byte[] {'%', 'P', 'D', 'F'}));
        GenericRecord metadata = (GenericRecord) record.get("metadata");
        assertThat(metadata.get("fetchedAt")).isEqualTo(Instant.parse("2025-04-29T09:01:02.345Z").toEpochMilli());
        assertThat(metadata.get("stockCodes")).asList().containsExactly("00700", "00005");
        assertThat(metadata.get("sha256")).isEqualTo(Filings.sha256Hex(new byte[] {'%', 'P', 'D', 'F'}));

        Struct again = AvroStructs.toStruct(record);
        assertThat(again).isEqualTo(struct);
    }

    @Test
    void aFilingWithoutContentKeepsTheReason() {
        RawFiling filing = Filings.absent(FilingMetadata.newBuilder(sample().getMetadata()), ContentStatus.DOWNLOAD_FAILED,
            "HTTP 404 from https://example.org/a.pdf");

        GenericRecord record = AvroStructs.toRecord(RawFiling.getClassSchema(), AvroStructs.toStruct(filing));

        assertThat(record.get("content")).isNull();
        assertThat(record.get("contentStatus").toString()).isEqualTo("DOWNLOAD_FAILED");
        assertThat(record.get("contentStatusReason")).isEqualTo("HTTP 404 from https://example.org/a.pdf");
    }

    @Test
    void anUnknownEnumSymbolIsADataErrorNamingTheField() {
        Struct struct = AvroStructs.toStruct(sample());
        struct.put("contentStatus", "MAYBE");

        assertThatThrownBy(() -> AvroStructs.toRecord(RawFiling.getClassSchema(), struct))
            .isInstanceOf(DataException.class)
            .hasMessageContaining("dev.hkfilings.avro.RawFiling.contentStatus")
            .hasMessageContaining("'MAYBE' is not one of");
    }
}

package dev.hkfilings.connect;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.convert.AvroStructs;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/** Builds RawFiling values and the source records that carry them. */
public final class Filings {

    /** The Connect schema of a RawFiling value, mirroring the registered Avro contract. */
    public static final Schema VALUE_SCHEMA = AvroStructs.connectSchema(RawFiling.getClassSchema());

    private Filings() {
    }

    /** A filing that carries its bytes. */
    public static RawFiling present(FilingMetadata.Builder metadata, byte[] content) {
        return present(metadata, content, sha256Hex(content));
    }

    /** A filing that carries its bytes, whose hash the caller computed already (hashing 200 KB costs a millisecond). */
    public static RawFiling present(FilingMetadata.Builder metadata, byte[] content, String sha256Hex) {
        metadata.setContentLength((long) content.length).setSha256(sha256Hex);
        return RawFiling.newBuilder()
            .setMetadata(metadata.build())
            .setContentStatus(ContentStatus.PRESENT)
            .setContentStatusReason(null)
            .setContent(ByteBuffer.wrap(content))
            .build();
    }

    /** A filing recorded without its bytes, and why. */
    public static RawFiling absent(FilingMetadata.Builder metadata, ContentStatus status, String reason) {
        return RawFiling.newBuilder()
            .setMetadata(metadata.build())
            .setContentStatus(status)
            .setContentStatusReason(reason)
            .setContent(null)
            .build();
    }

    public static SourceRecord record(Map<String, ?> partition, Map<String, ?> offset, String topic, RawFiling filing) {
        Struct value = AvroStructs.toStruct(filing);
        return new SourceRecord(partition, offset, topic, null, Schema.STRING_SCHEMA, filing.getMetadata().getFilingId(),
            VALUE_SCHEMA, value);
    }

    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** A media type guessed from a file extension, for when the source declares none. */
    public static String contentTypeForExtension(String extension) {
        String ext = extension == null ? "" : extension.toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "htm", "html" -> "text/html";
            case "txt" -> "text/plain";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "zip" -> "application/zip";
            default -> null;
        };
    }
}

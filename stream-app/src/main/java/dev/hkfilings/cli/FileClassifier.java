package dev.hkfilings.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.classify.Analysis;
import dev.hkfilings.topology.Failure;
import dev.hkfilings.topology.FilingPipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.Tika;

/**
 * Runs one local file through the topology's own pipeline, as an inbox connector would deliver it
 * (filing id = SHA-256 of the content), and describes the outcome as one JSON object.
 */
public final class FileClassifier {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final FilingPipeline pipeline;
    private final Tika detector = new Tika();

    public FileClassifier(FilingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The file's line of output; {@code read} tells whether the file could be read at all. */
    public record Outcome(ObjectNode json, boolean read) {
    }

    public Outcome classify(Path file) {
        ObjectNode out = F.objectNode();
        out.put("file", file.toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            out.putNull("type");
            out.put("error", "cannot read " + file + ": " + e);
            return new Outcome(out, false);
        }
        Instant now = Instant.now();
        RawFiling raw = rawFiling(file, bytes, now);
        String detected = detector.detect(bytes, file.getFileName().toString());
        FilingText text;
        if (detected.startsWith("text/plain")) {
            // a plain-text file is taken as text that was already extracted (e.g. the seeds)
            text = FilingPipeline.plainText(raw.getMetadata(), decode(bytes), detected, now);
        } else {
            FilingPipeline.Step<FilingText> extracted = pipeline.extract(raw, now);
            if (!extracted.ok()) {
                deadLetter(out, extracted.failure(), null);
                return new Outcome(out, true);
            }
            text = extracted.value();
        }
        FilingPipeline.Step<FilingPipeline.Routed> analyzed = pipeline.analyze(text, now);
        if (!analyzed.ok()) {
            deadLetter(out, analyzed.failure(), analyzed.analysis());
            return new Outcome(out, true);
        }
        Analysis a = analyzed.value().analysis();
        describe(out, a);
        List<AnnouncementEvent> events = analyzed.value().events();
        out.set("event", AvroJson.toJson(events.get(0)));
        if (events.size() > 1) {
            var all = out.putArray("events");
            events.forEach(e -> all.add(AvroJson.toJson(e)));
        }
        return new Outcome(out, true);
    }

    private static void describe(ObjectNode out, Analysis a) {
        out.put("type", a.type().name().toLowerCase(java.util.Locale.ROOT));
        out.put("confidence", a.confidence());
        var ev = out.putArray("evidence");
        a.evidence().forEach(ev::add);
    }

    private static void deadLetter(ObjectNode out, Failure f, Analysis a) {
        if (a != null) {
            describe(out, a);
        } else {
            out.putNull("type");
        }
        ObjectNode dl = out.putObject("deadLetter");
        dl.put("stage", f.stage().name());
        dl.put("errorCode", f.errorCode());
        dl.put("reason", f.reason());
        if (f.exceptionClass() != null) {
            dl.put("exceptionClass", f.exceptionClass());
        }
    }

    static RawFiling rawFiling(Path file, byte[] bytes, Instant now) {
        String sha = sha256(bytes);
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder()
                        .setFilingId(sha)
                        .setSource(FilingSource.INBOX)
                        .setSourceUri(file.toAbsolutePath().toUri().toString())
                        .setFileName(file.getFileName().toString())
                        .setFetchedAt(now)
                        .setContentLength((long) bytes.length)
                        .setSha256(sha)
                        .build())
                .setContentStatus(bytes.length == 0 ? ContentStatus.EMPTY : ContentStatus.PRESENT)
                .setContentStatusReason(bytes.length == 0 ? "the file is empty" : null)
                .setContent(bytes.length == 0 ? null : ByteBuffer.wrap(bytes))
                .build();
    }

    private static String decode(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package dev.hkfilings.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** An inbox directory for the inbox connector, filled with unique text filings; knows their filing ids. */
final class Inbox {

    final Path dir;
    final Path finished;
    /** filing id (SHA-256 of the content, as the connector computes it) → file name */
    final Map<String, String> files = new LinkedHashMap<>();

    Inbox(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.finished = dir.resolve("finished");
    }

    /** Writes {@code count} text filings, each unique through {@code reference} and its number. */
    Inbox fill(String reference, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = String.format("%05d_%s-%d.txt", 6680, reference, i);
            byte[] content = RawFilings.text(reference + "-" + i, i).getBytes(StandardCharsets.UTF_8);
            add(name, content);
        }
        return this;
    }

    Inbox add(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        files.put(sha256(content), name);
        return this;
    }

    /** Names of the documents the connector has moved to the finished directory: acknowledged by Kafka. */
    Set<String> acknowledged() {
        if (!Files.isDirectory(finished)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(finished)) {
            Set<String> names = new TreeSet<>();
            s.map(p -> p.getFileName().toString()).filter(files::containsValue).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

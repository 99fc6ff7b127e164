package dev.hkfilings.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample announcements shipped in the repository's {@code samples/} (see samples/README.md), put into the inbox on
 * the first run so that a newcomer sees events at once. Only on a fresh data directory: a restart must not feed them
 * again (the content-hash keys would make that harmless, but the finished directory would fill with copies).
 */
public final class SampleFilings {

    private SampleFilings() {
    }

    /** Whether {@code dataDir} has never held a broker: nothing ran there yet. */
    public static boolean isFresh(Path dataDir) {
        return !Files.exists(dataDir.resolve("kafka"));
    }

    /** The samples directory next to the jar or the working directory, if any. */
    public static Optional<Path> locate() {
        return Locations.samples();
    }

    /**
     * Copies the sample PDFs into the inbox, each first to a hidden staging name and then renamed, so that the
     * connector never reads half a file.
     *
     * @return the copied files' names
     */
    public static List<String> copyInto(Path samples, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(samples)) {
            pdfs = files.filter(f -> f.getFileName().toString().endsWith(".pdf") && Files.isRegularFile(f)).sorted().toList();
        }
        List<String> copied = new ArrayList<>();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            Path staged = inbox.resolve("." + name + ".part");
            Files.copy(pdf, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            copied.add(name);
        }
        return copied;
    }
}

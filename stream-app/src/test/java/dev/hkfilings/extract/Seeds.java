package dev.hkfilings.extract;

import dev.hkfilings.testing.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The three seed announcements, rendered to PDF once per test JVM, with phrases that must survive extraction. */
final class Seeds {

    record Seed(String name, byte[] pdf, List<String> phrases) {
    }

    private static final Map<String, Seed> CACHE = new ConcurrentHashMap<>();

    static final Seed PLEDGE = seed("pledge_06680_2022-10-26", List.of("PLEDGE OF CERTAIN SHARES BY CONTROLLING SHAREHOLDER",
            "Ganzhou Geshuo", "GF Securities", "江西金力永磁科技股份有限公司", "(Stock Code: 06680)"));
    static final Seed POLL = seed("poll_06680_2022-08-24", List.of("516,237,845", "23,300", "江西金力永磁科技股份有限公司",
            "EXTRAORDINARY"));
    static final Seed ESG = seed("esg_06680_2021", List.of("environmental, social and governance report", "A1.1", "陽光採購"));

    static List<Seed> all() {
        return List.of(PLEDGE, POLL, ESG);
    }

    private static Seed seed(String name, List<String> phrases) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                String text = Files.readString(Path.of("src/test/resources/seeds/" + n + ".txt"));
                return new Seed(n, PdfRenderer.render(text), phrases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Tika joins a wrapped line back with a line break where the renderer wrapped it: compare on single spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}

package dev.hkfilings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Every text of the test resources (seeds, corpus, held-out set, benchmark templates): what the equivalence tests
 * check a fast form against its regex or library call on.
 */
public final class TestTexts {

    private static final Path ROOT = Path.of("src", "test", "resources");

    private TestTexts() {
    }

    /** Each {@code .txt} file under the test resources, by path, as stored. */
    public static Map<Path, String> byFile() {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.put(f, Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test texts under " + ROOT, e);
        }
        return out;
    }

    /**
     * {@code count} strings of up to {@code maxLength} characters drawn from {@code alphabet}, the same ones for the
     * same seed: the equivalence tests' random inputs beside the stored texts.
     */
    public static List<String> random(long seed, String alphabet, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(maxLength + 1); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The texts as stored. */
    public static List<String> stored() {
        return List.copyOf(byFile().values());
    }

    /** Each text as stored, with tabs as line breaks (line-split tables) and with CRLF line ends. */
    public static List<String> variants() {
        List<String> out = new ArrayList<>();
        for (String text : stored()) {
            out.addAll(List.of(text, text.replace('\t', '\n'), text.replace("\n", "\r\n")));
        }
        return out;
    }
}

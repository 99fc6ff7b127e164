package dev.hkfilings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The documents the speed benchmarks run on: the pledge and poll seeds and three near misses, with the stock code and
 * the date varied per document, so that {@code TopologyBenchmark} and {@link AnalysisProfile} measure the same texts.
 */
public final class BenchmarkDocuments {

    public static final List<String> TEMPLATES = List.of(
            "seeds/pledge_06680_2022-10-26.txt", "seeds/poll_06680_2022-08-24.txt", "topology/near-miss-egm-notice.txt",
            "topology/near-miss-interim-results.txt", "topology/near-miss-asset-pledge.txt");
    public static final List<String> CODES = List.of("06680", "00001", "00005", "00700", "01398", "02318", "03988", "00939");

    private final List<String> templates;

    private BenchmarkDocuments(List<String> templates) {
        this.templates = templates;
    }

    public static BenchmarkDocuments load() {
        return new BenchmarkDocuments(TEMPLATES.stream().map(BenchmarkDocuments::resource).toList());
    }

    /** The stock code of document {@code i}. */
    public static String code(int i) {
        return CODES.get(i % CODES.size());
    }

    /** The text of document {@code i}: template {@code i % 5} with the code of {@link #code(int)} and its own date. */
    public String text(int i) {
        return templates.get(i % templates.size()).replace("06680", code(i))
                .replace("October 26, 2022", "October " + (1 + i % 28) + ", 2022");
    }

    /** The p-th percentile (nearest rank) of the values. */
    public static double percentile(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static String resource(String name) {
        try (InputStream in = BenchmarkDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

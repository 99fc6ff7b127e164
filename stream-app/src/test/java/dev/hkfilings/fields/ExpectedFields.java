package dev.hkfilings.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/**
 * Compares a payload with a corpus document's {@code <name>.expected.json}: field paths with Avro field
 * names and {@code [i]} for array items; dates as ISO strings, enums as symbols.
 */
public final class ExpectedFields {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    /** One compared field. */
    public record Check(String doc, String path, Object expected, Object actual, boolean ok) {
    }

    /** A corpus document: its text and expected fields. */
    public record Doc(String name, String text, JsonNode expected) {
    }

    private ExpectedFields() {
    }

    public static List<Doc> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Doc> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".expected.json")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".expected.json", "");
                String text = Files.readString(p.resolveSibling(name + ".txt"), StandardCharsets.UTF_8);
                docs.add(new Doc(name, text, new ObjectMapper().readTree(p.toFile())));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Check> compare(Doc doc, SpecificRecord payload) {
        List<Check> checks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = doc.expected().get("fields").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Object actual = get(payload, e.getKey());
            JsonNode want = e.getValue();
            checks.add(new Check(doc.name(), e.getKey(), want, actual, same(want, actual)));
        }
        return checks;
    }

    /** The value at a path such as {@code resolutions[2].votesAgainst}; null where the path leads nowhere. */
    public static Object get(Object root, String path) {
        Object cur = root;
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches() || !(cur instanceof SpecificRecord rec) || rec.getSchema().getField(m.group(1)) == null) {
                return null;
            }
            cur = rec.get(rec.getSchema().getField(m.group(1)).pos());
            if (m.group(2) != null) {
                int i = Integer.parseInt(m.group(2));
                if (!(cur instanceof List<?> l) || i >= l.size()) {
                    return null;
                }
                cur = l.get(i);
            }
        }
        return cur;
    }

    private static boolean same(JsonNode want, Object actual) {
        if (want.isNull()) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (want.isNumber()) {
            return actual instanceof Number n && Math.abs(n.doubleValue() - want.asDouble()) <= 1e-9 * Math.max(1, Math.abs(want.asDouble()));
        }
        if (want.isBoolean()) {
            return actual instanceof Boolean b && b == want.asBoolean();
        }
        return want.asText().equals(actual.toString());
    }

    /**
     * Runs the extractor over every document of a corpus directory, prints a line per document with the fields
     * it got wrong, and returns the share of expected fields read right. With {@code oneCellPerLine} each text is
     * re-laid with every table cell on its own line, the other shape Tika gives PDF tables.
     */
    public static double accuracy(String label, List<Doc> docs, PayloadExtractor<?> extractor, boolean oneCellPerLine) {
        List<Check> all = new ArrayList<>();
        for (Doc doc : docs) {
            String text = oneCellPerLine ? doc.text().replaceAll("(?m)^\t+", "").replaceAll("\t+", "\n") : doc.text();
            List<Check> checks = compare(doc, extractor.extract(text).payload());
            long ok = checks.stream().filter(Check::ok).count();
            System.out.printf("%-45s %4d/%-4d%n", doc.name(), ok, checks.size());
            checks.stream().filter(c -> !c.ok()).forEach(c -> System.out.printf("    %s expected %s got %s%n", c.path(), c.expected(), c.actual()));
            all.addAll(checks);
        }
        double accuracy = all.stream().filter(Check::ok).count() / (double) all.size();
        System.out.printf("%s field accuracy%s %.4f over %d fields%n", label, oneCellPerLine ? " (one cell per line)" : "", accuracy, all.size());
        return accuracy;
    }
}

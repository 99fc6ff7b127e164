package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Runs the analyzer over the labelled corpus ({@code corpus/<class>/<name>.txt} with {@code <name>.expected.json})
 * and the seeds ({@code seeds/<name>.txt}, expectations in {@code corpus/seeds/}), prints precision and recall per
 * class and field-level accuracy, lists every wrong field, and fails when any figure is below 0.95.
 */
class CorpusEvaluationTest {

    static final double BAR = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled document. */
    record Doc(String name, String text, JsonNode expected) {
    }

    /** Where the corpus texts are read from; the PDF-rendered variant of this test overrides it. */
    protected String textOf(Doc doc) {
        return doc.text();
    }

    /**
     * Documents whose tables are read only when their cells are split by tabs, not when every cell is on a line of its
     * own: a pledge table on its side (one row per field, a column per shareholder), a Hong Kong issuer's own
     * layout with text columns before the figures or the holding before the pledged shares, which is read by its
     * column labels, a pledgee column before the
     * pledgor's under a header whose labels wrap (one cell per line puts "pledgor's" of a wrapped label above
     * "Pledgee"), a table with a column that says of each row whether it pledges or releases (read by its labels), and
     * tables whose header wraps over four tab rows while their cells wrap over two or three (one cell per line interleaves
     * the header's rows and the cells' lines beyond telling apart: xinmao, imberlay), and a Chinese table with the pledgee
     * before the figures under a three-row header (one cell per line puts "質權人" after the first line of the shares'
     * label, so the pledgee reads as a cell after the figures and the next row's holder fills it: ivyhall), and tab rows
     * whose wrapped lines hold only the wrapped pieces, the empty cells' tabs dropped (rendered to a page, the pieces
     * stand under the first columns, not under the cells they go on with: zhanqiao, puhe), and a table whose first two
     * columns have their labels on the second of four header rows only (one cell per line puts the other columns'
     * labels before "Date of pledge" and the lines between them under the first row: inglewick).
     */
    static final java.util.Set<String> TAB_SPLIT_ONLY = java.util.Set.of(
            "pledge/minjiang_ora_release_vertical_tab_en", "pledge/hingloong_concert_pledge_tab_en",
            "pledge/chutian_ora_pledge_and_release_vertical_tab_wan_zh_hans", "pledge/wuyi_a_and_h_share_pledges_tab_page_break_en",
            "pledge/hefei_transposed_table_domestic_zh_hans", "pledge/invermere_pledgee_first_column_table_en",
            "pledge/jinxiu_release_and_repledge_combined_table_zh_hans", "pledge/oristel_domestic_pledge_en",
            "pledge/bellhaven_pledge_release_en", "pledge/quillmark_pledgerelease_en", "pledge/pinecliff_pledge_en",
            "pledge/xinmao_domesticpledge_en", "pledge/imberlay_supplementalpledge_zhhans", "pledge/ivyhall_pledge_hant",
            "pledge/zhanqiao_pledge_en", "pledge/puhe_pledge_cumulative_zhhans", "pledge/inglewick_h_share_pledge_en");

    /** Which documents this variant evaluates: all of them here. */
    protected boolean evaluated(Doc doc) {
        return true;
    }

    /** Which printed figures must meet the bar: all of them here. */
    protected boolean asserted(String figure) {
        return true;
    }

    @Test
    void corpusMeetsTheBar() throws Exception {
        List<Doc> docs = loadCorpus().stream().filter(this::evaluated).toList();
        Evaluation ev = evaluate(docs);
        System.out.println(ev.table());
        assertThat(docs).as("corpus documents").hasSizeGreaterThan(20);
        for (Map.Entry<String, Double> e : ev.figures().entrySet()) {
            if (!asserted(e.getKey())) {
                continue;
            }
            assertThat(e.getValue()).as(e.getKey() + "\n" + ev.table()).isGreaterThanOrEqualTo(BAR);
        }
    }

    Evaluation evaluate(List<Doc> docs) {
        AnnouncementAnalyzer analyzer = new AnnouncementAnalyzer();
        Evaluation ev = new Evaluation();
        for (Doc doc : docs) {
            Analysis a = analyzer.analyze(filing(doc, textOf(doc)));
            ev.record(doc, a);
        }
        return ev;
    }

    static FilingText filing(Doc doc, String text) {
        JsonNode md = doc.expected().path("metadata");
        List<String> codes = new ArrayList<>();
        md.path("headlineCategoryCodes").forEach(n -> codes.add(n.asText()));
        List<String> stock = new ArrayList<>();
        md.path("stockCodes").forEach(n -> stock.add(n.asText()));
        FilingMetadata meta = FilingMetadata.newBuilder()
                .setFilingId(doc.name())
                .setSource(FilingSource.INBOX)
                .setFileName(doc.name() + ".txt")
                .setStockCodes(stock)
                .setHeadlineCategoryCodes(codes)
                .setHeadlineCategory(md.hasNonNull("headlineCategory") ? md.get("headlineCategory").asText() : null)
                .setTitle(md.hasNonNull("title") ? md.get("title").asText() : null)
                .setFetchedAt(Instant.EPOCH)
                .build();
        return FilingText.newBuilder()
                .setMetadata(meta)
                .setText(text)
                .setExtractor("corpus-text")
                .setExtractionMillis(0)
                .setExtractedAt(Instant.EPOCH)
                .build();
    }

    static List<Doc> loadCorpus() throws IOException, URISyntaxException {
        return loadCorpus("/corpus");
    }

    /** The labelled documents under a test resource root ({@code /corpus}, or {@code /heldout} for the held-out set). */
    static List<Doc> loadCorpus(String root) throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(CorpusEvaluationTest.class.getResource(root)).toURI());
        Path seeds = Path.of(Objects.requireNonNull(CorpusEvaluationTest.class.getResource("/seeds")).toURI());
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList()) {
                String base = json.getFileName().toString().replace(".expected.json", "");
                boolean seed = json.getParent().getFileName().toString().equals("seeds");
                Path txt = (seed ? seeds : json.getParent()).resolve(base + ".txt");
                if (!Files.exists(txt)) {
                    throw new IllegalStateException("no text for " + json + ": expected " + txt);
                }
                String name = (seed ? "seed/" : json.getParent().getFileName() + "/") + base;
                docs.add(new Doc(name, Files.readString(txt, StandardCharsets.UTF_8), JSON.readTree(json.toFile())));
            }
        }
        return docs;
    }

    /** Counts and the table. */
    static final class Evaluation {
        private final Map<AnnouncementType, int[]> confusion = new LinkedHashMap<>(); // tp, fp, fn
        private final Map<AnnouncementType, int[]> fields = new LinkedHashMap<>(); // correct, total
        private final List<String> wrong = new ArrayList<>();

        Evaluation() {
            for (AnnouncementType t : AnnouncementType.values()) {
                confusion.put(t, new int[3]);
                fields.put(t, new int[2]);
            }
        }

        void record(Doc doc, Analysis a) {
            JsonNode exp = doc.expected();
            AnnouncementType expected = AnnouncementType.valueOf(exp.get("type").asText().toUpperCase(Locale.ROOT));
            if (a.type() == expected) {
                confusion.get(expected)[0]++;
            } else {
                confusion.get(a.type())[1]++;
                confusion.get(expected)[2]++;
                wrong.add(doc.name() + ": type " + a.type() + " expected " + expected + " " + a.evidence());
            }
            int[] f = fields.get(expected);
            if (exp.has("language")) {
                check(doc, f, "language", exp.get("language").asText(), a.language());
            }
            if (exp.has("stockCodes")) {
                List<String> codes = new ArrayList<>();
                exp.get("stockCodes").forEach(n -> codes.add(n.asText()));
                check(doc, f, "stockCodes", codes, a.stockCodes());
            }
            Iterator<Map.Entry<String, JsonNode>> it = exp.path("fields").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Object actual;
                try {
                    actual = a.payload() == null ? new Missing("no payload") : resolve(a.payload(), e.getKey());
                } catch (RuntimeException notThere) {
                    actual = new Missing(notThere.getMessage());
                }
                check(doc, f, e.getKey(), e.getValue(), actual);
            }
        }

        private void check(Doc doc, int[] f, String path, Object expected, Object actual) {
            f[1]++;
            if (matches(expected, actual)) {
                f[0]++;
            } else {
                wrong.add(doc.name() + ": " + path + " = " + actual + ", expected " + expected);
            }
        }

        Map<String, Double> figures() {
            Map<String, Double> out = new LinkedHashMap<>();
            int correct = 0;
            int total = 0;
            for (AnnouncementType t : AnnouncementType.values()) {
                int[] c = confusion.get(t);
                out.put("precision " + t, ratio(c[0], c[0] + c[1]));
                out.put("recall " + t, ratio(c[0], c[0] + c[2]));
                int[] f = fields.get(t);
                out.put("field accuracy " + t, ratio(f[0], f[1]));
                correct += f[0];
                total += f[1];
            }
            out.put("field accuracy overall", ratio(correct, total));
            return out;
        }

        String table() {
            StringBuilder b = new StringBuilder("\n| class | docs | predicted | precision | recall | fields correct/total | field accuracy |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            int correct = 0;
            int total = 0;
            for (AnnouncementType t : AnnouncementType.values()) {
                int[] c = confusion.get(t);
                int[] f = fields.get(t);
                b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %d/%d | %.3f |%n", t.name().toLowerCase(Locale.ROOT),
                        c[0] + c[2], c[0] + c[1], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f[0], f[1], ratio(f[0], f[1])));
                correct += f[0];
                total += f[1];
            }
            b.append(String.format(Locale.ROOT, "| overall | | | | | %d/%d | %.3f |%n", correct, total, ratio(correct, total)));
            b.append(wrong.isEmpty() ? "\nNo wrong fields.\n" : "\nWrong:\n  " + String.join("\n  ", wrong) + "\n");

            return b.toString();
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    private record Missing(String why) {
        @Override
        public String toString() {
            return "<" + why + ">";
        }
    }

    /** The value at a path such as {@code transactions[0].pledgee} in a payload. */
    static Object resolve(SpecificRecord root, String path) {
        Object cur = root;
        for (String part : path.split("\\.")) {
            String name = part;
            Integer index = null;
            int br = part.indexOf('[');
            if (br >= 0) {
                name = part.substring(0, br);
                index = Integer.parseInt(part.substring(br + 1, part.indexOf(']')));
            }
            if (!(cur instanceof SpecificRecord rec)) {
                throw new IllegalArgumentException(path + ": " + name + " is not in a record");
            }
            Schema.Field field = rec.getSchema().getField(name);
            if (field == null) {
                throw new IllegalArgumentException(path + ": no field " + name);
            }
            cur = rec.get(field.pos());
            if (index != null) {
                List<?> list = (List<?>) cur;
                if (list == null || index >= list.size()) {
                    throw new IllegalArgumentException(path + ": no item " + index);
                }
                cur = list.get(index);
            }
        }
        return cur;
    }

    static boolean matches(Object expected, Object actual) {
        if (actual instanceof Missing) {
            return false;
        }
        if (expected instanceof JsonNode node) {
            if (node.isNull()) {
                return actual == null;
            }
            if (actual == null) {
                return false;
            }
            if (node.isNumber()) {
                if (!(actual instanceof Number n)) {
                    return false;
                }
                return node.decimalValue().compareTo(new BigDecimal(n.toString())) == 0
                        || Math.abs(node.doubleValue() - n.doubleValue()) < 1e-9;
            }
            if (node.isBoolean()) {
                return Boolean.valueOf(node.booleanValue()).equals(actual);
            }
            if (node.isArray()) {
                if (!(actual instanceof List<?> list) || list.size() != node.size()) {
                    return false;
                }
                for (int i = 0; i < node.size(); i++) {
                    if (!matches(node.get(i), list.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return node.asText().equals(actual.toString());
        }
        return Objects.equals(expected, actual);
    }
}

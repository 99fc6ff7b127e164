package dev.hkfilings.esg;

import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.PageMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A report's running header, its cover's lines repeated at the head or foot of each page ("耀維地產控股有限公司",
 * "二零二四年環境、社會及管治報告", then the page's number "42"): one cell per line, a page break between two KPI tables
 * would give them a row of their own, its metric the issuer's name and its value the page number. Such lines are
 * blanked, with the bare page number under them.
 */
final class RunningHeaders {

    /** The cover: the lines a running header repeats stand among the text's first lines. */
    private static final int COVER_LINES = 12;
    /** Shorter lines ("噸", "A2.1", "2024年") repeat as cells; a header line names the issuer or the report. */
    private static final int MIN_HEADER_LENGTH = 6;
    private static final int MIN_PAGES = 2;
    /** A running header is the issuer's name, the report's title and the page number: a few lines. */
    private static final int MAX_BLOCK_LINES = 4;

    private RunningHeaders() {
    }

    /** The text with its running header lines blanked; the text itself when it has none. */
    static String blank(String text) {
        List<String> lines = LineBreaks.split(text);
        if (lines.size() <= COVER_LINES) {
            return text;
        }
        Set<String> cover = new HashSet<>();
        for (int i = 0; i < COVER_LINES; i++) {
            String l = lines.get(i).strip();
            if (l.length() >= MIN_HEADER_LENGTH && lines.get(i).indexOf('\t') < 0) {
                cover.add(l.toLowerCase(Locale.ROOT));
            }
        }
        // A block that repeats a cover line, the same on two pages at least (its page number aside): two cover lines or
        // more in a row ("Yewbridge Holdings Limited", "Environmental, Social and", "Governance Report 2024", "7"), or one
        // with what follows it to a blank line ("耀維地產控股有限公司", "二零二四年環境、社會及管治報告", "42"). A table's
        // cells one per line run on without blank lines, and one cell can repeat a cover line.
        Map<String, List<int[]>> blocks = new HashMap<>();
        for (int i = COVER_LINES; i < lines.size(); i++) {
            if (!coverLine(lines.get(i), cover) || coverLine(lines.get(i - 1), cover)) {
                continue;
            }
            int j = i;
            while (j < lines.size() && coverLine(lines.get(j), cover)) {
                j++;
            }
            if (j - i < 2) {
                if (!lines.get(i - 1).isBlank()) {
                    continue;
                }
                while (j < lines.size() && !lines.get(j).isBlank() && j - i <= MAX_BLOCK_LINES) {
                    j++;
                }
                if (j - i > MAX_BLOCK_LINES) {
                    continue;
                }
            } else if (j < lines.size() && pageNumber(lines.get(j))) {
                j++;
            }
            int end = pageNumber(lines.get(j - 1)) ? j - 1 : j;
            String signature = String.join("\n", lines.subList(i, end)).strip().toLowerCase(Locale.ROOT);
            blocks.computeIfAbsent(signature, x -> new ArrayList<>()).add(new int[] {i, j});
            i = j - 1;
        }
        footers(lines, blocks);
        boolean changed = false;
        for (List<int[]> pages : blocks.values()) {
            if (pages.size() < MIN_PAGES) {
                continue;
            }
            for (int[] b : pages) {
                for (int k = b[0]; k < b[1]; k++) {
                    lines.set(k, "");
                }
            }
            changed = true;
        }
        return changed ? String.join("\n", lines) : text;
    }

    /**
     * A page's foot whose lines wrapped apart from the cover's ("Kingloom Textile Holdings" / "Limited" / "Environmental,
     * Social and" / "Governance Report 2024/25" / "27"): a block between blank lines that ends with the page's number and
     * whose text repeats, with another number, on another page.
     */
    private static void footers(List<String> lines, Map<String, List<int[]>> blocks) {
        Map<String, List<int[]>> found = new HashMap<>();
        Map<String, Set<String>> numbers = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i - 1).isBlank() || lines.get(i).isBlank()) {
                continue;
            }
            int j = i;
            while (j < lines.size() && !lines.get(j).isBlank() && lines.get(j).indexOf('\t') < 0 && j - i <= MAX_BLOCK_LINES) {
                j++;
            }
            boolean closed = j == lines.size() || lines.get(j).isBlank();
            if (!closed || j - i < 2 || !pageNumber(lines.get(j - 1))) {
                continue;
            }
            String signature = String.join("\n", lines.subList(i, j - 1)).strip().toLowerCase(Locale.ROOT);
            if (signature.length() < MIN_HEADER_LENGTH) {
                continue;
            }
            found.computeIfAbsent(signature, x -> new ArrayList<>()).add(new int[] {i, j});
            numbers.computeIfAbsent(signature, x -> new HashSet<>()).add(lines.get(j - 1).strip());
            i = j - 1;
        }
        found.forEach((signature, pages) -> {
            // a row of a table repeated with the same figure is no page's foot: the pages' numbers differ
            if (pages.size() >= MIN_PAGES && numbers.get(signature).size() == pages.size()) {
                blocks.computeIfAbsent("footer\n" + signature, x -> new ArrayList<>()).addAll(pages);
            }
        });
    }

    private static boolean coverLine(String line, Set<String> cover) {
        return line.length() >= MIN_HEADER_LENGTH && line.indexOf('\t') < 0 && cover.contains(line.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean pageNumber(String line) {
        return line.indexOf('\t') < 0 && PageMarks.isBareNumber(line);
    }
}

package dev.hkfilings.poll;

import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.poll.ResolutionTableReader.Row;
import dev.hkfilings.poll.VoteCells.Column;
import dev.hkfilings.poll.VoteCells.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Results written as sentences, one paragraph per resolution, where a meeting of a few resolutions has no table:
 * "Ordinary resolution no. 1, to approve ...: 455,120,330 votes were cast for the resolution, representing
 * approximately 99.8811% of the total number of votes cast, and 541,600 votes were cast against the resolution,
 * representing approximately 0.1189%". Read only when no table gave a resolution.
 */
final class ProseResultReader {

    private static final Pattern OPENING = Pattern.compile(
            "^(?:(ordinary|special)\\s+)?resolution\\s+(?:no\\.?|number)\\s*(\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?)\\s*[,:.]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "455,120,330 votes were cast for the resolution, representing approximately 99.8811%", "449,870,230 votes for (98.7289%)". */
    private static final Pattern FIGURE = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:votes?|shares?)\\s+(?:were\\s+|was\\s+)?(?:cast\\s+)?(for|in\\s+favou?r|against|abstain(?:ed|ing)?)\\b"
                    + "[^%\\d]{0,80}?(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);

    private ProseResultReader() {
    }

    /**
     * Each resolution's paragraph as one line: from a line that opens with "Ordinary resolution no. 1" to a blank line
     * or the next such line (a PDF wraps the paragraph over several lines).
     */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            boolean opens = OPENING.matcher(l).matches();
            if (opens || l.isEmpty()) {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = opens ? new StringBuilder(l) : null;
            } else if (cur != null) {
                cur.append(' ').append(l);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            Matcher open = OPENING.matcher(paragraph);
            if (!open.matches()) {
                continue;
            }
            Token[] figures = new Token[6];
            Matcher f = FIGURE.matcher(open.group(3));
            int textEnd = -1;
            while (f.find()) {
                String which = f.group(2).toLowerCase(java.util.Locale.ROOT);
                int col = which.startsWith("against") ? 1 : which.startsWith("abstain") ? 2 : 0;
                if (figures[2 * col] == null) {
                    figures[2 * col] = new Token(new BigDecimal(f.group(1).replace(",", "")), false, false);
                    figures[2 * col + 1] = new Token(new BigDecimal(f.group(3)), true, true);
                }
                textEnd = textEnd < 0 ? f.start() : textEnd;
            }
            if (figures[0] == null || figures[2] == null) {
                continue;
            }
            Row r = new Row();
            r.number = open.group(2).replace(" ", "");
            r.major = Integer.parseInt(r.number.replaceAll("\\D.*$", ""));
            r.kind = open.group(1) == null ? ResolutionKind.UNKNOWN
                    : open.group(1).equalsIgnoreCase("special") ? ResolutionKind.SPECIAL : ResolutionKind.ORDINARY;
            String resolution = open.group(3).substring(0, textEnd).strip();
            r.text.add(resolution.replaceFirst("\\s*:$", ""));
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < 3 && figures[2 * c] != null; c++) {
                columns.add(c == 0 ? Column.FOR : c == 1 ? Column.AGAINST : Column.ABSTAIN);
                r.tokens.add(figures[2 * c]);
                r.tokens.add(figures[2 * c + 1]);
            }
            r.columns = columns;
            rows.add(r);
        }
        return rows;
    }
}

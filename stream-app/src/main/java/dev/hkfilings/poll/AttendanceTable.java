package dev.hkfilings.poll;

import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.Numbers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The attendance table of an A+H issuer's meeting (tab-split): one row per measure ("Total number of voting shares
 * held", "Percentage of the total number of voting shares"), one column per class of shareholders and, last, the total.
 * Read only when no sentence states the attendance.
 */
final class AttendanceTable {

    private static final Pattern SHARES_ROW = Pattern.compile(
            "^(?:total\\s+)?number\\s+of\\s+(?:voting\\s+)?shares\\s+(?:with\\s+voting\\s+rights\\s+)?held"
                    + "|^所持(?:有)?(?:表決權|表决权)(?:的)?股份(?:總數|总数)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_ROW = Pattern.compile(
            "^(?:percentage|proportion)\\s+of\\s+(?:the\\s+)?(?:total\\s+)?(?:number\\s+of\\s+)?(?:voting\\s+)?shares|^(?:佔|占)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_CELL = Pattern.compile("^(?:total|合計|合计|總計|总计)$", Pattern.CASE_INSENSITIVE);
    /** How far above the shares row the class header may be (a row of attendee counts stands between). */
    private static final int HEADER_REACH = 4;

    private AttendanceTable() {
    }

    /** Shares represented and their percentage, or null when no such table is found. */
    static AttendanceReader.Attendance read(String text, Long entitled) {
        List<String> lines = LineBreaks.split(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length < 2 || !SHARES_ROW.matcher(cells[0].strip()).find()) {
                continue;
            }
            int column = totalColumn(lines, i, cells.length);
            Long shares = column < 0 ? null : Numbers.shares(cells[column].strip(), 1).orElse(null);
            if (shares == null) {
                continue;
            }
            Double percent = null;
            // the next row, or one after the shares' split by class ("of which: A Shares", "H Shares")
            for (int k = i + 1; k < lines.size() && k <= i + HEADER_REACH && percent == null; k++) {
                String[] next = lines.get(k).split("\t", -1);
                if (next.length == cells.length && PERCENT_ROW.matcher(next[0].strip()).find()) {
                    percent = Numbers.firstDecimal(next[column]).map(d -> d.doubleValue()).orElse(null);
                }
            }
            return new AttendanceReader.Attendance(entitled, shares, percent);
        }
        return null;
    }

    /**
     * The index of the header's total column; else, where the columns are the meetings held that day ("EGM | A Share
     * Class Meeting | H Share Class Meeting"), the general meeting's; else the only figure's when the row has a single one.
     */
    private static int totalColumn(List<String> lines, int row, int width) {
        for (int k = row - 1; k >= 0 && k >= row - HEADER_REACH; k--) {
            String[] header = lines.get(k).split("\t", -1);
            if (header.length == width && TOTAL_CELL.matcher(header[width - 1].strip()).matches()) {
                return width - 1;
            }
            if (header.length == width) {
                for (int c = 1; c < width; c++) {
                    if (GENERAL_MEETING_CELL.matcher(header[c].strip()).matches()) {
                        return c;
                    }
                }
            }
        }
        return width == 2 ? 1 : -1;
    }

    private static final Pattern GENERAL_MEETING_CELL = Pattern.compile(
            "^(?:EGM|AGM|SGM|(?:extraordinary|annual|special)\\s+general\\s+meeting|(?:臨時|临时)?股東(?:週年)?大會|(?:临时)?股东(?:周年)?大会)$",
            Pattern.CASE_INSENSITIVE);
}

package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.PageMarks;
import dev.hkfilings.text.Spaces;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table as extracted text gives it: header text, then data cells in reading order. Both shapes PDFs come in
 * are read: cells split by tabs (rows kept, a wrapped name on rows of its own before its data row) and cells
 * one per line (rows lost). The header is everything before the first data row; the data row's name is the run
 * of plain-text cells just before its first typed cell (number, percentage, yes/no).
 */
final class TableBlock {

    private static final String[] HEADER_WORDS = (
            "name of|shareholder|whether|number of|proportion|percentage|pledge|thousand|shares held|restricted|supplemental|"
                    + "commencement|expiry|purpose|share capital|release|date of|shareholding|frozen|acting in|concert|"
                    // the parties' labels and a wrapped "total number of | issued Shares", one cell per line
                    + "pledgor|chargor|chargee|mortgagor|mortgagee|issued shares|class of shares|(shares)|"
                    + "股东|名称|是否|数量|比例|占|质押|解质|解押|日期|起始|到期|质权人|出质人|押记人|承押人|股份类别|百分比|一致行|动人|用途|限售|冻结|标记|持股|股本|一致行动|解除|单位").split("\\|");
    static final Pattern TOTAL = Pattern.compile("^(?:total|subtotal|合计|总计|小计)(?:\\b|$|\\s|[:：]).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROSE_START = Pattern.compile(
            "^(?:note|remark|注|註|備註|备注|as at|as of|截至|截止|the |本公司|公司|上述|[ivx]+\\.|[一二三四五六七八九十]+、|\\d+\\.\\s|\\(\\d+\\)\\s).*",
            Pattern.CASE_INSENSITIVE);

    final String header;
    /**
     * The header without the sentences above the table that the section runs from ("... in favour of the Pledgee:"); null
     * when the header holds none.
     */
    private final String labels;
    final List<Cell> cells;
    final List<Cell> total;

    private TableBlock(String header, String labels, List<Cell> cells, List<Cell> total) {
        this.header = header;
        this.labels = labels;
        this.cells = cells;
        this.total = total;
    }

    /** The table in {@code lines}, or null when no data row is found. */
    static TableBlock read(List<String> section) {
        List<String> lines = WrappedRows.merge(WrappedRows.joinWrappedDates(section));
        List<List<Cell>> rows = new Rows(lines);
        List<String> rawRows = lines;
        int firstTyped = -1;
        for (int i = 0; i < rows.size() && firstTyped < 0; i++) {
            if (isDataRow(rows.get(i))) {
                firstTyped = i;
            }
        }
        if (firstTyped < 0) {
            return null;
        }
        // The name of the first row: plain text just above (or at the start of) the first typed row.
        boolean tabShape = rawRows.get(firstTyped).contains("\t");
        int typedAt = firstTyped;
        if (!tabShape) {
            // One cell per line, a page break can fall between the first row's name and its figures: blank lines then
            // stand between them, and the name is above them.
            int k = firstTyped;
            while (k > 1 && rows.get(k - 1).isEmpty()) {
                k--;
            }
            // a section whose first line is already typed has nothing above it
            List<Cell> above = k > 0 ? rows.get(k - 1) : List.of();
            if (k < firstTyped && above.size() == 1 && above.get(0).kind() == Cell.Kind.TEXT && !isHeaderish(above.get(0).text())) {
                typedAt = k;
            }
        }
        if (!tabShape) {
            TableBlock byCount = labelledOnePerLine(rows, rawRows, firstTyped);
            if (byCount == null) {
                byCount = labelledWrapped(rows, rawRows, firstTyped);
            }
            if (byCount != null) {
                return byCount;
            }
        }
        int dataStart = typedAt;
        boolean doubleSpaced = !tabShape && doubleSpaced(rows, typedAt);
        while (dataStart > 0) {
            List<Cell> prev = rows.get(dataStart - 1);
            if (prev.isEmpty()) {
                // a table with a blank line after every cell: the blank is no boundary between the name's cells
                if (doubleSpaced && dataStart >= 2 && isNameLine(rows.get(dataStart - 2))) {
                    dataStart -= 2;
                    continue;
                }
                break;
            }
            boolean single = prev.size() == 1 && prev.get(0).kind() == Cell.Kind.TEXT;
            if (tabShape && single && !WrappedRows.overTextCells(rawRows.get(dataStart - 1), rawRows.get(typedAt))) {
                // "\t\tshares)" over the row's count: the header's last line, no part of the row's name
                break;
            }
            if (single && !tabShape && dataStart >= 2 && TransactionTableReader.typeCell(prev.get(0).text()) != null
                    && nameLine(rows.get(dataStart - 2))) {
                // "永福控股 | 解除質押 | 150,000,000": the row's type after its name, a header word though it is
                dataStart -= 2;
                continue;
            }
            if (single && !tabShape && dataStart >= 3 && wrappedAfterConnector(rows.get(dataStart - 2), prev.get(0).text())
                    && nameLine(rows.get(dataStart - 3))) {
                // "Ambrose Crest | Release of | pledge | 200,000,000": a cell wrapped after "of", its rest a header word,
                // under the row's name (a header's "Number of" / "shares" stands under another label)
                dataStart -= 2;
                continue;
            }
            // "至辦理解除", a term's first line above the row it belongs to, holds a header word but is none
            if (!single || isHeaderish(prev.get(0).text()) && !prev.get(0).text().startsWith("至")
                    || !tabShape && labelsLine(prev.get(0).text())) {
                break;
            }
            dataStart--;
        }
        if (!tabShape && dataStart == typedAt) {
            // Line-split: the name is on its own line(s); take at least the line above as the name.
            if (dataStart > 0 && rows.get(dataStart - 1).size() == 1) {
                dataStart--;
            }
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < dataStart; i++) {
            header.append(rawRows.get(i).replace('\t', ' ')).append(' ');
        }
        header.append(" | ").append(columnHeaders(rawRows.subList(0, dataStart)));
        String labels = labelsOf(rawRows.subList(0, dataStart), header.toString());
        List<Cell> cells = new ArrayList<>();
        List<Cell> total = null;
        boolean inTotal = false;
        // a table that runs onto the next page repeats its header rows there; they are no rows of data
        java.util.Set<String> headerRows = new java.util.HashSet<>();
        for (int i = 0; tabShape && i < dataStart; i++) {
            if (rawRows.get(i).indexOf('\t') >= 0) {
                headerRows.add(rawRows.get(i).strip());
            }
        }
        for (int i = dataStart; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            if (!headerRows.isEmpty() && headerRows.contains(rawRows.get(i).strip())) {
                // with the page's foot and head above it (a page number, the issuer's running title), no row's name
                while (!cells.isEmpty() && !cells.get(cells.size() - 1).rowEnd()) {
                    cells.remove(cells.size() - 1);
                }
                continue;
            }
            if (row.isEmpty()) {
                if (endsHere(rows, i)) {
                    break;
                }
                continue;
            }
            if (row.size() == 1 && (PageMarks.isPageMark(row.get(0).text()) || tabShape && bareNumberAfterBlank(rawRows, i))) {
                // a tab-split table's cells are never alone on a line without tabs: "1" there, below a blank line, is the
                // page's number at the margin
                continue;
            }
            boolean rowKeepsCells = row.size() >= 3;
            for (int j = 0; j < row.size(); j++) {
                Cell c = row.get(j);
                if (j == 0 && mayBeTotal(c.text()) && TOTAL.matcher(c.folded()).matches()) {
                    inTotal = true;
                    total = new ArrayList<>();
                    continue;
                }
                if (inTotal) {
                    if (c.kind() == Cell.Kind.TEXT) {
                        return new TableBlock(header.toString(), labels, cells, total);
                    }
                    total.add(c);
                    continue;
                }
                if (!rowKeepsCells && c.kind() == Cell.Kind.TEXT && c.text().length() > 120) {
                    return new TableBlock(header.toString(), labels, cells, total);
                }
                cells.add(rowKeepsCells && j == row.size() - 1 ? c.withRowEnd() : c);
            }
            if (inTotal && rowKeepsCells) {
                return new TableBlock(header.toString(), labels, cells, total);
            }
        }
        return new TableBlock(header.toString(), labels, cells, total);
    }

    /** Most cells a one-cell-per-line table is looked at for its rows ({@link #labelledOnePerLine}). */
    private static final int MAX_RUN_CELLS = 400;

    /**
     * One cell per line, a table whose labels stand one per line above rows of as many cells ("日期 | 事項 | 股東 | 股份數目 |
     * … | 質權人", then each row's seven cells, its date first): the cells fall into rows by the labels' count when every
     * column holds one kind of cell in every row. Without it a row that opens with its date or type loses its first
     * cells to the row before. Null when no count of labels fits two rows or more.
     */
    private static TableBlock labelledOnePerLine(List<List<Cell>> rows, List<String> rawRows, int firstTyped) {
        if (rows.get(firstTyped).get(0).kind() != Cell.Kind.DATE) {
            // a row that opens with a name is read by names and figures; only a row that opens with its date (and its type
            // after it) loses its first cells there, and the cells after the table are not typed for nothing
            return null;
        }
        int labelsEnd = firstTyped;
        // a page break between the header and the first row leaves blank lines there
        while (labelsEnd > 0 && rows.get(labelsEnd - 1).isEmpty()) {
            labelsEnd--;
        }
        int start = labelsEnd;
        while (start > 0 && rows.get(start - 1).size() == 1 && rows.get(start - 1).get(0).kind() == Cell.Kind.TEXT
                && rows.get(start - 1).get(0).text().length() <= MAX_LABEL_LENGTH) {
            start--;
        }
        int aboveFirst = labelsEnd - start;
        if (aboveFirst < MIN_LABELS) {
            return null;
        }
        List<Cell> run = new ArrayList<>();
        List<Cell> total = cellRun(rows, start, run);
        // the first row opens with its date, the labels stand right above it, and short lines of the prose may stand above them
        int cellsAfter = run.size() - aboveFirst;
        for (int k = aboveFirst; k >= MIN_LABELS; k--) {
            int count = cellsAfter / k;
            // every cell of the run in a row: a wrapped name or label leaves cells over, whatever the count
            if (count < 2 || cellsAfter % k != 0 || aboveFirst > k && !leadsIn(run.get(aboveFirst - k - 1).text())
                    || !labels(run.subList(aboveFirst - k, aboveFirst)) || !sameKindPerColumn(run.subList(aboveFirst - k, run.size()), k, count)) {
                continue;
            }
            List<Cell> cells = rowsOf(run.subList(aboveFirst, run.size()), k);
            return byLabels(rawRows, start, texts(run.subList(0, aboveFirst - k)), texts(run.subList(aboveFirst - k, aboveFirst)), cells, total);
        }
        return labelledByFirstLine(rawRows, start, run, aboveFirst, total);
    }

    /** The cells in rows of {@code k}, each row's last cell marked. */
    private static List<Cell> rowsOf(List<Cell> cells, int k) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(i % k == k - 1 ? cells.get(i).withRowEnd() : cells.get(i));
        }
        return out;
    }

    /**
     * A header of several lines one cell per line comes out line by line ("Date of pledge" / "Number of" / "Pledgee" /
     * "Approximate % of" / "Approximate % of" / "Shares pledged" / "Shares held by" / …): its first line holds the first
     * words of every column's label, and the lines below only some. The labels are then the first k lines, where k
     * cuts the cells below into whole rows of one kind per column; the header is all of them.
     */
    private static TableBlock labelledByFirstLine(List<String> rawRows, int start, List<Cell> run, int aboveFirst, List<Cell> total) {
        int cellsAfter = run.size() - aboveFirst;
        TableBlock found = null;
        for (int k = MIN_LABELS; k < aboveFirst; k++) {
            int count = cellsAfter / k;
            if (count < 2 || cellsAfter % k != 0 || !labels(run.subList(0, k)) || !sameKindPerColumn(run.subList(aboveFirst - k, run.size()), k, count)
                    || !percentsUnderPercentLabels(run.subList(0, k), run.subList(aboveFirst, aboveFirst + k))) {
                continue;
            }
            if (found != null) {
                // two counts of columns fit: no answer
                return null;
            }
            List<Cell> cells = rowsOf(run.subList(aboveFirst, run.size()), k);
            found = byLabels(rawRows, start, texts(run.subList(k, aboveFirst)), texts(run.subList(0, k)), cells, total);
        }
        return found;
    }

    /**
     * A table read one cell per line by its labels: the rows above {@code start}, the lines that lead into the table and
     * the labels make its header; the labels alone are its column labels, unless nothing stands above them.
     */
    private static TableBlock byLabels(List<String> rawRows, int start, List<String> leadIn, List<String> labels, List<Cell> cells,
            List<Cell> total) {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < start; i++) {
            header.append(rawRows.get(i).replace('\t', ' ')).append(' ');
        }
        for (String above : leadIn) {
            header.append(above).append(' ');
        }
        StringBuilder labelText = new StringBuilder();
        StringBuilder columns = new StringBuilder(" | ");
        for (String label : labels) {
            labelText.append(label).append(' ');
            columns.append(label).append(" | ");
        }
        header.append(labelText).append(columns);
        // the lines above the labels are prose, the sentences that lead into the table
        return new TableBlock(header.toString(), start > 0 || !leadIn.isEmpty() ? labelText.toString() + columns : null, cells, total);
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(c.text());
        }
        return out;
    }

    /**
     * The cells one per line from row {@code start} into {@code run}, to the table's end; the cells of its Total row
     * returned (null without one).
     */
    private static List<Cell> cellRun(List<List<Cell>> rows, int start, List<Cell> run) {
        List<Cell> total = null;
        boolean typedSeen = false;
        for (int i = start; i < rows.size() && run.size() < MAX_RUN_CELLS; i++) {
            List<Cell> row = rows.get(i);
            if (row.isEmpty()) {
                if (endsHere(rows, i) || i + 1 < rows.size() && chineseSentence(rows.get(i + 1))) {
                    break;
                }
                continue;
            }
            Cell c = row.get(0);
            // "2.本次质押股份不存在被用作…的情况。" right below the table: a note's sentence, no cell
            if (row.size() > 1 || c.kind() == Cell.Kind.TEXT && (c.text().length() > 80
                    || c.text().length() >= MIN_SENTENCE_LINE && c.text().endsWith("。"))) {
                break;
            }
            if (total != null) {
                if (c.kind() == Cell.Kind.TEXT) {
                    break;
                }
                total.add(c);
            } else if (typedSeen && mayBeTotal(c.text()) && TOTAL.matcher(c.folded()).matches()) {
                // after the rows: "total issued" among the header's lines is a label's piece
                total = new ArrayList<>();
            } else if (!PageMarks.isPageMark(c.text())) {
                run.add(c);
                typedSeen |= c.kind() != Cell.Kind.TEXT;
            }
        }
        return total;
    }

    /** Longest label or name line of a table whose cells wrapped: "As a percentage of the Company's total share capital". */
    private static final int MAX_WRAPPED_LINE = 60;

    /**
     * One cell per line, a table whose labels stand one per line, each wrapped over lines of its own, above rows whose
     * text cells wrapped too ({@link WrappedCellRows}); the first row opens with its name. English labels are cut where a
     * phrase opens, Chinese ones where a table's label ends ({@link WrappedCellRows#chineseLabels}). Null when no count of
     * labels and name lines cuts the cells below into whole rows.
     */
    private static TableBlock labelledWrapped(List<List<Cell>> rows, List<String> rawRows, int firstTyped) {
        if (rows.get(firstTyped).size() != 1) {
            return null;
        }
        int start = firstTyped;
        while (start > 0) {
            int above = start - 1;
            // a page break among the labels leaves blank lines between them
            while (above > 0 && rows.get(above).isEmpty()) {
                above--;
            }
            List<Cell> row = rows.get(above);
            // across the gap, a label's words on either side: "Number of" / "A Shares" / "involved" / (page break) / "(shares)"
            if (row.size() != 1 || row.get(0).kind() != Cell.Kind.TEXT || row.get(0).text().length() > MAX_WRAPPED_LINE
                    || above < start - 1 && !isHeaderish(row.get(0).text()) && !isHeaderish(rows.get(start).get(0).text())) {
                break;
            }
            start = above;
        }
        List<Cell> run = new ArrayList<>();
        List<Cell> total = cellRun(rows, start, run);
        int block = 0;
        while (block < run.size() && run.get(block).kind() == Cell.Kind.TEXT) {
            block++;
        }
        WrappedCellRows.Prefixes latin = new WrappedCellRows.Prefixes(run.subList(0, block));
        // the text above the first typed cell: the labels, then the first row's name (and its type) wrapped over lines
        for (int dataLines = 1; dataLines <= MAX_LEADING_DATA_LINES && block - dataLines >= MIN_LABELS; dataLines++) {
            int labelEnd = block - dataLines;
            Cell first = run.get(labelEnd);
            if (TransactionTableReader.typeCell(first.text()) == null && isHeaderish(first.text())) {
                continue;
            }
            // Chinese labels wrap with no sign of where: they end as labels end, and the first row's name below them
            boolean chinese = Names.isCjk(first.text().charAt(0)) && Names.isCjk(run.get(labelEnd - 1).text().charAt(0));
            List<String> labels = chinese ? WrappedCellRows.chineseLabels(run.subList(0, labelEnd))
                    : WrappedCellRows.opensPhrase(run, labelEnd) ? latin.phrases(labelEnd) : null;
            if (labels == null) {
                continue;
            }
            int lead = 0;
            while (lead < labels.size() && (chinese ? chineseLeadIn(labels.get(lead)) : leadsIn(labels.get(lead)))) {
                lead++;
            }
            List<String> columns = labels.subList(lead, labels.size());
            if (columns.size() < MIN_LABELS || !(chinese ? mostlyHeaderish(columns) : latinLabels(columns))) {
                continue;
            }
            List<Cell> cells = WrappedCellRows.rows(run.subList(labelEnd, run.size()), columns);
            if (cells == null) {
                continue;
            }
            return byLabels(rawRows, start, labels.subList(0, lead), columns, cells, total);
        }
        return null;
    }

    /** Above a Chinese table's labels: its section's heading ("一、本次股份質押基本情況"), its unit, the sentence's end. */
    private static boolean chineseLeadIn(String line) {
        return leadsIn(line) || line.contains("单位") || line.contains("單位") || CHINESE_SECTION.matcher(line).lookingAt();
    }

    private static final Pattern CHINESE_SECTION = Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.])");

    /**
     * The first row's percentages stand under labels that name a percentage, and only they: a name wrapped over two cells
     * ("Orient Summit Securities" / "Limited") shifts the row's cells from under their labels.
     */
    private static boolean percentsUnderPercentLabels(List<Cell> labels, List<Cell> firstRow) {
        for (int c = 0; c < labels.size(); c++) {
            boolean percentLabel = Keywords.containsAny(labels.get(c).folded(), "%", "percent", "proportion", "比例");
            Cell.Kind kind = firstRow.get(c).kind();
            if (percentLabel != (kind == Cell.Kind.PERCENT || percentLabel && kind == Cell.Kind.NUMBER)) {
                return false;
            }
        }
        return true;
    }

    /** Labels most of which are a header's words ("Pledgee", "股東名稱", "佔公司總股本比例"). */
    private static boolean mostlyHeaderish(List<String> labels) {
        int headerish = 0;
        for (String label : labels) {
            headerish += isHeaderish(label) ? 1 : 0;
        }
        return 2 * headerish > labels.size();
    }

    /** Most lines of the first row's name and type above its first typed cell. */
    private static final int MAX_LEADING_DATA_LINES = 6;

    /**
     * Labels in English: a Chinese label wraps with no sign of where it does ("是否为控股股东" / "或第一大股东及"), and
     * the count of labels is not to be had from the lines.
     */
    private static boolean latinLabels(List<String> labels) {
        for (String label : labels) {
            for (int i = 0; i < label.length(); i++) {
                if (Names.isCjk(label.charAt(i))) {
                    return false;
                }
            }
        }
        return mostlyHeaderish(labels);
    }

    /**
     * A line of Chinese prose below a blank line, wrapped to the page's width ("於本公告日期，禾耀持有…"): a sentence's
     * comma or full stop in a line of some length, which a table's cell is not.
     */
    private static boolean chineseSentence(List<Cell> row) {
        if (row.size() != 1) {
            return false;
        }
        String t = row.get(0).text();
        return t.length() >= MIN_SENTENCE_LINE && (t.indexOf('，') >= 0 || t.indexOf('。') >= 0) && Names.isCjk(t.charAt(0));
    }

    private static final int MIN_SENTENCE_LINE = 30;

    /**
     * The line above a table's labels closes the sentence that leads into it ("詳情如下：", "as follows:"); any other
     * short line there is a label's upper part, and the count of labels below it is not the count of columns.
     */
    private static boolean leadsIn(String line) {
        String t = line.strip();
        char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return end == ':' || end == '：' || end == '。' || end == '.';
    }

    private static final int MIN_LABELS = 4;
    private static final int MAX_LABEL_LENGTH = 40;

    /**
     * Cells that read as a table's labels: none typed, none the rest of a label wrapped over two lines ("of Shares held"),
     * and most holding a header word.
     */
    private static boolean labels(List<Cell> cells) {
        int headerish = 0;
        for (Cell c : cells) {
            if (c.kind() != Cell.Kind.TEXT || labelsLine(c.text())) {
                return false;
            }
            if (isHeaderish(c.text())) {
                headerish++;
            }
        }
        return 2 * headerish > cells.size();
    }

    /**
     * Whether the {@code count} rows of {@code k} cells after the labels hold, column by column, cells of one kind
     * (an empty mark fits any), with a figure in some column: rows cut at the wrong count mix names and figures.
     */
    private static boolean sameKindPerColumn(List<Cell> run, int k, int count) {
        boolean figure = false;
        for (int c = 0; c < k; c++) {
            Cell.Kind kind = null;
            for (int r = 0; r < count; r++) {
                Cell.Kind here = run.get(k + r * k + c).kind();
                if (here == Cell.Kind.EMPTY) {
                    continue;
                }
                if (kind != null && kind != here) {
                    return false;
                }
                kind = here;
            }
            figure |= kind == Cell.Kind.NUMBER;
        }
        return figure;
    }

    /** A one-word line under a line of one text cell that ends with "of": the cell's rest, header word or not. */
    private static boolean wrappedAfterConnector(List<Cell> above, String line) {
        return above.size() == 1 && above.get(0).kind() == Cell.Kind.TEXT && line.strip().indexOf(' ') < 0
                && above.get(0).text().strip().endsWith(" of");
    }

    private static boolean nameLine(List<Cell> row) {
        return row.size() == 1 && row.get(0).kind() == Cell.Kind.TEXT && !isHeaderish(row.get(0).text()) && !labelsLine(row.get(0).text());
    }

    /**
     * One cell per line, a label's last line above the first row's name ("announcement", "(after)"): a name's lines open
     * with a capital or a character, or with "the" of a defined party ("the Parent"), and a bracket in a name holds a
     * capital ("(Hong Kong) Limited").
     */
    private static boolean labelsLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && (t.charAt(0) >= 'a' && t.charAt(0) <= 'z' && !t.startsWith("the ")
                || t.length() > 1 && t.charAt(0) == '(' && t.charAt(1) >= 'a' && t.charAt(1) <= 'z');
    }

    private static boolean bareNumberAfterBlank(List<String> rawRows, int i) {
        return i > 0 && rawRows.get(i - 1).isBlank() && rawRows.get(i).indexOf('\t') < 0 && PageMarks.isBareNumber(rawRows.get(i));
    }

    /**
     * A row with a figure, a percentage, a date or a yes/no that is no header word, and not mostly header words: a header
     * row may hold a bare number where "(in 10 thousand)" wrapped ("Name of | acting in | 10 | number of").
     */
    static boolean isDataRow(List<Cell> row) {
        boolean typed = false;
        int headerish = 0;
        for (Cell c : row) {
            if (isHeaderish(c.text())) {
                headerish++;
            } else if (c.kind() != Cell.Kind.TEXT && c.kind() != Cell.Kind.EMPTY) {
                typed = true;
            }
        }
        return typed && 2 * headerish <= row.size();
    }

    /**
     * Whether {@link #TOTAL} may match the folded cell: an ASCII first character folds to itself in lower case, and
     * must then open "total" or "subtotal"; any other first character is left to the pattern.
     */
    static boolean mayBeTotal(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        char c = cell.charAt(0);
        return c >= 0x80 || c == 't' || c == 'T' || c == 's' || c == 'S';
    }

    /**
     * The typed cells of each line, made when first asked for: a section runs from its heading to the next one, often
     * to the end of the text, and the table in it ends well before; the lines after it were all typed for nothing.
     */
    private static final class Rows extends AbstractList<List<Cell>> {
        private final List<String> lines;
        private final List<List<Cell>> made = new ArrayList<>();

        Rows(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public List<Cell> get(int i) {
            Objects.checkIndex(i, lines.size());
            while (made.size() <= i) {
                List<Cell> row = new ArrayList<>();
                for (String part : nonBlankParts(lines.get(made.size()))) {
                    row.add(Cell.of(part, false));
                }
                made.add(row);
            }
            return made.get(i);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    /**
     * The non-blank parts between the line's tabs, in order: {@code line.split("\t")} less its blank parts, without
     * the split's intermediate list and array for every line of every table.
     */
    static List<String> nonBlankParts(String line) {
        List<String> parts = new ArrayList<>();
        for (int from = 0; from <= line.length(); ) {
            int tab = line.indexOf('\t', from);
            int to = tab < 0 ? line.length() : tab;
            String part = line.substring(from, to);
            if (!part.isBlank()) {
                parts.add(part);
            }
            from = to + 1;
        }
        return parts;
    }

    /** Tab-split headers wrap each column over several rows: read them column by column ("shares (in 10" + "thousand)"). */
    private static String columnHeaders(List<String> headerRows) {
        List<StringBuilder> cols = new ArrayList<>();
        String[] above = null;
        for (String row : headerRows) {
            if (!row.contains("\t")) {
                continue;
            }
            String[] parts = collapsedLabels(above, row.split("\t", -1));
            above = row.split("\t", -1);
            for (int j = 0; j < parts.length; j++) {
                while (cols.size() <= j) {
                    cols.add(new StringBuilder());
                }
                if (!parts[j].isBlank()) {
                    StringBuilder col = cols.get(j);
                    String part = parts[j].strip();
                    // a Chinese label wraps inside a word ("是否补" + "充质押"): no space where the line broke
                    if (col.length() > 1 && Names.isCjk(col.charAt(col.length() - 2)) && Names.isCjk(part.charAt(0))) {
                        col.setLength(col.length() - 1);
                    }
                    col.append(part).append(' ');
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (StringBuilder c : cols) {
            b.append(c.toString().strip()).append(" | ");
        }
        return b.toString();
    }

    /** A Chinese label that reads whole: a name, a date, a party, a term, a use, a count or a ratio. */
    private static final java.util.regex.Pattern WHOLE_LABEL = java.util.regex.Pattern.compile(
            ".*(?:名称|名稱|姓名|日|人|期限|用途|数量|數量|比例|股数|股數|金额|金額|[)）])$");

    /**
     * "股股东 | 股数 | 限售股 | 充质押 | 股份比例(%) | 股本比例(%) | 金用途" under "股东名称 | 是否为控 | 本次质押 | 是否为 | 是否补 |
     * 质押起始日 | 质押到期日 | 质权人 | 占其所持 | 占公司总 | 质押融资资": a Chinese header's second line without the tabs of the
     * labels that did not wrap; its pieces go, in order, under the labels of the line above that are not whole. The parts
     * themselves for any other line.
     */
    private static String[] collapsedLabels(String[] above, String[] parts) {
        if (above == null || parts.length >= above.length || parts.length < 2) {
            return parts;
        }
        List<Integer> open = new ArrayList<>();
        for (int j = 0; j < above.length; j++) {
            String label = above[j].strip();
            if (label.isEmpty() || !Names.isCjk(label.charAt(0))) {
                return parts;
            }
            if (!WHOLE_LABEL.matcher(label).matches()) {
                open.add(j);
            }
        }
        String[] placed = WrappedRows.placedUnder(above.length, open, parts);
        return placed == null ? parts : placed;
    }

    /**
     * The lines before {@code to} mostly stand alone between blank lines, as when each cell of a table is a paragraph
     * (a label that wrapped, "佔質押人所持" + "股份比例", is the exception).
     */
    private static boolean doubleSpaced(List<List<Cell>> rows, int to) {
        int alone = 0;
        int wrapped = 0;
        for (int j = 0; j < to; j++) {
            if (!rows.get(j).isEmpty()) {
                if (j > 0 && !rows.get(j - 1).isEmpty()) {
                    wrapped++;
                } else {
                    alone++;
                }
            }
        }
        return alone >= 3 && alone >= 2 * wrapped;
    }

    private static boolean isNameLine(List<Cell> row) {
        return row.size() == 1 && row.get(0).kind() == Cell.Kind.TEXT && !isHeaderish(row.get(0).text());
    }

    /** A blank line ends the table when prose follows it. */
    private static boolean endsHere(List<List<Cell>> rows, int blank) {
        for (int k = blank + 1; k < rows.size(); k++) {
            if (rows.get(k).isEmpty()) {
                continue;
            }
            List<Cell> next = rows.get(k);
            if (next.size() > 1) {
                return false;
            }
            String t = next.get(0).text();
            return next.get(0).kind() == Cell.Kind.TEXT && (t.length() > 80 || PROSE_START.matcher(t).matches() && !nameGoesOn(rows, blank, t));
        }
        return true;
    }

    /**
     * "浙商银行股份有限" / "公司湖州分行": the line after the blank opens as Shanghai prose does ("公司于…"), but it is the rest
     * of the name the row above broke inside its company form.
     */
    private static boolean nameGoesOn(List<List<Cell>> rows, int blank, String next) {
        int k = blank - 1;
        while (k >= 0 && rows.get(k).isEmpty()) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        List<Cell> above = rows.get(k);
        return WrappedRows.cutInItsForm(above.get(above.size() - 1).text(), next);
    }


    /** Header fragments that say nothing alone but are no name either, left over from wrapped header cells. */
    private static final Pattern HEADER_FRAGMENT = Pattern.compile(
            "^(?:shares?|held|company|of the company|capital|concert|ratio|financing|time|pledge|this time|\\(?%\\)?|\\(shares\\)|\\(?thousand\\)?|unit|of the|the|股|（股）|\\(股\\))$");

    static boolean isHeaderish(String text) {
        String f = ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT).strip();
        // f is lower case, so the case-insensitive alternation of plain words finds what String.contains finds.
        return Keywords.containsAny(f, HEADER_WORDS) || HEADER_FRAGMENT.matcher(f).matches();
    }

    /**
     * The header's words that a wrap cut rejoined: the space between two Chinese characters ("是否补 充质押") and a
     * hyphenation's break ("supple- mental", "Commence- ment") dropped.
     */
    static String withoutWordBreaks(String s) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
            if (i == 0 || i + 1 >= s.length()) {
                continue;
            }
            char before = s.charAt(i - 1);
            char after = s.charAt(i + 1);
            boolean cjk = Names.isCjk(before) && Names.isCjk(after);
            boolean hyphen = before == '-' && i >= 2 && Character.isLowerCase(s.charAt(i - 2)) && Character.isLowerCase(after);
            if (cjk || hyphen) {
                b = b == null ? new StringBuilder(s.length()) : b;
                b.append(s, copied, hyphen ? i - 1 : i);
                copied = i + 1;
            }
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    /**
     * The header's labels: what follows its last sentence. One cell per line, the section's prose and the table's labels
     * run together, and a party the prose names ("the Pledgee") would read as a column before the figures.
     */
    private static String labelsOf(List<String> headerRows, String header) {
        int last = -1;
        for (int i = 0; i < headerRows.size(); i++) {
            if (isSentence(headerRows.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = last + 1; i < headerRows.size(); i++) {
            b.append(headerRows.get(i).replace('\t', ' ')).append(' ');
        }
        return b.append(header, header.indexOf(" | "), header.length()).toString();
    }

    /** A line of prose, not a label: long, or closed as a sentence or an introduction to the table. */
    private static boolean isSentence(String row) {
        String r = row.strip();
        if (r.isEmpty() || row.indexOf('\t') >= 0) {
            return false;
        }
        char end = r.charAt(r.length() - 1);
        return r.length() > 80 || r.length() > 25 && (end == ':' || end == '：' || end == '.' || end == '。');
    }

    private String foldedLabels;

    /** {@link #labels} folded and collapsed as {@link #foldedHeader()}; the header itself when no sentence is in it. */
    String foldedLabels() {
        if (foldedLabels == null) {
            foldedLabels = labels == null ? foldedHeader() : Spaces.collapse(ChineseScript.toSimplified(labels).toLowerCase(Locale.ROOT));
        }
        return foldedLabels;
    }

    private String foldedHeader;

    /** The header folded and collapsed, made once: the position and transaction readers both ask for it. */
    String foldedHeader() {
        if (foldedHeader == null) {
            foldedHeader = foldHeader();
        }
        return foldedHeader;
    }

    private String foldHeader() {
        // Spaces.collapse is the \\s+ replacement without a regex (tested equal in FastTextEquivalenceTest).
        return Spaces.collapse(ChineseScript.toSimplified(header).toLowerCase(Locale.ROOT));
    }
}

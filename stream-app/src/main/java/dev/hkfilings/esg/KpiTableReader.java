package dev.hkfilings.esg;

import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgKpiValue;
import dev.hkfilings.text.Cells.Cell;
import dev.hkfilings.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads KPI rows from the data tables of an ESG report in one pass over its cells. A table starts at a
 * heading of year columns ("2022 2021 2020", or one year beside "Unit") and ends at running text; each row
 * is an optional KPI code, the metric's name (wrapped lines joined), an optional unit, and one value per year.
 */
final class KpiTableReader {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UNIT_LINE = Pattern.compile("^[(（]?(?:單位|单位|(?i:unit))\\s*[:：]\\s*([^()（）:：]{1,20}?)[)）]?$");
    private static final Pattern NUMBER_RANGE = Pattern.compile("\\d+\\s*[-–~至]\\s*\\d+");

    private static final Pattern WORD_CONNECTOR_END = Pattern.compile("(?i).*\\s(?:of|and|the|to|for|in|with|by|per|from|including)$");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i).*(?:\\b(?:of|and|the|to|for|in|with|by|on|as|a|an|or|from|per|under|at|including)|[,(/&–—-])$");
    private static final Pattern CJK_HEADING = Pattern.compile(".*(?:按.*(?:劃分|划分|分類|分类|分)|[:：])$");
    // as long as a unit may be ("tCO2e/'000 m² GFA under management")
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^(.*\\S)\\s*[（(]([^（()）]{1,40})[)）]$");
    private static final int MAX_METRIC = 160;
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=[\\p{L}）)])\\s?[(（](?:\\d{1,2}|[ivx]{1,4})[)）]$|(?<=[\\p{L})）])[*#△▲†‡^]{1,2}$|(?<=[\\p{L})）])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}$|(?<=\\p{Ll}{3}|\\))[1-9]$|(?<=[\\p{L}）)])\\s*[(（]?[註注]\\s*\\d{1,2}[)）]?$"
            // "Direct GHG emissions (Scope 1) (Note 1)"
            + "|(?<=[\\p{L}）)])\\s*[(（](?i:notes?)\\s*\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*[)）]$");
    private static final Pattern CODE_HEADER = Pattern.compile(
            "(?i)(?:hkex\\s+)?kpi(?:\\s+(?:code|no\\.?|index))?|(?:esg\\s+)?(?:guide|code)\\s+(?:index|reference)|指引索引|索引|關鍵績效\\s*指標|关键绩效\\s*指标|指標編號|指标编号");
    // "By gender – Male" is a breakdown's row; "By the end of 2024, ..." a sentence
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:In|By\\s+(?:the|a|an|its|our|their|end|\\d)|As|Since|During|The\\s+\\w+\\s+(?:is|was|has|have))\\b|^(?:於|于|截至|在)\\s*\\d");

    private final List<Integer> emptyYears = List.of();
    private List<Integer> years = emptyYears;
    private String code;
    /** The table repeats a code on each row of its group: a row with an empty code cell then has none. */
    private boolean codeOnEveryRow;
    private final List<String> text = new ArrayList<>();
    private String unit;
    private final List<String> values = new ArrayList<>();
    private final List<Cell> source = new ArrayList<>();
    private int valuesLine = -1;
    private int lastEmittedIndex = -1;
    private int lastValueIndex = -1;
    private boolean unitColumn;
    private boolean codesTrail;
    /** "A1.1 | Air emissions (kg)" above its rows, with no figures: the unit of the rows under it until the next code. */
    private String groupUnit;
    private static final Pattern CJK_WHOLE_METRIC = Pattern.compile(".*\\p{IsHan}(?:数|數|量|率|额|額|比例|百分比|密度)$");
    private static final Pattern CJK_OPEN_END = Pattern.compile(".*(?:的|及|和|与|與|之|、)$");
    /** "Energy indirect GHG emissions (Scope 2)2 | 18,902.3 | ..." then, alone behind a tab, "(tCO2e)": the row's unit. */
    private boolean bracketedUnitAfterRow(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        String t = cell.text().strip();
        boolean alone = i + 1 >= cells.size() || cells.get(i + 1).line() != cell.line();
        return !out.isEmpty() && i == lastEmittedIndex + 1 && cell.indented() && alone && out.get(out.size() - 1).getUnit() == null
                && (t.startsWith("(") && t.endsWith(")") || t.startsWith("（") && t.endsWith("）")) && bracketedUnit("x " + t) != null;
    }

    /**
     * "Energy indirect GHG emissions (Scope 2)2" then, on the next line, "(tCO2e)"; "GHG emissions intensity (tCO2e/HK$
     * million" then "revenue)": the unit in brackets closes the name only once its wrapped rest has joined it.
     */
    private static void unitInWrappedName(EsgKpi kpi) {
        String[] split = kpi.getUnit() == null ? nameAndUnit(kpi.getMetric()) : null;
        if (split != null) {
            kpi.setMetric(split[0]);
            kpi.setUnit(split[1]);
        }
    }

    /** The name without a note's number or mark at its end ("intensity(2)", "emissions (1)", "氮氧化物註1", "emissions²"). */
    /** A note's mark after a unit: a bracketed number or a symbol, not a superscript ("m³" is a unit of its own). */
    private static final Pattern UNIT_NOTE_MARK = Pattern.compile("(?<=[\\p{L})）])\\s?[(（]\\d{1,2}[)）]$|(?<=[\\p{L})）])[*#△▲†‡^]{1,2}$");

    private static String withoutMark(CharSequence name) {
        return FOOTNOTE_MARK.matcher(name).replaceFirst("");
    }

    /** A rate's first line ("tCO2e/HK$") alone above the row whose unit cell holds the rest ("million revenue"). */
    private String unitAbove;
    /** "HKEX KPI | Air emissions (kg) | 2024 | 2023": the unit the header row gives every row of its table. */
    private String headerUnit;
    /** Where the last code that opened a row stood: the name lines after it belong to that row. */
    private int codeCellIndex = -1;
    private final List<Cell> textCells = new ArrayList<>();
    private final List<EsgKpi> out = new ArrayList<>();

    private KpiTableReader() {
    }

    static List<EsgKpi> read(List<Cell> cells) {
        KpiTableReader r = new KpiTableReader();
        r.walk(cells);
        return r.out;
    }

    private void walk(List<Cell> cells) {
        int n = cells.size();
        for (int i = 0; i < n; i++) {
            Cell cell = cells.get(i);
            String c = cell.text();
            if (KpiCells.prose(c)) {
                flush();
                code = null;
                years = emptyYears;
                continue;
            }
            Integer year = KpiCells.year(c);
            if (year != null) {
                int j = i + 1;
                List<Integer> run = new ArrayList<>();
                run.add(year);
                while (j < n && KpiCells.year(cells.get(j).text()) != null && run.size() < 12) {
                    run.add(KpiCells.year(cells.get(j).text()));
                    j++;
                }
                if (isHeader(run, cells, i, j)) {
                    flush();
                    code = null;
                    codeOnEveryRow = false;
                    unitColumn = false;
                    for (int k = Math.max(0, i - 3); k < i; k++) {
                        unitColumn |= KpiCells.unitHeader(cells.get(k).text()) && !cells.get(k).text().equalsIgnoreCase("data");
                    }
                    years = run;
                    headerUnit = null;
                    for (int k = Math.max(0, i - 3); k < i; k++) {
                        if (cells.get(k).line() == cell.line()) {
                            headerUnit = bracketedUnit(withoutMark(cells.get(k).text()));
                        }
                    }
                    // one cell per line: the header's cells between its code label and the years ("HKEX KPI",
                    // "Greenhouse gas emissions", "(tCO2e)(1)", "2024")
                    for (int k = i - 1; headerUnit == null && k >= Math.max(1, i - 3); k--) {
                        if (CODE_HEADER.matcher(cells.get(k - 1).text()).matches()) {
                            StringBuilder heading = new StringBuilder();
                            for (int h = k; h < i; h++) {
                                heading.append(h > k ? " " : "").append(cells.get(h).text().strip());
                            }
                            headerUnit = bracketedUnit(withoutMark(heading));
                            break;
                        }
                    }
                    // "單位：人" / "Unit: persons" on a line of its own above the header: the unit of every row
                    for (int k = i - 1; headerUnit == null && k >= Math.max(0, i - 4); k--) {
                        Matcher unitLine = UNIT_LINE.matcher(cells.get(k).text().strip());
                        if (unitLine.matches()) {
                            headerUnit = unitLine.group(1).strip();
                        }
                    }
                    // a code column after the years: its codes close their rows, even one cell per line
                    // ("香港联交所 | 关键绩效指标 | 单位 | 2023年 | …" then "指标编号" at the margin below: the first label's rest)
                    codesTrail = j < n && CODE_HEADER.matcher(cells.get(j).text()).matches() && !labelCutBefore(cells, i)
                            && !(cells.get(j).column() == 0 && cells.get(j - 1).column() > 0)
                            // one cell per line, the first row opening with its code: codes lead their rows
                            && !(j + 1 < n && KpiCells.code(cells.get(j + 1).text()) != null);
                    i = codesTrail ? j : j - 1;
                    continue;
                }
            }
            if (years.isEmpty()) {
                continue;
            }
            if (KpiCells.indexHeader(c)) {
                flush();
                years = emptyYears;
                groupUnit = null;
                continue;
            }
            if (!values.isEmpty() && cell.line() != valuesLine && cell.column() == 0 && !KpiCells.value(c)) {
                flush();
            }
            if (text.isEmpty() && continuesLastMetric(cells, i)) {
                // the rests of both the name and the unit ("（按营业收入） | 营业收入") are taken at once
                i = Math.max(i, lastEmittedIndex);
                continue;
            }
            String[] coded = KpiCells.code(c);
            if (coded != null) {
                if (trailsLastRow(cells, i, coded)) {
                    continue;
                }
                // ... unless a name follows the code ("发展及培训" / "B3.2" / "每名员工平均受训"): then the text above was a heading
                // "Energy consumption intensity" / "(MWh/HK$ million revenue)" / "A2.1": a bracketed unit on its own line
                // between the name and the code is the row's, as the name is
                boolean unitOfName = unit == null || unit.startsWith("(") || unit.startsWith("（");
                if (values.isEmpty() && unitOfName && !text.isEmpty() && coded[1] == null && !(cjkHeading() && nameFollows(cells, i))) {
                    // the code written after the name ("Total GHG emissions | A1.2 | tCO2e | ...")
                    code = coded[0];
                    source.add(cell);
                    continue;
                }
                flush();
                // "B2.1 | 因工亡故人數" then "B2.1 | 因工亡故比率": a table that writes the code on every row of a group
                codeOnEveryRow |= coded[0].equals(code) && cell.column() == 0 && codeCellIndex >= 0 && lineHasFigures(cells, codeCellIndex);
                code = coded[0];
                codeCellIndex = i;
                groupUnit = null;
                if (coded[1] != null && !KpiCells.value(coded[1])) {
                    text.add(coded[1]);
                    textCells.add(cell);
                    source.add(cell);
                }
                continue;
            }
            if (KpiCells.aspect(c)) {
                flush();
                code = null;
                groupUnit = null;
                continue;
            }
            if (KpiCells.year(c) != null && !c.contains(",")) {
                // a bare year among the figures is a chart's axis label, not a value
                flush();
                continue;
            }
            if (!text.isEmpty() && values.isEmpty() && unit == null && c.length() <= 30 && (c.indexOf(')') >= 0 || c.indexOf('）') >= 0)
                    && !c.endsWith(".") && text.get(text.size() - 1).length() <= 60 && opensBracket(text.get(text.size() - 1))) {
                // "Direct GHG emissions (Scope" then "1)": the bracket's rest, though it starts with a figure
                text.add(c);
                textCells.add(cell);
                source.add(cell);
                continue;
            }
            if (KpiCells.value(c)) {
                if (text.isEmpty() && !out.isEmpty() && i == lastEmittedIndex + 1 && cell.line() == cells.get(lastEmittedIndex).line()) {
                    // "… | 58,736.4 | 61,204.9 | -4.03%": a column after the years (the change) is still the row's line,
                    // and what wrapped under the row follows it
                    lastEmittedIndex = i;
                }
                if (!text.isEmpty()) {
                    values.add(c);
                    source.add(cell);
                    lastValueIndex = i;
                    valuesLine = cell.line();
                    if (values.size() >= years.size()) {
                        flush();
                    }
                }
                continue;
            }
            // "Average training hours per" then "employee | hours | 21.6": a name cut after a connecting word goes on,
            // though its next word could be a unit
            // "\t\ttCO2e/HK$" on a line of its own, then "GHG emissions intensity | million revenue | 7.42": the first
            // line of the row's unit, set above its name where the row is vertically centred
            if (text.isEmpty() && values.isEmpty() && unit == null && CURRENCY_DENOMINATOR.matcher(c).matches() && KpiCells.unit(c)) {
                unitAbove = c;
                continue;
            }
            if (KpiCells.unit(c) && !text.isEmpty() && values.isEmpty() && unit == null && !WORD_CONNECTOR_END.matcher(text.get(text.size() - 1)).matches()) {
                unit = c;
                source.add(cell);
                continue;
            }
            if (KpiCells.unitHeader(c)) {
                flush();
                continue;
            }
            if (!values.isEmpty()) {
                flush();
            } else if (unit != null && valueFollows(cells, i) && c.length() <= 30 && (wrapsUnit(unit, c) || chineseDenominatorWraps(unit, c))) {
                // one cell per line, the unit wrapped: "tCO2e/HK$" then "million revenue", then the figures
                unit = Names.join(List.of(unit, c));
                source.add(cell);
                continue;
            } else if (unit != null) {
                reset(true);
            } else if (!text.isEmpty() && !nameAfterCode(cells, i) && (!joins(text.get(text.size() - 1), c) || headingAbove(cells, i))) {
                groupUnit = bracketedUnit(Names.join(text));
                text.clear();
                textCells.clear();
                source.clear();
            }
            if (text.isEmpty() && codeOnEveryRow && cell.indented() && cell.column() == 0 && codeCellIndex != i - 1) {
                // there a row whose code cell is empty has none, rather than the code of the row above
                code = null;
            }
            text.add(c);
            textCells.add(cell);
            source.add(cell);
        }
        flush();
    }

    /**
     * A code in the last column ("NOx | kg | 312.8 | 298.4 | A1.1") belongs to the row whose figures it follows on the
     * same line, and, as a leading code does, to the rows after it until the next code.
     */
    private boolean trailsLastRow(List<Cell> cells, int i, String[] coded) {
        Cell cell = cells.get(i);
        if (out.isEmpty() || i != lastEmittedIndex + 1 || coded[1] != null
                || !codesTrail && (cell.column() == 0 || cell.line() != cells.get(lastEmittedIndex).line())) {
            return false;
        }
        EsgKpi last = out.get(out.size() - 1);
        last.setCode(coded[0]);
        last.setSourceText(last.getSourceText() + "\t" + cell.text());
        code = coded[0];
        lastEmittedIndex = i;
        return true;
    }

    /**
     * One cell per line, "Aspect/" / "Indicator" / "Unit" / "FY2025" / "FY2024" / "KPI": the first label was cut after its
     * slash, and the "KPI" after the years is its rest, no column of codes after them.
     */
    private static boolean labelCutBefore(List<Cell> cells, int years) {
        for (int k = Math.max(0, years - 4); k < years; k++) {
            String label = cells.get(k).text().strip();
            if (label.endsWith("/") || label.endsWith("／")) {
                return true;
            }
        }
        return false;
    }

    /** A wrapped name's rest: lower case ("vehicles and on-site machinery"), or a bracket that is no note's mark ("(Scope 1)"). */
    private static final Pattern REST_OF_NAME = Pattern.compile("\\s*(?:\\p{Ll}|\\((?!(?:\\d{1,2}|[ivx]{1,4}|[a-z])\\))\\S)");

    /**
     * "B1.1 | Part-time and dispatched | persons | 52 | 55 | 57" then, alone behind a tab, "employees" ("... aged over" then
     * "50"): the row has its unit and a figure for every year, so a unit's word or a number there is the name's rest.
     */
    private boolean restAfterFullRow(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        if (out.isEmpty() || i != lastEmittedIndex + 1 || cell.afterBlank() || !cell.indented() || cell.text().strip().length() > 30
                || years.size() < 2 || i + 1 < cells.size() && cells.get(i + 1).line() == cell.line()) {
            return false;
        }
        EsgKpi last = out.get(out.size() - 1);
        String t = cell.text().strip();
        // the next line opens a row, or a note at the margin ("Note: Employee turnover rate = ...")
        Cell next = i + 1 < cells.size() ? cells.get(i + 1) : null;
        boolean nextOpensRow = next == null || next.afterBlank() || KpiCells.code(next.text()) != null
                || !next.indented() && !KpiCells.value(next.text()) && !KpiCells.unit(next.text());
        return (KpiCells.unit(t) || KpiCells.value(t)) && nextOpensRow && last.getUnit() != null && last.getValues().size() == years.size()
                && cell.slot() == nameSlot(last) && !Names.isCjk(last.getMetric().charAt(last.getMetric().length() - 1));
    }

    /** Whether the line of the cell at {@code at} has figures from there on: a row, not a group's heading ("A1.2 | Greenhouse gas emissions"). */
    private static boolean lineHasFigures(List<Cell> cells, int at) {
        int line = cells.get(at).line();
        for (int k = at + 1; k < cells.size() && cells.get(k).line() == line; k++) {
            if (KpiCells.value(cells.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The tab stop of the row's name on its first line (after its code's, which the source leaves out), -1 when not split by tabs. */
    private static int nameSlot(EsgKpi row) {
        return slot(row, part -> row.getMetric().startsWith(part));
    }

    /** The tab stop of the unit's cell on the line of the row just read, the line before cell {@code i}; -1 when not there. */
    private static int unitCellSlot(List<Cell> cells, int i, String unit) {
        int line = i > 0 ? cells.get(i - 1).line() : -1;
        for (int k = i - 1; k >= 0 && cells.get(k).line() == line; k--) {
            if (cells.get(k).text().equals(unit)) {
                return cells.get(k).slot();
            }
        }
        return -1;
    }

    /** The tab stop on the row's first line of the first cell that {@code is}, a code in its own column counted; -1 without. */
    private static int slot(EsgKpi row, java.util.function.Predicate<String> is) {
        String first = row.getSourceText();
        int nl = first.indexOf('\n');
        first = nl < 0 ? first : first.substring(0, nl);
        String[] parts = first.split("\t", -1);
        int codeSlot = row.getCode() != null && !first.startsWith(row.getCode()) ? 1 : 0;
        for (int k = 0; parts.length > 1 && k < parts.length; k++) {
            if (!parts[k].isBlank() && is.test(parts[k].strip())) {
                return k + codeSlot;
            }
        }
        return -1;
    }

    /** A tab-split row whose name wrapped: Tika writes the rest on the next line, after the figures, behind a tab. */
    private boolean continuesLastMetric(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        if (bracketedUnitAfterRow(cells, i)) {
            EsgKpi last = out.get(out.size() - 1);
            last.setUnit(bracketedUnit("x " + cell.text().strip()));
            last.setMetric(withoutMark(last.getMetric()));
            last.setSourceText(last.getSourceText() + "\n\t" + cell.text());
            lastEmittedIndex = i;
            return true;
        }
        if (restAfterFullRow(cells, i)) {
            EsgKpi last = out.get(out.size() - 1);
            last.setMetric(withoutMark(Names.join(List.of(last.getMetric(), cell.text().strip()))));
            last.setSourceText(last.getSourceText() + "\n\t" + cell.text());
            lastEmittedIndex = i;
            return true;
        }
        // "Average training hours per" / "employee": a name cut after a connecting word goes on, though its rest could be a unit
        if (out.isEmpty() || i != lastEmittedIndex + 1 || cell.afterBlank() || cell.text().length() > 60 || KpiCells.value(cell.text()) || KpiCells.code(cell.text()) != null
                || KpiCells.unit(cell.text()) && !WORD_CONNECTOR_END.matcher(out.get(out.size() - 1).getMetric()).matches()) {
            return false;
        }
        if (continuesNameAndUnit(cells, i) || continuesUnit(cells, i)) {
            return true;
        }
        boolean alone = (i + 1 >= cells.size() || cells.get(i + 1).line() != cell.line()) && cell.column() == 0;
        // "A1.1 | Nitrogen oxides (NOx) from | kg | 2,418.6" then "vehicles and on-site machinery" or "(Scope 1)" at the
        // margin, after the row's figures: the name wrapped; a heading there opens with a capital, a note with its mark
        boolean restOfName = alone && REST_OF_NAME.matcher(cell.text()).lookingAt();
        // one cell per line, a heading ("资源使用" above "A2.1") or a name that opens a bracket it closes on the next line
        // ("温室气体排放总量（范围一及" / "范围二）") starts what follows rather than ending the row above
        if (alone && !cell.indented() && !restOfName
                && (i + 1 < cells.size() && KpiCells.code(cells.get(i + 1).text()) != null || opensBracket(cell.text()))) {
            return false;
        }
        // one cell per line: the wrapped rest is followed by the next row, not by this row's unit or figures
        boolean nextStartsRow = i + 1 >= cells.size() || !KpiCells.unit(cells.get(i + 1).text()) && !KpiCells.value(cells.get(i + 1).text());
        if (!alone || !cell.indented() && !nextStartsRow) {
            return false;
        }
        EsgKpi last = out.get(out.size() - 1);
        String metric = last.getMetric();
        // "温室气体排放总量" then, behind a tab at the name's own stop, "（范围一及范围二）": a bracket that qualifies a whole name
        boolean qualifier = cell.indented() && (cell.text().startsWith("（") || cell.text().startsWith("(")) && cell.slot() == nameSlot(last);
        boolean whole = !qualifier && CJK_WHOLE_METRIC.matcher(metric).matches();
        if (!joins(metric, cell.text())
                || whole && (!cell.indented() || CJK_OPEN_END.matcher(cell.text()).matches())
                // "顆粒物排放量" is whole: "範圍一及範圍二溫室氣體", itself no whole name, above "A1.2 | 排放總量" opens that row
                || whole && i + 1 < cells.size() && KpiCells.code(cells.get(i + 1).text()) != null && !CJK_WHOLE_METRIC.matcher(cell.text()).matches()) {
            // "供应商总数" is whole: "因安全与健康理由而须回收的" on a line of its own opens the next name
            return false;
        }
        last.setMetric(withoutMark(Names.join(List.of(metric, cell.text()))));
        unitInWrappedName(last);
        last.setSourceText(last.getSourceText() + "\n" + cell.text());
        lastEmittedIndex = i;
        return true;
    }

    /**
     * Both the name and the unit of the last row wrapped ("GHG intensity | tCO2e/ | 0.18 | 0.19" then
     * "(by output) | tonne of product"): a line of exactly two cells, neither a figure, right after the row.
     */
    private boolean continuesNameAndUnit(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        EsgKpi last = out.get(out.size() - 1);
        if (cell.column() != 0 || last.getUnit() == null || i + 1 >= cells.size()) {
            return false;
        }
        Cell rest = cells.get(i + 1);
        boolean twoCells = rest.line() == cell.line() && (i + 2 >= cells.size() || cells.get(i + 2).line() != cell.line());
        String unitTail = rest.text();
        if (!twoCells || KpiCells.value(unitTail) || KpiCells.code(unitTail) != null || unitTail.length() > 30
                || !joins(last.getMetric(), cell.text()) || !wrapsUnit(last.getUnit(), unitTail)) {
            return false;
        }
        last.setMetric(withoutMark(Names.join(List.of(last.getMetric(), cell.text()))));
        last.setUnit(Names.join(List.of(last.getUnit(), unitTail)));
        last.setSourceText(last.getSourceText() + "\n" + cell.text() + "\t" + unitTail);
        lastEmittedIndex = i + 1;
        return true;
    }

    /**
     * A Chinese name alone on its line above a tab-split row that has its own name ("資源使用" above "耗電量 | 兆瓦時 |
     * ...") is a heading of the rows below: a wrapped Chinese name continues on the row's line or after it, not above.
     */
    private boolean headingAbove(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        Cell above = textCells.get(textCells.size() - 1);
        boolean aboveAlone = textCells.size() == 1 && above.column() == 0 && (i - 1 < 0 || cells.get(i - 1) == above);
        boolean rowStarts = cell.column() == 0 && i + 1 < cells.size() && cells.get(i + 1).line() == cell.line();
        return aboveAlone && rowStarts && above.line() == cell.line() - 1
                && Names.isCjk(above.text().charAt(above.text().length() - 1)) && Names.isCjk(cell.text().charAt(0));
    }

    /**
     * "GHG intensity | tCO2e/tonne of | 0.218 | 0.236" then, behind tabs, "product": the unit wrapped, not the name. So
     * is a lower-case rest under a rate's denominator ("tCO2e/occupied" then "room night") when the name is whole.
     */
    private boolean continuesUnit(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        EsgKpi last = out.get(out.size() - 1);
        String unit = last.getUnit();
        // one cell per line nothing is indented, but a rate per currency ("tCO2e/HK$") is not whole: its "million revenue"
        boolean perCurrency = unit != null && CURRENCY_DENOMINATOR.matcher(unit).matches() && cell.text().length() <= 20
                && Character.isLowerCase(cell.text().charAt(0))
                // "tCO2e/10,000 m²" then "of GFA managed": what the area is of
                || unit != null && unit.indexOf('/') > 0 && cell.text().startsWith("of ") && cell.text().length() <= 25;
        if (unit == null) {
            return false;
        }
        // "tCO2e/HK$ million" then "revenue" after the figures: the rate's denominator, unless the name was cut after
        // a connecting word ("Water consumption intensity per" / "gross floor area")
        boolean denominatorGoesOn = unit.indexOf('/') > 0 && Character.isLowerCase(cell.text().charAt(0)) && cell.text().length() <= 20
                // "kgCO2e/m2" then "per gross floor area": the name says what the rate is per
                && !CONNECTOR_END.matcher(last.getMetric()).matches() && !cell.text().startsWith("per ");
        // one cell per line, "intensity" then "of gross floor area": the name's rest comes first, the unit's after it
        // (but "m³/'000 m² of" goes on at once)
        boolean unitsRestBelow = i + 1 < cells.size() && !cells.get(i + 1).afterBlank() && !cells.get(i + 1).text().isEmpty()
                && Character.isLowerCase(cells.get(i + 1).text().charAt(0)) && !CONNECTOR_END.matcher(unit).matches();
        if (!cell.indented() && !perCurrency && !(denominatorGoesOn && !unitsRestBelow)) {
            return false;
        }
        // "A2.1 | Energy consumption intensity | kWh per room | 57.21" then "night" behind tabs at the unit's own stop
        boolean underUnit = cell.indented() && cell.text().length() <= 20 && Character.isLowerCase(cell.text().charAt(0))
                && (i + 1 >= cells.size() || cells.get(i + 1).line() != cell.line()) && cell.slot() == unitCellSlot(cells, i, unit);
        if (!(perCurrency || cutAtSlash(unit) || CONNECTOR_END.matcher(unit).matches() || denominatorGoesOn || underUnit
                || cell.indented() && (chineseUnitGoesOn(unit, cell.text()) || chineseDenominatorWraps(unit, cell.text())))) {
            return false;
        }
        last.setUnit(Names.join(List.of(unit, cell.text())));
        last.setSourceText(last.getSourceText() + "\n\t" + cell.text());
        lastEmittedIndex++;
        return true;
    }

    private static final Pattern CURRENCY_DENOMINATOR = Pattern.compile(".*(?:[/／╱]|\\sper)\\s*(?:HK\\$|US\\$|RMB|HKD|USD)$");

    private static boolean opensBracket(String text) {
        int open = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return open > 0;
    }

    /** A Chinese line alone before a code: an aspect's heading ("发展及培训") when a name follows the code. */
    private boolean cjkHeading() {
        String t = text.get(text.size() - 1);
        // "\t範圍一及範圍二溫室氣體" behind a tab stands in the name column, above the rest of its name: no heading
        return text.size() == 1 && t.length() <= 12 && Names.isCjk(t.charAt(0)) && Names.isCjk(t.charAt(t.length() - 1))
                && !(textCells.size() == 1 && textCells.get(0).indented() && !CJK_WHOLE_METRIC.matcher(t).matches());
    }

    /** A name's cell right after the code at {@code i}: neither a unit, a figure nor another code. */
    private static boolean nameFollows(List<Cell> cells, int i) {
        if (i + 1 >= cells.size()) {
            return false;
        }
        String next = cells.get(i + 1).text();
        return !KpiCells.unit(next) && !KpiCells.value(next) && KpiCells.code(next) == null && !KpiCells.prose(next);
    }

    private static String bracketedUnit(String heading) {
        String[] split = heading == null ? null : nameAndUnit(heading);
        return split == null ? null : split[1];
    }

    /**
     * "Nitrogen oxides (kg)" as its name and unit, or null when the closing bracket holds no unit. A note's number
     * before the unit goes with neither: "Direct GHG emissions (Scope 1)1 (tCO2e)".
     */
    private static String[] nameAndUnit(String metric) {
        Matcher m = UNIT_SUFFIX.matcher(metric);
        return m.matches() && KpiCells.unit(m.group(2)) ? new String[] {withoutMark(m.group(1)), m.group(2).strip()} : null;
    }

    private static boolean valueFollows(List<Cell> cells, int i) {
        return i + 1 < cells.size() && KpiCells.value(cells.get(i + 1).text());
    }

    /**
     * One cell per line, a name wrapped right after its row's code ("A1.2", "Energy indirect (Scope 2)", "GHG emissions",
     * "tCO2e", figures): its second line is no new row, although it starts in upper case.
     */
    private boolean nameAfterCode(List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        if (text.size() != 1 || codeCellIndex < 0 || codeCellIndex + 2 != i || cell.column() != 0 || cells.get(i - 1).column() != 0
                || i + 1 >= cells.size()) {
            return false;
        }
        String next = cells.get(i + 1).text();
        // "Employee turnover rate by gender" then "Male": a breakdown's heading above its first category, not a wrapped
        // name; so is "Air emissions (kg)" then "Nitrogen oxides (NOx)", a group row with the unit of the rows under it
        return (KpiCells.unit(next) || KpiCells.value(next)) && !BREAKDOWN_HEADING.matcher(text.get(0)).find()
                && bracketedUnit(text.get(0)) == null;
    }

    private static final Pattern BREAKDOWN_HEADING = Pattern.compile("(?i)\\bby\\s+[a-z]+(?:\\s+[a-z]+)?\\s*:?$|按[^，。]{1,8}[:：]?$");

    /** A unit cut after its slash, or one whose next line starts in lower case, goes on. */
    private static boolean wrapsUnit(String unit, String next) {
        return cutAtSlash(unit) || Character.isLowerCase(next.charAt(0)) || chineseUnitGoesOn(unit, next);
    }

    /** "噸二氧化碳" then "當量", behind tabs under the unit column: a Chinese unit wrapped. */
    private static boolean chineseUnitGoesOn(String unit, String next) {
        return !unit.isEmpty() && Names.isCjk(unit.charAt(unit.length() - 1)) && Names.isCjk(next.charAt(0)) && next.length() <= 8
                && (next.startsWith("當量") || next.startsWith("当量") || KpiCells.unit(unit + next));
    }

    /** "兆瓦時／百萬港元" then "收益": a Chinese rate's denominator wrapped, a few characters before the figures. */
    private static boolean chineseDenominatorWraps(String unit, String next) {
        return (unit.indexOf('／') > 0 || unit.indexOf('/') > 0 || unit.indexOf('╱') > 0) && next.length() <= 6 && Names.isCjk(next.charAt(0))
                && Names.isCjk(unit.charAt(unit.length() - 1));
    }

    private static boolean cutAtSlash(String unit) {
        return unit.endsWith("/") || unit.endsWith("／") || unit.endsWith("╱");
    }

    private static boolean isHeader(List<Integer> run, List<Cell> cells, int from, int to) {
        if (run.size() >= 2) {
            boolean desc = true;
            boolean asc = true;
            for (int k = 1; k < run.size(); k++) {
                desc &= run.get(k) < run.get(k - 1);
                asc &= run.get(k) > run.get(k - 1);
                // a figures table reports years side by side; "Baseline FY2022 | Target year FY2027" is a target's row
                if (Math.abs(run.get(k) - run.get(k - 1)) > 2) {
                    return false;
                }
            }
            return desc || asc;
        }
        for (int k = Math.max(0, from - 3); k < Math.min(cells.size(), to + 3); k++) {
            if (KpiCells.unitHeader(cells.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(String prev, String next) {
        char first = next.charAt(0);
        if (Names.isCjk(first) && Names.isCjk(prev.charAt(prev.length() - 1))) {
            return !CJK_HEADING.matcher(prev).matches() && prev.length() >= 4;
        }
        return Character.isLowerCase(first) || first == '(' || first == '（' || CONNECTOR_END.matcher(prev).matches();
    }

    private void flush() {
        if (!text.isEmpty() && !values.isEmpty()) {
            emit();
        }
        reset(true);
    }

    /** A code stays with the rows that follow it (a breakdown by gender or age under B1.1) until the next code or heading. */
    private void reset(boolean keepCode) {
        if (!keepCode) {
            code = null;
        }
        text.clear();
        textCells.clear();
        unit = null;
        unitAbove = null;
        values.clear();
        source.clear();
        valuesLine = -1;
    }

    private void emit() {
        if (unit == null && text.size() >= 2 && textCells.size() == text.size()) {
            // a unit outside our vocabulary still sits in the unit column: the cell just before the figures,
            // on the figures' line in a tab-split row, or in a table whose header has a Unit column
            Cell last = textCells.get(textCells.size() - 1);
            boolean sameLineAsFigures = last.line() == valuesLine && textCells.get(textCells.size() - 2).line() == last.line();
            String u = last.text();
            if ((sameLineAsFigures || unitColumn) && u.length() <= 25 && WHITESPACE.split(u).length <= 3) {
                unit = unitAbove != null && Character.isLowerCase(u.charAt(0)) ? unitAbove + " " + u : u;
                text.remove(text.size() - 1);
            }
        }
        // "GHG emissions intensity(2)": a note's number glued to the name
        String metric = withoutMark(Objects.requireNonNullElse(Names.join(text), ""));
        metric = metric.isEmpty() ? null : metric;
        if (metric == null || metric.length() > MAX_METRIC || metric.chars().noneMatch(Character::isLetter) && !NUMBER_RANGE.matcher(metric).matches()) {
            return;
        }
        if (metric.endsWith(".") || metric.endsWith("。") || SENTENCE_START.matcher(metric).find()) {
            return;
        }
        String kpiCode = code;
        String[] inMetric = KpiCells.codeInMetric(metric);
        if (inMetric != null) {
            kpiCode = kpiCode == null ? inMetric[0] : kpiCode;
            metric = inMetric[1];
        }
        String u = unit;
        String[] split = u == null ? nameAndUnit(metric) : null;
        if (split != null) {
            metric = split[0];
            u = split[1];
        }
        if (u != null && (u.startsWith("(") && u.endsWith(")") || u.startsWith("（") && u.endsWith("）"))) {
            u = u.substring(1, u.length() - 1).strip();
        }
        if (u == null) {
            u = groupUnit != null ? groupUnit : headerUnit;
        }
        if (u == null && values.stream().allMatch(v -> v.strip().endsWith("%"))) {
            u = "%";
        }
        if (u == null && (kpiCode == null || values.size() < 2)) {
            // without a unit or a code, a short label beside a number is as likely an infographic as a KPI
            return;
        }
        List<EsgKpiValue> vs = new ArrayList<>(values.size());
        for (int k = 0; k < values.size() && k < years.size(); k++) {
            String v = values.get(k).strip();
            vs.add(EsgKpiValue.newBuilder().setYear(years.get(k)).setValue(KpiCells.number(v)).setText(v).build());
        }
        StringBuilder src = new StringBuilder();
        int line = -1;
        for (Cell c : source) {
            if (src.length() > 0) {
                src.append(c.line() == line ? '\t' : '\n');
            }
            src.append(c.text());
            line = c.line();
        }
        lastEmittedIndex = lastValueIndex;
        // "tCO2e(1)", "tonnes*": a note's mark after the unit, as after a name
        u = u == null ? null : UNIT_NOTE_MARK.matcher(u).replaceFirst("");
        out.add(EsgKpi.newBuilder().setCode(kpiCode).setMetric(metric).setUnit(u).setValues(vs).setSourceText(src.toString()).build());
    }
}

package dev.hkfilings.esg;

import dev.hkfilings.text.Dates;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one cell of an ESG data table is: a year heading, a KPI code, a unit, a value, or words. */
final class KpiCells {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FIGURE_NOISE = Pattern.compile("[<>≤≥~約约%*#^†‡¹²³⁴⁵⁶⁷⁸⁹⁰,\\s]");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    // "2024財政年度", "2024财年": reports whose year is not the calendar one name their columns by the financial year
    private static final String YEAR_SUFFIX = "(?:\\s*(?:年度?|[財财]政年度|[財财]年|[財财]務年度|[財财]务年度|[會会]計年度|[會会]计年度))?";
    // "2022(3)", "2022*": a column restated, its note's mark after the year
    private static final String NOTE_MARK = "(?:\\s*[(（](?:note\\s*)?(?:\\d{1,2}|[a-z])[)）]|\\s*[*#^†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)?";
    private static final Pattern YEAR = Pattern.compile("^(?:FY\\s*|financial\\s+year\\s+)?((?:19|20)\\d{2})" + YEAR_SUFFIX + NOTE_MARK
            + "$|^((?:19|20)\\d{2})\\s*/\\s*(\\d{2})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("^(?:KPI\\s*)?([AB]\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?(?:\\s*\\([a-z]\\))?)(?:\\s*[:：]?\\s+(\\S.*))?$");
    private static final Pattern CODE_IN_METRIC = Pattern.compile("\\s*[（(]\\s*(?:KPI\\s*)?([AB]\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)\\s*[)）]\\s*");
    private static final Pattern ASPECT = Pattern.compile("^(?:aspect\\s+|層面\\s*|层面\\s*)?[AB]\\d{1,2}(?![.\\d])(?:\\s*[:：.]?\\s*\\S.{0,60})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile(
            "^[<>≤≥~約约]?\\s*[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*%?[*#^†‡¹²³⁴⁵⁶⁷⁸⁹⁰]*$");
    private static final Set<String> PLACEHOLDERS = Set.of("/", "-", "–", "—", "--", "n/a", "na", "n.a.", "nil", "不適用", "不适用", "無", "无", "—*", "*");
    private static final Set<String> UNITS = Set.of(
            "t", "tonne", "tonnes", "ton", "tons", "kg", "kilogram", "kilograms", "g", "mg", "kt", "mt", "tco2e", "tco2-e", "tco₂e", "tco2eq",
            "tonnes co2e", "tonnes of co2e", "tonnes of co2 equivalent", "kgco2e", "kg co2e", "kwh", "mwh", "gwh", "twh", "gj", "tj", "mj", "kw", "mw",
            "m3", "m³", "cubic metres", "cubic meters", "cubic metre", "litre", "litres", "liter", "liters", "l", "ml", "%", "percent", "percentage",
            "person", "persons", "people", "employee", "employees", "headcount", "no.", "no", "number", "times", "case", "cases", "incident",
            "incidents", "hour", "hours", "hrs", "day", "days", "km", "unit", "units", "piece", "pieces", "pcs", "set", "sets", "rmb", "hk$",
            "hkd", "usd", "us$", "item", "items", "company", "companies", "participant", "participants", "person-time", "person-times",
            "man-hours", "man-hour", "suppliers", "supplier", "million", "thousand", "ream", "reams", "sheet", "sheets", "page", "pages", "box", "boxes", "bottle", "bottles", "roll", "rolls", "vehicles",
            "噸", "吨", "千克", "公斤", "克", "千瓦時", "千瓦时", "兆瓦時", "兆瓦时", "吉焦", "立方米", "米3", "升", "人", "名", "人次", "小時",
            "小时", "天", "日", "宗", "起", "次", "個", "个", "家", "項", "项", "元", "件", "輛", "辆", "噸二氧化碳當量", "吨二氧化碳当量",
            "二氧化碳當量噸", "二氧化碳当量吨", "百分比", "平方米", "m2", "m²",
            "hectare", "hectares", "ha", "acre", "acres", "sq.m.", "sqm", "sq m", "km2", "km²", "tce", "toe", "kgce", "tonnes of standard coal",
            "噸標準煤", "吨标准煤", "公頃", "公顷", "畝", "亩", "公升", "千公升", "kl", "megalitres", "megaliters", "mwh/year", "tonnes/year", "gallons",
            "trees", "hrs/employee", "kwh/m2", "tonne-km", "噸公里", "吨公里", "戶", "户", "所", "台", "套", "宗數", "宗数", "人數", "人数");
    private static final Pattern MULTIPLIER = Pattern.compile("^(?:'?000\\s*|\\d{1,3}(?:,\\d{3})*\\s*|thousand\\s+|million\\s+|萬|万|千|百萬|百万|十萬|十万)(.+)$|^(.+?)\\s*(?:'000|in\\s+thousands?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AMOUNT = Pattern.compile("^(?:rmb|hk\\$|hkd|usd|us\\$|人民幣|人民币|港元|港幣|港币)\\s*(?:[\\d,]+|thousand|million|billion|萬元|万元|千元|百萬元|百万元|元)?$|^(?:萬元|万元|千元|百萬元|百万元|億元|亿元)$", Pattern.CASE_INSENSITIVE);

    private KpiCells() {
    }

    /** The year a heading cell names ("2021", "FY2021", "2021年", "2021財政年度", "2021/22" → 2022); null otherwise. */
    static Integer year(String cell) {
        Matcher m = YEAR.matcher(cell.strip());
        if (!m.matches()) {
            return chineseNumeralYear(cell.strip());
        }
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        int first = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(3));
        return (first % 100 + 1) % 100 == second ? first + 1 : null;
    }

    private static final Pattern ZH_NUMERAL_YEAR = Pattern.compile("^([一二][零〇○一二三四五六七八九]{3})" + YEAR_SUFFIX + "$");

    /** "二零二四年", "二〇二三年度": a year in Chinese numerals, as Hong Kong reports in Chinese head their columns. */
    private static Integer chineseNumeralYear(String cell) {
        Matcher m = cell.length() >= 5 && cell.length() <= 10 ? ZH_NUMERAL_YEAR.matcher(cell) : null;
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Dates.numeralYear(m.group(1));
        return year >= 1900 && year < 2100 ? year : null;
    }

    /** The KPI code at the start of a cell and what follows it, or null. */
    static String[] code(String cell) {
        Matcher m = CODE.matcher(cell.strip());
        return m.matches() ? new String[] {WHITESPACE.matcher(m.group(1)).replaceAll(""), m.group(2)} : null;
    }

    /** A code written in brackets inside a metric's name ("Total GHG emissions (A1.2)"), and the name without it. */
    static String[] codeInMetric(String metric) {
        Matcher m = CODE_IN_METRIC.matcher(metric);
        return m.find() ? new String[] {m.group(1), (metric.substring(0, m.start()) + " " + metric.substring(m.end())).strip()} : null;
    }

    static boolean aspect(String cell) {
        return cell.length() <= 70 && ASPECT.matcher(cell.strip()).matches() && code(cell) == null;
    }

    static boolean value(String cell) {
        String c = withoutLetteredNote(cell.strip());
        return VALUE.matcher(c).matches() || PLACEHOLDERS.contains(c.toLowerCase(Locale.ROOT))
                || PLACEHOLDERS.contains(withoutNoteMark(c).toLowerCase(Locale.ROOT));
    }

    /** "3,412.6(a)", "N/A(b)", "46.8(1)", "不适用（注1）": a figure or a placeholder with its note's letter or number in brackets. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("\\s*[(（](?:[a-z]|\\d{1,2}|(?:注|註|(?i:note)\\s?)\\d{1,2})[)）]$");

    private static String withoutLetteredNote(String cell) {
        int n = cell.length();
        if (n >= 2 && cell.charAt(n - 1) >= 'a' && cell.charAt(n - 1) <= 'h' && Character.isDigit(cell.charAt(n - 2))) {
            // "9,865.1a": the note's letter glued to the figure
            return cell.substring(0, n - 1);
        }
        if (n < 4 || cell.charAt(n - 1) != ')' && cell.charAt(n - 1) != '）') {
            return cell;
        }
        Matcher m = BRACKETED_NOTE.matcher(cell);
        return m.find() && m.start() > 0 ? cell.substring(0, m.start()) : cell;
    }

    /**
     * "不適用*", "N/A3": a placeholder with its note's mark, a star or a note's number; the cell itself when it has none.
     * Only a placeholder in words loses digits: "-3" is a figure.
     */
    private static String withoutNoteMark(String cell) {
        if (cell.length() > 1 && cell.endsWith("*")) {
            return cell.substring(0, cell.length() - 1).strip();
        }
        int end = cell.length();
        // "N/A¹": a note's number raised
        while (end > 0 && end > cell.length() - 2 && (Character.isDigit(cell.charAt(end - 1)) || SUPERSCRIPT_DIGITS.indexOf(cell.charAt(end - 1)) >= 0)) {
            end--;
        }
        String rest = cell.substring(0, end).strip();
        return end < cell.length() && rest.codePoints().anyMatch(Character::isLetter) ? rest : cell;
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** The value as a number, where it is one ("1,234.5" → 1234.5, "98%" → 98); null for "/", "N/A" and the like. */
    static Double number(String cell) {
        String c = FIGURE_NOISE.matcher(withoutLetteredNote(cell.strip())).replaceAll("");
        if (c.isEmpty() || !DECIMAL.matcher(c).matches()) {
            return null;
        }
        return Double.parseDouble(c);
    }

    static boolean unit(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        if (c.length() > 40) {
            return false;
        }
        if (c.startsWith("(") && c.endsWith(")") || c.startsWith("（") && c.endsWith("）")) {
            c = c.substring(1, c.length() - 1).strip();
        }
        if (UNITS.contains(c) || CURRENCY_AMOUNT.matcher(c).matches()) {
            return true;
        }
        c = c.replace('／', '/').replace('╱', '/');
        int slash = c.indexOf('/');
        if (slash > 0) {
            // "噸二氧化碳當量／" cut after its slash where the cell wrapped is still a unit
            return unit(c.substring(0, slash)) && (c.length() - slash > 1 || slash == c.length() - 1);
        }
        int per = c.indexOf(" per ");
        if (per > 0) {
            // "hours per employee", "kWh per square metre"
            return unit(c.substring(0, per)) && c.length() - per > 5;
        }
        Matcher m = MULTIPLIER.matcher(c);
        if (m.matches()) {
            String rest = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            return !rest.equals(c) && unit(rest);
        }
        return false;
    }

    /** Long running text ends a table: KPI cells are short. */
    static boolean prose(String cell) {
        if (cell.length() > 110) {
            return true;
        }
        int cjk = 0;
        int words = 1;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == ' ') {
                words++;
            } else if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        return words >= 16 || cjk >= 45 || cell.contains("。") && cjk > 15;
    }

    static boolean unitHeader(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return c.equals("unit") || c.equals("units") || c.equals("單位") || c.equals("单位") || c.equals("unit of measurement")
                || c.equals("計量單位") || c.equals("计量单位") || c.equals("data") || c.equals("數據") || c.equals("数据");
    }

    static boolean indexHeader(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return c.equals("page") || c.equals("page no.") || c.equals("page number") || c.equals("pages") || c.equals("section")
                || c.equals("頁碼") || c.equals("页码") || c.equals("章節") || c.equals("章节") || c.equals("reference")
                || c.equals("section/statement") || c.equals("content index") || c.equals("索引");
    }
}

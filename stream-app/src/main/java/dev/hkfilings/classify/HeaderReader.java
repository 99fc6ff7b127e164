package dev.hkfilings.classify;

import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.Spaces;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the first lines of an announcement say about its issuer: the stock code(s), the English and
 * Chinese names, and the title. HKEX announcements open with the exchange's disclaimer, the issuer's names,
 * its place of incorporation and stock code, then the title.
 */
public final class HeaderReader {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern TRAILING_STARS = Pattern.compile("[*＊]+$");

    /** How far into the text the header is looked for: the names and code sit on the first page. */
    private static final int HEADER_CHARS = 4000;
    /** How far apart the stock-code labels of one header may be. */
    private static final int HEADER_CODE_GAP = 400;

    private static final Pattern STOCK_CODE = Pattern.compile(
            // "H股代码：01956" above "A股代码：603597" on an A+H issuer's mainland announcement: the Hong Kong code
            "(?:stock\\s*code|stock\\s*codes|股份代號|股份代号|股票代號|股票代号|股票代碼|股票代码|證券代號|证券代号|H股代码|H股代碼|H股股份代號|H股股份代号)"
                    + "\\s*(?:[(（](?:s|if listed|如上市)[)）])?\\s*[:：]?\\s*(\\d{1,5}(?!\\d)(?:\\.hk)?(?:\\s*\\([^)]{0,30}\\))?(?:[ \\t]*(?:,|、|and|及|和|/)[ \\t]*\\d{1,5}(?!\\d)(?:\\s*\\([^)]{0,30}\\))?){0,3})",
            Pattern.CASE_INSENSITIVE);
    /**
     * STOCK_CODE tried only where one of its labels starts: as a case-insensitive alternation it was tried at each of
     * the header's 4,000 positions, a quarter of a millisecond per filing without codes in its metadata (inbox files).
     */
    static final FirstCharScan STOCK_CODE_SCAN = FirstCharScan.ofPrefixes(STOCK_CODE, "stock", "股份代", "股票代", "證券代", "证券代", "h股");
    private static final Pattern CODE = Pattern.compile("(?<![\\d.])(\\d{1,5})(?!\\d|\\.\\d)");

    static final Pattern EN_NAME = Pattern.compile(
            "^[A-Z0-9][A-Za-z0-9&.,'()\\- ]{2,110}?\\b(LIMITED|LTD\\.?|CO\\.,? ?LTD\\.?|INC\\.?|CORPORATION|CORP\\.?|PLC|COMPANY|HOLDINGS|GROUP|N\\.V\\.|S\\.A\\.|AG|SE)\\s*(?:\\*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH_NAME = Pattern.compile(
            "^[\\p{IsHan}A-Za-z0-9（）()・·\\- ]{2,40}?(有限公司|股份公司|集團|集团|控股|銀行|银行|公司|企業|企业)\\s*[*＊]?$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "take no responsibility|香港交易及結算所|香港交易及结算所|香港聯合交易所|香港联合交易所|對本公告|对本公告|概不負責|概不负责|"
                    + "incorporated|註冊成立|注册成立|stock code|股份代號|股份代号",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SKIP = Pattern.compile(
            "^(?:\\(?[A-Z ]*ANNOUNCEMENT\\)?|公告|公\\s*告|\\(?自願性公告\\)?|\\(?自愿性公告\\)?|\\(?海外監管公告\\)?|\\(?海外监管公告\\)?|"
                    + "OVERSEAS REGULATORY ANNOUNCEMENT|VOLUNTARY ANNOUNCEMENT|INSIDE INFORMATION|內幕消息|内幕消息|"
                    + "\\(.*(?:incorporated|continued|registered|established|formerly).*\\)|（.*(?:註冊成立|注册成立|成立).*）|\\(.*(?:註冊成立|注册成立).*\\)|"
                    + "\\(?(?:stock code|股份代號|股份代号).*|website:.*|www\\..*|\\*.*for identification.*)$",
            Pattern.CASE_INSENSITIVE);

    /** Where a disclaimer word can start ({@link FirstCharScan}): every header line is tested, the disclaimer's is long. */
    static final FirstCharScan DISCLAIMER_SCAN = FirstCharScan.ofPrefixes(DISCLAIMER, "take no responsibility", "香港", "對本公告",
            "对本公告", "概不", "incorporated", "註冊成立", "注册成立", "stock code", "股份代");

    private HeaderReader() {
    }

    /** Five-digit stock codes named in the header ("Stock Code: 6680", "股份代號：06680"), in order. */
    public static List<String> stockCodes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String head = Numbers.normalizeWidth(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
        FirstCharScan.Search labels = STOCK_CODE_SCAN.in(head);
        int lastEnd = -1;
        while (labels.find()) {
            Matcher m = labels.match();
            // The issuer's codes sit together in the header (joint announcements list several); a code named
            // further down belongs to another company (a target, a borrower) and is not the issuer's.
            if (lastEnd >= 0 && m.start() - lastEnd > HEADER_CODE_GAP) {
                break;
            }
            // past the first, a code named inside a sentence ("…控股有限公司（股份代號：2299）股份") is another company's:
            // a joint announcement gives each issuer's code a header line of its own
            if (lastEnd >= 0 && !opensLine(head, m.start())) {
                continue;
            }
            lastEnd = m.end();
            String list = BRACKETED.matcher(m.group(1)).replaceAll(" ");
            Matcher c = CODE.matcher(list);
            while (c.find()) {
                codes.add(normalizeCode(c.group(1)));
            }
        }
        return new ArrayList<>(codes);
    }

    /**
     * Whether nothing but other stock-code labels, brackets and spaces stand between the line's start and {@code at}
     * ("(Stock Code: 1234)    (Stock Code: 5678)" of a joint announcement's header).
     */
    private static boolean opensLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = STOCK_CODE.matcher(text.substring(lineStart, at)).replaceAll("");
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if ("()（）[]".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A stock code in HKEX's five-digit form: "6680" gives "06680". */
    public static String normalizeCode(String code) {
        String digits = code.strip();
        return "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }

    /** What the header says about the issuer, read from the header's lines split and cleaned once. */
    public record Header(String englishName, String chineseName, String title) {
    }

    /** The issuer's English and Chinese names and the title, as {@link #englishName}, {@link #chineseName} and {@link #title} give them. */
    public static Header read(String text) {
        Lines lines = new Lines(text);
        return new Header(englishName(lines), chineseName(lines), title(lines));
    }

    /** The issuer's English name from the header, or null. */
    public static String englishName(String text) {
        return englishName(new Lines(text));
    }

    /** The issuer's Chinese name from the header, or null. */
    public static String chineseName(String text) {
        return chineseName(new Lines(text));
    }

    /**
     * The title: the first heading after the stock-code line that is not a generic word such as
     * "ANNOUNCEMENT". A heading wrapped over two upper-case lines is joined.
     */
    public static String title(String text) {
        return title(new Lines(text));
    }

    private static String englishName(Lines lines) {
        for (int i = 0; lines.has(i); i++) {
            String l = lines.cleaned(i);
            // The Han count first: it is the cheapest test and rules out most lines of a Chinese header.
            if (l == null || countHan(l) > 0 || !mayBeEnglishName(l) || DISCLAIMER_SCAN.in(l).find()) {
                continue;
            }
            if (EN_NAME.matcher(l).matches() && upperShare(l) > 0.6) {
                return l;
            }
        }
        return null;
    }

    private static String chineseName(Lines lines) {
        for (int i = 0; lines.has(i); i++) {
            String l = lines.cleaned(i);
            // A name needs four Han characters (checked again below, after the stars go, which are no Han):
            // counting them first spares the regexes every English line.
            if (l == null || countHan(l) < 4 || DISCLAIMER_SCAN.in(l).find()) {
                continue;
            }
            l = TRAILING_STARS.matcher(l).replaceAll("").strip();
            if (ZH_NAME.matcher(l).matches() && countHan(l) >= 4) {
                return l;
            }
        }
        return null;
    }

    private static String title(Lines lines) {
        if (lines.head == null || !mayHoldStockCode(lines.head)) {
            return null;
        }
        int start = -1;
        for (int i = 0; lines.has(i); i++) {
            String line = lines.raw(i);
            if (line.toLowerCase(Locale.ROOT).contains("stock code") || line.contains("股份代號") || line.contains("股份代号")) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        for (int i = start; lines.has(i); i++) {
            String l = lines.cleaned(i);
            if (l == null || TITLE_SKIP.matcher(l).matches()) {
                continue;
            }
            boolean upper = countHan(l) == 0 && upperShare(l) > 0.8;
            boolean chinese = countHan(l) >= 2 && l.length() <= 60;
            if (!upper && !chinese) {
                return null;
            }
            StringBuilder t = new StringBuilder(l);
            for (int j = i + 1; lines.has(j) && j <= i + 2; j++) {
                String next = lines.cleaned(j);
                if (next == null) {
                    break;
                }
                if (upper && countHan(next) == 0 && upperShare(next) > 0.8 && next.length() < 120) {
                    t.append(' ').append(next);
                } else {
                    break;
                }
            }
            return t.toString();
        }
        return null;
    }

    /**
     * Whether a line of the header may hold the stock-code label that {@link #title} looks for: "stock code" in any
     * case (a tab between the words reads as a space in a line), 股份代號 or 股份代号. A header without one (often
     * "(Stock" and "Code: 06680)" wrapped onto two lines) had every one of its lines cut and lower-cased for nothing.
     * Of the characters beyond ASCII only the Kelvin sign lower-cases to a letter of "stock code".
     */
    static boolean mayHoldStockCode(String head) {
        if (head.contains("股份代號") || head.contains("股份代号") || head.indexOf('\u212A') >= 0) {
            return true;
        }
        // From each k of "stock" (indexOf is vectorised; k is a rare letter): a loop over every char of the head
        // before the label was a third of the header's reading.
        for (char k : new char[] {'k', 'K'}) {
            for (int at = head.indexOf(k, 4); at >= 0; at = head.indexOf(k, at + 1)) {
                int i = at - 4;
                if (i + 10 <= head.length() && FirstCharScan.startsWithAsciiIgnoreCase(head, i, "stock")
                        && (head.charAt(i + 5) == ' ' || head.charAt(i + 5) == '\t')
                        && FirstCharScan.startsWithAsciiIgnoreCase(head, i + 6, "code")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The non-blank lines of the header, stripped, and each one as {@link Names#clean} gives it: the names and the
     * title all read the same lines, so each is split and cleaned once per document, and only as far as read. The
     * lines are cut as {@link LineBreaks#split} cuts them, one at a time as the readers ask: they stop after the
     * first dozen or so lines, and a poll announcement's first 4,000 characters are ninety lines.
     */
    private static final class Lines {
        private final String head;
        private int next;
        private final List<String> raw = new ArrayList<>();
        private final List<String> cleaned = new ArrayList<>();

        Lines(String text) {
            head = text == null ? null : text.substring(0, Math.min(text.length(), HEADER_CHARS));
        }

        /** Whether the header has an i-th non-blank line, cutting lines up to it. */
        boolean has(int i) {
            while (raw.size() <= i && head != null && next <= head.length()) {
                int at = LineBreaks.breakAt(head, next);
                String l = head.substring(next, at < 0 ? head.length() : at);
                next = at < 0 ? head.length() + 1 : LineBreaks.afterBreak(head, at);
                String s = l.replace('\t', ' ').strip();
                if (!s.isEmpty()) {
                    raw.add(s);
                    cleaned.add(null);
                }
            }
            return i < raw.size();
        }

        String raw(int i) {
            return raw.get(i);
        }

        /** The line as {@link Names#clean} gives it (null when nothing is left), cleaned on first use. */
        String cleaned(int i) {
            if (cleaned.get(i) == null) {
                String c = Names.clean(raw.get(i));
                cleaned.set(i, c == null ? "" : c);
            }
            return cleaned.get(i).isEmpty() ? null : cleaned.get(i);
        }
    }

    /** How every match of {@link #EN_NAME} ends, before its optional spaces and star: one of its company-form words. */
    private static final String[] EN_NAME_ENDINGS = {"LIMITED", "LTD", "LTD.", "INC", "INC.", "CORPORATION", "CORP", "CORP.", "PLC",
        "COMPANY", "HOLDINGS", "GROUP", "N.V.", "S.A.", "AG", "SE"};

    /**
     * Whether {@link #EN_NAME} may match the line: it must end with a company-form word (then spaces, then a star).
     * The regex's lazy run tries each of its 13 endings after every character of the line, several microseconds for
     * each long disclaimer line of every header; the ending is checked first. A line with a line terminator, before
     * which {@code $} also matches, is left to the regex.
     */
    static boolean mayBeEnglishName(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        int end = l.length();
        if (end > 0 && l.charAt(end - 1) == '*') {
            end--;
        }
        while (end > 0 && Spaces.isRegexSpace(l.charAt(end - 1))) {
            end--;
        }
        for (String ending : EN_NAME_ENDINGS) {
            // ignoreCase folds at least what CASE_INSENSITIVE folds (ASCII letters): never a false "no".
            if (end >= ending.length() && l.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** How many Han characters the string has ({@link Names#isCjk}). */
    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Names.isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }
}

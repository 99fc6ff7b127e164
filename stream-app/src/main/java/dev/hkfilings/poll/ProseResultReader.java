package dev.hkfilings.poll;

import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.poll.ResolutionTableReader.Row;
import dev.hkfilings.poll.VoteCells.Column;
import dev.hkfilings.poll.VoteCells.Token;
import dev.hkfilings.text.Dates;
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
            // "3. Ordinary resolution 3(a) (to re-elect ...) was passed": a list's own number before the resolution's
            // "3. In respect of ordinary resolution no. 3(i), to re-elect ..., 935,439,500 votes (99.48%) were cast for"
            "^(?:\\d{1,2}\\.\\s+)?(?:in\\s+respect\\s+of\\s+(?:the\\s+)?)?(?:(ordinary|special)\\s+)?resolution\\s+(?:(?:no\\.?|number)\\s*|(?=\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?\\s+\\())"
                    + "(\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?)\\s*(?:[,:.]|[-–—](?=\\s))?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "455,120,330 votes were cast for the resolution, representing approximately 99.8811%", "449,870,230 votes for (98.7289%)". */
    private static final Pattern FIGURE = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[AH]\\s+)?(?:votes?|shares?)\\s+(?:were\\s+|was\\s+)?(?:cast\\s+)?(for|in\\s+favou?r|against|abstain(?:ed|ing)?)\\b"
                    // within its sentence: "3,150,000 Shares abstained from voting. As more than 50% of ..." gives no percentage
                    + "(?:(?!\\.\\s)[^%\\d]){0,80}?(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);

    /**
     * A meeting's one resolution, its figures in a sentence: "Of the votes cast on the Resolution, 412,056,320 votes,
     * representing approximately 98.7649% of the total votes cast, were in favour of the Resolution, and 5,153,000
     * votes, representing approximately 1.2351% of the total votes cast, were against it."
     */
    private static final Pattern SOLE_FIGURE = Pattern.compile(
            // "all 940,300,500 votes cast (100.00%) in favour", "298,431,800 votes, representing approximately 95.4554% of the total
            // number of votes cast by the Independent Shareholders present in person or by proxy at the EGM, were cast for"
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[AH]\\s+)?(?:votes?|shares?)(?:\\s+cast)?,?\\s+(?:(?:representing|being|accounting\\s+for)\\s+|\\(\\s*)(?:approximately\\s+|about\\s+)?"
                    + "(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*\\)?[^,;.]{0,120}?,?\\s+(?:(?:were|was)\\s+)?(?:cast\\s+|voted\\s+)?(in\\s+favou?r|for|against|abstain)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_THEN_FIGURE = Pattern.compile(
            "\\bvotes?\\s+(?:cast\\s+)?(for|in\\s+favou?r|against|abstain(?:ed|ing)?)\\s*[:：]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:votes?\\s*)?"
                    + "\\(\\s*(?:approximately\\s+|about\\s+)?(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE_AGAINST = Pattern.compile("\\bno\\s+(?:votes?|shares?)\\s+(?:were\\s+|was\\s+)?cast\\s+against\\b", Pattern.CASE_INSENSITIVE);
    /** The announcement names one resolution: 'the ordinary resolution ... (the "Resolution")', "the sole resolution". */
    private static final Pattern ONE_RESOLUTION = Pattern.compile(
            "\\(the\\s+[\"“](Special\\s+|Ordinary\\s+)?Resolution[\"”]\\)|\\bthe\\s+(?:sole|only)\\s+(?:ordinary\\s+|special\\s+)?resolution\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PLURAL = Pattern.compile("(?i)resolutions");
    /** "No Shareholder abstained from voting", "No H Share was voted as abstaining": none abstained, a count of its own. */
    private static final Pattern NO_ABSTENTION = Pattern.compile("(?i)\\bno\\s+(?:independent\\s+)?shareholders?\\s+abstained\\b"
            + "|\\bno\\s+(?:[AH]\\s+)?shares?\\s+(?:was|were)\\s+(?:voted|cast)\\s+(?:as\\s+)?abstain(?:ing|ed)?\\b");

    private ProseResultReader() {
    }

    /** A count and its percentage under the column its word names ("for", "in favour", "against", "abstain"); the first wins. */
    private static void put(Token[] figures, String which, String count, String percent) {
        String w = which.toLowerCase(java.util.Locale.ROOT);
        int col = w.startsWith("against") ? 1 : w.startsWith("abstain") ? 2 : 0;
        if (figures[2 * col] == null) {
            figures[2 * col] = new Token(new BigDecimal(count.replace(",", "")), false, false);
            figures[2 * col + 1] = new Token(new BigDecimal(percent), true, true);
        }
    }

    /** A resolution's row as its paragraph opens: the number as printed (without spaces), its kind and its wording. */
    private static Row numbered(String number, ResolutionKind kind, String wording) {
        Row r = new Row();
        r.number = number.replace(" ", "");
        String lead = r.number.replaceAll("[^\\d一二三四五六七八九十].*$", "");
        // "第十一項特別決議案": the number in Chinese numerals
        r.major = Character.isDigit(lead.charAt(0)) ? Integer.parseInt(lead.replaceAll("\\D.*$", "")) : Dates.counted(lead);
        r.kind = kind;
        r.text.add(wording);
        return r;
    }

    /** The row's columns and tokens from figures read in the order for, against, abstain (count then percentage each). */
    private static void withFigures(Row r, Token[] figures) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < 3 && figures[2 * c] != null; c++) {
            columns.add(c == 0 ? Column.FOR : c == 1 ? Column.AGAINST : Column.ABSTAIN);
            r.tokens.add(figures[2 * c]);
            if (figures[2 * c + 1] != null) {
                r.tokens.add(figures[2 * c + 1]);
            }
        }
        r.columns = columns;
    }

    /** "Resolution 3(a): 1,098,774,000 votes for and 27,807,200 votes against;": one line per resolution. */
    private static final Pattern COUNTS_STATED = Pattern.compile(
            "(?im)^\\s*resolution\\s+(?:no\\.\\s*)?(\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?)\\s*:\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+votes?\\s+"
                    + "(?:were\\s+cast\\s+)?for\\b[^;\\n]{0,30}?\\s(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+votes?\\s+(?:were\\s+cast\\s+)?against\\b");

    /** "第3(a)項決議案：贊成票771,305,600票，反對票15,114,400票；": the same list in Chinese. */
    private static final Pattern ZH_COUNTS_STATED = Pattern.compile(
            "(?m)^\\s*第\\s*(\\d{1,2}(?:\\s*[(（][a-z0-9]{1,4}[)）])?)\\s*(?:項|项|號|号)(?:普通|特別|特别)?(?:決議案|决议案)\\s*[:：]\\s*"
                    + "(?:贊成|赞成)票?(?:數|数)?\\s*(?:為|为)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:票|股)\\s*[，,；;]\\s*"
                    + "(?:反對|反对)票?(?:數|数)?\\s*(?:為|为)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:票|股)");

    /**
     * A table of percentages only ("For (%) | Against (%)") whose counts a list below states ("Resolution 1: 1,124,100,800
     * votes for and 2,480,400 votes against"): each row takes its counts, its figures become their percentages.
     */
    static void countsStated(String text, List<Row> rows) {
        boolean chinese = text.contains("贊成票") || text.contains("赞成票");
        if (rows.isEmpty() || !text.contains("votes for") && !chinese || rows.stream().anyMatch(r -> r.tokens.isEmpty()
                || r.tokens.stream().anyMatch(t -> !t.percent() && !t.decimal()))) {
            return;
        }
        java.util.Map<String, String[]> counts = new java.util.HashMap<>();
        Matcher m = (chinese ? ZH_COUNTS_STATED : COUNTS_STATED).matcher(text);
        while (m.find()) {
            counts.put(ResolutionTableReader.numberKey(m.group(1)), new String[] {m.group(2), m.group(3)});
        }
        for (Row r : rows) {
            String[] c = r.number == null ? null : counts.get(r.number.toLowerCase(java.util.Locale.ROOT));
            if (c == null || r.tokens.size() > 3) {
                continue;
            }
            Token[] figures = new Token[6];
            for (int k = 0; k < 2; k++) {
                figures[2 * k] = new Token(new BigDecimal(c[k].replace(",", "")), false, false);
                figures[2 * k + 1] = k < r.tokens.size() ? new Token(r.tokens.get(k).value(), true, true) : null;
            }
            r.tokens.clear();
            withFigures(r, figures);
        }
    }

    /** More than one resolution: numbered, each of them, all of them, those below. */
    private static final Pattern ZH_PLURAL = Pattern.compile("第\\s*[\\d一二三四五六七八九十]{1,3}\\s*(?:項|项|號|号)|各項|各项|所有(?:上述)?(?:決議案|决议案)|以下(?:決議案|决议案)|(?:決議案|决议案)均");

    /** '通函所載之普通決議案（「決議案」）': the one resolution of the meeting, defined as such. */
    private static final Pattern ZH_ONE_RESOLUTION = Pattern.compile("(?:(普通|特別|特别)(?:決議案|决议案))?[（(]「(?:決議案|决议案)」[）)]");

    /** The single resolution of a meeting whose figures are written in a sentence; empty unless both for and against are. */
    static List<Row> sole(String text) {
        Matcher zh = text.contains("議案」") || text.contains("议案」") ? ZH_ONE_RESOLUTION.matcher(text) : null;
        if (zh != null && zh.find()) {
            return soleInChinese(text, zh.group(1));
        }
        if ((text.contains("決議案") || text.contains("决议案")) && !ZH_PLURAL.matcher(text).find()) {
            // "通告所載之普通決議案已獲…通過", then "該決議案": a Chinese text that never speaks of more than one resolution
            List<Row> one = soleInChinese(text, null);
            if (!one.isEmpty()) {
                return one;
            }
        }
        // "the special resolution set out in the Notice ... was duly passed": a text that never speaks of resolutions in
        // the plural has one
        if (!ONE_RESOLUTION.matcher(text).find() && !(text.contains("resolution") && !PLURAL.matcher(text).find())) {
            return List.of();
        }
        for (String paragraph : text.split("\\R\\s*\\R")) {
            Token[] figures = new Token[6];
            Matcher f = SOLE_FIGURE.matcher(paragraph.replaceAll("\\s+", " "));
            while (f.find()) {
                put(figures, f.group(3), f.group(1), f.group(2));
            }
            if (figures[0] == null || figures[2] == null) {
                continue;
            }
            if (figures[4] == null && NO_ABSTENTION.matcher(paragraph).find()) {
                // "No Shareholder abstained from voting": none abstained, which is a count of its own
                figures[4] = new Token(BigDecimal.ZERO, false, false);
            }
            Row r = new Row();
            r.major = 1;
            // '(the "Special Resolution")': the kind in the term the text defined for it
            Matcher defined = ONE_RESOLUTION.matcher(text);
            String kind = defined.find() && defined.group(1) != null ? defined.group(1).strip().toLowerCase(java.util.Locale.ROOT) : "";
            r.kind = kind.equals("special") ? ResolutionKind.SPECIAL : kind.equals("ordinary") ? ResolutionKind.ORDINARY : ResolutionKind.UNKNOWN;
            withFigures(r, figures);
            return List.of(r);
        }
        return List.of();
    }

    /** "贊成票數為418,765,200票，佔…約99.87%；反對票數為545,000票，約佔0.13%": the one resolution's figures in a paragraph. */
    private static List<Row> soleInChinese(String text, String definedKind) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String joined = paragraph.replaceAll("\\R", "");
            Token[] figures = new Token[6];
            for (Matcher m = ZH_WORD_THEN_FIGURE.matcher(joined); m.find(); ) {
                put(figures, column(m.group(1)), m.group(2), m.group(3));
            }
            if (figures[0] == null || figures[2] == null) {
                continue;
            }
            Row r = new Row();
            r.major = 1;
            Matcher passed = ZH_PASSED_AS.matcher(joined);
            String kind = passed.find() ? (passed.group(1) != null ? passed.group(1) : passed.group(2)) : definedKind;
            r.kind = kind == null ? ResolutionKind.UNKNOWN : kind.equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
            withFigures(r, figures);
            return List.of(r);
        }
        return List.of();
    }

    /**
     * A resolution's paragraph: its opening line ("Ordinary resolution no. 1, to approve ...") and the lines that go on
     * with it, as one line; and the block of lines below the blank line after it, where its figures may stand ("Special
     * Resolution No. 1 – To consider ..." / "For: 199,802,400 H Shares, ...").
     */
    private record Paragraph(String head, String below) {
    }

    /** A count with a word of voting near it: the paragraph states its own figures. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\d{1,3}(?:,\\d{3})+[^.;%]{0,60}?\\b(?:for|in\\s+favou?r|against|abstain)|\\b(?:for|against|abstain(?:ed|ing)?)\\s*[:：]\\s*\\d");

    /**
     * Each resolution's paragraph: from a line that opens with "Ordinary resolution no. 1" to a blank line or the next
     * such line (a PDF wraps the paragraph over several lines).
     */
    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = null;
        StringBuilder below = null;
        String head = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            Matcher opening = OPENING.matcher(l);
            boolean opens = opening.matches();
            Matcher sub = head != null ? SUB_ITEM.matcher(l) : null;
            if (!opens && sub != null && sub.matches()) {
                // "ORDINARY RESOLUTION NO. 3" then "(a) To re-elect …: … votes … FOR …", "(b) …": each item a resolution
                // of its own under the heading's number and kind
                l = head + "(" + sub.group(1) + ") " + sub.group(2);
                opens = true;
            } else if (opens) {
                head = opening.group(2).contains("(") ? null
                        : (opening.group(1) == null ? "" : opening.group(1) + " ") + "resolution no. " + opening.group(2).strip();
            }
            if (l.isEmpty() && cur != null) {
                StringBuilder last = below == null ? cur : below.isEmpty() ? null : below;
                if (last != null && brokenAcrossPages(last, lines, i)) {
                    continue;
                }
                if (below == null) {
                    below = new StringBuilder();
                    continue;
                }
                if (below.isEmpty()) {
                    continue;
                }
            }
            if (opens || l.isEmpty()) {
                if (cur != null) {
                    out.add(new Paragraph(cur.toString(), below == null ? "" : below.toString()));
                }
                cur = opens ? new StringBuilder(l) : null;
                below = null;
            } else if (below != null) {
                below.append(below.isEmpty() ? "" : " ").append(l);
            } else if (cur != null) {
                cur.append(' ').append(l);
            }
        }
        if (cur != null) {
            out.add(new Paragraph(cur.toString(), below == null ? "" : below.toString()));
        }
        return out;
    }

    private static final Pattern SUB_ITEM = Pattern.compile("^\\(([a-z])\\)\\s+([A-Z].*)$");

    /**
     * "... were cast for the" / blank lines / "resolution, and 297,964,800 votes ...": a paragraph a page break cut in the
     * middle of its sentence goes on in lower case below the blank lines.
     */
    private static boolean brokenAcrossPages(StringBuilder paragraph, String[] lines, int blank) {
        char last = paragraph.charAt(paragraph.length() - 1);
        if (last == '.' || last == ':' || last == ';') {
            return false;
        }
        for (int k = blank + 1; k < lines.length; k++) {
            String next = lines[k].strip();
            if (!next.isEmpty()) {
                return Character.isLowerCase(next.charAt(0));
            }
        }
        return false;
    }

    private static final Pattern ABSTAINED_COUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[AH]\\s+)?(?:votes?|shares?)\\s+(?:were\\s+|was\\s+)?(?:cast\\s+as\\s+)?abstain(?:ed|ing|s)?\\b",
            Pattern.CASE_INSENSITIVE);

    /** "1. To consider and approve ...": a resolution's number and wording on a line of their own. */
    private static final Pattern NUMBERED_WORDING = Pattern.compile("^(\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?)\\.?\\s+"
            // "18 November 2025. Unless otherwise stated, …": a date's day, at a line's start, is no resolution's number
            + "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)([A-Z].*)$");
    /** "For: 605,117,450 H Shares, representing approximately 98.7974% ...": a column's figures on a labelled line. */
    private static final Pattern LABELLED_FIGURE = Pattern.compile(
            "^(for|against|abstain(?:ed|ing)?)\\s*[:：]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\b[^%]{0,120}?(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);
    /** {@link #LABELLED_FIGURE} within a paragraph: "…this resolution. For: 199,802,400 H Shares, representing approximately 99.2381%". */
    private static final Pattern LABELLED_FIGURE_IN_TEXT = Pattern.compile(
            "(?<![\\w-])(for|against|abstain(?:ed|ing)?)\\s*[:：]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\b[^%;]{0,120}?(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSED_AS = Pattern.compile("passed as an? (ordinary|special) resolution", Pattern.CASE_INSENSITIVE);

    /**
     * Each resolution's number and wording on a line, then a line per column ("For: 605,117,450 H Shares, representing
     * approximately 98.7974%;", "Against: …", "Abstain: …"), then the sentence that says it passed as an ordinary or a
     * special resolution. Empty unless some resolution has both for and against.
     */
    static List<Row> labelledLines(String text) {
        List<Row> rows = new ArrayList<>();
        Row cur = null;
        Token[] figures = null;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            Matcher open = NUMBERED_WORDING.matcher(l);
            Matcher fig = LABELLED_FIGURE.matcher(l);
            if (open.matches() && !fig.lookingAt()) {
                cur = numbered(open.group(1), ResolutionKind.UNKNOWN, open.group(2));
                figures = new Token[6];
                continue;
            }
            if (cur == null) {
                continue;
            }
            if (fig.lookingAt()) {
                put(figures, fig.group(1), fig.group(2), fig.group(3));
                if (figures[0] != null && figures[2] != null && !rows.contains(cur)) {
                    rows.add(cur);
                }
                cur.tokens.clear();
                withFigures(cur, figures);
                continue;
            }
            Matcher passed = PASSED_AS.matcher(l);
            if (passed.find() && cur.kind == ResolutionKind.UNKNOWN && rows.contains(cur)) {
                cur.kind = passed.group(1).equalsIgnoreCase("special") ? ResolutionKind.SPECIAL : ResolutionKind.ORDINARY;
            }
        }
        return rows;
    }

    /**
     * "第2(a)項決議案：重選…", "第6號特別決議案：", "第1項決議案（普通決議案）：", "第十一項特別決議案：": a resolution's paragraph in
     * Chinese prose, its number as printed, its kind before or after the word.
     */
    private static final Pattern ZH_OPENING = Pattern.compile(
            "^第\\s*((?:\\d{1,2}(?:\\.\\d{1,2})?|[一二三四五六七八九十]{1,3})(?:\\s*[(（][a-zA-Z0-9一二三四五六七八九十]{1,3}[)）])?)\\s*(?:項|项|號|号)\\s*(普通|特別|特别)?\\s*(?:決議案|决议案)"
                    + "(?:\\s*[(（](普通|特別|特别)(?:決議案|决议案)[)）])?\\s*[：:]?\\s*(.*)$");
    /** "（特別決議案）": the kind in brackets before a resolution's wording, its word in group 1. */
    private static final String ZH_BRACKETED_KIND = "[(（](普通|特別|特别)(?:決議案|决议案)[)）]";
    /** A resolution's wording, the kind in brackets first or not, in the first of its groups. */
    private static final String ZH_WORDING = "((?:" + ZH_BRACKETED_KIND + ")?\\p{IsHan}.*)$";
    /**
     * "3. (a) 重選溫家樂先生為執行董事：贊成票數為…" then "(b) 重選…": a numbered list of the resolutions, a sub-item's letter under
     * the number above it. A list item without figures (a note) is no resolution.
     */
    private static final Pattern ZH_LIST_OPENING = Pattern.compile("^(\\d{1,2})[.．]\\s*(?:[(（]([a-z])[)）]\\s*)?" + ZH_WORDING);
    private static final Pattern ZH_SUB_OPENING = Pattern.compile("^[(（]([a-z])[)）]\\s*" + ZH_WORDING);
    /** "8. （特別決議案）批准…": the kind before the wording. */
    private static final Pattern ZH_KIND_FIRST = Pattern.compile("^" + ZH_BRACKETED_KIND);
    /**
     * "贊成票數為612,362,120票（約99.9534%）", "贊成：591,643,693股（約佔所投票數96.6442%）", "投票贊成之股份數目為550,112,000股（約佔親身或委派
     * 代表出席並於會上投票之股東所持股份總數之98.89%）": the column's word before its figures.
     */
    private static final Pattern ZH_WORD_THEN_FIGURE = Pattern.compile(
            "(贊成|赞成|反對|反对|棄權|弃权)(?:票數|票数|票|之股份數目|之股份数目)?\\s*(?:為|为|[：:])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:票|股)"
            + "[^%。；;]{0,40}?(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    /** "共有605,009,849票（約98.7533%）投贊成票", "612,450,800股（約100.00%）投票贊成": the figures, then the column's word. */
    private static final Pattern ZH_FIGURE_THEN_WORD = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:票|股)\\s*[（(][^%）)]{0,20}?(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*[）)]\\s*(?:投票|投)?(贊成|赞成|反對|反对|棄權|弃权)");
    private static final Pattern ZH_PASSED_AS = Pattern.compile("通過為(?:本公司之)?(普通|特別)決議案|通过为(?:本公司之)?(普通|特别)决议案");

    /**
     * Results written as Chinese prose, a paragraph per resolution: "第2(a)項決議案：重選伍家輝先生為本公司執行董事。" then
     * "就此決議案而言，共有605,009,849票（約98.7533%）投贊成票及7,637,651票（約1.2467%）投反對票。" (or "贊成票數為…", or
     * "贊成：…股（約佔所投票數…%）；反對：…"). The kind from the heading above ("普通決議案", "特別決議案") or the sentence that
     * says what the resolution passed as. Empty unless some resolution has both for and against.
     */
    static List<Row> chinese(String text) {
        List<Row> rows = new ArrayList<>();
        ResolutionKind section = ResolutionKind.UNKNOWN;
        Row cur = null;
        StringBuilder para = null;
        String major = null;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            Matcher open = ZH_OPENING.matcher(l);
            boolean opens = open.matches();
            String listed = null;
            String wording = null;
            if (!opens) {
                Matcher item = ZH_LIST_OPENING.matcher(l);
                Matcher sub = major == null ? null : ZH_SUB_OPENING.matcher(l);
                if (item.matches()) {
                    major = item.group(1);
                    listed = item.group(2) == null ? major : major + "(" + item.group(2) + ")";
                    wording = item.group(3);
                } else if (sub != null && sub.matches()) {
                    listed = major + "(" + sub.group(1) + ")";
                    wording = sub.group(2);
                }
                opens = listed != null;
            }
            // a blank line inside a sentence ("…贊成票數為824,140,000", a page's end, "票（約90.3108%）…") does not end it, nor
            // one between the resolution's wording and its figures on the next page
            boolean paragraphEnds = l.isEmpty() && (cur == null || para.isEmpty() || endsSentence(para) && para.indexOf("%") >= 0);
            if (opens || paragraphEnds || l.length() <= 12 && (l.contains("普通決議案") || l.contains("普通决议案")
                    || l.contains("特別決議案") || l.contains("特别决议案"))) {
                if (cur != null) {
                    chineseFigures(cur, para.toString(), rows);
                    cur = null;
                }
                if (!opens && !l.isEmpty()) {
                    section = l.contains("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
                }
            }
            if (opens) {
                String kind;
                if (listed == null) {
                    kind = open.group(2) != null ? open.group(2) : open.group(3);
                    listed = open.group(1).replace('（', '(').replace('）', ')');
                    wording = open.group(4);
                } else {
                    Matcher first = ZH_KIND_FIRST.matcher(wording);
                    kind = first.find() ? first.group(1) : null;
                }
                cur = numbered(listed, kind == null ? section : kind.equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL, wording);
                // "…末期股息每股港幣6.5仙。贊成票數為" / "1,068,535,200股，…": the figures may open on the heading's line
                para = new StringBuilder(wording);
            } else if (cur != null && !l.isEmpty()) {
                para.append(l);
            }
        }
        if (cur != null) {
            chineseFigures(cur, para.toString(), rows);
        }
        return rows.stream().anyMatch(r -> r.columns.size() >= 2) ? rows : List.of();
    }

    private static boolean endsSentence(StringBuilder para) {
        char last = para.charAt(para.length() - 1);
        return last == '。' || last == '；' || last == ';' || last == '.';
    }

    private static void chineseFigures(Row r, String paragraph, List<Row> rows) {
        Token[] figures = new Token[6];
        for (Matcher m = ZH_WORD_THEN_FIGURE.matcher(paragraph); m.find(); ) {
            put(figures, column(m.group(1)), m.group(2), m.group(3));
        }
        for (Matcher m = ZH_FIGURE_THEN_WORD.matcher(paragraph); m.find(); ) {
            put(figures, column(m.group(3)), m.group(1), m.group(2));
        }
        if (figures[0] == null) {
            return;
        }
        Matcher passed = ZH_PASSED_AS.matcher(paragraph);
        if (passed.find()) {
            String k = passed.group(1) != null ? passed.group(1) : passed.group(2);
            r.kind = k.equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
        }
        withFigures(r, figures);
        rows.add(r);
    }

    private static String column(String word) {
        return word.startsWith("贊") || word.startsWith("赞") ? "for" : word.startsWith("反") ? "against" : "abstain";
    }

    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(text)) {
            Matcher open = OPENING.matcher(paragraph.head());
            if (!open.matches()) {
                continue;
            }
            String wording = open.group(3);
            // the block below only where the paragraph itself gives no figure: it may be the next section's prose
            String figuresText = paragraph.below().isEmpty() || COUNTED.matcher(wording).find() ? wording : wording + " " + paragraph.below();
            Token[] figures = new Token[6];
            Matcher f = FIGURE.matcher(figuresText);
            int textEnd = -1;
            while (f.find()) {
                put(figures, f.group(2), f.group(1), f.group(3));
                textEnd = textEnd < 0 ? f.start() : textEnd;
            }
            // "Votes cast FOR: 1,944,120,300 (approximately 99.8609%). Votes cast AGAINST: …": the column's label first
            Matcher labelled = LABEL_THEN_FIGURE.matcher(figuresText);
            while (labelled.find()) {
                put(figures, labelled.group(1), labelled.group(2), labelled.group(3));
                textEnd = textEnd < 0 ? labelled.start() : Math.min(textEnd, labelled.start());
            }
            // "390,120,000 Shares, representing approximately 99.36% of the total number of Shares voted, were voted for
            // the resolution": the percentage before the word that names the column
            Matcher after = SOLE_FIGURE.matcher(figuresText);
            while (after.find()) {
                put(figures, after.group(3), after.group(1), after.group(2));
                textEnd = textEnd < 0 ? after.start() : Math.min(textEnd, after.start());
            }
            // "For: 199,802,400 H Shares, representing approximately 99.2381% …; Against: …": a column's label, a colon, its figures
            Matcher labelledLine = LABELLED_FIGURE_IN_TEXT.matcher(figuresText);
            while (labelledLine.find()) {
                put(figures, labelledLine.group(1), labelledLine.group(2), labelledLine.group(3));
                textEnd = textEnd < 0 ? labelledLine.start() : Math.min(textEnd, labelledLine.start());
            }
            Matcher abstained = figures[0] != null && figures[4] == null ? ABSTAINED_COUNT.matcher(figuresText) : null;
            if (abstained != null && abstained.find()) {
                // "while Shareholders holding 3,150,000 Shares abstained from voting": a count without its percentage
                figures[4] = new Token(new BigDecimal(abstained.group(1).replace(",", "")), false, false);
            }
            if (figures[0] != null && figures[2] == null && NONE_AGAINST.matcher(figuresText).find()) {
                // "passed unanimously, with all 402,193,500 votes (100.00%) cast for the resolution and no vote cast against
                // it": none against, its percentage unwritten
                figures[2] = new Token(BigDecimal.ZERO, false, false);
            }
            if (figures[0] == null || figures[2] == null) {
                continue;
            }
            if (figures[4] == null && NO_ABSTENTION.matcher(figuresText).find()) {
                figures[4] = new Token(BigDecimal.ZERO, false, false);
            }
            String resolution = wording.substring(0, Math.min(textEnd, wording.length())).strip();
            Row r = numbered(open.group(2), open.group(1) == null ? ResolutionKind.UNKNOWN
                    : open.group(1).equalsIgnoreCase("special") ? ResolutionKind.SPECIAL : ResolutionKind.ORDINARY,
                    resolution.replaceFirst("\\s*:$", ""));
            withFigures(r, figures);
            rows.add(r);
        }
        return rows.isEmpty() ? labelledLines(text) : rows;
    }
}

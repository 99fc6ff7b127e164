package dev.hkfilings.poll;

import dev.hkfilings.text.Keywords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the cells of a poll table: column labels, section headings, resolution numbers, vote figures and outcomes. */
final class VoteCells {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern APPROX = Pattern.compile("約|约|(?i)approx(?:imately|\\.)?");

    enum Column { FOR, AGAINST, ABSTAIN, TOTAL }

    /** One figure in a vote cell; {@code percent} when written with a percent sign or in brackets. */
    record Token(BigDecimal value, boolean percent, boolean decimal) {
    }

    /** A resolution number as written and the text that followed it in the same cell. */
    record Number(String number, int major, String subOnly, String rest) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\(?\\s*([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)\\s*(%)?\\s*\\)?|(?i:nil|n/a)|[-–—]|無|无");
    private static final Pattern NUMBER = Pattern.compile(
            // "3#", "4*": a note's mark after the number
            "^(?:(?:ordinary|special)\\s+resolution\\s+(?:no\\.?\\s*)?)?(\\d{1,2})((?:\\.\\d{1,2})?[A-Z]?)[#*^†‡]{0,2}\\s*\\.?\\s*((?:[(（]\\s*(?:[a-z]{1,4}|\\d{1,2}|[甲乙丙丁戊己庚辛壬癸])\\s*[)）])*)\\s*[.、)]?(?:\\s+(.+)|)$",
            Pattern.CASE_INSENSITIVE);
    // "3." then "(1)", "(2)" alone on their lines: sub-resolutions numbered in figures too ("(10) issued" is a wording's line)
    private static final Pattern SUB_ONLY = Pattern.compile(
            "^[(（]\\s*([a-z]{1,2}|[ivx]{1,5}|[甲乙丙丁戊己庚辛壬癸])\\s*[)）]\\s*[.、]?(?:\\s*(.+)|)$|^[(（]\\s*(\\d{1,2})\\s*[)）]$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SECTION = Pattern.compile(
            // "(II) Ordinary resolutions adopting cumulative voting": a lettered or roman heading number too
            "^(?:\\d{1,2}\\.\\s*|[(（](?:[ivx]{1,4}|[a-h])[)）]\\s*)?(?:as\\s+)?(?:(ordinary)|(special))\\s+(?:resolutions?|business)\\b.{0,40}$"
            + "|^(?:(普通決議案|普通决议案|普通決議|普通决议)|(特別決議案|特别决议案|特別決議|特别决议))[^。]{0,20}$"
            // "（二）累积投票决议案（普通决议案）": a numbered heading that names the kind in brackets at its end
            + "|^[（(][一二三四五六七八九十]{1,3}[)）][^。（(]{0,20}[（(](?:(普通決議案|普通决议案)|(特別決議案|特别决议案))[)）]$",
            Pattern.CASE_INSENSITIVE);
    /** The characters every match of {@link #OUTCOME} starts with, ASCII letters in both cases (CASE_INSENSITIVE). */
    static final String OUTCOME_FIRST_CHARS = "nNrRdDpPcCaAyY未不否通已獲获";
    /** "No." (with the abbreviation's dot) heads the number column of a repeated header row: no outcome. */
    static final Pattern OUTCOME = Pattern.compile(
            "^(?:(not\\s+passed|not\\s+carried|rejected|defeated|no(?!\\.)|未獲通過|未获通过|不獲通過|不获通过|否決|否决|不通過|不通过)"
            + "|(passed|carried|approved|yes|通過|通过|已通過|已通过|獲通過|获通过))[.。]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_NOISE = Pattern.compile(
            // "Abstain (Note)", "For (Note 2)": the mark of a note under the table
            "\\(\\s*notes?\\s*\\d{0,2}\\s*\\)|\\(?\\s*%\\s*\\)?|\\(?approx(?:imate|\\.)?\\s*%?\\)?|number\\s+of\\s+votes(?:\\s+cast)?|no\\.\\s+of\\s+votes|\\bvotes?\\b|\\bshares?\\b|票數|票数|股數|股数|\\(?約\\)?|\\(?约\\)?|[*:：#()（）]",
            Pattern.CASE_INSENSITIVE);

    private VoteCells() {
    }

    static ResolutionKindHint section(String cell) {
        if (cell.length() > 90) {
            return null;
        }
        String c = cell.strip();
        // Every match opens with a digit, "as", "ordinary", "special", 普 or 特 (either case): other cells need no matcher.
        if (!c.isEmpty() && (c.charAt(0) < '0' || c.charAt(0) > '9') && "aAoOsS普特（(".indexOf(c.charAt(0)) < 0) {
            return null;
        }
        // Both alternatives open with ^ (no MULTILINE): find() can only match at the start, where lookingAt() tries
        // alone instead of every position of the cell.
        Matcher m = SECTION.matcher(c);
        if (!m.lookingAt()) {
            return null;
        }
        return m.group(1) != null || m.group(3) != null || m.group(5) != null ? ResolutionKindHint.ORDINARY : ResolutionKindHint.SPECIAL;
    }

    enum ResolutionKindHint { ORDINARY, SPECIAL }

    /** Column labels of a header cell ("FOR", "Against (%)", "贊成 反對 棄權"); empty when the cell is not one. */
    static List<Column> labels(String cell) {
        List<Column> out = new ArrayList<>();
        if (cell.length() > 60) {
            return out;
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        // Every label below contains one of these words, and removing the noise only turns characters into spaces:
        // a cell without any of them is no label, which spares the noise regex most cells of a document.
        if (!Keywords.containsAny(lower, LABEL_WORDS)) {
            return out;
        }
        String c = LABEL_NOISE.matcher(lower).replaceAll(" ").strip();
        Column whole = label(c);
        if (whole != null) {
            out.add(whole);
            return out;
        }
        for (String word : WHITESPACE.split(c)) {
            Column l = label(word);
            if (l == null) {
                out.clear();
                return out;
            }
            out.add(l);
        }
        return out;
    }

    private static final String[] LABEL_WORDS = {"for", "favo", "received", "得票", "贊成", "赞成", "同意", "against", "反對", "反对", "abstain", "abstention",
        "棄權", "弃权", "total", "總", "总", "合計", "合计", "有效票數"};

    private static Column label(String c) {
        return switch (c) {
            // cumulative voting: "Number of votes received" for a candidate (the noise leaves "received")
            case "for", "in favour", "in favor", "贊成", "赞成", "同意", "贊成票", "赞成票", "received", "得票數", "得票数" -> Column.FOR;
            case "against", "反對", "反对", "反對票", "反对票" -> Column.AGAINST;
            case "abstain", "abstained", "abstention", "abstentions", "棄權", "弃权", "棄權票", "弃权票" -> Column.ABSTAIN;
            case "total", "total number of", "total number of cast", "總數", "总数", "總票數", "总票数", "合計", "合计", "總計", "总计", "投票總數", "投票总数", "有效票數" ->
                    Column.TOTAL;
            default -> null;
        };
    }

    /** The figures of a cell made only of vote figures; null when the cell holds anything else. */
    static List<Token> tokens(String cell) {
        if (cell.length() > 60) {
            return null;
        }
        String c = prepared(cell);
        // Most cells of a document are words: one look at their first character instead of the token search.
        return opensWithToken(c) ? tokensOf(c) : null;
    }

    /** {@link #tokens} by the token pattern alone, the definition the first-character test is checked against. */
    static List<Token> tokensByPattern(String cell) {
        return cell.length() > 60 ? null : tokensOf(prepared(cell));
    }

    private static String prepared(String cell) {
        cell = cell.replace('（', '(').replace('）', ')');
        if (cell.indexOf('約') >= 0 || cell.indexOf('约') >= 0 || cell.indexOf("pprox") >= 0) {
            cell = APPROX.matcher(cell).replaceAll("");
        }
        return cell;
    }

    /**
     * Whether the cell's first non-blank character can open a {@link #TOKEN} match: {@link #tokensOf} answers null for
     * a cell whose text before the first match is not blank, and every match opens, after its optional bracket and
     * spaces, with one of these. A blank cell is left to the pattern.
     */
    private static boolean opensWithToken(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c >= '0' && c <= '9' || "(-+nN–—無无".indexOf(c) >= 0;
            }
        }
        return true;
    }

    private static List<Token> tokensOf(String cell) {
        Matcher m = TOKEN.matcher(cell);
        List<Token> out = new ArrayList<>(3);
        int at = 0;
        while (m.find()) {
            if (!cell.substring(at, m.start()).isBlank()) {
                return null;
            }
            String g = m.group();
            if (m.group(1) != null) {
                boolean bracket = g.strip().startsWith("(");
                BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
                out.add(new Token(v, m.group(2) != null || bracket, m.group(1).contains(".")));
            } else {
                out.add(new Token(BigDecimal.ZERO, false, false));
            }
            at = m.end();
        }
        return at == cell.length() || cell.substring(at).isBlank() ? (out.isEmpty() ? null : out) : null;
    }

    static Number number(String cell) {
        if (cell.isEmpty() || !Character.isDigit(cell.charAt(0)) && cell.charAt(0) != '(' && !Character.isLetter(cell.charAt(0))) {
            return null;
        }
        Matcher m = NUMBER.matcher(cell.strip());
        if (m.matches()) {
            String subs = WHITESPACE.matcher(m.group(3)).replaceAll("");
            String number = m.group(1) + m.group(2) + subs;
            String rest = m.group(4);
            if (rest != null && !Character.isLetter(rest.codePointAt(0)) && rest.charAt(0) != '“' && rest.charAt(0) != '"') {
                return null;
            }
            return new Number(number, Integer.parseInt(m.group(1)), null, rest);
        }
        Matcher s = SUB_ONLY.matcher(cell.strip());
        if (s.matches()) {
            return new Number(null, -1, "(" + (s.group(1) != null ? s.group(1) : s.group(3)) + ")", s.group(2));
        }
        return null;
    }

    /** TRUE / FALSE for a cell that states the outcome, null otherwise. */
    static Boolean outcome(String cell) {
        String c = cell.strip();
        // Most cells start with none of the outcome words' first characters: no matcher for them.
        if (!c.isEmpty() && OUTCOME_FIRST_CHARS.indexOf(c.charAt(0)) < 0) {
            return null;
        }
        Matcher m = OUTCOME.matcher(c);
        if (!m.matches()) {
            return null;
        }
        return m.group(2) != null;
    }
}

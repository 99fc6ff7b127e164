package dev.hkfilings.poll;

import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.Spaces;
import dev.hkfilings.text.UpperCase;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shares entitled to attend and vote, and the shares represented at the meeting with their percentage. */
final class AttendanceReader {

    record Attendance(Long entitled, Long represented, Double representedPercent) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern ENTITLED = Pattern.compile(
            "entitl(?:ing|ed)\\s+(?:[\\w'’]+\\s+){0,5}?to\\s+attend\\s+and\\s+vote"
            + "|entitled\\s+to\\s+vote|有權出席|有权出席|賦予[^，。]{0,12}權利出席|赋予[^，。]{0,12}权利出席|有權於|有权于"
            // "约占本公司有表决权股份总数的70.2309%" gives a share of that total, not the total
            + "|(?<!所持|[佔占](?:本公司)?)有表決權(?:的)?股份總數(?!的?比例)|(?<!所持|[佔占](?:本公司)?)有表决权(?:的)?股份总数(?!的?比例)"
            // "…股H股，即赋予股东出席临时股东大会并于会上就决议案投票的股份总数"
            // "賦予獨立股東出席股東特別大會並就所有決議案投票之股份總數為750,000,000股": where holders must abstain
            + "|(?<![佔占])賦予(?:獨立)?股東出席|(?<![佔占])赋予(?:独立)?股东出席"
            // "該數目即賦予持有人出席股東週年大會並於會上…投票之股份總數"
            + "|(?<!佔)賦予(?:[AH]股)?持有人出席|(?<!占)赋予(?:[AH]股)?持有人出席"
            // "公司总股本为1,200,000,000股，其中A股…、H股…，均为有表决权股份"
            + "|均為有表決權股份|均为有表决权股份", CI);
    private static final Pattern SHARE_COUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d{4,})(?!\\s*(?:年|%|\\.\\d))\\s*(?:issued\\s+|ordinary\\s+|voting\\s+)?(?:[AH]\\s*|domestic\\s+)?(?:shares?|股)", CI);
    private static final Pattern LABELLED_COUNT = Pattern.compile("[^\\n]{0,160}?[:：]\\s*(\\d{1,3}(?:,\\d{3})+|\\d{4,})(?![\\d,.]*\\s*%)(?![\\d,.])");
    private static final Pattern BRACKETED_PERCENT = Pattern.compile(
            "\\s*[(（]\\s*(?:approximately\\s+|approx\\.\\s*|about\\s+|約|约)?(\\d{1,3}(?:\\.\\d+)?)\\s*%", CI);
    private static final Pattern THAT_NUMBER = Pattern.compile("\\s*(?:該數目|该数目|此數目|此数目)");
    private static final Pattern COUNT_WAS = Pattern.compile(
            // "the number of issued shares of the Company (the "Shares") was 1,850,000,000": the term it defines between
            "number\\s+of\\s+(?:issued\\s+)?(?:[AH]\\s+)?shares(?:\\s+of\\s+the\\s+company)?(?:\\s+in\\s+issue)?(?:\\s*\\([^()]{1,30}\\))?\\s+(?:was|were|is|amounted\\s+to)\\s+(\\d{1,3}(?:,\\d{3})+|\\d{4,})(?![\\d,]*\\s*%)", CI);
    private static final Pattern REPRESENTED_CUE = Pattern.compile(
            "represented|present\\b|attend(?:ing|ed)\\b|出席|親身或委任代表|亲自或委任代表", CI);
    private static final Pattern REPRESENTED = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d{4,})\\s*(?:issued\\s+|ordinary\\s+|voting\\s+)?(?:[AH]\\s*)?(?:shares?|股)"
            // "476,362,400 shares (comprising 437,500,000 Domestic Shares and 38,862,400 H Shares), representing ...", also
            // after "carrying voting rights"
            + "(?:[^()（）%。\\d]{0,40}?[(（][^()（）%]{0,160}[)）])?[^%。\\d]{0,160}?"
            + "(?:represent(?:ing|ed|s)?|accounting\\s+for|being|\\(|佔|占|約佔|约占|相當於|相当于)[^%。\\d]{0,120}?(\\d{1,3}(?:\\.\\d+)?)\\s*%", CI);
    private static final Pattern MAINLAND_TOTAL = Pattern.compile(
            "total\\s+number\\s+of\\s+(?:voting\\s+)?shares\\s+(?:with\\s+voting\\s+rights\\s+)?held\\s+by\\s+(?:the\\s+)?(?:attending\\s+)?(?:shareholders|attendees)[^\\d]{0,120}?(\\d{1,3}(?:,\\d{3})+|\\d{4,})"
            + "|所持(?:有)?表決權(?:的)?股份總數[^\\d]{0,40}?(\\d{1,3}(?:,\\d{3})+|\\d{4,})|所持(?:有)?表决权(?:的)?股份总数[^\\d]{0,40}?(\\d{1,3}(?:,\\d{3})+|\\d{4,})", CI);
    private static final Pattern MAINLAND_PERCENT = Pattern.compile(
            "(?:proportion|percentage)\\s+of\\s+(?:the\\s+)?(?:voting\\s+)?shares[^\\d]{0,160}?(\\d{1,3}(?:\\.\\d+)?)\\s*%?"
            + "|(?:佔|占)[^\\d。]{0,40}?(?:總數|总数|比例)[^\\d。]{0,20}?(\\d{1,3}(?:\\.\\d+)?)\\s*%?", CI);

    /** The first characters of each pattern's matches ({@link FirstCharScan}): each alternative, both cases. */
    static final FirstCharScan ENTITLED_SCAN = FirstCharScan.of(ENTITLED, "eE有賦赋均")
            .where((text, at) -> text.charAt(at) > 0x7f || FirstCharScan.startsWithAsciiIgnoreCase(text, at, "entitl"));
    static final FirstCharScan REPRESENTED_SCAN = FirstCharScan.of(REPRESENTED, "0123456789").where(AttendanceReader::percentFollows);
    static final Pattern PERCENT_FIGURE = Pattern.compile("\\d{1,3}(?:\\.\\d+)?\\s*%");
    static final FirstCharScan MAINLAND_TOTAL_SCAN = FirstCharScan.of(MAINLAND_TOTAL, "tT所");
    static final FirstCharScan MAINLAND_PERCENT_SCAN = FirstCharScan.of(MAINLAND_PERCENT, "pP佔占");

    private AttendanceReader() {
    }

    static Attendance read(String text) {
        Long entitled = null;
        int entitledEnd = -1;
        FirstCharScan.Search cues = ENTITLED_SCAN.in(text);
        while (cues.find()) {
            Matcher cue = cues.match();
            if (inHeading(text, cue.start())) {
                // "SHARES ENTITLED TO VOTE AND ATTENDANCE": a heading, whose "sentence" runs into the issued shares below
                continue;
            }
            int sentenceEnd = sentenceEnd(text, cue.end());
            Matcher n = SHARE_COUNT.matcher(text.substring(cue.end(), sentenceEnd));
            if (n.find()) {
                entitled = Numbers.shares(n.group(1), 1).orElse(null);
                entitledEnd = cue.end() + n.end();
                break;
            }
            // "Total number of shares entitling the holders to attend and vote ... at the EGM:\t2,150,000,000": the label's value
            Matcher labelled = LABELLED_COUNT.matcher(text).region(cue.end(), Math.min(text.length(), cue.end() + 200));
            if (labelled.lookingAt()) {
                entitled = Numbers.shares(labelled.group(1), 1).orElse(null);
                entitledEnd = labelled.end();
                break;
            }
            // "... was 1,000,000,000 Shares, which was the total number of Shares entitling the holders to attend and vote"
            int sentenceStart = Math.max(Math.max(text.lastIndexOf(". ", cue.start()), text.lastIndexOf('。', cue.start())) + 1, cue.start() - 400);
            if (sentenceStart > 1 && THAT_NUMBER.matcher(text).region(sentenceStart, cue.start()).lookingAt()) {
                // "已發行股份總數為1,600,000,000股。該數目即賦予持有人出席…": the count is the sentence before's
                sentenceStart = Math.max(text.lastIndexOf('。', sentenceStart - 2) + 1, sentenceStart - 400);
            }
            String sentence = text.substring(Math.max(0, sentenceStart), cue.start());
            Matcher back = SHARE_COUNT.matcher(sentence);
            // the sentence's first count is the total; any that follow break it down by class ("was 1,650,000,000,
            // comprising 1,200,000,000 domestic shares and 450,000,000 H shares, being the total number …")
            String last = back.find() ? back.group(1) : null;
            int lastAt = last == null ? Integer.MAX_VALUE : back.start();
            // "the number of issued Shares was 1,350,000,000, which was the total number of Shares entitling ..."
            Matcher was = COUNT_WAS.matcher(sentence);
            if (was.find() && was.start() < lastAt) {
                last = was.group(1);
            }
            if (last != null) {
                entitled = Numbers.shares(last, 1).orElse(null);
                entitledEnd = cue.end();
                break;
            }
        }
        Long represented = null;
        Double percent = null;
        FirstCharScan.Search representations = REPRESENTED_SCAN.in(text);
        while (representations.find()) {
            Matcher r = representations.match();
            int sentenceStart = Math.max(Math.max(text.lastIndexOf(". ", r.start()), text.lastIndexOf('。', r.start())), 0);
            String lead = text.substring(sentenceStart, sentenceEnd(text, r.end()));
            if (!REPRESENTED_CUE.matcher(lead).find() || r.end() <= entitledEnd && ENTITLED.matcher(lead).find()) {
                continue;
            }
            if (castVote(text, r.start())) {
                // "表決情況：同意1,020,123,456股，占出席會議股東所持有效表決權股份總數的99.6743%": a resolution's votes
                continue;
            }
            Optional<Long> shares = Numbers.shares(r.group(1), 1);
            if (shares.isPresent() && !shares.get().equals(entitled)) {
                represented = shares.get();
                percent = Double.parseDouble(r.group(2));
                break;
            }
        }
        if (represented == null) {
            FirstCharScan.Search total = MAINLAND_TOTAL_SCAN.in(text);
            if (total.find()) {
                Matcher m = total.match();
                represented = Numbers.shares(firstGroup(m), 1).orElse(null);
                Matcher bracketed = BRACKETED_PERCENT.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
                FirstCharScan.Search p = MAINLAND_PERCENT_SCAN.in(text);
                if (bracketed.lookingAt()) {
                    // "... at the EGM:\t1,204,377,450 (approximately 56.0176% of the issued shares)"
                    percent = Double.parseDouble(bracketed.group(1));
                } else if (p.find(m.end())) {
                    percent = Double.parseDouble(firstGroup(p.match()));
                }
            }
        }
        if (represented == null && text.contains("epresented:")) {
            // "Number of Shares represented:\t846,301,618 (representing approximately 63.80% of the issued Shares)"
            Matcher labelled = LABELLED_REPRESENTED.matcher(text);
            if (labelled.find()) {
                represented = Numbers.shares(labelled.group(1), 1).orElse(null);
                percent = Double.parseDouble(labelled.group(2));
            }
        }
        return new Attendance(entitled, represented, percent);
    }

    private static final Pattern LABELLED_REPRESENTED = Pattern.compile(
            "(?i)\\bshares\\s+represented:\\s*(\\d{1,3}(?:,\\d{3})+|\\d{4,})\\s*\\(\\s*(?:representing\\s+)?(?:approximately\\s+|about\\s+)?"
                    + "(\\d{1,3}(?:\\.\\d+)?)\\s*%");

    /**
     * Whether a {@link #REPRESENTED} match can start at a digit: in a match, no digit, '%' or '。' stands between the
     * share count (which ends where its run of digits and commas ends) and the percentage, so the first of them after
     * that run must open the percentage. The regex, tried at every digit of every count, walked up to 280 characters
     * past each one to learn the same; most counts in a poll announcement are followed by another count or a vote table.
     * Before that walk: the count ends where the run ends (only spaces, a class word or the unit may follow it), so
     * after the run's spaces must come the first letter of "issued", "ordinary", "voting", "A", "H", "share" or 股.
     * Each digit of every vote count passed the walk (a percentage follows it in the table) and ran the regex.
     */
    static boolean percentFollows(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && (Numbers.isAsciiDigit(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        int unit = Spaces.skip(text, i);
        if (unit >= n || "iIoOvVaAhHsS股".indexOf(text.charAt(unit)) < 0) {
            return false;
        }
        while (i < n && !Numbers.isAsciiDigit(text.charAt(i)) && text.charAt(i) != '%' && text.charAt(i) != '。') {
            char c = text.charAt(i);
            // a bracketed breakdown without a percentage ("(comprising 437,500,000 Domestic Shares and ...)") is passed
            // over, as the regex may pass over it
            i = c == '(' || c == '（' ? Math.max(i, closingBracket(text, i)) + 1 : i + 1;
        }
        return i < n && Numbers.isAsciiDigit(text.charAt(i)) && percentFigureAt(text, i);
    }

    /** Where the bracket opened at {@code open} closes, within 161 characters and before any '%' or bracket; else open. */
    /** Whether the count at {@code at} follows a vote's word (同意, 反對, 棄權...): votes cast, not shares present. */
    private static boolean castVote(String text, int at) {
        String before = text.substring(Math.max(0, at - 3), at);
        return before.endsWith("同意") || before.endsWith("赞成") || before.endsWith("贊成") || before.endsWith("反对") || before.endsWith("反對")
                || before.endsWith("弃权") || before.endsWith("棄權");
    }

    private static int closingBracket(CharSequence text, int open) {
        for (int j = open + 1; j < text.length() && j <= open + 161; j++) {
            char c = text.charAt(j);
            if (c == ')' || c == '）') {
                return j;
            }
            if (c == '%' || c == '(' || c == '（') {
                return open;
            }
        }
        return open;
    }

    /**
     * Whether {@link #PERCENT_FIGURE} matches at {@code i} ({@code lookingAt} from there), without a matcher per digit
     * of every count: one to three digits (a fourth leaves a digit where only '.', a space or '%' may follow), an
     * optional '.' with digits, spaces, then '%'.
     */
    static boolean percentFigureAt(CharSequence text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Numbers.isAsciiDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 3) {
            return false;
        }
        if (j + 1 < n && text.charAt(j) == '.' && Numbers.isAsciiDigit(text.charAt(j + 1))) {
            j += 2;
            while (j < n && Numbers.isAsciiDigit(text.charAt(j))) {
                j++;
            }
        }
        j = Spaces.skip(text, j);
        return j < n && text.charAt(j) == '%';
    }

    /** Whether the line around {@code at} is an upper-case heading. */
    private static boolean inHeading(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end);
        // Latin letters only: a Chinese line has no case, and is no heading for that
        return line.length() <= 120 && UpperCase.isUpperCase(line) && UpperCase.latinLetters(line) > 8;
    }

    private static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 400);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return limit;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}

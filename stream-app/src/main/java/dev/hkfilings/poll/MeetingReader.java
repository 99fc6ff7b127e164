package dev.hkfilings.poll;

import dev.hkfilings.avro.MeetingKind;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Sentences;
import dev.hkfilings.text.Spaces;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which meeting the poll results are for, when and where it was held. */
final class MeetingReader {

    private static final Pattern TIME_FIRST = Pattern.compile("(?i)^[\\d:.\\s]+[ap]\\.?m\\.?.*");
    /** "…5楼会议室以现场会议及网络投票相结合的方式(召开)": how the meeting was held, after where. */
    private static final Pattern ONLINE_SUFFIX = Pattern.compile(
            "(?:以|通過|通过)(?:現場|现场|網絡|网络|電子|电子|視頻|视频)[^，。]*$|(?:以|通過|通过)?(?:現場|现场)?(?:及|和)?(?:網絡|网络|電子|电子)?(?:方式)?$");

    /** A meeting cue and where its matches can start: {@link #earliest} runs each cue over the title and, failing that, the text. */
    private record Cue(FirstCharScan scan, MeetingKind kind) {

        Cue(Pattern pattern, MeetingKind kind, String... prefixes) {
            this(FirstCharScan.ofPrefixes(pattern, prefixes), kind);
        }

        Pattern pattern() {
            return scan.pattern();
        }

        /**
         * This cue tried at the class letter ("H" of "H shares", "A" of "A-share", either case) only where, after
         * spaces and hyphens, "share" or 股 follows: the scan tried the regex at every a and h of the title's region,
         * and a poll result's title region has dozens of them.
         */
        Cue shareClass(char lowerCaseLetter) {
            return new Cue(scan.and((text, at) -> (text.charAt(at) | 0x20) != lowerCaseLetter || shareFollows(text, at + 1)), kind);
        }
    }

    private static boolean shareFollows(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (Spaces.isRegexSpace(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '股' || FirstCharScan.startsWithAsciiIgnoreCase(text, i, "share"));
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final Cue H_CLASS = new Cue(Pattern.compile("\\bH[\\s-]*share(?:holder)?s?'?\\s+class\\s+(?:general\\s+)?meeting"
            + "|class\\s+meeting\\s+(?:of|for)\\s+(?:the\\s+)?(?:holders\\s+of\\s+)?H[\\s-]*share|H股類別股東(?:大)?會|H股类别股东(?:大)?会", CI),
            MeetingKind.H_SHARE_CLASS_MEETING, "h", "class").shareClass('h');
    private static final Cue A_CLASS = new Cue(Pattern.compile("\\bA[\\s-]*share(?:holder)?s?'?\\s+class\\s+(?:general\\s+)?meeting"
            + "|class\\s+meeting\\s+(?:of|for)\\s+(?:the\\s+)?(?:holders\\s+of\\s+)?A[\\s-]*share|A股類別股東(?:大)?會|A股类别股东(?:大)?会", CI),
            MeetingKind.A_SHARE_CLASS_MEETING, "a", "class").shareClass('a');
    // Specific before generic: at one position, an "H shareholders class meeting" is not just a class meeting.
    private static final List<Cue> CUES = List.of(H_CLASS, A_CLASS,
            new Cue(Pattern.compile("class\\s+meeting|類別股東(?:大)?會|类别股东(?:大)?会", CI), MeetingKind.CLASS_MEETING,
                    "class", "類別股東", "类别股东"),
            new Cue(Pattern.compile("annual\\s+general\\s+meeting|\\bAGM\\b|股東週年大會|股東周年大會|股东周年大会|年度股東(?:大)?會|年度股东(?:大)?会|股東年會|股东年会", CI),
                    MeetingKind.AGM, "annual", "agm", "股東", "股东", "年度股"),
            new Cue(Pattern.compile("extraordinary\\s+general\\s+meeting|special\\s+general\\s+meeting|\\bEGM\\b|\\bSGM\\b"
                    // 臨時股東會: the name since the 2024 Company Law, without 大
                    + "|臨時股東(?:大)?會|临时股东(?:大)?会|股東特別大會|股东特别大会", CI), MeetingKind.EGM,
                    "extraordinary", "special", "egm", "sgm", "臨時", "临时", "股東", "股东"));

    private static final Pattern TITLE = Pattern.compile("poll\\s+results|voting\\s+results|results\\s+of\\s+(?:the\\s+)?(?:\\d{4}\\s+)?(?:annual|extraordinary|first|second|third)"
            + "|投票表決結果|投票表决结果|表決結果|表决结果|決議公告|决议公告|投票結果|投票结果", CI);
    private static final Pattern HELD = Pattern.compile("\\bheld\\b|\\bconvened\\b|舉行|举行|召開|召开", CI);
    // 现场会议: the on-site part of a mainland meeting, "现场会议召开时间：2025年5月28日"
    private static final Pattern ANY_MEETING = Pattern.compile("meeting|\\bAGM\\b|\\bEGM\\b|\\bSGM\\b|大會|大会|股東會|股东会|现场会议|現場會議", CI);
    private static final Pattern NOT_THE_MEETING_DATE = Pattern.compile(
            "(?:dated|dated\\s+on|ended|ending|as\\s+at|as\\s+of|日期為|日期为|截至|截止|刊發|刊发)\\s*(?:\\S+day,?\\s*)?$", CI);
    private static final Pattern VENUE_END = Pattern.compile(
            "\\s+on\\s+(?:\\w+day\\b|\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\\s+at\\s+\\d|,?\\s+(?:and|with)\\s+(?:the|all|each|was|were|its)\\b"
            + "|,\\s*(?:the\\s+)?poll\\b|[;]|\\.$|,\\s+at\\s+which", CI);
    private static final Pattern VENUE_START = Pattern.compile("\\b(?:held|convened)\\b(?:\\s+(?:physically|in\\s+person))?\\s+(?:at|in)\\s+(?!\\d{1,2}[:.]\\d{2})(?!\\d{1,2}\\s*[ap]\\.?m)(?!the\\s+(?:form|manner)\\b)", CI);
    private static final Pattern VENUE_AFTER_DATE = Pattern.compile(",?\\s+at\\s+(?!\\d)(?![ap]\\.?m)", CI);

    // Where these whole-text and per-sentence patterns can match (FirstCharScan): the leading letters of each alternative.
    static final FirstCharScan TITLE_SCAN = FirstCharScan.ofPrefixes(TITLE, "poll", "voting", "results", "投票", "表決", "表决", "決議", "决议");
    static final FirstCharScan HELD_SCAN = FirstCharScan.ofPrefixes(HELD, "held", "convened", "舉行", "举行", "召開", "召开");
    static final FirstCharScan VENUE_START_SCAN = FirstCharScan.ofPrefixes(VENUE_START, "held", "convened");
    /**
     * Where a venue can end: each alternative opens with a space (then "on", "at", "and" or "with"), a comma, a
     * semicolon or a full stop. Java's find() tried all seven alternatives at every character after "held at".
     */
    static final FirstCharScan VENUE_END_SCAN = FirstCharScan.of(VENUE_END, " \t\n\u000B\f\r,;.")
            .where(MeetingReader::mayEndVenue);
    static final FirstCharScan ANY_MEETING_SCAN = FirstCharScan.ofPrefixes(ANY_MEETING, "meeting", "agm", "egm", "sgm", "大會", "大会", "股東會", "股东会",
            "现场会议", "現場會議");

    private MeetingReader() {
    }

    /** The meeting cues' scans, for the test that checks {@link FirstCharScan#firstInRegion} against the region search. */
    static List<FirstCharScan> cueScans() {
        return CUES.stream().map(Cue::scan).toList();
    }

    private static final int MAX_TITLE_BEFORE = 200;

    static MeetingKind kind(String text) {
        FirstCharScan.Search titles = TITLE_SCAN.in(text);
        if (titles.find(0, Math.min(text.length(), 60_000))) {
            Matcher title = titles.match();
            // from the title's own paragraph: "2025年第一次H股类别股东会投票结果公告" names its meeting before the words.
            // A page's line may end inside a meeting's name ("…及2025年第一次H" / "股类别股东会"): its lines are joined.
            int paragraph = Math.max(text.lastIndexOf("\n\n", title.start()), text.lastIndexOf("\n\r\n", title.start()));
            int from = Math.max(paragraph < 0 ? 0 : text.indexOf('\n', paragraph + 1) + 1, title.start() - MAX_TITLE_BEFORE);
            String before = Names.unwrap(text.substring(from, title.start()));
            String near = before + Names.unwrap(text.substring(title.start(), Math.min(text.length(), title.end() + 400)));
            if (H_CLASS.scan().firstInRegion(near, 0, before.length(), before.length()) >= 0
                    && A_CLASS.scan().firstInRegion(near, 0, before.length(), before.length()) >= 0) {
                // "…A股类别股东会议及…H股类别股东会议决议公告": one announcement for both classes' meetings
                return MeetingKind.CLASS_MEETING;
            }
            MeetingKind k = earliest(near, 0, near.length());
            if (k != null) {
                return k;
            }
        }
        MeetingKind k = earliest(text, 0, Math.min(text.length(), 60_000));
        return k == null ? MeetingKind.UNKNOWN : k;
    }

    private static MeetingKind earliest(String text, int from, int to) {
        MeetingKind best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue c : CUES) {
            // As c.pattern().matcher(text).region(from, to).find(), looking only before the best start so far.
            int at = c.scan().firstInRegion(text, from, to, bestAt);
            if (at >= 0) {
                best = c.kind();
                bestAt = at;
            }
        }
        return best;
    }

    /** The sentence that says the meeting was held, or else the first that names a meeting and a date. */
    record Held(LocalDate date, String venue) {
    }

    static Held held(List<Sentences.Sentence> sentences) {
        LocalDate date = null;
        String venue = null;
        for (Sentences.Sentence s : sentences) {
            if (s.text().length() < 2000 && HELD_SCAN.findsIn(s) && ANY_MEETING_SCAN.findsIn(s)) {
                // each only while still unknown: a sentence after the one that gave the date is read for the venue alone
                date = date == null ? meetingDate(s.text()) : date;
                venue = venue == null ? venue(s.text()) : venue;
                if (date != null && venue != null) {
                    break;
                }
            }
        }
        if (date == null) {
            for (Sentences.Sentence s : sentences) {
                if (s.text().length() < 2000 && ANY_MEETING_SCAN.findsIn(s)) {
                    date = meetingDate(s.text());
                    if (date != null) {
                        break;
                    }
                }
            }
        }
        return new Held(date, venue);
    }

    private static LocalDate meetingDate(String sentence) {
        for (Dates.Found f : Dates.all(sentence)) {
            String before = sentence.substring(Math.max(0, f.start() - 20), f.start());
            if (!NOT_THE_MEETING_DATE.matcher(before).find()) {
                return f.date();
            }
        }
        return null;
    }

    static String venue(String sentence) {
        // Tried only where "held" or "convened" starts (FirstCharScan): the pattern opens with \\b and an alternation,
        // which Java tried at every position of the sentence.
        FirstCharScan.Search starts = VENUE_START_SCAN.in(sentence);
        if (starts.find()) {
            Matcher start = starts.match();
            String v = upToEnd(sentence.substring(start.end()));
            if (v != null) {
                return v;
            }
        }
        Matcher held = HELD.matcher(sentence);
        boolean first = true;
        // each "held": a title without a full stop ("... MEETING HELD ON 27 AUGUST 2020") runs into the sentence that names the venue
        while (held.find()) {
            String cjk = first ? chineseVenue(sentence, held.start()) : null;
            first = false;
            if (cjk != null) {
                return cjk;
            }
            // "held on 17 May 2023 at 10:00 a.m. at Island Ballroom, ...": the venue follows the date and the time
            List<Dates.Found> dates = Dates.all(sentence.substring(held.end()));
            if (!dates.isEmpty() && dates.get(0).start() <= HELD_TO_DATE_CHARS) {
                String rest = sentence.substring(held.end() + dates.get(0).end());
                Matcher at = VENUE_AFTER_DATE.matcher(rest);
                // only an "at" in the date's own clause (after its time, if any): further on, "at" starts other
                // things ("... HELD ON 10 MAY 2021 POLL RESULTS The poll results ... proposed at the annual general meeting")
                while (at.find() && at.start() <= DATE_CLAUSE_CHARS) {
                    String v = upToEnd(rest.substring(at.end()));
                    if (v != null && !TIME_FIRST.matcher(v).matches()) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** How far after "held" its date can be: "held on Thursday, 27 August 2020", "held physically and virtually on ...". */
    private static final int HELD_TO_DATE_CHARS = 40;

    /** How far after a meeting date its time and venue can be: "(Tuesday) at 10:00 a.m. (Hong Kong time)" and more. */
    private static final int DATE_CLAUSE_CHARS = 60;

    /** A space must be followed, after the run it opens, by the first letter of "on", "at", "and" or "with". */
    private static boolean mayEndVenue(CharSequence s, int at) {
        if (!Spaces.isRegexSpace(s.charAt(at))) {
            return true;
        }
        int i = Spaces.skip(s, at);
        return i < s.length() && "oOaAwW".indexOf(s.charAt(i)) >= 0;
    }

    /** "... Admiralty, Hong Kong (the "EGM")": the term the sentence defines for the meeting, not part of where. */
    private static final Pattern DEFINED_TERM_END = Pattern.compile("\\s*\\((?:the\\s+)?[\"“][^\"”]{1,20}[\"”]\\)$", CI);

    private static String upToEnd(String s) {
        FirstCharScan.Search end = VENUE_END_SCAN.in(s);
        String v = end.find() ? s.substring(0, end.match().start()) : s;
        v = Names.clean(v);
        if (v != null) {
            v = DEFINED_TERM_END.matcher(v).replaceAll("");
        }
        return v == null || v.length() < 4 || v.length() > 300 || THE_MEETING_ITSELF.matcher(v).lookingAt() ? null : v;
    }

    /**
     * "At the annual general meeting (the "AGM") of ... held on ..." right after a title that ends with the date: an
     * "at" that names the meeting, not where it was.
     */
    private static final Pattern THE_MEETING_ITSELF = Pattern.compile(
            "(?:the\\s+)?(?:(?:\\d{4}\\s+)?(?:annual|extraordinary|special)\\s+general\\s+meeting|AGM\\b|EGM\\b|SGM\\b|general\\s+meeting\\b)", CI);

    private static String chineseVenue(String sentence, int heldAt) {
        int stop = Math.max(Math.max(sentence.lastIndexOf('，', heldAt), sentence.lastIndexOf('。', heldAt)), 0);
        // 假座 ("at the premises of") is how Hong Kong announcements name a venue
        int premises = sentence.lastIndexOf("假座", heldAt);
        if (premises >= 0 && premises >= stop - 60) {
            String v = Names.clean(sentence.substring(premises + 2, heldAt));
            if (v != null && v.length() >= 3) {
                return v;
            }
        }
        for (int i = heldAt - 1; i >= stop; i--) {
            char c = sentence.charAt(i);
            if ((c == '在' || c == '於' || c == '于') && i + 1 < heldAt && DATE_CHARS.indexOf(sentence.charAt(i + 1)) < 0) {
                String v = Names.clean(sentence.substring(i + 1, heldAt));
                if (v != null && v.length() >= 3 && !v.contains("年")) {
                    return ONLINE_SUFFIX.matcher(v).replaceAll("").strip();
                }
            }
        }
        return null;
    }

    private static final String DATE_CHARS = "0123456789零〇○一二三四五六七八九十";
}

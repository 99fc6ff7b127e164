package dev.hkfilings.poll;

import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says about the outcome: "resolution no. 7 was not passed", "all the resolutions were
 * duly passed as ordinary resolutions", 第8項決議案未獲通過.
 */
final class OutcomeStatements {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern RANGE_WORD = Pattern.compile("(?i)\\s*(?:to|-|–|至)\\s*(?:nos?\\.?\\s*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Statements about named resolutions, and about all of them. */
    record Statements(java.util.Map<String, Boolean> passedByNumber, java.util.Map<String, ResolutionKind> kindByNumber,
                      Boolean allPassed, ResolutionKind allKind, Boolean singlePassed) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String NUM = "\\d{1,2}(?:\\.\\d{1,2})?(?:\\s*\\([a-z0-9]{1,4}\\))*";
    private static final Pattern NUMBERS = Pattern.compile(
            "resolutions?\\s+(?:numbered\\s+|nos?\\.?\\s*|numbers?\\s+)?(" + NUM + "(?:\\s*(?:,|and|to|-|–|&|及|至|、)\\s*(?:nos?\\.?\\s*)?" + NUM + ")*)"
            + "|(?:第|(?<![決决])議案|(?<![決决])议案)\\s*(" + NUM + "(?:\\s*(?:、|及|和|至|,|-)\\s*" + NUM + ")*)\\s*(?:項|项|號|号)?(?:普通|特別|特别)?(?:決議案|决议案|議案|议案)?", CI);
    private static final Pattern ONE = Pattern.compile(NUM, CI);
    private static final Pattern NEGATIVE = Pattern.compile(
            "not\\s+(?:been\\s+)?(?:duly\\s+)?(?:passed|carried|approved)|was\\s+(?:rejected|defeated)|were\\s+(?:rejected|defeated)"
            // "neither of the resolutions was passed", "none of the resolutions were passed"
            + "|neither\\s+of\\s+the\\s+(?:proposed\\s+)?resolutions\\s+(?:was|were)|none\\s+of\\s+the\\s+(?:proposed\\s+)?resolutions\\s+(?:was|were)"
            // "該決議案未獲正式通過為普通決議案"
            + "|未獲(?:正式)?通過|未获(?:正式)?通过|不獲(?:正式)?通過|不获(?:正式)?通过|未能(?:獲)?(?:正式)?通過|未能(?:获)?(?:正式)?通过|未獲批准|未获批准|被否決|被否决|遭否決|遭否决", CI);
    private static final Pattern POSITIVE = Pattern.compile("\\bpassed\\b|\\bcarried\\b|\\bapproved\\b|獲通過|获通过|已通過|已通过|正式通過|正式通过|通過|通过", CI);
    // "上述第1至5項議案為普通決議議案": the mainland's wording
    private static final Pattern AS_ORDINARY = Pattern.compile("as\\s+(?:an\\s+)?ordinary\\s+resolutions?|(?:作為|作为|以|為|为)(?:本公司(?:之|的))?普通(?:決議|决议)(?:議|议)?案", CI);
    private static final Pattern AS_SPECIAL = Pattern.compile("as\\s+(?:a\\s+)?special\\s+resolutions?|(?:作為|作为|以|為|为)(?:本公司(?:之|的))?特(?:別|别)(?:決議|决议)(?:議|议)?案", CI);
    private static final Pattern ALL = Pattern.compile("\\ball\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:proposed|above|said|such|ordinary|special)\\s+)*resolutions|\\beach\\s+of\\s+the\\s+(?:above\\s+)?resolutions|所有(?:上述)?決議案|所有(?:上述)?决议案|全部(?:決議案|决议案)|上述(?:所有)?決議案均|上述(?:所有)?决议案均"
            // "上述议案均为特别决议议案": the mainland's word for the resolutions
            + "|上述(?:所有|各项|各項)?(?:議案|议案)均", CI);
    private static final Pattern REST = Pattern.compile("其余(?:各项)?(?:议案|决议案)|其餘(?:各項)?(?:議案|決議案)|\\ball\\s+other\\s+resolutions|\\bthe\\s+remaining\\s+resolutions", CI);
    private static final Pattern SINGLE = Pattern.compile("\\b(?:the|above|said)\\s+(?:above\\s+)?(?:special\\s+|ordinary\\s+)?resolution\\b(?!s)|上述決議案|上述决议案|該決議案|该决议案", CI);

    // Where these per-sentence patterns can match (FirstCharScan): the leading letters of each alternative.
    static final FirstCharScan NUMBERS_SCAN = FirstCharScan.ofPrefixes(NUMBERS, "resolution", "第", "議案", "议案");
    static final FirstCharScan NEGATIVE_SCAN = FirstCharScan.ofPrefixes(NEGATIVE, "not", "was", "were", "neither", "none", "未", "不", "被", "遭");
    static final FirstCharScan POSITIVE_SCAN = FirstCharScan.ofPrefixes(POSITIVE, "passed", "carried", "approved", "獲", "获", "已", "正式", "通過", "通过");
    static final FirstCharScan AS_ORDINARY_SCAN = FirstCharScan.ofPrefixes(AS_ORDINARY, "as", "作為", "作为", "以", "為", "为");
    static final FirstCharScan AS_SPECIAL_SCAN = FirstCharScan.ofPrefixes(AS_SPECIAL, "as", "作為", "作为", "以", "為", "为");
    static final FirstCharScan ALL_SCAN = FirstCharScan.ofPrefixes(ALL, "all", "each", "所有", "全部", "上述");
    static final FirstCharScan SINGLE_SCAN = FirstCharScan.ofPrefixes(SINGLE, "the", "above", "said", "上述", "該", "该");

    private OutcomeStatements() {
    }

    static Statements read(List<Sentences.Sentence> sentences) {
        Reading r = new Reading();
        for (Sentences.Sentence whole : sentences) {
            for (Sentences.Sentence s : clauses(whole)) {
                r.add(s);
            }
        }
        return new Statements(r.passed, r.kinds, r.all, r.allKind, r.single);
    }

    /** What the sentences read so far said. */
    private static final class Reading {
        final java.util.Map<String, Boolean> passed = new java.util.HashMap<>();
        final java.util.Map<String, ResolutionKind> kinds = new java.util.HashMap<>();
        Boolean all;
        ResolutionKind allKind;
        Boolean single;

        void kindsStated(String t) {
            Matcher m = KIND_STATED.matcher(t);
            while (m.find()) {
                ResolutionKind kind = m.group(2).equalsIgnoreCase("special") ? ResolutionKind.SPECIAL : ResolutionKind.ORDINARY;
                for (String n : numbers("resolutions " + m.group(1))) {
                    kinds.putIfAbsent(n, kind);
                }
            }
        }

        void add(Sentences.Sentence s) {
            String t = s.text();
            if (t.length() <= 1500 && s.lower().contains("resolution") && (s.lower().contains("ordinary") || s.lower().contains("special"))) {
                kindsStated(t);
            }
            if (t.length() > 1500 || !mayStateOutcome(s.lower())) {
                return;
            }
            boolean neg = NEGATIVE_SCAN.findsIn(s);
            boolean pos = !neg && POSITIVE_SCAN.findsIn(s);
            if (!neg && !pos) {
                return;
            }
            ResolutionKind kind = AS_SPECIAL_SCAN.findsIn(s) ? ResolutionKind.SPECIAL
                    : AS_ORDINARY_SCAN.findsIn(s) ? ResolutionKind.ORDINARY : null;
            if (kind != null && allKind == null && REST.matcher(t).find()) {
                // "其余议案均为普通决议议案", "all other resolutions were passed as ordinary resolutions": the kind of those no
                // number names, which is what an all-resolutions kind stands for after the numbered ones
                allKind = kind;
                return;
            }
            Set<String> numbers = numbers(t);
            if (!numbers.isEmpty()) {
                for (String n : numbers) {
                    // "not passed" is never boilerplate: it wins over a sentence that lists the number as passed
                    passed.merge(n, pos, Boolean::logicalAnd);
                    if (kind != null) {
                        kinds.putIfAbsent(n, kind);
                    }
                }
            } else if (ALL_SCAN.findsIn(s)) {
                if (all == null) {
                    all = pos;
                    allKind = kind;
                }
            } else if (SINGLE_SCAN.findsIn(s)) {
                // the first sentence about the resolution says whether it passed; any may say what it passed as
                single = single == null ? pos : single;
                if (kind != null && allKind == null) {
                    allKind = kind;
                }
            }
        }
    }

    /**
     * "Resolutions 1 to 5 were ordinary resolutions and resolution 6 was a special resolution", "Resolutions 7 and 8 were
     * ordinary resolutions voted by way of cumulative voting": each list of numbers with the kind said of it, outcome or not.
     */
    private static final Pattern KIND_STATED = Pattern.compile(
            "resolutions?\\s+(?:numbered\\s+|nos?\\.?\\s*)?(" + NUM + "(?:\\s*(?:,|and|to|-|–|&)\\s*(?:nos?\\.?\\s*)?" + NUM + ")*)"
            + "\\s+(?:was|were|is|are)\\s+(?:an?\\s+|both\\s+|all\\s+)?(ordinary|special)\\s+resolutions?\\b", CI);

    /** ", and the special resolution …", "; whereas …", "，而…": where a sentence turns to other resolutions. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:[,;，；]\\s*(?:(?:and|while|whereas|but)\\b|而|但)|[;；])\\s*", CI);

    /**
     * "the ordinary resolutions numbered 1 and 2 … were duly passed …, and the special resolution numbered 3 … was NOT
     * passed": a sentence that says "not passed" of some resolutions may say "passed" of others in another clause,
     * each clause then read on its own. A sentence without a negative is read whole.
     */
    private static List<Sentences.Sentence> clauses(Sentences.Sentence whole) {
        String t = whole.text();
        if (t.length() > 1500 || !mayStateOutcome(whole.lower()) || !NEGATIVE_SCAN.findsIn(whole)) {
            return List.of(whole);
        }
        List<Sentences.Sentence> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(t);
        int from = 0;
        while (m.find()) {
            out.add(new Sentences.Sentence(t.substring(from, m.start()), whole.start() + from));
            from = m.end();
        }
        if (out.isEmpty()) {
            return List.of(whole);
        }
        out.add(new Sentences.Sentence(t.substring(from), whole.start() + from));
        return out;
    }

    private static final String[] OUTCOME_WORDS = {"pass", "carri", "approv", "reject", "defeat",
        "通過", "通过", "否決", "否决", "批准"};

    /** A plain search of the sentence's lower case before the patterns: most sentences say nothing about an outcome. */
    private static boolean mayStateOutcome(String lowerCaseSentence) {
        return Keywords.containsAny(lowerCaseSentence, OUTCOME_WORDS);
    }

    static Set<String> numbers(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        FirstCharScan.Search numbers = NUMBERS_SCAN.in(sentence);
        while (numbers.find()) {
            Matcher m = numbers.match();
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> items = new ArrayList<>();
            Matcher one = ONE.matcher(list);
            List<Integer> ends = new ArrayList<>();
            while (one.find()) {
                items.add(WHITESPACE.matcher(one.group()).replaceAll(""));
                ends.add(one.end());
            }
            for (int i = 0; i < items.size(); i++) {
                out.add(items.get(i));
                if (i + 1 < items.size() && isRange(list, ends.get(i), list.indexOf(items.get(i + 1), ends.get(i)))) {
                    expandRange(items.get(i), items.get(i + 1), out);
                }
            }
        }
        return out;
    }

    private static boolean isRange(String list, int from, int to) {
        if (to < from) {
            return false;
        }
        String between = list.substring(from, to);
        return RANGE_WORD.matcher(between).matches();
    }

    private static void expandRange(String a, String b, Set<String> out) {
        if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
            for (int i = Integer.parseInt(a) + 1; i < Integer.parseInt(b) && i - Integer.parseInt(a) < 60; i++) {
                out.add(Integer.toString(i));
            }
        }
    }
}

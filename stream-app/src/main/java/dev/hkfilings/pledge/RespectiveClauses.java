package dev.hkfilings.pledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One English sentence that reports two pledges in pairs: "executed share charges on 11 April 2025 and 14 April 2025
 * over 230,000,000 and 115,000,000 Shares ..., representing approximately 20.00% and 10.00% ..., in favour of VCB and
 * KUB, respectively", or "X ("X") and Y ("Y") ... pledged 60,000,000 Shares and 12,500,000 Shares ..., respectively".
 * Rewritten as two sentences, each with the first or the second member of every pair, it reads
 * like any other.
 */
final class RespectiveClauses {

    private static final String DATE = "\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}|[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4}";
    /** The class word a count of shares may carry: "180,000,000 ordinary shares". */
    private static final String CLASS = "(?:(?:[Oo]rdinary|[Dd]omestic|[AH])\\s+)?";
    private static final String PARTY = "[A-Z][\\w&'.\\-]*(?:\\s+(?:[A-Z(][\\w&'.()\\-]*|of)){0,6}?";
    private static final Pattern PAIR = Pattern.compile(
            "(" + DATE + ")\\s+and\\s+(" + DATE + ")"
            + "|(\\d{1,3}(?:,\\d{3})+)\\s+and\\s+(\\d{1,3}(?:,\\d{3})+)"
            + "|(\\d+(?:\\.\\d+)?%)\\s+and\\s+(\\d+(?:\\.\\d+)?%)"
            + "|(?<=\\b(?:in favour of|to)\\s)(" + PARTY + ")\\s+and\\s+(" + PARTY + "),?\\s+respectively\\b"
            // "pledged 60,000,000 Shares and 12,500,000 Shares", "over 180,000,000 ordinary shares and 95,500,000 ordinary shares"
            + "|(\\d{1,3}(?:,\\d{3})+\\s+" + CLASS + "[Ss]hares)\\s+and\\s+(\\d{1,3}(?:,\\d{3})+\\s+" + CLASS + "[Ss]hares)"
            // the pledgors, each with the term the text gives it: 'Glenmoor Resources Limited ("Glenmoor") and Mdm. Tse Wai Ling ("Mdm. Tse")'
            + "|(" + PARTY + "\\s*\\((?:the\\s+)?[\"“][^\"”]{1,40}[\"”]\\))\\s+and\\s+(" + PARTY + "\\s*\\((?:the\\s+)?[\"“][^\"”]{1,40}[\"”]\\))");
    private static final Pattern COUNT_PAIR = Pattern.compile("\\d{1,3}(?:,\\d{3})+\\s+(?:" + CLASS + "[Ss]hares\\s+)?and\\s+\\d{1,3}(?:,\\d{3})+");

    private RespectiveClauses() {
    }

    /** The sentence as two, one per member of its pairs; the sentence alone when it pairs no share counts. */
    static List<String> split(String sentence) {
        if (!sentence.contains("respectively") || !COUNT_PAIR.matcher(sentence).find()) {
            return List.of(sentence);
        }
        return List.of(member(sentence, 0), member(sentence, 1));
    }

    private static String member(String sentence, int which) {
        Matcher m = PAIR.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) {
                g += 2;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(g + which)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(",?\\s+respectively\\b", "");
    }
}

package dev.hkfilings.poll;

import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Sentences;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who acted as scrutineer: the first organisation named in the sentence about the scrutineer (for A+H
 * issuers that name several, the H-share registrar, which they name first).
 */
final class ScrutineerReader {

    private static final Pattern LEADING_WORD = Pattern.compile("^(?:The|In|By|As|Pursuant|Under|Our)\\s+");
    private static final Pattern THE_COMPANYS = Pattern.compile("(?i).*\\bcompany's\\b.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern CUE = Pattern.compile("scrutineer|監票|监票|點票|点票", Pattern.CASE_INSENSITIVE);
    /**
     * A firm's name, whose words may include a bracketed one or two ("Boardroom Share Registrars (HK) Limited", "Xinhe
     * (Hong Kong) CPA Limited"); a registrar's
     * name goes on past "Registrar" ("Cresta Share Registrar Services Limited", "Lingate Share Registrar (Hong Kong) Limited").
     */
    private static final Pattern ORG_EN = Pattern.compile(
            "(?:(?:[A-Z][\\w&'’.\\-]*|\\([A-Z][\\w&'’.\\-]*(?:\\s+[A-Z][\\w&'’.\\-]*)?\\))\\s+){0,9}?(?:[A-Z][\\w&'’.\\-]*\\s+)?(?:Limited|Ltd\\.?|LLP|Law\\s+Firm|Law\\s+Offices?|Certified\\s+Public\\s+Accountants"
            + "|CPA(?:\\s+Limited)?|(?:Co\\.,?\\s*)Ltd\\.?|&\\s+Co\\.?|Registrars?(?:\\s+Services)?(?:\\s+\\([A-Z][\\w&.\\-]*(?:\\s+[A-Z][\\w&.\\-]*)?\\))?(?:\\s+(?:Limited|Ltd\\.?))?)\\b\\.?");
    private static final Pattern ORG_ZH = Pattern.compile("[\\p{IsHan}A-Za-z（）()]{2,40}?(?:有限公司|律師事務所|律师事务所|會計師事務所|会计师事务所)");
    private static final Pattern ZH_PREFIX = Pattern.compile(".*(?:處|处|本公司|委任|聘請|聘请|由|的|之|為|为|及|和|、|，|即)");

    /**
     * Where an English organisation can start: every alternative opens with a capital or '&'. Java's find() tried the
     * pattern's lazy name run and its dozen endings at every character of the sentence, most of the reader's time.
     */
    // a match may open with a bracketed word ("(BVI) Limited"), so "(" is a first character too
    static final FirstCharScan ORG_EN_SCAN = FirstCharScan.of(ORG_EN, "ABCDEFGHIJKLMNOPQRSTUVWXYZ&(");

    static final FirstCharScan CUE_SCAN = FirstCharScan.ofPrefixes(CUE, "scrutineer", "監票", "监票", "點票", "点票");

    private ScrutineerReader() {
    }

    static String read(List<Sentences.Sentence> sentences) {
        for (Sentences.Sentence s : sentences) {
            String t = s.text();
            if (t.length() > 1500 || !CUE_SCAN.findsIn(s)) {
                continue;
            }
            FirstCharScan.Search en = ORG_EN_SCAN.in(t);
            while (en.find()) {
                String name = Names.clean(LEADING_WORD.matcher(en.match().group()).replaceAll(""));
                if (name != null && !THE_COMPANYS.matcher(name).matches() && WHITESPACE.split(name).length >= 2) {
                    return name;
                }
            }
            Matcher zh = ORG_ZH.matcher(t);
            while (zh.find()) {
                if (insideTitle(t, zh.start())) {
                    continue;
                }
                String name = ZH_PREFIX.matcher(zh.group()).replaceFirst("");
                name = Names.clean(name);
                if (name != null && name.length() >= 6) {
                    return name;
                }
            }
        }
        return null;
    }

    /** 《香港联合交易所有限公司证券上市规则》 names the Listing Rules, not the firm that counted the votes. */
    private static boolean insideTitle(String t, int at) {
        return t.lastIndexOf('《', at) > t.lastIndexOf('》', at);
    }
}

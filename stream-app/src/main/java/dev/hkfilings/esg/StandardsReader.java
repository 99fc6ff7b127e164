package dev.hkfilings.esg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reporting standards a report says it follows or references, under one canonical name each. */
final class StandardsReader {

    private record Standard(String name, Pattern cue, List<String> keywords) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern HKEX_GUIDE = Pattern.compile(
            "ESG\\s+Reporting\\s+Guide|Environmental,?\\s+Social\\s+and\\s+Governance\\s+Reporting\\s+(?:Guide|Code)|ESG\\s+Reporting\\s+Code|ESG\\s+Guide\\b"
            + "|Appendix\\s+(?:27|C2)\\b|環境、社會及管治報告指引|环境、社会及管治报告指引|環境、社會及管治報告守則|环境、社会及管治报告守则|附錄二十七|附录二十七|附錄\\s*C2|附录\\s*C2", CI);
    private static final List<String> HKEX_KEYWORDS = List.of("reporting guide", "reporting code", "esg guide", "appendix",
            "環境、社會及管治報告", "环境、社会及管治报告", "附錄", "附录");
    private static final Pattern APPENDIX_27 = Pattern.compile("Appendix\\s+27\\b|附錄二十七|附录二十七|附錄\\s*27|附录\\s*27", CI);
    private static final Pattern APPENDIX_C2 = Pattern.compile("Appendix\\s+C2\\b|附錄\\s*C2|附录\\s*C2", CI);
    private static final List<Standard> OTHERS = List.of(
            new Standard("GRI Standards", Pattern.compile("(?<![A-Za-z])GRI(?![A-Za-z])|Global\\s+Reporting\\s+Initiative|全球報告倡議|全球报告倡议"),
                    List.of("gri", "global reporting", "全球報告倡議", "全球报告倡议")),
            new Standard("TCFD", Pattern.compile("(?<![A-Za-z])TCFD(?![A-Za-z])|Task\\s+Force\\s+on\\s+Climate[-\\s]related\\s+Financial\\s+Disclosures?|氣候相關財務(?:信息|資料)?披露工作組|气候相关财务(?:信息)?披露工作组", CI),
                    List.of("tcfd", "task force on climate", "氣候相關財務", "气候相关财务")),
            new Standard("SASB Standards", Pattern.compile("(?<![A-Za-z])SASB(?![A-Za-z])|Sustainability\\s+Accounting\\s+Standards\\s+Board|可持續發展會計準則委員會|可持续发展会计准则委员会", CI),
                    List.of("sasb", "sustainability accounting standards", "可持續發展會計準則", "可持续发展会计准则")),
            new Standard("ISSB Standards (IFRS S1/S2)", Pattern.compile("(?<![A-Za-z])ISSB(?![A-Za-z])|IFRS\\s+S[12]\\b|International\\s+Sustainability\\s+Standards\\s+Board|國際可持續發展準則理事會|国际可持续发展准则理事会", CI),
                    List.of("issb", "ifrs s", "international sustainability standards", "國際可持續發展準則", "国际可持续发展准则")),
            new Standard("ISO 26000", Pattern.compile("ISO\\s*26000"), List.of("26000")),
            new Standard("ISO 14064", Pattern.compile("ISO\\s*14064"), List.of("14064")),
            new Standard("GHG Protocol", Pattern.compile("Greenhouse\\s+Gas\\s+Protocol|GHG\\s+Protocol|溫室氣體核算體系|温室气体核算体系", CI),
                    List.of("protocol", "溫室氣體核算體系", "温室气体核算体系")));

    private StandardsReader() {
    }

    /** In a fixed order (the exchange's guide first) so that equal reports give equal lists. */
    static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (mentions(text, lower, HKEX_GUIDE, HKEX_KEYWORDS)) {
            boolean c2 = mentions(text, lower, APPENDIX_C2, List.of("c2"));
            boolean a27 = mentions(text, lower, APPENDIX_27, List.of("27", "二十七"));
            out.add(c2 ? "HKEX ESG Reporting Guide (Appendix C2)" : a27 ? "HKEX ESG Reporting Guide (Appendix 27)" : "HKEX ESG Reporting Guide");
        }
        for (Standard s : OTHERS) {
            if (mentions(text, lower, s.cue(), s.keywords())) {
                out.add(s.name());
            }
        }
        return out;
    }

    /**
     * Whether the pattern matches around an occurrence of one of its literal keywords: a plain search over
     * the lower-cased text first, so a 100-page report costs a few scans rather than a regex at every position.
     */
    private static boolean mentions(String text, String lower, Pattern cue, List<String> keywords) {
        for (String k : keywords) {
            int at = lower.indexOf(k);
            while (at >= 0) {
                String window = text.substring(Math.max(0, at - 80), Math.min(text.length(), at + k.length() + 80));
                if (cue.matcher(window).find()) {
                    return true;
                }
                at = lower.indexOf(k, at + 1);
            }
        }
        return false;
    }
}

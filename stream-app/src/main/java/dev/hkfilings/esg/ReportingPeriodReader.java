package dev.hkfilings.esg;

import dev.hkfilings.text.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting period ("from 1 January 2021 to 31 December 2021", 報告期) and the year it covers. */
final class ReportingPeriodReader {

    record Period(Integer year, LocalDate start, LocalDate end) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:\\(?\\s*(?:the\\s+)?\"?)?\\s*(?:to|until|till|through|and|-|–|—|~|～|至|到|起至|起到)\\s*$", CI);
    private static final Pattern CUE = Pattern.compile("reporting\\s+period|report(?:ing)?\\s+year|this\\s+report\\s+covers|period\\s+covered|covers\\s+the\\s+period"
            + "|報告期|报告期|報告期間|报告期间|報告範圍|报告范围|匯報期|汇报期|本報告涵蓋|本报告涵盖", CI);
    private static final Pattern YEAR_ENDED = Pattern.compile("(?:financial\\s+)?year\\s+ended\\s*(?:on\\s+)?$|截至$|截至\\s*$", CI);
    private static final Pattern CHINESE_OPEN_END = Pattern.compile("^\\s*(?:至|到|起至)\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(?:environmental,?\\s+social\\s+(?:and|&)\\s+governance|ESG|sustainability|corporate\\s+social\\s+responsibility)\\s+report\\s*(?:for\\s+(?:the\\s+year\\s+)?)?(20\\d{2})(?!\\d)"
            + "|(20\\d{2})\\s*(?:年度?)?\\s*(?:environmental,?\\s+social\\s+(?:and|&)\\s+governance|ESG|sustainability)\\s+report"
            + "|(20\\d{2})\\s*年度?\\s*(?:環境、社會及管治|环境、社会及管治|ESG|可持續發展|可持续发展|社會責任|社会责任)",
            CI);

    private ReportingPeriodReader() {
    }

    static Period read(String text) {
        // The period is stated near the start ("About this report"); a bounded prefix keeps huge reports cheap.
        String head = text.length() > 400_000 ? text.substring(0, 400_000) : text;
        List<Dates.Found> dates = Dates.all(head);
        LocalDate[] cued = null;
        LocalDate[] yearLong = null;
        for (int i = 0; i < dates.size(); i++) {
            Dates.Found a = dates.get(i);
            LocalDate end = null;
            if (i + 1 < dates.size() && RANGE_JOIN.matcher(head.substring(a.end(), dates.get(i + 1).start())).matches()) {
                end = dates.get(i + 1).date();
            } else {
                Matcher open = CHINESE_OPEN_END.matcher(head.substring(a.end(), Math.min(head.length(), a.end() + 16)));
                if (open.find()) {
                    try {
                        end = LocalDate.of(a.date().getYear(), Integer.parseInt(open.group(1)), Integer.parseInt(open.group(2)));
                    } catch (java.time.DateTimeException e) {
                        end = null;
                    }
                }
            }
            if (end == null || !end.isAfter(a.date())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(a.date(), end);
            boolean cue = CUE.matcher(head.substring(Math.max(0, a.start() - 250), a.start())).find();
            if (cue && cued == null) {
                cued = new LocalDate[] {a.date(), end};
            }
            if (days >= 300 && days <= 400 && yearLong == null) {
                yearLong = new LocalDate[] {a.date(), end};
            }
        }
        LocalDate[] range = cued != null ? cued : yearLong;
        if (range != null) {
            return new Period(yearOf(range[1]), range[0], range[1]);
        }
        for (Dates.Found f : dates) {
            String before = head.substring(Math.max(0, f.start() - 40), f.start());
            if (YEAR_ENDED.matcher(before).find()) {
                return new Period(yearOf(f.date()), null, f.date());
            }
        }
        Matcher title = TITLE_YEAR.matcher(head.length() > 20_000 ? head.substring(0, 20_000) : head);
        if (title.find()) {
            String y = title.group(1) != null ? title.group(1) : title.group(2) != null ? title.group(2) : title.group(3);
            return new Period(Integer.parseInt(y), null, null);
        }
        return new Period(null, null, null);
    }

    /** A year ending in the first months of a calendar year is named by the year it ends in, as issuers do. */
    private static Integer yearOf(LocalDate end) {
        return end.getYear();
    }
}

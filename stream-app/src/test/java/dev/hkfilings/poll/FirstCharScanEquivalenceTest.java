package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.Sentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Each {@link FirstCharScan} of the poll readers finds exactly the matches of the plain {@code find()} loop. */
class FirstCharScanEquivalenceTest {

    private static final List<FirstCharScan> SCANS = List.of(AttendanceReader.ENTITLED_SCAN, AttendanceReader.REPRESENTED_SCAN,
            AttendanceReader.MAINLAND_TOTAL_SCAN, AttendanceReader.MAINLAND_PERCENT_SCAN, MeetingReader.TITLE_SCAN,
            MeetingReader.HELD_SCAN, MeetingReader.VENUE_START_SCAN, MeetingReader.VENUE_END_SCAN, MeetingReader.ANY_MEETING_SCAN, ScrutineerReader.CUE_SCAN, ScrutineerReader.ORG_EN_SCAN, OutcomeStatements.NUMBERS_SCAN,
            OutcomeStatements.NEGATIVE_SCAN, OutcomeStatements.POSITIVE_SCAN, OutcomeStatements.AS_ORDINARY_SCAN,
            OutcomeStatements.AS_SPECIAL_SCAN, OutcomeStatements.ALL_SCAN, OutcomeStatements.SINGLE_SCAN, PollExtractor.TWO_THIRDS_SCAN);

    /** One phrase per alternative of the patterns, in both cases where the pattern ignores case. */
    private static final List<String> PHRASES = List.of(
            "more than two-thirds of the votes", "TWO THIRDS", "Two-Thirds", "three-thirds", "股東所持表決權的三分之二以上", "2/3 of the votes",
            "the Shares entitling the holders to attend and vote was 1,000,000 shares", "ENTITLED TO VOTE", "Entitled to vote",
            "有權出席並投票的股份總數為1,000,000股", "有权出席", "賦予持有人權利出席", "赋予持有人权利出席", "有權於", "有权于", "有表決權的股份總數", "有表决权的股份总数",
            "holding 516,261,145 Shares, representing approximately 61.7219%", "12345 shares (1.5%)", "1,234 股，佔 12.5%",
            "TOTAL NUMBER OF SHARES HELD BY THE SHAREHOLDERS present: 1,234,567", "total number of voting shares held by attendees 12345",
            "所持有表決權的股份總數 123,456", "所持表决权股份总数 1234", "Proportion of the voting shares 12.5%", "percentage of shares: 3%",
            "佔公司有表決權股份總數的比例 12.5%", "占总数 5%",
            "POLL RESULTS", "Voting Results", "results of the 2023 annual general meeting", "投票表決結果", "投票表决结果", "表決結果", "表决结果",
            "決議公告", "决议公告", "投票結果", "投票结果", "the meeting was HELD at", "convened on", "舉行", "举行", "召開", "召开",
            "the AGM", "an EGM,", "SGM", "股東大會", "股东大会", "股東會", "股东会", "SCRUTINEER", "監票", "监票", "點票", "点票",
            "Resolutions Nos. 1 to 3", "resolution numbered 4 and 5", "第1至3項決議案", "議案 2", "议案3", "was NOT duly passed", "were rejected",
            "was defeated", "未獲通過", "未获通过", "不獲通過", "不获通过", "未能通過", "未能通过", "未獲批准", "未获批准", "被否決", "被否决", "遭否決",
            "遭否决", "Passed", "CARRIED", "approved", "獲通過", "获通过", "已通過", "已通过", "正式通過", "正式通过", "通過", "通过",
            "as an ordinary resolution", "AS SPECIAL RESOLUTIONS", "作為普通決議案", "作为普通决议案", "以普通決議案", "以普通决议案", "作為特別決議案",
            "作为特别决议案", "以特別決議案", "以特别决议案", "All of the proposed resolutions", "each of the above resolutions", "所有上述決議案",
            "所有决议案", "全部決議案", "全部决议案", "上述所有決議案均", "上述决议案均", "the above resolution was", "said resolution", "上述決議案",
            "上述决议案", "該決議案", "该决议案", "xheld", "passedx", "theresolution", "was held at the Hotel", "CONVENED IN PERSON AT Hong Kong",
            "held physically at 12:00", "held in the form of", "heldat", "convened in 10 p.m. at",
            "1,234,567 issued shares representing 50%", "12345 Ordinary Shares, being 3.5%", "12,345 VOTING shares (1%)",
            "1,234 H Shares representing 2%", "1,234 a shares, 2%", "1,234\tSHARES 7%", "1,234,股 5%", "1,234, shares 5%",
            "99.9955% 516,237,845 99.9955%", "1234 h\nshare 1%",
            "Computershare Hong Kong Investor Services Limited, the H Share registrar", "Tricor Investor Services Ltd. acted as",
            "KPMG LLP", "the King & Wood Law Firm", "Li & Co. and ABC Law Offices", "XYZ Certified Public Accountants LLP", "BDO CPA Limited",
            "Shanghai Co., Ltd.", "Boardroom Registrars (HK) Ltd", "A & B Co.", "the Company's Registrar",
            "Room 1, Level 2 ON Monday, 3 May", "the Hall  at 10:00", "Hotel, and the poll", "Hall\twith all", "Hall, the poll was", "Hall; then",
            "Hall.", "Hall.\n", "Hall, at which", "Hall  \n on 5", "Hall,\tAND THE", "Hall oN Jan");

    @Test
    void sameMatchesAsFindOnTheTestTextsAndPhrases() throws Exception {
        List<String> texts = new ArrayList<>(PHRASES);
        texts.add(String.join(" ", PHRASES));
        for (String t : TestTexts.stored()) {
            texts.add(t);
            texts.add(Names.unwrap(Numbers.normalizeWidth(t).replace("**", "")));
        }
        int matches = 0;
        for (FirstCharScan scan : SCANS) {
            for (String t : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = scan.pattern().matcher(t);
                while (m.find()) {
                    expected.add(describe(m));
                }
                List<String> actual = new ArrayList<>();
                FirstCharScan.Search s = scan.in(t);
                while (s.find()) {
                    actual.add(describe(s.match()));
                }
                assertThat(actual).as(scan.pattern().pattern()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(100);
    }

    /** {@link FirstCharScan#mayOccurIn} never rules out a text the pattern finds a match in, whole or in sentences. */
    @Test
    void prefixTestNeverRulesOutAMatch() throws Exception {
        List<String> texts = new ArrayList<>(PHRASES);
        texts.add(String.join(" ", PHRASES));
        for (String t : TestTexts.stored()) {
            String normalized = Numbers.normalizeWidth(t).replace("**", "");
            texts.add(normalized);
            for (Sentences.Sentence s : Sentences.split(normalized)) {
                texts.add(s.text());
            }
        }
        texts.addAll(TestTexts.random(17, "HeLdCoNvEaGmS \u0130\u212A舉行股東大會監票", 20_000, 10));
        int found = 0;
        int ruledOut = 0;
        for (FirstCharScan scan : SCANS) {
            for (String t : texts) {
                boolean may = scan.mayOccurIn(t.toLowerCase(java.util.Locale.ROOT));
                if (scan.pattern().matcher(t).find()) {
                    assertThat(may).as(scan.pattern() + " in " + t).isTrue();
                    found++;
                } else if (!may) {
                    ruledOut++;
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
        assertThat(ruledOut).isGreaterThan(100_000);
    }

    @Test
    void percentFigureTestIsTheRegex() throws Exception {
        List<String> texts = new ArrayList<>(PHRASES);
        texts.addAll(List.of("1%", "12 %", "123.45\t%", "1234%", "1.%", "1.5", "99.9955%)", "0 (0.0000%)", "5\u3000%", "12.3.4%", "7 \n %"));
        texts.addAll(TestTexts.stored());
        int figures = 0;
        for (String t : texts) {
            Matcher m = AttendanceReader.PERCENT_FIGURE.matcher(t);
            for (int i = 0; i < t.length(); i++) {
                boolean expected = m.region(i, t.length()).lookingAt();
                assertThat(AttendanceReader.percentFigureAt(t, i)).as(t.substring(i, Math.min(t.length(), i + 12))).isEqualTo(expected);
                figures += expected ? 1 : 0;
            }
        }
        assertThat(figures).isGreaterThan(500);
    }

    @Test
    void boundedTitleSearchIsTheRegionSearch() throws Exception {
        for (Map.Entry<Path, String> file : TestTexts.byFile().entrySet()) {
            String t = file.getValue();
            String f = file.getKey().toString();
            for (int to : new int[] {Math.min(t.length(), 60_000), Math.min(t.length(), 300)}) {
                Matcher m = MeetingReader.TITLE_SCAN.pattern().matcher(t).region(0, to);
                FirstCharScan.Search s = MeetingReader.TITLE_SCAN.in(t);
                boolean found = m.find();
                assertThat(s.find(0, to)).as(f).isEqualTo(found);
                if (found) {
                    assertThat(describe(s.match())).as(f).isEqualTo(describe(m));
                }
            }
        }
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }
}

package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each {@link FirstCharScan} of the poll readers finds exactly the matches of the plain {@code find()} loop. */
class FirstCharScanEquivalenceTest {

    private static final List<FirstCharScan> SCANS = List.of(AttendanceReader.ENTITLED_SCAN, AttendanceReader.REPRESENTED_SCAN,
            AttendanceReader.MAINLAND_TOTAL_SCAN, AttendanceReader.MAINLAND_PERCENT_SCAN);

    /** One phrase per alternative of the patterns, in both cases where the pattern ignores case. */
    private static final List<String> PHRASES = List.of(
            "the Shares entitling the holders to attend and vote was 1,000,000 shares", "ENTITLED TO VOTE", "Entitled to vote",
            "有權出席並投票的股份總數為1,000,000股", "有权出席", "賦予持有人權利出席", "赋予持有人权利出席", "有權於", "有权于", "有表決權的股份總數", "有表决权的股份总数",
            "holding 516,261,145 Shares, representing approximately 61.7219%", "12345 shares (1.5%)", "1,234 股，佔 12.5%",
            "TOTAL NUMBER OF SHARES HELD BY THE SHAREHOLDERS present: 1,234,567", "total number of voting shares held by attendees 12345",
            "所持有表決權的股份總數 123,456", "所持表决权股份总数 1234", "Proportion of the voting shares 12.5%", "percentage of shares: 3%",
            "佔公司有表決權股份總數的比例 12.5%", "占总数 5%");

    @Test
    void sameMatchesAsFindOnTheTestTextsAndPhrases() throws Exception {
        List<String> texts = new ArrayList<>(PHRASES);
        texts.add(String.join(" ", PHRASES));
        try (Stream<Path> walk = Files.walk(Path.of("src", "test", "resources"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String t = Files.readString(f);
                texts.add(t);
                texts.add(Names.unwrap(Numbers.normalizeWidth(t).replace("**", "")));
            }
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

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }
}

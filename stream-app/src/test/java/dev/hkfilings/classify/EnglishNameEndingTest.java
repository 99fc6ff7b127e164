package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link HeaderReader#mayBeEnglishName} never rules out a line that the English-name regex matches. */
class EnglishNameEndingTest {

    @Test
    void everyLineTheRegexMatchesPassesTheEndingTest() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String text : TestTexts.stored()) {
            for (String line : LineBreaks.split(text)) {
                lines.add(line);
                lines.add(line.strip());
                String cleaned = Names.clean(line);
                if (cleaned != null) {
                    lines.add(cleaned);
                }
            }
        }
        lines.addAll(List.of("ABC HOLDINGS LIMITED *", "ABC Co., Ltd.*", "ABC CO.,LTD", "abc group\t", "XYZ N.V.", "ABC LTD\n", "ABC LIMITED\u0085",
                "ABC LIMITED**", "ABC LIMITED* ", "ABC AG", "ABC SE  *"));
        Random random = new Random(5);
        String[] pieces = {"ABC", " ", "LIMITED", "Ltd", ".", ",", "*", "\t", "CO.", "inc", "Corp", "S.A.", "N.V.", "ag", "se", "(", ")", "\n", "x"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder("ABC");
            for (int j = random.nextInt(6); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(b.toString());
        }
        int names = 0;
        int ruledOut = 0;
        for (String l : lines) {
            boolean matches = HeaderReader.EN_NAME.matcher(l).matches();
            boolean may = HeaderReader.mayBeEnglishName(l);
            if (matches) {
                assertThat(may).as(l).isTrue();
                names++;
            }
            ruledOut += may ? 0 : 1;
        }
        assertThat(names).isGreaterThan(100);
        assertThat(ruledOut).as("lines the ending test spares the regex").isGreaterThan(lines.size() / 2);
    }
}

package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Names#clean} in one pass gives exactly what its regex definition gives. */
class NamesCleanEquivalenceTest {

    private static String definition(String s) {
        String c = Names.cleanByRegex(s);
        return c.isEmpty() ? null : c;
    }

    @Test
    void everyLineOfTheTestTexts() throws Exception {
        Map<Path, String> files = TestTexts.byFile();
        assertThat(files).hasSizeGreaterThan(50);
        int lines = 0;
        for (Map.Entry<Path, String> f : files.entrySet()) {
            for (String line : f.getValue().split("\n")) {
                assertThat(Names.clean(line)).as(f.getKey() + ": " + line).isEqualTo(definition(line));
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(5_000);
    }

    @Test
    void randomStringsOfTrickyCharacters() {
        // Spaces of every kind, Han and full-width brackets, digits, the edge punctuation, bold markers, and characters
        // the one pass leaves to the regex (surrogates, NEL, line/paragraph separators, other Unicode spaces).
        String alphabet = " \t\n\u000B\f\r\u00a0\u3000\u2003\u001c\u0085\u2028\u2029本公司会议室（）「」12aZ\"“”'‘’,;:**.\uD840\uDC00";
        List<String> samples = new ArrayList<>(List.of("", " ", "**", "\"\"", "\" \"abc", "abc ,", "本 公司", "1 本", "本 1", "） 本",
                "本 （", "\" 本 \"", "a\u0085", "a,\u0085", "\uD840\uDC00 本"));
        samples.addAll(TestTexts.random(42, alphabet, 50_000, 11));
        for (String s : samples) {
            assertThat(Names.clean(s)).as("[" + s + "]").isEqualTo(definition(s));
        }
    }
}

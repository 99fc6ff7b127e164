package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Keywords} answers as the {@code .*(a|b).*} regexes it replaced. */
class KeywordsTest {

    private static final List<String> TEXTS = List.of("", "pledgee", "the pledgee name", "name\nof pledgee", "pledgee\u2028",
            "质权人", "x 质权人 y", "\r质权人", "pledge", "PLEDGEE", "name of\u0085 the pledgee", "no keyword here", "pledgeepledgee");

    @Test
    void lineContainsAnyIsTheRegexWithoutDotall() {
        Pattern regex = Pattern.compile(".*(pledgee|质权人).*");
        for (String s : TEXTS) {
            assertThat(Keywords.lineContainsAny(s, "pledgee", "质权人")).as(s).isEqualTo(regex.matcher(s).matches());
        }
    }

    @Test
    void containsAnyIsTheRegexWithDotall() {
        Pattern regex = Pattern.compile("(?s).*(pledgee|质权人).*");
        for (String s : TEXTS) {
            assertThat(Keywords.containsAny(s, "pledgee", "质权人")).as(s).isEqualTo(regex.matcher(s).matches());
        }
    }
}

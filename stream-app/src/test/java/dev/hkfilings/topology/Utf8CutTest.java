package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CutTest {

    @Test
    void aTextThatFitsIsKeptWhole() {
        assertThat(Utf8Cut.charsWithin("abc", 3)).isEqualTo(3);
        assertThat(Utf8Cut.charsWithin("質押", 6)).isEqualTo(2);
        assertThat(Utf8Cut.charsWithin("", 0)).isZero();
    }

    @Test
    void cutsAtTheLastWholeCharacterWithinTheBudget() {
        // a + é (2 bytes) + 質 (3 bytes) = 6 bytes
        assertThat(Utf8Cut.charsWithin("aé質", 5)).isEqualTo(2);
        assertThat(Utf8Cut.charsWithin("aé質", 3)).isEqualTo(2);
        assertThat(Utf8Cut.charsWithin("aé質", 2)).isEqualTo(1);
        assertThat(Utf8Cut.charsWithin("aé質", 0)).isZero();
    }

    @Test
    void neverSplitsASurrogatePair() {
        String s = "a\uD840\uDC0Bb"; // a, U+2000B (four bytes), b
        assertThat(Utf8Cut.charsWithin(s, 4)).isEqualTo(1);
        assertThat(Utf8Cut.charsWithin(s, 5)).isEqualTo(3);
        assertThat(Utf8Cut.charsWithin(s, 6)).isEqualTo(4);
    }

    @Test
    void thePrefixAlwaysEncodesWithinTheBudget() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append(i % 7 == 0 ? "\uFFFD" : i % 5 == 0 ? "\uD83D\uDE00" : i % 3 == 0 ? "é" : "x");
        }
        String s = b.toString();
        for (int budget : new int[] {1, 17, 1000, 4321, 6000, 99_999}) {
            int n = Utf8Cut.charsWithin(s, budget);
            int bytes = s.substring(0, n).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("budget " + budget).isLessThanOrEqualTo(budget);
            if (n == s.length()) {
                continue;
            }
            // and no longer prefix would have fitted
            int next = Character.isHighSurrogate(s.charAt(n)) ? n + 2 : n + 1;
            assertThat(s.substring(0, next).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(budget);
        }
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> Utf8Cut.charsWithin("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.hkfilings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SteadyRateTest {

    @Test
    void leavesTheSlowStartAndTheLongTailOut() {
        long[] t = new long[101];
        for (int i = 0; i < t.length; i++) {
            t[i] = 1_000 + 10L * i;    // 100 documents per second
        }
        t[0] = 0;                      // waited for the first fetch
        t[100] = 5_000;                // waited for the last commit
        assertEquals(100.0, SteadyRate.perSecond(t), 1e-9);
    }

    @Test
    void orderDoesNotMatter() {
        long[] t = {50, 40, 30, 20, 10, 0, 60, 70, 80, 90, 100};
        assertEquals(100.0, SteadyRate.perSecond(t), 1e-9);
    }

    @Test
    void noRateWithoutAWindow() {
        assertTrue(Double.isNaN(SteadyRate.perSecond(new long[] {5, 5, 5})));
    }
}

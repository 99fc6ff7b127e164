package dev.hkfilings.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void noPortIsHandedOutTwice() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(FreePorts.next())).as("port %d handed out twice", i).isTrue();
        }
    }
}

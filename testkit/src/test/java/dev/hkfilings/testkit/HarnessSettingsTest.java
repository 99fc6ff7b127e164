package dev.hkfilings.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class HarnessSettingsTest {

    @Test
    void theModePropertyChoosesTheImplementation() {
        assertThat(HarnessSettings.mode("process")).isEqualTo(HarnessSettings.Mode.PROCESS);
        assertThat(HarnessSettings.mode(" Docker ")).isEqualTo(HarnessSettings.Mode.DOCKER);
    }

    @Test
    void anUnknownModeIsRefusedByName() {
        assertThatThrownBy(() -> HarnessSettings.mode("podman"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KafkaHarness.MODE_PROPERTY)
                .hasMessageContaining("'podman'");
    }

    @Test
    void brokerJvmOptionsAreCommaSeparatedAndDefaultToC1Only() {
        assertThat(HarnessSettings.jvmOptions(null)).contains("-XX:TieredStopAtLevel=1");
        assertThat(HarnessSettings.jvmOptions(" ")).isEqualTo(HarnessSettings.CHILD_JVM_OPTIONS);
        assertThat(HarnessSettings.jvmOptions("-Xmx1g, -XX:+UseSerialGC,")).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    }

    @Test
    void theStartTimeoutMustBePositive() {
        assertThatThrownBy(() -> new HarnessSettings(HarnessSettings.Mode.PROCESS, Duration.ZERO,
                HarnessSettings.CHILD_JVM_OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HarnessSettings.START_TIMEOUT_PROPERTY);
    }
}

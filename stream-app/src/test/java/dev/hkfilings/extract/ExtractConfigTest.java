package dev.hkfilings.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ExtractConfigTest {

    @Test
    void defaultsIsolateParsingBelowTheStreamsPollInterval() {
        ExtractConfig config = ExtractConfig.defaults();
        assertThat(config.mode()).isEqualTo(ExtractConfig.Mode.ISOLATED);
        assertThat(config.workers()).isEqualTo(2);
        assertThat(config.timeoutMs()).isLessThan(300_000);
        assertThat(config.maxInputBytes()).isGreaterThanOrEqualTo(50 * 1024 * 1024);
        assertThat(config.workerHeapMb()).isEqualTo(768);
        assertThat(config.workerJvmOptions()).contains("-XX:+UseSerialGC");
    }

    @Test
    void valuesAreParsedAndValidated() {
        ExtractConfig config = new ExtractConfig(Map.of(ExtractConfig.MODE, "in-process", ExtractConfig.WORKERS, "4",
                ExtractConfig.TIMEOUT_MS, "1500"));
        assertThat(config.mode()).isEqualTo(ExtractConfig.Mode.IN_PROCESS);
        assertThat(config.workers()).isEqualTo(4);
        assertThat(config.timeoutMs()).isEqualTo(1500);
        assertThat(config.newExtractor()).isInstanceOf(InProcessExtractor.class);

        assertThatThrownBy(() -> ExtractConfig.with(ExtractConfig.WORKERS, 0))
                .isInstanceOf(ConfigException.class).hasMessageContaining(ExtractConfig.WORKERS);
        assertThatThrownBy(() -> ExtractConfig.with(ExtractConfig.MODE, "forked"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(ExtractConfig.MODE);
        assertThatThrownBy(() -> ExtractConfig.with(ExtractConfig.TIMEOUT_MS, "soon"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(ExtractConfig.TIMEOUT_MS);
    }
}

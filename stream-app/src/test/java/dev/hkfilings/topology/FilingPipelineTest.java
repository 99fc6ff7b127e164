package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.avro.FilingText;
import dev.hkfilings.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FilingPipelineTest {

    private static final int MAX_RECORD = 256 * 1024;
    private final FilingPipeline pipeline = new FilingPipeline(new FakeExtractor(), new FakeAnalyzer(), PipelineMetrics.unread(), MAX_RECORD);

    @Test
    void aTextThatFitsARecordIsKeptWhole() {
        String text = "PLEDGE of shares (Stock Code: 06680)\n" + "股份質押。".repeat(10_000);
        FilingText out = pipeline.extract(FilingTopologyTest.filing("fits", text), Instant.EPOCH).value();
        assertThat(out.getText()).isEqualTo(text);
        assertThat(out.getTruncated()).isFalse();
    }

    @Test
    void aTextLongerThanARecordIsCutToFitAndMarkedTruncated() {
        // 300,000 chars of 股 are 900,000 bytes of UTF-8, well over the record
        String text = "PLEDGE of shares (Stock Code: 06680)\n" + "股".repeat(300_000);
        FilingPipeline.Step<FilingText> step = pipeline.extract(FilingTopologyTest.filing("long", text), Instant.EPOCH);
        FilingText out = step.value();
        assertThat(out.getTruncated()).isTrue();
        assertThat(text).startsWith(out.getText());
        int bytes = out.getText().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThanOrEqualTo(MAX_RECORD - FilingPipeline.RECORD_OVERHEAD_BYTES)
                .isGreaterThan(MAX_RECORD - FilingPipeline.RECORD_OVERHEAD_BYTES - 3);
        // the cut text is still analysed and routed
        assertThat(pipeline.analyze(out, Instant.EPOCH).ok()).isTrue();
    }

    @Test
    void aRecordTooSmallForAnyTextIsRefused() {
        assertThatThrownBy(() -> new FilingPipeline(new FakeExtractor(), new FakeAnalyzer(), PipelineMetrics.unread(), 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRecordBytes");
    }

}

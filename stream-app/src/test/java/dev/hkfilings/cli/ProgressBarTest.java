package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineShowsCountPercentRateAndEta() {
        String line = ProgressBar.line("replay", "filings", 250, 1000, 10 * SECOND);
        assertThat(line).isEqualTo("replay [=======>                      ] 250/1,000  25%  25.0 filings/s  ETA 0:30");
        assertThat(ProgressBar.line("replay", "filings", 1000, 1000, 4 * SECOND))
                .isEqualTo("replay [==============================] 1,000/1,000 100%  250.0 filings/s  ETA 0:00");
        assertThat(ProgressBar.line("replay", "filings", 0, 10, 0)).contains("ETA --:--").contains("[                              ]");
        assertThat(ProgressBar.line("replay", "filings", 0, 0, 0)).contains("0/0 100%");
        assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
    }

    @Test
    void intoALogItPrintsALineAtMostEveryIntervalAndAlwaysTheLast() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(sink), "replay", "filings", false, now::get, Duration.ofSeconds(2));
        bar.advanced(0, 100);
        now.set(SECOND);
        bar.advanced(10, 100);      // within the interval: not printed
        now.set(3 * SECOND);
        bar.advanced(30, 100);
        now.set(3 * SECOND + 1);
        bar.advanced(100, 100);     // the last state: printed at once
        bar.advanced(100, 100);     // unchanged: not again
        String[] lines = sink.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("0/100   0%");
        assertThat(lines[1]).contains("30/100  30%").contains("10.0 filings/s").contains("ETA 0:07");
        assertThat(lines[2]).contains("100/100 100%");
    }

    @Test
    void onATerminalItRedrawsOneLine() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(sink), "replay", "filings", true, now::get, Duration.ZERO);
        bar.advanced(1, 2);
        now.set(SECOND);
        bar.advanced(2, 2);
        assertThat(sink.toString()).startsWith("\rreplay [").contains("\rreplay [===").endsWith("\n");
        assertThat(sink.toString().split("\n")).hasSize(1);
    }
}

package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: the broker (a child JVM) is stopped and started again while a Connect worker feeds an inbox of text
 * filings and real PDFs through the app. Neither the app nor the worker is touched: both must reconnect by
 * themselves, the worker acknowledge every file, and every filing end with exactly one outcome per raw record.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class BrokerRestartIT {

    static final int TEXT_FILES = 2000;
    static final int PDF_FILES = 6;

    @Test
    void theAppAndTheConnectWorkerRecoverFromABrokerRestartByThemselves(KafkaHarness kafka) throws Exception {
        String appId = Scenarios.unique("reliab-broker");
        Map<String, String> settings = Map.of("application.id", appId);
        Path base = Path.of("target", "reliability", appId).toAbsolutePath();
        Inbox inbox = new Inbox(base.resolve("inbox"));
        for (int i = 0; i < PDF_FILES; i++) {
            String seed = i % 2 == 0 ? "seeds/pledge_06680_2022-10-26.txt" : "seeds/poll_06680_2022-08-24.txt";
            inbox.add(String.format("06680_%s-pdf-%d.pdf", appId, i),
                    PdfRenderer.render(RawFilings.resource(seed) + "\nReference " + appId + "-" + i + "\n"));
        }
        inbox.fill(appId, TEXT_FILES);
        int files = inbox.files.size();

        Accounting accounting = Accounting.begin(kafka, "3 broker restart", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        accounting.expectFromRaw(inbox.files.keySet());
        try (accounting; AppProcess app = AppProcess.of(kafka, appId, settings).start();
             ConnectWorkerProcess worker = ConnectWorkerProcess.inbox(kafka, base.resolve("connect"), inbox.dir).start()) {
            // early, and at once: on a quiet machine the app gets through the whole inbox in seconds, and another
            // read of the outcomes before the restart would let it finish
            long before = Scenarios.awaitProgress(accounting::accountedSoFar, files / 50, Duration.ofMinutes(3),
                    () -> app.isAlive() && worker.isAlive(), app.describe() + "\n" + worker.describe());
            kafka.restartBroker();
            System.out.println("broker restarted with " + before + " of " + files + " filings accounted for");
            assertThat(before).as("the restart must come in the middle of the stream").isLessThan(files);

            Scenarios.awaitProgress(() -> inbox.acknowledged().size(), files, Duration.ofMinutes(4),
                    () -> app.isAlive() && worker.isAlive(), worker.describe());
            Map<String, Integer> raw = accounting.expectFromRaw(inbox.files.keySet());
            int repeats = raw.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(4), () -> app.isAlive() && worker.isAlive(),
                    "a process died: " + app.describe() + "\n" + worker.describe());
            Scenarios.recordAndCheck(o, PDF_FILES + " real PDFs; " + repeats + " raw repeat(s) by the connector");
            assertThat(app.isAlive()).isTrue();
            assertThat(worker.isAlive()).isTrue();
        }
    }
}

package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 5: the standalone Connect worker running the inbox connector is killed with SIGKILL while it works through
 * an inbox, and started again on the same offsets file. A file the connector had acknowledged (moved to the
 * finished directory after Kafka acknowledged its record) must not be emitted again, and no file may be missed.
 * Files in flight at the kill (sent, not yet acknowledged) may be sent again: Connect's source guarantee in a
 * standalone worker is at-least-once; the content-hash key makes such a repeat an overwrite of the same filing,
 * and the summary's note counts them.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class ConnectWorkerKilledIT {

    // enough that the worker is still busy when a quarter is acknowledged, on a quiet machine too (it moves
    // 400-560 files/s there)
    static final int FILES = 2000;

    @Test
    void acknowledgedFilesAreNotReEmittedAndNoneIsMissedAfterAKillMinus9(KafkaHarness kafka) throws Exception {
        String name = Scenarios.unique("reliab-connect");
        Path base = Path.of("target", "reliability", name).toAbsolutePath();
        Inbox inbox = new Inbox(base.resolve("inbox")).fill(name, FILES);
        Accounting accounting = Accounting.begin(kafka, "5 connect worker kill -9", Scenarios.config(kafka, Map.of()));

        try (accounting; ConnectWorkerProcess worker = ConnectWorkerProcess.inbox(kafka, base.resolve("connect"), inbox.dir).start()) {
            Scenarios.awaitProgress(() -> inbox.acknowledged().size(), FILES / 4, Duration.ofMinutes(3), worker::isAlive, worker);
            worker.kill9();
            Set<String> ackedAtKill = inbox.acknowledged();
            assertThat(ackedAtKill.size()).as("the kill must come in the middle of the inbox").isLessThan(FILES);
            System.out.println("killed -9 with " + ackedAtKill.size() + " of " + FILES + " files acknowledged");

            worker.start();
            Scenarios.awaitProgress(() -> inbox.acknowledged().size(), FILES, Duration.ofMinutes(3), worker::isAlive, worker);

            Map<String, Integer> raw = accounting.expectFromRaw(inbox.files.keySet());
            Map<String, Integer> reEmittedAcked = new TreeMap<>();
            Set<String> missing = new HashSet<>();
            int inFlightRepeats = 0;
            for (var e : inbox.files.entrySet()) {
                int n = raw.getOrDefault(e.getKey(), 0);
                if (n == 0) {
                    missing.add(e.getValue());
                } else if (n > 1 && ackedAtKill.contains(e.getValue())) {
                    reEmittedAcked.put(e.getValue(), n);
                } else if (n > 1) {
                    inFlightRepeats += n - 1;
                }
            }
            SummaryRow row = new SummaryRow("5 connect worker kill -9", FILES, -1, -1, -1, reEmittedAcked.size(), missing.size(),
                    "outcome = raw record; " + ackedAtKill.size() + " acknowledged before the kill; " + inFlightRepeats
                            + " in-flight file(s) sent again");
            ReliabilitySummary.record(row);
            System.out.println(SummaryRow.HEADER + "\n" + row);
            assertThat(missing).as("files never emitted").isEmpty();
            assertThat(reEmittedAcked).as("acknowledged files emitted again after the restart").isEmpty();
        }
    }
}

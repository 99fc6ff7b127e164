package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1: the app, a child process, is killed with SIGKILL in the middle of 2,000 filings and started again
 * on the same state directory. Exactly-once means the restarted instance fences the dead one's open transaction
 * (same transactional id, kept in the state directory), resumes from the last committed offsets, and every filing
 * ends with exactly one outcome.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class AppKilledIT {

    static final int FILINGS = 2_000;

    @Test
    void everyFilingIsAccountedForOnceAfterAKillMinus9AndARestart(KafkaHarness kafka) throws Exception {
        String appId = Scenarios.unique("reliab-kill");
        Map<String, String> settings = AppProcess.forKilling(appId);
        Accounting accounting = Accounting.begin(kafka, "1 app kill -9 + restart", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        try (accounting; AppProcess app = AppProcess.of(kafka, appId, settings).start(); RawFilings raw = new RawFilings(kafka, accounting)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < FILINGS; i++) {
                sends.add(raw.sendText(appId + "-" + i, i));
            }
            RawFilings.await(sends);

            long atKill = Scenarios.awaitProgress(accounting::accountedSoFar, FILINGS / 10, Duration.ofMinutes(5),
                    app::isAlive, app);
            app.kill9();
            assertThat(atKill).as("the kill must come in the middle of the stream").isLessThan(FILINGS);
            System.out.println("killed -9 with " + atKill + " of " + FILINGS + " filings accounted for");

            app.start();
            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(4), app::isAlive, "the restarted app died");
            Scenarios.recordAndCheck(o);
            assertThat(o.filingsIn()).isEqualTo(FILINGS);
        }
    }
}

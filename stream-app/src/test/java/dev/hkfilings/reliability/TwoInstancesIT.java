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
 * Scenario 2: two instances of the app share the work (same application id, own state directories); one is killed
 * with SIGKILL mid-stream and never comes back. The survivor takes over its partitions once the dead member's
 * session times out, the dead instance's open transaction is aborted by the broker at its transaction timeout, and
 * every filing ends with exactly one outcome.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class TwoInstancesIT {

    static final int FILINGS = 1_000;
    private static final String RUNNING = "State transition from REBALANCING to RUNNING";

    @Test
    void theSurvivorTakesOverTheDeadInstancesPartitions(KafkaHarness kafka) throws Exception {
        String appId = Scenarios.unique("reliab-two");
        Map<String, String> settings = AppProcess.forKilling(appId);
        Accounting accounting = Accounting.begin(kafka, "2 two instances, one killed", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        try (accounting; AppProcess a = AppProcess.of(kafka, appId + "-a", settings).start();
             AppProcess b = AppProcess.of(kafka, appId + "-b", settings).start();
             RawFilings raw = new RawFilings(kafka, accounting)) {
            // both members must have joined before the kill, or there is nothing to take over: with 3 partitions per
            // input topic and two sub-topologies, the assignor gives each member three of the six tasks
            Scenarios.awaitProgress(() -> (a.log().contains(RUNNING) ? 1 : 0) + (b.log().contains(RUNNING) ? 1 : 0), 2,
                    Duration.ofMinutes(3), () -> a.isAlive() && b.isAlive(), a.describe() + "\n" + b.describe());
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < FILINGS; i++) {
                sends.add(raw.sendText(appId + "-" + i, i));
            }
            RawFilings.await(sends);
            long atKill = Scenarios.awaitProgress(accounting::accountedSoFar, FILINGS / 10, Duration.ofMinutes(5),
                    () -> a.isAlive() && b.isAlive(), a.describe());
            a.kill9();
            assertThat(atKill).as("the kill must come in the middle of the stream").isLessThan(FILINGS);
            System.out.println("instance a killed -9 with " + atKill + " of " + FILINGS + " filings accounted for");

            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(4), b::isAlive, "the survivor died: " + b.describe());
            Scenarios.recordAndCheck(o);
            assertThat(a.isAlive()).isFalse();
        }
    }
}

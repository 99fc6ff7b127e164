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
 * Scenario 4: the schema registry is stopped for 30 s while filings arrive. A warm app never needs the registry
 * (ids and schemas are cached), so the test starts the app cold during the outage: its first record needs the
 * writer schema, and its first outputs need their ids. Processing must pause (no outcome while the registry is
 * away), resume by itself when the registry is back, dead-letter nothing because of the outage, and never replace
 * its stream thread in a loop.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class RegistryOutageIT {

    static final int FILINGS = 300;
    static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void processingPausesDuringARegistryOutageAndResumesWithoutDeadLetters(KafkaHarness kafka) throws Exception {
        String appId = Scenarios.unique("reliab-registry");
        Map<String, String> settings = Map.of("application.id", appId);
        Accounting accounting = Accounting.begin(kafka, "4 registry outage 30 s", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        try (accounting; RawFilings raw = new RawFilings(kafka, accounting); AppProcess app = AppProcess.of(kafka, appId, settings)) {
            // the app refuses to start without a registry (a wrong URL must fail fast), so it starts first, sees no
            // filing, and is still cold when the registry goes away; the producer's schema id is cached beforehand
            app.start();
            Scenarios.awaitProgress(() -> app.log().contains("State transition from REBALANCING to RUNNING") ? 1 : 0, 1,
                    Duration.ofMinutes(3), app::isAlive, app);
            raw.warmUp();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            kafka.stopRegistry();
            long outageStart = System.nanoTime();
            try {
                for (int i = 0; i < FILINGS; i++) {
                    sends.add(raw.sendText(appId + "-" + i, i));
                }
                RawFilings.await(sends);
                while (System.nanoTime() - outageStart < OUTAGE.toNanos()) {
                    assertThat(app.isAlive()).as(app.describe()).isTrue();
                    Thread.sleep(1000);
                }
                assertThat(accounting.accountedSoFar()).as("nothing can be written while the registry is away").isZero();
            } finally {
                kafka.startRegistry();
            }
            System.out.println("registry back after " + (System.nanoTime() - outageStart) / 1_000_000 + " ms");

            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(3), app::isAlive, "the app died: " + app.describe());
            Scenarios.recordAndCheck(o);
            assertThat(o.deadLetters()).as("no good filing is dead-lettered because of the outage").isZero();
            String log = app.log();
            assertThat(log).contains("schema registry unreachable").contains("processing resumes");
            assertThat(log).as("no crash loop: the stream thread waits instead of dying").doesNotContain("stream thread failed");
        }
    }
}

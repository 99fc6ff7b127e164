package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.topology.StreamAppConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/** Helpers the scenarios share. */
final class Scenarios {

    private Scenarios() {
    }

    /** A name no earlier run used: application ids, filing-id prefixes. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The app's configuration as the child process will parse it from the same settings. */
    static StreamAppConfig config(KafkaHarness kafka, Map<String, String> settings) {
        Map<String, Object> m = new HashMap<>(settings);
        m.put(StreamAppConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        m.put(StreamAppConfig.SCHEMA_REGISTRY_URL, kafka.schemaRegistryUrl());
        return new StreamAppConfig(m);
    }

    /** Waits until {@code progress} reaches {@code atLeast}, failing at once if {@code alive} turns false. */
    static long awaitProgress(LongSupplier progress, long atLeast, Duration timeout, BooleanSupplier alive, Object diagnosis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long p = progress.getAsLong();
        while (p < atLeast) {
            if (!alive.getAsBoolean()) {
                throw new AssertionError("died while waiting for progress " + atLeast + " (at " + p + "): " + diagnosis);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("progress " + p + " < " + atLeast + " after " + timeout + ": " + diagnosis);
            }
            // short: on a quiet machine a whole scenario's input can pass in a few seconds, and the fault must land
            // in the middle of it
            Thread.sleep(100);
            p = progress.getAsLong();
        }
        return p;
    }

    /** Records the row and checks the two columns that must be zero. */
    static void recordAndCheck(Outcomes o) {
        recordAndCheck(o, "");
    }

    /** Records the row, with a note, and checks the two columns that must be zero. */
    static void recordAndCheck(Outcomes o, String note) {
        ReliabilitySummary.record(o.row().withNote(note));
        System.out.println(SummaryRow.HEADER + "\n" + o.row().withNote(note));
        assertThat(o.missing()).as("%s: filings without an outcome", o.scenario()).isEmpty();
        assertThat(o.duplicated()).as("%s: filings with more outcomes than inputs", o.scenario()).isEmpty();
        assertThat(o.duplicates()).isZero();
    }
}

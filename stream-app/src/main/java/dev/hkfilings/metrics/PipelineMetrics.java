package dev.hkfilings.metrics;

import dev.hkfilings.avro.AnnouncementType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline's own counters, next to the Kafka Streams metrics on {@code /metrics}: filings in, events out per
 * type, dead letters per stage and the time spent in Tika. One instance per app, so two apps in one JVM
 * (tests, the two-instance run) each report their own.
 */
public final class PipelineMetrics {

    private final MeterRegistry registry;
    private final Counter filingsIn;
    private final Map<AnnouncementType, Counter> eventsOut = new EnumMap<>(AnnouncementType.class);
    private final Timer extraction;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.filingsIn = Counter.builder("hkfilings.filings.in").description("Raw filings taken off hkex.filings.raw")
                .register(registry);
        for (AnnouncementType t : AnnouncementType.values()) {
            eventsOut.put(t, Counter.builder("hkfilings.events.out").description("Typed events routed, one per issuer")
                    .tag("type", t.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        this.extraction = Timer.builder("hkfilings.tika.extraction").description("Time spent extracting text with Tika")
                .register(registry);
    }

    /** Counts into a registry nobody reads: for tests and tools that run the pipeline without the HTTP API. */
    public static PipelineMetrics unread() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    public void filingIn() {
        filingsIn.increment();
    }

    public void eventsOut(AnnouncementType type, int n) {
        eventsOut.get(type).increment(n);
    }

    public void extraction(Duration d) {
        extraction.record(d);
    }

    public void deadLetter(String stage) {
        Counter.builder("hkfilings.dead.letters").description("Records sent to hkex.filings.dlq")
                .tag("stage", stage.toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    public MeterRegistry registry() {
        return registry;
    }
}

package dev.hkfilings.serde.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.serde.SampleEvents;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Serialize and deserialize a typical AnnouncementEvent (a pledge with 2 transactions and 5 positions) with warm
 * caches, on one thread, against the registry that {@link SerdeBenchmarkMain} passes in. Fails if the serdes asked
 * the registry anything per record: one registration and one schema fetch are all they may ever send.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 2) // on a loaded machine C2 finishes compiling late: three were not enough
@Measurement(iterations = SerdeBenchmark.MEASUREMENT_ITERATIONS, time = 2)
public class SerdeBenchmark {

    static final String REGISTRY_URL_PROPERTY = "bench.registry.url";
    static final String CPU_REPORT_PROPERTY = "bench.cpu.report";
    static final int MEASUREMENT_ITERATIONS = 5;
    private static final String TOPIC = "bench.events.pledge";

    private String benchmarkName;
    private SpecificAvroSerializer<AnnouncementEvent> serializer;
    private SpecificAvroDeserializer<AnnouncementEvent> deserializer;
    private AnnouncementEvent event;
    private byte[] serialized;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        benchmarkName = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        String url = System.getProperty(REGISTRY_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("-D" + REGISTRY_URL_PROPERTY + " is not set: run SerdeBenchmarkMain");
        }
        Map<String, Object> config = Map.of("schema.registry.url", url);
        serializer = new SpecificAvroSerializer<>();
        serializer.configure(config, false);
        deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(config, false);
        event = SampleEvents.pledgeEvent();
        serialized = serializer.serialize(TOPIC, event);
        if (!event.equals(deserializer.deserialize(TOPIC, serialized))) {
            throw new IllegalStateException("the event does not survive a round trip");
        }
    }

    @Benchmark
    public AnnouncementEvent roundTrip() {
        operations++;
        return deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, event));
    }

    @Benchmark
    public byte[] serialize() {
        operations++;
        return serializer.serialize(TOPIC, event);
    }

    @Benchmark
    public AnnouncementEvent deserialize() {
        operations++;
        return deserializer.deserialize(TOPIC, serialized);
    }

    /**
     * The baseline in the same run: a bare SpecificDatumWriter and SpecificDatumReader with the generated class's own
     * model, as Avro configures it (custom coders off: it walks the schema and converts logical types per field), with
     * no registry and no wire-format header. What the serdes did before they switched the custom coders on.
     */
    @Benchmark
    public AnnouncementEvent avroDefaultRoundTrip() throws IOException {
        operations++;
        plainBytes.reset();
        plainEncoder = EncoderFactory.get().binaryEncoder(plainBytes, plainEncoder);
        plainWriter.write(event, plainEncoder);
        plainEncoder.flush();
        plainDecoder = DecoderFactory.get().binaryDecoder(plainBytes.toByteArray(), plainDecoder);
        return plainReader.read(null, plainDecoder);
    }

    private final SpecificDatumWriter<AnnouncementEvent> plainWriter = new SpecificDatumWriter<>(AnnouncementEvent.class);
    private final SpecificDatumReader<AnnouncementEvent> plainReader = new SpecificDatumReader<>(AnnouncementEvent.class);
    private final ByteArrayOutputStream plainBytes = new ByteArrayOutputStream(4096);
    private BinaryEncoder plainEncoder;
    private BinaryDecoder plainDecoder;

    // On a machine shared with other work the benchmark thread gets only part of a core, so JMH's wall-clock score
    // understates what one core does; the thread's own CPU time gives the per-core rate as well.
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> opsPerCpuSecond = new ArrayList<>();
    private final List<Double> coreShare = new ArrayList<>();
    private long operations;
    private long cpuStart;
    private long wallStart;

    @Setup(Level.Iteration)
    public void startClock() {
        operations = 0;
        cpuStart = threads.getCurrentThreadCpuTime();
        wallStart = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void stopClock() {
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        opsPerCpuSecond.add(operations / (cpu / 1e9));
        coreShare.add((double) cpu / wall);
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        // the last iterations are the measured ones; the first are warm-up
        List<Double> measured = opsPerCpuSecond.subList(opsPerCpuSecond.size() - MEASUREMENT_ITERATIONS, opsPerCpuSecond.size());
        List<Double> sorted = measured.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double share = coreShare.subList(coreShare.size() - MEASUREMENT_ITERATIONS, coreShare.size()).stream()
                .mapToDouble(Double::doubleValue).average().orElse(0);
        String line = String.format(Locale.ROOT, "%s: %.0f ops per CPU-second of the benchmark thread (median of %d "
                + "iterations; the thread had %.0f%% of a core)%n", benchmarkName, median, measured.size(), share * 100);
        System.out.print(line);
        String report = System.getProperty(CPU_REPORT_PROPERTY);
        if (report != null) {
            Files.writeString(Path.of(report), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        checkRegistryRequests();
    }

    private void checkRegistryRequests() {
        long serializerRequests = serializer.registryClient().requestCount();
        long deserializerRequests = deserializer.registryClient().requestCount();
        System.out.println("registry requests during the trial: serializer " + serializerRequests + ", deserializer "
                + deserializerRequests + " (" + serialized.length + "-byte event)");
        if (serializerRequests != 1 || deserializerRequests != 1) {
            throw new IllegalStateException("expected exactly one registry request per serde (warm-up), got serializer "
                    + serializerRequests + ", deserializer " + deserializerRequests);
        }
    }
}

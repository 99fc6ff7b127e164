package dev.hkfilings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM and of its child processes, grouped by what they are (broker, registry, extraction workers),
 * so that a benchmark can say where a phase's CPU went: on a two-core machine the throughput of a pipeline of
 * several JVMs is bounded by their CPU per document, which wall-clock figures alone hide. Read from the operating
 * system ({@link ProcessHandle.Info#totalCpuDuration()}); a child that exited between two snapshots drops out.
 */
public final class CpuByProcess {

    private final Map<Long, Sample> samples;

    private CpuByProcess(Map<Long, Sample> samples) {
        this.samples = samples;
    }

    private record Sample(String role, long cpuNanos) {
    }

    /** The CPU used so far by this JVM and every descendant, by process. */
    public static CpuByProcess snapshot() {
        Map<Long, Sample> m = new TreeMap<>();
        add(m, ProcessHandle.current(), "this JVM (app, clients)");
        ProcessHandle.current().descendants().forEach(p -> add(m, p, role(commandLine(p))));
        return new CpuByProcess(m);
    }

    private static void add(Map<Long, Sample> m, ProcessHandle p, String role) {
        p.info().totalCpuDuration().ifPresent(cpu -> m.put(p.pid(), new Sample(role, cpu.toNanos())));
    }

    /** The JDK's view of a command line can be cut short (long class paths): /proc has all of it, where there is one. */
    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return p.info().commandLine().orElse("");
        }
    }

    private static String role(String commandLine) {
        if (commandLine.contains("WorkerMain")) {
            return "extraction workers";
        }
        if (commandLine.contains("KafkaBrokerMain") || commandLine.contains("broker.log.args")) {
            return "broker";
        }
        if (commandLine.contains("apicurio") || commandLine.contains("registry.log.args")) {
            return "registry";
        }
        return "other";
    }

    /** CPU per role between {@code before} and this snapshot, in ms per document. */
    public Map<String, Double> msPerDocSince(CpuByProcess before, int docs) {
        Map<String, Long> nanos = new TreeMap<>();
        samples.forEach((pid, s) -> {
            Sample b = before.samples.get(pid);
            nanos.merge(s.role(), s.cpuNanos() - (b == null ? 0 : b.cpuNanos()), Long::sum);
        });
        return nanos.entrySet().stream().filter(e -> e.getValue() > 0).collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() / 1e6 / docs, (a, b) -> a, TreeMap::new));
    }

    /** One line: {@code role 1.23 ms, ...; total 4.56 ms} CPU per document. */
    public static String format(Map<String, Double> msPerDoc) {
        double total = msPerDoc.values().stream().mapToDouble(Double::doubleValue).sum();
        return msPerDoc.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; total %.2f ms CPU per doc", total);
    }
}

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

    /** A process's CPU so far, and the part of it its JIT compiler and garbage-collector threads used. */
    private record Sample(String role, long cpuNanos, long jitNanos, long gcNanos) {
    }

    /** Per role, CPU per document in ms: in all, and of that by the JIT compilers and by the GC. */
    public record Share(double total, double jit, double gc) {
    }

    /** The CPU used so far by this JVM and every descendant, by process. */
    public static CpuByProcess snapshot() {
        Map<Long, Sample> m = new TreeMap<>();
        add(m, ProcessHandle.current(), "this JVM (app, clients)");
        ProcessHandle.current().descendants().forEach(p -> add(m, p, role(commandLine(p))));
        return new CpuByProcess(m);
    }

    private static void add(Map<Long, Sample> m, ProcessHandle p, String role) {
        p.info().totalCpuDuration().ifPresent(cpu -> {
            long[] jitAndGc = jitAndGcNanos(p.pid());
            m.put(p.pid(), new Sample(role, cpu.toNanos(), jitAndGc[0], jitAndGc[1]));
        });
    }

    /**
     * CPU of the threads HotSpot names for its JIT compilers and its collectors ({@code /proc/<pid>/task/<tid>/comm};
     * SerialGC collects on the VM thread, which is counted as GC), zero where /proc is not there: a JVM still compiling
     * during a measured phase was not warm, and the GC share tells heap settings apart.
     */
    private static long[] jitAndGcNanos(long pid) {
        long[] out = new long[2];
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (var threads = Files.list(tasks)) {
            threads.forEach(t -> {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread") ? 1 : -1;
                    if (kind >= 0) {
                        String stat = Files.readString(t.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime, fields 14 and 15 of stat, in clock ticks (USER_HZ, 100 on Linux)
                        out[kind] += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException | RuntimeException e) {
            // no /proc: the totals alone
        }
        return out;
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
    public Map<String, Share> msPerDocSince(CpuByProcess before, int docs) {
        Map<String, long[]> nanos = new TreeMap<>();
        samples.forEach((pid, s) -> {
            Sample b = before.samples.getOrDefault(pid, new Sample(s.role(), 0, 0, 0));
            long[] sum = nanos.computeIfAbsent(s.role(), r -> new long[3]);
            sum[0] += s.cpuNanos() - b.cpuNanos();
            sum[1] += s.jitNanos() - b.jitNanos();
            sum[2] += s.gcNanos() - b.gcNanos();
        });
        return nanos.entrySet().stream().filter(e -> e.getValue()[0] > 0).collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Share(e.getValue()[0] / 1e6 / docs, e.getValue()[1] / 1e6 / docs, e.getValue()[2] / 1e6 / docs),
                (a, b) -> a, TreeMap::new));
    }

    /** One line: {@code role 1.23 (jit 0.10, gc 0.05), ...; total 4.56 ms} CPU per document. */
    public static String format(Map<String, Share> msPerDoc) {
        double total = msPerDoc.values().stream().mapToDouble(Share::total).sum();
        return msPerDoc.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f (jit %.2f, gc %.2f)", e.getKey(),
                        e.getValue().total(), e.getValue().jit(), e.getValue().gc()))
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; total %.2f ms CPU per doc", total);
    }
}

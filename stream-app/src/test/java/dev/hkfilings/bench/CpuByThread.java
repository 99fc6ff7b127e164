package dev.hkfilings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's Java threads, grouped by a name-to-group function: splits "this JVM" of
 * {@link CpuByProcess} into the stream threads, their producers, the live feed and the benchmark's own clients
 * (JIT and GC threads are not Java threads; {@link CpuByProcess} has them). A thread that ended between two
 * snapshots drops out.
 */
public final class CpuByThread {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> groups;
    private final Map<Long, Long> cpuNanos;

    private CpuByThread(Map<Long, String> groups, Map<Long, Long> cpuNanos) {
        this.groups = groups;
        this.cpuNanos = cpuNanos;
    }

    public static CpuByThread snapshot(Function<String, String> groupOf) {
        Map<Long, String> groups = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(t.getThreadId());
            if (nanos >= 0) {
                groups.put(t.getThreadId(), groupOf.apply(t.getThreadName()));
                cpu.put(t.getThreadId(), nanos);
            }
        }
        return new CpuByThread(groups, cpu);
    }

    /** CPU per group since {@code before}, in ms per document, as one line. */
    public String msPerDocSince(CpuByThread before, int docs) {
        Map<String, Long> nanos = new TreeMap<>();
        cpuNanos.forEach((id, n) -> nanos.merge(groups.get(id), n - before.cpuNanos.getOrDefault(id, 0L), Long::sum));
        return nanos.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / 1e6 / docs))
                .collect(Collectors.joining(", "));
    }
}

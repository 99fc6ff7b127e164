package dev.hkfilings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole machine's CPU time from {@code /proc/stat}: where {@link CpuByProcess} says what the benchmark's processes
 * used, this says what was left idle, and what the kernel's soft interrupts (loopback networking) and the
 * hypervisor (steal) took, none of which a process is charged for. Zero where there is no {@code /proc}.
 */
public final class MachineCpu {

    private final long[] ticks;
    private final long nanos;

    private MachineCpu(long[] ticks, long nanos) {
        this.ticks = ticks;
        this.nanos = nanos;
    }

    public static MachineCpu snapshot() {
        long[] t = new long[8];
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            for (int i = 0; i < t.length && i + 1 < f.length; i++) {
                t[i] = Long.parseLong(f[i + 1]);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: all zero
        }
        return new MachineCpu(t, System.nanoTime());
    }

    /** Cores' worth of each kind of time since {@code before}: {@code busy 1.84 (softirq 0.03), idle 0.14, steal 0.02 of 2}. */
    public String coresSince(MachineCpu before) {
        double secs = (nanos - before.nanos) / 1e9;
        if (secs <= 0) {
            return "n/a";
        }
        double[] d = new double[ticks.length];
        for (int i = 0; i < d.length; i++) {
            // USER_HZ is 100 on Linux
            d[i] = (ticks[i] - before.ticks[i]) / 100.0 / secs;
        }
        double busy = d[0] + d[1] + d[2] + d[5] + d[6];
        return String.format(Locale.ROOT, "busy %.2f (system %.2f, softirq %.2f), idle %.2f, iowait %.2f, steal %.2f of %d cores",
                busy, d[2], d[6], d[3], d[4], d[7], Runtime.getRuntime().availableProcessors());
    }
}

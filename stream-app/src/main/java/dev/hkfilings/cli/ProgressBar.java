package dev.hkfilings.cli;

import dev.hkfilings.replay.ReplayProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A text progress bar with rate and ETA, e.g.
 * {@code replay [==========>         ] 4,512/10,000  45%  812.3 filings/s  ETA 0:07}.
 * On a terminal it redraws one line with a carriage return; into a file or pipe (a container log) it prints a
 * new line at most every interval, so the log stays readable. The last state is always printed.
 */
final class ProgressBar implements ReplayProgress {

    static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final String unit;
    private final boolean interactive;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final long startNanos;
    private long lastPrintNanos = Long.MIN_VALUE;
    private long lastDone = -1;
    private int lastLength;

    ProgressBar(PrintWriter out, String label, String unit, boolean interactive, LongSupplier nanoClock, Duration interval) {
        this.out = out;
        this.label = label;
        this.unit = unit;
        this.interactive = interactive;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
        this.startNanos = nanoClock.getAsLong();
    }

    /** On stderr: redrawn in place on a terminal, a line every 2 s otherwise. */
    static ProgressBar onStderr(PrintWriter err, String label, String unit) {
        boolean terminal = System.console() != null;
        return new ProgressBar(err, label, unit, terminal, System::nanoTime, Duration.ofMillis(terminal ? 200 : 2000));
    }

    @Override
    public void advanced(long done, long total) {
        long now = nanoClock.getAsLong();
        boolean last = done >= total;
        if (done == lastDone || (!last && lastPrintNanos != Long.MIN_VALUE && now - lastPrintNanos < intervalNanos)) {
            return;
        }
        String line = line(label, unit, done, total, now - startNanos);
        if (interactive) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
        lastLength = line.length();
        lastPrintNanos = now;
        lastDone = done;
    }

    static String line(String label, String unit, long done, long total, long elapsedNanos) {
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = filled >= BAR_WIDTH ? "=".repeat(BAR_WIDTH)
                : "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "") + " ".repeat(BAR_WIDTH - filled);
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        String eta = done >= total ? "0:00" : rate > 0 ? clock(Math.round((total - done) / rate)) : "--:--";
        return String.format(Locale.ROOT, "%s [%s] %,d/%,d %3d%%  %.1f %s/s  ETA %s",
                label, bar, done, total, Math.round(fraction * 100), rate, unit, eta);
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}

package dev.hkfilings.bench;

import java.util.Arrays;

/**
 * Throughput over the middle of a run, from the time each document was finished: the first documents wait for the
 * first fetch and the last for the last commit (up to {@code commit.interval.ms} under exactly-once) and for the
 * slower of the partitions, which is latency, not the rate the pipeline sustains. Used on both sides of a
 * comparison, with the same window.
 */
public final class SteadyRate {

    /** The share of documents left out at each end. */
    public static final double TRIM = 0.05;

    private SteadyRate() {
    }

    /** Documents per second between the {@link #TRIM} and {@code 1 - TRIM} quantiles of the finishing times (ms). */
    public static double perSecond(long[] finishedMillis) {
        long[] t = finishedMillis.clone();
        Arrays.sort(t);
        int lo = (int) Math.floor(TRIM * (t.length - 1));
        int hi = (int) Math.ceil((1 - TRIM) * (t.length - 1));
        if (hi <= lo || t[hi] <= t[lo]) {
            return Double.NaN;
        }
        return (hi - lo) * 1000.0 / (t[hi] - t[lo]);
    }
}

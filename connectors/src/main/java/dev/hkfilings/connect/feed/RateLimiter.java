package dev.hkfilings.connect.feed;

import java.io.InterruptedIOException;

/** Spaces request starts at least {@code 1 / ratePerSecond} apart. */
final class RateLimiter {

    private final long intervalNanos;
    private final Pause pause;
    private long nextAllowed = System.nanoTime();

    RateLimiter(double ratePerSecond, Pause pause) {
        this.intervalNanos = (long) (1_000_000_000L / ratePerSecond);
        this.pause = pause;
    }

    synchronized void acquire() throws InterruptedIOException {
        long now = System.nanoTime();
        long wait = nextAllowed - now;
        if (wait > 0) {
            pause.sleep((wait + 999_999) / 1_000_000);
        }
        nextAllowed = Math.max(System.nanoTime(), nextAllowed) + intervalNanos;
    }
}

package dev.hkfilings.connect.feed;

import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits that end early when the task stops, so a stopping worker is never held by a backoff. */
final class Pause {

    private final CountDownLatch stopped = new CountDownLatch(1);

    void sleep(long millis) throws InterruptedIOException {
        if (millis <= 0) {
            if (isStopped()) {
                throw new InterruptedIOException("stopped");
            }
            return;
        }
        try {
            if (stopped.await(millis, TimeUnit.MILLISECONDS)) {
                throw new InterruptedIOException("stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    void stop() {
        stopped.countDown();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }
}

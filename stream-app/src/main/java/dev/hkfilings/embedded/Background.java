package dev.hkfilings.embedded;

import java.util.concurrent.Callable;

/**
 * One start-up step on its own thread, joined later: the embedded pipeline's parts spend their start-up mostly
 * loading classes, and two of them loading side by side finish sooner on a multi-core machine than one after the other.
 * A failure is rethrown by {@link #join()} on the caller's thread, so a start-up error surfaces where it would have
 * without the thread.
 */
final class Background<T> {

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    private Background(String name, Callable<T> step) {
        this.thread = new Thread(() -> {
            try {
                result = step.call();
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
    }

    static <T> Background<T> start(String name, Callable<T> step) {
        Background<T> b = new Background<>(name, step);
        b.thread.start();
        return b;
    }

    /**
     * Waits for the step after {@code elsewhere} failed, so that the step is not left running unseen:
     * returns its result (for the caller to close), or null with the step's own failure added to {@code elsewhere}.
     */
    T joinAfter(Throwable elsewhere) {
        try {
            return join();
        } catch (Exception | Error e) {
            elsewhere.addSuppressed(e);
            return null;
        }
    }

    /** Waits for the step and returns its result, or rethrows its failure. */
    T join() throws Exception {
        thread.join();
        Throwable t = failure;
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result;
    }
}

package dev.hkfilings.extract;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tika in a pool of long-lived worker JVMs. A thread stuck in a parser cannot be interrupted, but a process can be
 * killed: each request has a deadline, and a worker that misses it is killed and replaced in the background while
 * the caller gets TIMEOUT. A worker that dies gives PARSER_CRASHED; its heap is bounded, so an out-of-memory parse
 * costs a worker, never the app. Workers are reused and warm, and the framing is binary, so a request costs little
 * more than copying its bytes through a pipe.
 */
public final class IsolatedExtractor implements TextExtractor {

    private static final Logger log = LoggerFactory.getLogger(IsolatedExtractor.class);
    private static final long RESTART_BACKOFF_MS = 1_000;

    private final ExtractConfig config;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> busy = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final ExecutorService starter;
    private final AtomicInteger nextId = new AtomicInteger();
    private volatile String lastStartFailure;
    private volatile boolean closed;

    public IsolatedExtractor(ExtractConfig config) {
        this.config = config;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("extract-watchdog"));
        this.starter = Executors.newCachedThreadPool(daemon("extract-worker-starter"));
        for (int i = 0; i < config.workers(); i++) {
            startWorker();
        }
    }

    @Override
    public ExtractionResult extract(byte[] content, String fileName, String declaredContentType) {
        ExtractionResult refused = InputLimits.check(content, fileName, config.maxInputBytes());
        if (refused != null) {
            return refused;
        }
        long start = System.nanoTime();
        if (closed) {
            return ExtractionResult.failure(FailureCode.UNAVAILABLE, "the extractor is closed", null, "none", 0);
        }
        WorkerProcess worker;
        try {
            worker = acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractionResult.failure(FailureCode.UNAVAILABLE, "interrupted while waiting for an extraction worker",
                    null, "none", elapsedMs(start));
        }
        if (worker == null) {
            return ExtractionResult.failure(FailureCode.UNAVAILABLE, "no extraction worker became free within "
                    + acquireTimeoutMs() + " ms" + (lastStartFailure != null ? "; last start failure: " + lastStartFailure : ""),
                    null, "none", elapsedMs(start));
        }
        ExtractionResult result = null;
        for (int attempt = 1; result == null; attempt++) {
            try {
                result = worker.parse(content, fileName, declaredContentType, config.timeoutMs(), watchdog);
            } catch (WorkerProcess.WorkerGoneException e) {
                if (attempt >= 3) {
                    result = ExtractionResult.failure(FailureCode.UNAVAILABLE, e.getMessage(), null, "none", elapsedMs(start));
                }
            } finally {
                release(worker);
            }
            if (result == null) {
                try {
                    worker = acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    worker = null;
                }
                if (worker == null) {
                    return ExtractionResult.failure(FailureCode.UNAVAILABLE, "no extraction worker available after a worker was lost",
                            null, "none", elapsedMs(start));
                }
            }
        }
        if (!result.ok() && (FailureCode.TIMEOUT.name().equals(result.errorCode())
                || FailureCode.PARSER_CRASHED.name().equals(result.errorCode()))) {
            log.warn("extraction worker {} (pid {}) replaced: {}", worker.id(), worker.pid(), result.reason());
        }
        return result.withMillis(elapsedMs(start));
    }

    /** Blocks until every worker has started, or the start timeout passes; for benchmarks and tests. */
    public boolean awaitReady(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (idle.size() + busy.size() < config.workers()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Process ids of the workers now parsing (for operations: a stuck parse can be seen and killed from outside). */
    public List<Long> busyWorkerPids() {
        return busy.stream().map(WorkerProcess::pid).toList();
    }

    /** Process ids of all live workers. */
    public List<Long> workerPids() {
        return java.util.stream.Stream.concat(busy.stream(), idle.stream()).map(WorkerProcess::pid).toList();
    }

    private WorkerProcess acquire() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(acquireTimeoutMs());
        while (true) {
            WorkerProcess worker = idle.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (worker == null) {
                return null;
            }
            busy.add(worker);
            if (worker.reusable(Integer.MAX_VALUE)) {
                return worker;
            }
            release(worker); // died while idle: replace it and take the next
        }
    }

    /** A busy pool frees a worker within one parse deadline; a replacement needs its start time on top. */
    private long acquireTimeoutMs() {
        return config.timeoutMs() + config.workerStartTimeoutMs();
    }

    private void release(WorkerProcess worker) {
        busy.remove(worker);
        if (!closed && worker.reusable(config.workerMaxParses())) {
            idle.add(worker);
            return;
        }
        starter.execute(worker::quit);
        if (!closed) {
            startWorker();
        }
    }

    private void startWorker() {
        int id = nextId.incrementAndGet();
        starter.execute(() -> {
            while (!closed) {
                try {
                    WorkerProcess worker = WorkerProcess.start(id, config, watchdog);
                    if (closed) {
                        worker.quit();
                    } else {
                        idle.add(worker);
                    }
                    return;
                } catch (IOException | RuntimeException e) {
                    if (closed) {
                        return;
                    }
                    lastStartFailure = e.getMessage();
                    log.error("extraction worker {} failed to start; retrying in {} ms", id, RESTART_BACKOFF_MS, e);
                    try {
                        Thread.sleep(RESTART_BACKOFF_MS);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            worker.quit();
        }
        busy.forEach(WorkerProcess::kill);
        starter.shutdownNow();
        watchdog.shutdownNow();
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package dev.hkfilings.live;

import dev.hkfilings.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected SSE client. The feed only offers events to its bounded queue; the client's own thread writes
 * them, so a slow or stalled browser never holds up the feed or the other clients. A client that falls a whole
 * queue behind is disconnected (its EventSource reconnects and re-reads the state through the API) rather than
 * being allowed to grow memory without bound.
 */
public final class Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);

    private final long id;
    private final EventFilter filter;
    private final SseWriter writer;
    private final BlockingQueue<LiveEvent> queue;
    private final long keepAliveMillis;
    private final long retryMillis;
    private final Runnable onClose;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread thread;
    private volatile String closeReason = "open";
    /** The Last-Event-ID this client came back with when its missed events could not be found, else null. */
    private volatile String resyncFrom;

    Subscription(long id, EventFilter filter, OutputStream body, LiveSettings settings, Runnable onClose) {
        this.id = id;
        this.filter = filter;
        this.writer = new SseWriter(body);
        this.queue = new ArrayBlockingQueue<>(settings.queueSize());
        this.keepAliveMillis = settings.keepAliveMillis();
        this.retryMillis = settings.retryMillis();
        this.onClose = onClose;
        this.thread = new Thread(this::run, "sse-client-" + id);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Before {@link #start}: the stream opens by telling the client that the events after this id are lost to it. */
    void resyncFrom(String lastEventId) {
        this.resyncFrom = lastEventId;
    }

    public long id() {
        return id;
    }

    public EventFilter filter() {
        return filter;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** Why the subscription ended, for logs and tests ("open" while it runs). */
    public String closeReason() {
        return closeReason;
    }

    /** Queues the event if the client wants it; a full queue disconnects the client. Never blocks. */
    void offer(LiveEvent e) {
        if (!open.get() || !filter.test(e)) {
            return;
        }
        if (!queue.offer(e)) {
            close("client fell " + queue.size() + " events behind");
        }
    }

    private void run() {
        try {
            writer.retry(retryMillis);
            writer.comment("connected; filter company=" + orAny(filter.company()) + " type=" + orAny(filter.type()));
            if (resyncFrom != null) {
                Map<String, String> data = new LinkedHashMap<>();
                data.put("lastEventId", resyncFrom);
                data.put("reason", "the events after it are no longer held here; re-read the state through the API");
                writer.event("resync", null, Json.MAPPER.writeValueAsString(data));
            }
            while (open.get()) {
                LiveEvent e = queue.poll(keepAliveMillis, TimeUnit.MILLISECONDS);
                if (!open.get()) {
                    break;
                }
                if (e == null) {
                    writer.comment("keep-alive");
                } else {
                    writer.event("announcement", e.sseId(), e.json());
                }
            }
        } catch (IOException e) {
            close("client disconnected (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            close("interrupted");
        } finally {
            close("stopped");
            // only this thread writes to the connection, so only it closes it: no write races the final chunk
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is already gone; closing it was all that was left to do
            }
            LOG.debug("SSE client {} closed: {}", id, closeReason);
            onClose.run();
        }
    }

    /** Ends the stream; safe from any thread, any number of times. The client's thread does the closing. */
    void close(String reason) {
        if (open.compareAndSet(true, false)) {
            closeReason = reason;
            if (Thread.currentThread() != thread) {
                // wakes the queue poll, and aborts a write blocked on a stalled client (channel writes are interruptible)
                thread.interrupt();
            }
        }
    }

    private static String orAny(String s) {
        return s == null ? "*" : s;
    }
}

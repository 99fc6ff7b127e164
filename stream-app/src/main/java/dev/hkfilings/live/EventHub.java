package dev.hkfilings.live;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans committed events out to the connected SSE clients and remembers the latest few for a page that has
 * just loaded. {@link #publish} only queues, so the feed thread is never held up by a client.
 */
public final class EventHub implements AutoCloseable {

    private final LiveSettings settings;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    public EventHub(LiveSettings settings) {
        this.settings = settings;
    }

    /** Sends the event to every matching client and remembers it. */
    public void publish(LiveEvent e) {
        published.incrementAndGet();
        // under the lock that a resuming client's catch-up is read under: it sees each event once, from one or the other
        synchronized (recent) {
            remember(e);
            for (Subscription s : subscriptions) {
                s.offer(e);
            }
        }
    }

    /** Keeps the event for {@link #recent} only: for events that happened before this app started. */
    public void remember(LiveEvent e) {
        synchronized (recent) {
            if (settings.recentEvents() > 0) {
                if (recent.size() == settings.recentEvents()) {
                    recent.removeFirst();
                }
                recent.addLast(e);
            }
        }
    }

    /**
     * Starts streaming matching events onto a response body; the body is closed when the client goes or the
     * hub closes, and then {@code onClose} runs (e.g. to end the HTTP exchange).
     *
     * @throws TooManyClientsException when {@link LiveSettings#maxClients()} are connected already
     */
    public Subscription subscribe(EventFilter filter, OutputStream body, Runnable onClose) {
        return subscribe(filter, body, onClose, null);
    }

    /**
     * As {@link #subscribe(EventFilter, OutputStream, Runnable)}, for an EventSource that reconnects with the id of
     * the last event it got ({@code Last-Event-ID}): the matching events it missed come first, from the recent ones.
     * When that id is no longer among them (too long away, or the app restarted) the stream opens with a
     * {@code resync} event: the gap cannot be filled here, and the page should re-read the state through the API.
     */
    public Subscription subscribe(EventFilter filter, OutputStream body, Runnable onClose, String lastEventId) {
        if (subscriptions.size() >= settings.maxClients()) {
            throw new TooManyClientsException(settings.maxClients());
        }
        Subscription[] self = new Subscription[1];
        Subscription s = new Subscription(ids.incrementAndGet(), filter, body, settings, () -> {
            subscriptions.remove(self[0]);
            onClose.run();
        });
        self[0] = s;
        synchronized (recent) {
            if (lastEventId != null && !lastEventId.isBlank()) {
                List<LiveEvent> missed = after(lastEventId.strip());
                if (missed == null) {
                    s.resyncFrom(lastEventId.strip());
                } else {
                    missed.forEach(s::offer);
                }
            }
            subscriptions.add(s);
        }
        s.start();
        return s;
    }

    /** The remembered events after the one with this SSE id, oldest first; null when it is not remembered. */
    private List<LiveEvent> after(String sseId) {
        List<LiveEvent> out = new ArrayList<>();
        var it = recent.descendingIterator();
        while (it.hasNext()) {
            LiveEvent e = it.next();
            if (e.sseId().equals(sseId)) {
                return out;
            }
            out.add(0, e);
        }
        return null;
    }

    /** The latest events that match, oldest first, at most {@code limit}. */
    public List<LiveEvent> recent(EventFilter filter, int limit) {
        List<LiveEvent> out = new ArrayList<>();
        synchronized (recent) {
            var it = recent.descendingIterator();
            while (it.hasNext() && out.size() < limit) {
                LiveEvent e = it.next();
                if (filter.test(e)) {
                    out.add(0, e);
                }
            }
        }
        return out;
    }

    /** Whether one more client may connect now. */
    public boolean hasRoom() {
        return subscriptions.size() < settings.maxClients();
    }

    public int clients() {
        return subscriptions.size();
    }

    public long published() {
        return published.get();
    }

    @Override
    public void close() {
        for (Subscription s : subscriptions) {
            s.close("server stopping");
        }
    }

    /** Refusal of one more client; the HTTP layer answers 503. */
    public static final class TooManyClientsException extends RuntimeException {
        TooManyClientsException(int max) {
            super("the live stream already has its maximum of " + max + " clients; try again later");
        }
    }
}

package dev.hkfilings.live;

/**
 * Tuning of the live stream.
 *
 * @param queueSize events a client may fall behind before it is disconnected
 * @param keepAliveMillis idle time after which a keep-alive comment is sent
 * @param retryMillis reconnect delay the browser is told to use
 * @param maxClients connected clients at most (each has a writer thread)
 * @param recentEvents events kept for the market view's "latest events" on page load
 */
public record LiveSettings(int queueSize, long keepAliveMillis, long retryMillis, int maxClients, int recentEvents) {

    public static final LiveSettings DEFAULTS = new LiveSettings(1_000, 15_000, 3_000, 200, 100);

    public LiveSettings {
        if (queueSize < 1 || keepAliveMillis < 1 || retryMillis < 0 || maxClients < 1 || recentEvents < 0) {
            throw new IllegalArgumentException("live stream settings out of range: " + queueSize + ", " + keepAliveMillis
                    + ", " + retryMillis + ", " + maxClients + ", " + recentEvents);
        }
    }
}

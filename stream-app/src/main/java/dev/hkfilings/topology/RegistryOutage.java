package dev.hkfilings.topology;

import dev.hkfilings.registry.RegistryUnavailableException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits out a schema-registry outage where a (de)serializer meets it, instead of failing the record.
 *
 * <p>A warm app never asks the registry (ids and schemas are cached), but a new instance, a new schema version or a
 * new subject does. If the registry is down then, the record is not at fault: dead-lettering it would lose a good
 * filing, and failing the stream thread at once would replace it over and over (a crash loop) while the registry is
 * away. So the call is retried in place, the thread pausing, until the registry answers or {@code maxWait} has
 * passed; only then is a {@link RegistryOutageException} thrown, which the topology never dead-letters: the thread
 * is replaced and the record retried from the last committed offsets.
 */
public final class RegistryOutage {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryOutage.class);
    private static final long FIRST_PAUSE_MS = 500;
    private static final long MAX_PAUSE_MS = 5_000;

    private RegistryOutage() {
    }

    /** The registry stayed unreachable for longer than the configured wait. */
    public static final class RegistryOutageException extends RuntimeException {
        RegistryOutageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** True when the failure, or one of its causes, says the registry could not be reached. */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RegistryUnavailableException || t instanceof RegistryOutageException) {
                return true;
            }
        }
        return false;
    }

    static <T> Serializer<T> serializer(Serializer<T> delegate, Duration maxWait) {
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T data) {
                return retry(() -> delegate.serialize(topic, data), maxWait, "serialize for " + topic);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                return retry(() -> delegate.serialize(topic, headers, data), maxWait, "serialize for " + topic);
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    static <T> Deserializer<T> deserializer(Deserializer<T> delegate, Duration maxWait) {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                return retry(() -> delegate.deserialize(topic, data), maxWait, "deserialize from " + topic);
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return retry(() -> delegate.deserialize(topic, headers, data), maxWait, "deserialize from " + topic);
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    static <R> R retry(Supplier<R> call, Duration maxWait, String what) {
        long start = System.nanoTime();
        long pause = FIRST_PAUSE_MS;
        boolean warned = false;
        while (true) {
            try {
                R result = call.get();
                if (warned) {
                    LOG.warn("schema registry reachable again after {} ms; processing resumes", (System.nanoTime() - start) / 1_000_000);
                }
                return result;
            } catch (RuntimeException e) {
                if (!isOutage(e)) {
                    throw e;
                }
                long waited = (System.nanoTime() - start) / 1_000_000;
                if (waited >= maxWait.toMillis()) {
                    throw new RegistryOutageException("the schema registry was unreachable for " + waited + " ms (" + what
                            + "); giving up on this attempt, the record will be retried: " + e.getMessage(), e);
                }
                if (!warned) {
                    LOG.warn("schema registry unreachable ({}): processing paused, retrying for up to {} ms: {}", what,
                            maxWait.toMillis(), e.getMessage());
                    warned = true;
                }
                sleep(Math.min(pause, Math.max(1, maxWait.toMillis() - waited)));
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryOutageException("interrupted while waiting for the schema registry", e);
        }
    }
}

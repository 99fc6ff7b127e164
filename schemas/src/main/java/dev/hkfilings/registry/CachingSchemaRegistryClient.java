package dev.hkfilings.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

/**
 * Caches what never changes in a registry (a schema's id under a subject, the schema behind an id) so that no request
 * happens per record after warm-up, and the latest version of a subject for a configurable time. Compatibility
 * questions always go to the registry.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final Optional<Duration> latestTtl;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Latest> latestBySubject = new ConcurrentHashMap<>();

    private record Latest(RegisteredSchema schema, long fetchedAtNanos) {
    }

    /** @param latestTtl how long a subject's latest version is reused; empty for ever */
    public CachingSchemaRegistryClient(SchemaRegistryClient delegate, Optional<Duration> latestTtl) {
        this.delegate = delegate;
        this.latestTtl = latestTtl;
    }

    public CachingSchemaRegistryClient(SchemaRegistryClient delegate) {
        this(delegate, Optional.empty());
    }

    @Override
    public int register(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        int id = delegate.register(subject, schema);
        remember(subject, schema, id);
        return id;
    }

    @Override
    public int getId(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        int id = delegate.getId(subject, schema);
        remember(subject, schema, id);
        return id;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        Schema schema = delegate.getSchemaById(id);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    @Override
    public RegisteredSchema getLatestVersion(String subject) {
        Latest cached = latestBySubject.get(subject);
        long now = System.nanoTime();
        if (cached != null && latestTtl.map(ttl -> now - cached.fetchedAtNanos() < ttl.toNanos()).orElse(true)) {
            return cached.schema();
        }
        RegisteredSchema latest = delegate.getLatestVersion(subject);
        latestBySubject.put(subject, new Latest(latest, now));
        remember(subject, latest.schema(), latest.id());
        return latest;
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public String getCompatibility(String subject) {
        return delegate.getCompatibility(subject);
    }

    @Override
    public String setCompatibility(String subject, String level) {
        return delegate.setCompatibility(subject, level);
    }

    @Override
    public long requestCount() {
        return delegate.requestCount();
    }

    private Integer cachedId(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.get(subject);
        return ids == null ? null : ids.get(schema);
    }

    private void remember(String subject, Schema schema, int id) {
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
        schemasById.putIfAbsent(id, schema);
    }
}

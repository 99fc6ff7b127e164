package dev.hkfilings.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * A schema registry in memory that behaves like Confluent's: global ids shared across subjects, versions per subject,
 * compatibility levels (default BACKWARD) checked with Avro's own {@link SchemaCompatibility}, and Confluent's error
 * codes. For unit tests (TopologyTestDriver); reach one through {@code mock://<scope>} URLs.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    private static final Set<String> LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
            "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

    private final String name;
    private final Map<String, Integer> idsByText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final Map<String, String> levelBySubject = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private String globalLevel = "BACKWARD";

    /** @param name shows in error messages, e.g. {@code mock://tests} */
    public InMemorySchemaRegistry(String name) {
        this.name = name;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        requests.incrementAndGet();
        List<Integer> versions = versionsBySubject.getOrDefault(subject, List.of());
        Integer existing = idsByText.get(schema.toString());
        if (existing != null && versions.contains(existing)) {
            return existing;
        }
        List<String> problems = incompatibilities(subject, schema);
        if (!problems.isEmpty()) {
            throw error("POST", "/subjects/" + subject + "/versions", 409, RegistryResponseException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\": " + problems);
        }
        int id = idsByText.computeIfAbsent(schema.toString(), text -> {
            int next = schemasById.size() + 1;
            schemasById.put(next, schema);
            return next;
        });
        versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized int getId(String subject, Schema schema) {
        requests.incrementAndGet();
        List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw error("POST", "/subjects/" + subject, 404, RegistryResponseException.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found.");
        }
        Integer id = idsByText.get(schema.toString());
        if (id == null || !versions.contains(id)) {
            throw error("POST", "/subjects/" + subject, 404, RegistryResponseException.SCHEMA_NOT_FOUND,
                    "Schema not found under subject '" + subject + "'");
        }
        return id;
    }

    @Override
    public synchronized Schema getSchemaById(int id) {
        requests.incrementAndGet();
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw error("GET", "/schemas/ids/" + id, 404, RegistryResponseException.SCHEMA_NOT_FOUND,
                    "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatestVersion(String subject) {
        requests.incrementAndGet();
        List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw error("GET", "/subjects/" + subject + "/versions/latest", 404,
                    RegistryResponseException.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
        }
        int id = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, id, versions.size(), schemasById.get(id));
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        requests.incrementAndGet();
        List<String> problems = incompatibilities(subject, schema);
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized String getCompatibility(String subject) {
        requests.incrementAndGet();
        return levelBySubject.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized String setCompatibility(String subject, String level) {
        requests.incrementAndGet();
        String normalized = level == null ? "" : level.toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(normalized)) {
            throw error("PUT", "/config/" + subject, 422, RegistryResponseException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level " + level + ". Valid values are " + LEVELS);
        }
        levelBySubject.put(subject, normalized);
        return normalized;
    }

    /** Sets the level of subjects without their own. */
    public synchronized void setGlobalCompatibility(String level) {
        globalLevel = level.toUpperCase(Locale.ROOT);
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    private List<String> incompatibilities(String subject, Schema candidate) {
        String level = levelBySubject.getOrDefault(subject, globalLevel);
        List<Integer> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (level.equals("NONE") || versions.isEmpty()) {
            return List.of();
        }
        List<Integer> against = level.endsWith("_TRANSITIVE") ? versions : versions.subList(versions.size() - 1, versions.size());
        boolean backward = level.startsWith("BACKWARD") || level.startsWith("FULL");
        boolean forward = level.startsWith("FORWARD") || level.startsWith("FULL");
        List<String> problems = new ArrayList<>();
        for (int id : against) {
            Schema earlier = schemasById.get(id);
            if (backward) {
                problems.addAll(problems(candidate, earlier, "new schema cannot read data written with id " + id));
            }
            if (forward) {
                problems.addAll(problems(earlier, candidate, "schema id " + id + " cannot read data written with the new schema"));
            }
        }
        return problems;
    }

    private static List<String> problems(Schema reader, Schema writer, String what) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getIncompatibilities().stream()
                .map(i -> what + ": " + i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")")
                .toList();
    }

    private RegistryResponseException error(String method, String path, int status, int code, String message) {
        return new RegistryResponseException(method, name + path, status, code, message);
    }
}

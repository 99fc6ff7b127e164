package dev.hkfilings.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The Confluent Schema Registry REST API over the JDK's HTTP client. No caching: wrap it in a
 * {@link CachingSchemaRegistryClient} (as {@link SchemaRegistryClients#create} does).
 *
 * <p>Schemas are sent as {@link Schema#toString()}: compact JSON with docs and logical types intact. Registries that
 * match schemas by text (Apicurio) then find the same schema again.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private final RegistryHttp http;

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this(config.urls(), config.authorizationHeader(), config.maxRetries(), config.retryWait(),
                config.retryMaxWait(), config.connectTimeout(), config.readTimeout());
    }

    public RestSchemaRegistryClient(List<String> baseUrls, Optional<String> authorizationHeader, int maxRetries,
                                    Duration retryWait, Duration retryMaxWait, Duration connectTimeout,
                                    Duration readTimeout) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("no schema-registry URL");
        }
        this.http = new RegistryHttp(baseUrls, authorizationHeader, maxRetries, retryWait, retryMaxWait,
                connectTimeout, readTimeout);
    }

    @Override
    public int register(String subject, Schema schema) {
        JsonNode answer;
        try {
            answer = http.send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        } catch (RegistryResponseException e) {
            if (e.httpStatus() != 409) {
                throw e;
            }
            // Apicurio answers 409 to the loser of two concurrent first registrations of the same schema (two stream
            // threads or two instances starting at once): if the schema is there now, that is its id; otherwise the
            // 409 was a real incompatibility
            try {
                return getId(subject, schema);
            } catch (RegistryException notRegistered) {
                e.addSuppressed(notRegistered);
                throw e;
            }
        }
        return requiredInt(answer, "id", "register under " + subject);
    }

    @Override
    public int getId(String subject, Schema schema) {
        JsonNode answer = http.send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        return requiredInt(answer, "id", "look up under " + subject);
    }

    @Override
    public Schema getSchemaById(int id) {
        JsonNode answer = http.send("GET", "/schemas/ids/" + id, null);
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new RegistryException("Schema id " + id + " is a " + type + " schema, not Avro");
        }
        return parse(answer.path("schema").asText(null), "schema id " + id);
    }

    @Override
    public RegisteredSchema getLatestVersion(String subject) {
        JsonNode answer = http.send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(answer.path("subject").asText(subject),
                requiredInt(answer, "id", "latest version of " + subject),
                requiredInt(answer, "version", "latest version of " + subject),
                parse(answer.path("schema").asText(null), "latest version of " + subject));
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer = http.send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    }

    @Override
    public String getCompatibility(String subject) {
        JsonNode answer = http.send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null);
        return level(answer);
    }

    @Override
    public String setCompatibility(String subject, String level) {
        ObjectNode body = http.json().createObjectNode().put("compatibility", level);
        JsonNode answer = http.send("PUT", "/config/" + encode(subject), body);
        String now = level(answer);
        return now == null ? level : now;
    }

    @Override
    public long requestCount() {
        return http.requestCount();
    }

    private ObjectNode schemaBody(Schema schema) {
        // Confluent's API takes Avro as the default schemaType; leaving it out is what every registry understands
        return http.json().createObjectNode().put("schema", schema.toString());
    }

    private static String level(JsonNode answer) {
        // GET answers compatibilityLevel, PUT answers compatibility
        JsonNode level = answer.hasNonNull("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
        return level == null || level.isNull() ? null : level.asText();
    }

    private static int requiredInt(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new RegistryException("The schema registry's answer to '" + what + "' has no '" + field + "': " + answer);
        }
        return value.asInt();
    }

    private static Schema parse(String text, String what) {
        if (text == null) {
            throw new RegistryException("The schema registry returned no schema text for " + what);
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new RegistryException("The schema registry returned an unparseable schema for " + what + ": "
                    + e.getMessage(), e);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

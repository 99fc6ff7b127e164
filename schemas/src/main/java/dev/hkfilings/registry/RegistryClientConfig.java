package dev.hkfilings.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Settings of the schema-registry client, with Confluent's names so that existing client configs work unchanged.
 */
public class RegistryClientConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";

    /** The URL scheme of the in-memory registry shared per scope: {@code mock://<scope>}. */
    public static final String MOCK_SCHEME = "mock";

    /** The client settings, to be extended by the serde configuration. */
    public static ConfigDef baseConfigDef() {
        return new ConfigDef()
                .define(SCHEMA_REGISTRY_URL, Type.LIST, null, RegistryClientConfig::validateUrls, Importance.HIGH,
                        "Comma-separated list of schema-registry base URLs (Confluent REST API), tried in turn when one "
                                + "fails, e.g. http://registry:8081 or, for Apicurio, http://host:8080/apis/ccompat/v7. "
                                + "mock://<scope> gives an in-memory registry shared by every client of that scope "
                                + "(for unit tests).")
                .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL", ValidString.in("URL", "USER_INFO"),
                        Importance.MEDIUM, "Where HTTP basic-auth credentials come from: USER_INFO (from "
                                + BASIC_AUTH_USER_INFO + ") or URL (from the user-info part of the URL, if any).")
                .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
                        "Basic-auth credentials as user:password, used when " + BASIC_AUTH_CREDENTIALS_SOURCE
                                + "=USER_INFO.")
                .define(BEARER_AUTH_CREDENTIALS_SOURCE, Type.STRING, "STATIC_TOKEN", ValidString.in("STATIC_TOKEN"),
                        Importance.LOW, "Where the bearer token comes from; only STATIC_TOKEN (" + BEARER_AUTH_TOKEN
                                + ") is supported.")
                .define(BEARER_AUTH_TOKEN, Type.PASSWORD, null, Importance.MEDIUM,
                        "A bearer token sent as 'Authorization: Bearer <token>'. Cannot be combined with basic auth.")
                .define(MAX_RETRIES, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "How many times a request is retried after a connection error, a timeout or a 5xx answer. "
                                + "4xx answers are never retried.")
                .define(RETRIES_WAIT_MS, Type.LONG, 1000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "Wait before the first retry, in milliseconds; doubled on every further retry.")
                .define(RETRIES_MAX_WAIT_MS, Type.LONG, 20000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "Upper bound of the wait between retries, in milliseconds.")
                .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 60000, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "Connect timeout of a registry request, in milliseconds.")
                .define(HTTP_READ_TIMEOUT_MS, Type.INT, 60000, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "Timeout for the registry's answer to a request, in milliseconds.")
                .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, ConfigDef.Range.atLeast(-1), Importance.LOW,
                        "How long the latest version of a subject is cached, in seconds; -1 caches it for the "
                                + "client's lifetime.");
    }

    public RegistryClientConfig(Map<?, ?> props) {
        this(baseConfigDef(), props);
    }

    protected RegistryClientConfig(ConfigDef definition, Map<?, ?> props) {
        super(definition, props);
        authorizationHeader(); // bad credentials settings fail at configure time, not at the first record
    }

    /** The configured URLs; a {@link ConfigException} when none are. */
    public List<String> urls() {
        List<String> urls = getList(SCHEMA_REGISTRY_URL);
        if (urls == null || urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL
                    + "\": the schema registry's base URL, e.g. http://localhost:8081 or mock://tests");
        }
        return urls;
    }

    /** The {@code mock://} scope when the URL names the in-memory registry. */
    public Optional<String> mockScope() {
        List<String> urls = urls();
        String first = urls.get(0);
        if (!first.startsWith(MOCK_SCHEME + "://")) {
            return Optional.empty();
        }
        if (urls.size() > 1) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "a mock:// URL cannot be combined with other URLs");
        }
        return Optional.of(first.substring((MOCK_SCHEME + "://").length()));
    }

    /** The value of the Authorization header, if any credentials are configured. */
    public Optional<String> authorizationHeader() {
        Password token = getPassword(BEARER_AUTH_TOKEN);
        Optional<String> basic = basicUserInfo();
        if (token != null && !token.value().isBlank()) {
            if (basic.isPresent()) {
                throw new ConfigException(BEARER_AUTH_TOKEN, "[hidden]",
                        "bearer auth cannot be combined with basic auth (" + BASIC_AUTH_CREDENTIALS_SOURCE + ")");
            }
            return Optional.of("Bearer " + token.value());
        }
        return basic.map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Optional<String> basicUserInfo() {
        String source = getString(BASIC_AUTH_CREDENTIALS_SOURCE);
        if ("USER_INFO".equals(source)) {
            String info = getPassword(BASIC_AUTH_USER_INFO).value();
            if (info.isBlank() || !info.contains(":")) {
                throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]",
                        "must be user:password when " + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO");
            }
            return Optional.of(info);
        }
        List<String> urls = getList(SCHEMA_REGISTRY_URL);
        if (urls == null || urls.isEmpty() || urls.get(0).startsWith(MOCK_SCHEME + "://")) {
            return Optional.empty();
        }
        return Optional.ofNullable(URI.create(urls.get(0)).getRawUserInfo())
                .map(info -> java.net.URLDecoder.decode(info, java.nio.charset.StandardCharsets.UTF_8));
    }

    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    public Duration retryWait() {
        return Duration.ofMillis(getLong(RETRIES_WAIT_MS));
    }

    public Duration retryMaxWait() {
        return Duration.ofMillis(getLong(RETRIES_MAX_WAIT_MS));
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(getInt(HTTP_CONNECT_TIMEOUT_MS));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(getInt(HTTP_READ_TIMEOUT_MS));
    }

    /** How long the latest version of a subject stays cached; empty for ever. */
    public Optional<Duration> latestCacheTtl() {
        long seconds = getLong(LATEST_CACHE_TTL_SEC);
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    private static void validateUrls(String name, Object value) {
        if (value == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) value;
        for (String url : urls) {
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, url, "not a URL: " + e.getMessage());
            }
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https") || scheme.equals(MOCK_SCHEME))) {
                throw new ConfigException(name, url, "expected an http://, https:// or mock:// URL");
            }
            if (!scheme.equals(MOCK_SCHEME) && uri.getHost() == null) {
                throw new ConfigException(name, url, "the URL names no host");
            }
        }
    }
}

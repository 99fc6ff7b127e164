package dev.hkfilings.cli;

import dev.hkfilings.registry.RegistryClientConfig;
import dev.hkfilings.topology.StreamAppConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * The one place where a command's connection settings are merged and checked. Sources, later ones winning:
 * {@code --config FILE} (any StreamAppConfig or extract.* setting), {@code --security-config FILE} (Kafka client
 * security and registry authentication only), {@code -D key=value}, then {@code --bootstrap-servers} and
 * {@code --schema-registry-url}. Environment variables reach here as the options' defaults
 * ({@link EnvironmentDefaults}). Every problem is an {@link IllegalArgumentException} naming the option or file.
 */
public final class CliSettings {

    /** How long a CLI client waits for the cluster before it says it cannot reach it. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> merged;

    private CliSettings(Map<String, Object> merged) {
        this.merged = Collections.unmodifiableMap(merged);
    }

    public static CliSettings of(Path configFile, Path securityFile, Map<String, String> sets,
                                 String bootstrapServers, String schemaRegistryUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (configFile != null) {
            m.putAll(load("--config", configFile));
        }
        if (securityFile != null) {
            Map<String, Object> security = load("--security-config", securityFile);
            checkSecurityKeys(securityFile, security);
            m.putAll(security);
        }
        if (sets != null) {
            m.putAll(sets);
        }
        if (bootstrapServers != null) {
            m.put(StreamAppConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            m.put(StreamAppConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        }
        CliSettings s = new CliSettings(m);
        s.checkBootstrapServers();
        s.checkSecurityProtocol();
        if (m.containsKey(StreamAppConfig.SCHEMA_REGISTRY_URL)) {
            s.registryConfig();
        }
        return s;
    }

    /** All settings after merging. */
    public Map<String, Object> all() {
        return merged;
    }

    public String bootstrapServers() {
        return String.valueOf(merged.get(StreamAppConfig.BOOTSTRAP_SERVERS));
    }

    public String schemaRegistryUrl() {
        Object url = merged.get(StreamAppConfig.SCHEMA_REGISTRY_URL);
        if (url == null) {
            throw new IllegalArgumentException("no schema registry: give --schema-registry-url (or HKF_SCHEMA_REGISTRY_URL)");
        }
        return url.toString();
    }

    /** The application id: the Streams consumer group and prefix of its internal topics. */
    public String applicationId() {
        Object id = merged.get(StreamAppConfig.APPLICATION_ID);
        return id == null ? (String) StreamAppConfig.CONFIG.defaultValues().get(StreamAppConfig.APPLICATION_ID) : id.toString();
    }

    /** The full application configuration; needs the registry URL. */
    public StreamAppConfig streamAppConfig() {
        schemaRegistryUrl();
        try {
            return new StreamAppConfig(merged);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("bad setting: " + e.getMessage(), e);
        }
    }

    /** Kafka client security (security.protocol, sasl.*, ssl.*) for every client a command makes. */
    public Map<String, Object> clientSecurity() {
        Map<String, Object> m = new LinkedHashMap<>();
        merged.forEach((k, v) -> {
            if (StreamAppConfig.isClientSecurityKey(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    /**
     * An admin client's settings with its waits bounded by {@link #CONNECT_TIMEOUT}, so an unreachable cluster is
     * reported in seconds instead of the client's default minute.
     */
    public Map<String, Object> adminConfig(String clientId) {
        Map<String, Object> m = new LinkedHashMap<>(clientSecurity());
        m.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        m.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        int ms = (int) CONNECT_TIMEOUT.toMillis();
        m.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, ms);
        m.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        m.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 2_000L);
        m.put(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 5_000L);
        m.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000L);
        return m;
    }

    /** The registry client settings: the URL and any basic or bearer authentication. */
    public RegistryClientConfig registryConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(StreamAppConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl());
        merged.forEach((k, v) -> {
            if (StreamAppConfig.REGISTRY_AUTH_KEYS.contains(k)) {
                m.put(k, v);
            }
        });
        try {
            return new RegistryClientConfig(m);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("schema registry: " + e.getMessage(), e);
        }
    }

    private void checkBootstrapServers() {
        Object value = merged.get(StreamAppConfig.BOOTSTRAP_SERVERS);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("no Kafka cluster: give --bootstrap-servers host:port (or HKF_BOOTSTRAP_SERVERS)");
        }
        for (String server : value.toString().split(",")) {
            String s = server.strip();
            int colon = s.lastIndexOf(':');
            boolean ok = colon > 0 && colon < s.length() - 1;
            if (ok) {
                try {
                    int port = Integer.parseInt(s.substring(colon + 1));
                    ok = port > 0 && port < 65536;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("--bootstrap-servers '" + value + "': '" + s + "' is not host:port");
            }
        }
    }

    private void checkSecurityProtocol() {
        Object protocol = merged.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG);
        if (protocol != null && !SecurityProtocol.names().contains(protocol.toString().strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("security.protocol '" + protocol + "' is not one of " + SecurityProtocol.names());
        }
    }

    private static void checkSecurityKeys(Path file, Map<String, Object> security) {
        for (String key : new TreeSet<>(security.keySet())) {
            if (!StreamAppConfig.isClientSecurityKey(key) && !StreamAppConfig.REGISTRY_AUTH_KEYS.contains(key)) {
                throw new IllegalArgumentException("--security-config " + file + ": '" + key + "' is not a security setting; "
                        + "the file takes security.protocol, sasl.*, ssl.* (Kafka clients) and "
                        + String.join(", ", new TreeSet<>(StreamAppConfig.REGISTRY_AUTH_KEYS)) + " (schema registry)");
            }
        }
    }

    private static Map<String, Object> load(String option, Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + " " + file + ": no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + file + ": cannot read it: " + e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k).strip()));
        return m;
    }
}

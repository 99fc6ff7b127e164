package dev.hkfilings.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Validators shared by the connectors' ConfigDefs; each names the key in its message. */
public final class ConfigValidators {

    private ConfigValidators() {
    }

    /** An absolute http or https URL with a host. */
    public static ConfigDef.Validator httpUrl() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String text = value == null ? "" : value.toString().trim();
                try {
                    URI uri = new URI(text);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                        throw new ConfigException(name, value, "must be an absolute http:// or https:// URL with a host");
                    }
                } catch (URISyntaxException e) {
                    throw new ConfigException(name, value, "is not a URL: " + e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "http(s) URL";
            }
        };
    }

    /** A list of http(s) URLs (e.g. a schema registry with several nodes). */
    public static ConfigDef.Validator httpUrls() {
        ConfigDef.Validator one = httpUrl();
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String text = value == null ? "" : value.toString();
                for (String url : text.split(",")) {
                    one.ensureValid(name, url.trim());
                }
            }

            @Override
            public String toString() {
                return "comma-separated http(s) URLs";
            }
        };
    }

    /** An existing directory; the empty string is allowed when {@code emptyAllowed} (meaning: use the default place). */
    public static ConfigDef.Validator existingDirectory(boolean emptyAllowed) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String text = value == null ? "" : value.toString().trim();
                if (text.isEmpty()) {
                    if (emptyAllowed) {
                        return;
                    }
                    throw new ConfigException(name, value, "a directory is required");
                }
                try {
                    Path path = Path.of(text);
                    if (!Files.isDirectory(path)) {
                        throw new ConfigException(name, value, Files.exists(path) ? "is not a directory" : "directory does not exist");
                    }
                } catch (InvalidPathException e) {
                    throw new ConfigException(name, value, "is not a valid path: " + e.getReason());
                }
            }

            @Override
            public String toString() {
                return emptyAllowed ? "existing directory, or empty" : "existing directory";
            }
        };
    }

    /** An ISO date (yyyy-MM-dd), or empty. */
    public static ConfigDef.Validator isoDateOrEmpty() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String text = value == null ? "" : value.toString().trim();
                if (text.isEmpty()) {
                    return;
                }
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new ConfigException(name, value, "must be a date as yyyy-MM-dd");
                }
            }

            @Override
            public String toString() {
                return "yyyy-MM-dd, or empty";
            }
        };
    }

    /** A non-empty list whose every element is one of the given values. */
    public static ConfigDef.Validator listOf(String... allowed) {
        List<String> values = List.of(allowed);
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                @SuppressWarnings("unchecked")
                List<String> items = value instanceof List<?> ? (List<String>) value : List.of();
                if (items.isEmpty()) {
                    throw new ConfigException(name, value, "must name at least one of " + values);
                }
                for (String item : items) {
                    if (!values.contains(item)) {
                        throw new ConfigException(name, value, "'" + item + "' is not one of " + values);
                    }
                }
            }

            @Override
            public String toString() {
                return "non-empty list of " + String.join(", ", values);
            }
        };
    }

    /** A list with at least one non-blank element. */
    public static ConfigDef.Validator nonEmptyList() {
        return ConfigDef.LambdaValidator.with((name, value) -> {
            if (!(value instanceof List<?> items) || items.isEmpty() || items.stream().anyMatch(i -> i == null || i.toString().isBlank())) {
                throw new ConfigException(name, value, "must be a non-empty list without blank elements");
            }
        }, () -> "non-empty list");
    }
}

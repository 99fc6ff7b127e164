package dev.hkfilings.connect;

import dev.hkfilings.serde.AvroSerdeConfig;
import dev.hkfilings.connect.feed.FeedSourceConfig;
import dev.hkfilings.connect.inbox.InboxSourceConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The configuration reference of the plugin, rendered from the ConfigDefs into the generated section of
 * {@code docs/connectors.md}, so the documentation cannot drift from the code.
 * {@code main} rewrites that section in place.
 */
public final class ConfigReference {

    public static final String BEGIN = "<!-- BEGIN GENERATED CONFIG REFERENCE: do not edit, see ConfigReference -->";
    public static final String END = "<!-- END GENERATED CONFIG REFERENCE -->";

    private record Section(String title, String className, String prefix, ConfigDef def) {
    }

    private static final List<Section> SECTIONS = List.of(
        new Section("HKEXnews feed source connector", "dev.hkfilings.connect.feed.FeedSourceConnector", "", FeedSourceConfig.CONFIG_DEF),
        new Section("Inbox source connector", "dev.hkfilings.connect.inbox.InboxSourceConnector", "", InboxSourceConfig.CONFIG_DEF),
        new Section("Avro converter", "dev.hkfilings.connect.convert.AvroConverter", "value.converter.", AvroSerdeConfig.CONFIG));

    private ConfigReference() {
    }

    /** The generated section, markers included. */
    public static String render() {
        StringBuilder out = new StringBuilder(BEGIN).append("\n");
        for (Section section : SECTIONS) {
            out.append("\n### ").append(section.title()).append("\n\n");
            out.append("Class: `").append(section.className()).append("`");
            if (!section.prefix().isEmpty()) {
                out.append(" (keys below take the worker's `").append(section.prefix()).append("` prefix)");
            }
            out.append("\n\n| key | type | default | valid values | importance | description |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (ConfigDef.ConfigKey key : section.def().configKeys().values()) {
                out.append("| `").append(key.name).append("` | ")
                    .append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(defaultText(key)).append(" | ")
                    .append(cell(validValues(key))).append(" | ")
                    .append(key.importance.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(cell(key.documentation)).append(" |\n");
            }
        }
        return out.append("\n").append(END).toString();
    }

    /** The document with its generated section replaced by {@link #render()}. */
    public static String updated(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document lacks the markers " + BEGIN + " ... " + END);
        }
        return document.substring(0, begin) + render() + document.substring(end + END.length());
    }

    private static String defaultText(ConfigDef.ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        Object value = key.defaultValue;
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(Object::toString).toList())
            : value == null ? "null" : value.toString();
        if (key.type == ConfigDef.Type.PASSWORD) {
            text = "";
        }
        return text.isEmpty() ? "\"\"" : "`" + cell(text) + "`";
    }

    /** A validator's own description; a lambda without one says nothing stable, so the description must. */
    private static String validValues(ConfigDef.ConfigKey key) {
        String text = key.validator == null ? "" : key.validator.toString();
        return text.contains("$$Lambda") || text.contains("$Lambda") ? "see description" : text;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Rewrites the generated section of the given file (default {@code docs/connectors.md}). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/connectors.md");
        String document = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, updated(document), StandardCharsets.UTF_8);
        System.out.println("Updated " + file);
    }
}

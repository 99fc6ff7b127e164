package dev.hkfilings.connect;

import org.apache.kafka.common.config.ConfigDef;

/** Config keys that both source connectors share. */
public final class CommonConfig {

    public static final String TOPIC = "topic";
    public static final String TOPIC_DEFAULT = "hkex.filings.raw";
    public static final String MAX_DOCUMENT_BYTES = "max.document.bytes";
    public static final long MAX_DOCUMENT_BYTES_DEFAULT = 50L * 1024 * 1024;

    private CommonConfig() {
    }

    public static ConfigDef define(ConfigDef def) {
        return def
            .define(TOPIC, ConfigDef.Type.STRING, TOPIC_DEFAULT, new ConfigDef.NonEmptyString(), ConfigDef.Importance.HIGH,
                "Topic the RawFiling records are written to, keyed by filing id.")
            .define(MAX_DOCUMENT_BYTES, ConfigDef.Type.LONG, MAX_DOCUMENT_BYTES_DEFAULT, ConfigDef.Range.between(1, Integer.MAX_VALUE - 1024),
                ConfigDef.Importance.MEDIUM,
                "Largest document carried on the topic, in bytes. A larger document is still recorded, as a RawFiling with "
                    + "contentStatus TOO_LARGE, no content and the reason. The producer, broker and topic limits must allow "
                    + "a record of this size (producer.override.max.request.size, max.message.bytes).");
    }
}

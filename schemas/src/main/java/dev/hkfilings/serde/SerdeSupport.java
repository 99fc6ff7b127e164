package dev.hkfilings.serde;

import java.util.Map;

import dev.hkfilings.registry.SchemaRegistryClient;
import dev.hkfilings.registry.SchemaRegistryClients;

/** What every serde does at configure time. */
final class SerdeSupport {

    private SerdeSupport() {
    }

    /** The client given to the constructor, else the one the configuration names. */
    static SchemaRegistryClient client(SchemaRegistryClient given, AvroSerdeConfig config) {
        return given != null ? given : SchemaRegistryClients.create(config);
    }

    static AvroSerdeConfig config(Map<String, ?> configs) {
        return new AvroSerdeConfig(configs);
    }

    static <T> T configured(T part, String serde) {
        if (part == null) {
            throw new IllegalStateException(serde + " is used before configure() was called");
        }
        return part;
    }
}

package dev.hkfilings.registry;

import java.util.List;

/**
 * The registry's answer to a compatibility check. Some registries (Apicurio) give no reasons, so {@code messages} may be
 * empty also when the schema is incompatible.
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}

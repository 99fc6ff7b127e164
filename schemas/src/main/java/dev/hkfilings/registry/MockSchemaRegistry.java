package dev.hkfilings.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory registries behind {@code mock://<scope>} URLs: every serde configured with the same scope shares one
 * {@link InMemorySchemaRegistry}, so a test's serializer and deserializer see the same ids.
 */
public final class MockSchemaRegistry {

    private static final Map<String, InMemorySchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    /** The registry of the scope, created on first use. */
    public static InMemorySchemaRegistry getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry(RegistryClientConfig.MOCK_SCHEME + "://" + s));
    }

    /** Forgets the scope's registry, e.g. after a test. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}

package dev.hkfilings.registry;

import java.util.Map;

/** Builds the client that a configuration names: a cached REST client, or the in-memory registry of a mock:// scope. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient create(RegistryClientConfig config) {
        SchemaRegistryClient backend = config.mockScope()
                .<SchemaRegistryClient>map(MockSchemaRegistry::getClientForScope)
                .orElseGet(() -> new RestSchemaRegistryClient(config));
        return new CachingSchemaRegistryClient(backend, config.latestCacheTtl());
    }

    /** From client properties with Confluent's names ({@code schema.registry.url}, {@code basic.auth.user.info}...). */
    public static SchemaRegistryClient create(Map<String, ?> props) {
        return create(new RegistryClientConfig(props));
    }
}

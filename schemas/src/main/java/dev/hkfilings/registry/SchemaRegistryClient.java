package dev.hkfilings.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry REST API that the serdes and the tests need. Implemented over HTTP by
 * {@link RestSchemaRegistryClient} (Confluent Schema Registry, Apicurio's ccompat API, Karapace, Redpanda), in memory
 * by {@link InMemorySchemaRegistry}, and with caches by {@link CachingSchemaRegistryClient}.
 *
 * <p>Every method throws {@link RegistryResponseException} when the registry refuses a request (4xx, with its
 * {@code error_code}) and {@link RegistryUnavailableException} when it cannot be reached after the configured retries.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of a schema already registered under the subject; error 40401/40403 when it is not. */
    int getId(String subject, Schema schema);

    /** Returns the schema with this global id; error 40403 when there is none. */
    Schema getSchemaById(int id);

    /** Returns the latest version registered under the subject; error 40401 when the subject does not exist. */
    RegisteredSchema getLatestVersion(String subject);

    /** Asks whether the schema could be registered under the subject given its compatibility level. */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /** Returns the subject's compatibility level (BACKWARD, FULL_TRANSITIVE, NONE...), falling back to the global one. */
    String getCompatibility(String subject);

    /** Sets the subject's compatibility level and returns the level now in force. */
    String setCompatibility(String subject, String level);

    /** How many requests went to the registry so far (HTTP requests, retries included): zero per record after warm-up. */
    long requestCount();
}

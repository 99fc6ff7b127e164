package dev.hkfilings.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hkfilings.avro.AnnouncementEvent;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private final FakeRegistryServer server = new FakeRegistryServer();
    private static final Schema V1 = SchemaBuilder.record("Quote").namespace("test").fields()
            .requiredString("code").requiredLong("price").endRecord();
    private static final Schema V2_OPTIONAL = SchemaBuilder.record("Quote").namespace("test").fields()
            .requiredString("code").requiredLong("price").optionalString("currency").endRecord();
    private static final Schema V2_BREAKING = SchemaBuilder.record("Quote").namespace("test").fields()
            .requiredString("code").requiredLong("price").requiredString("venue").endRecord();

    RestSchemaRegistryClientTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RestSchemaRegistryClient client(Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(FakeRegistryServer.clientConfig(server.url()));
        props.putAll(extra);
        return new RestSchemaRegistryClient(new RegistryClientConfig(props));
    }

    @Test
    void speaksTheConfluentApi() {
        RestSchemaRegistryClient client = client(Map.of());
        int id = client.register("quotes-value", V1);

        assertThat(client.register("quotes-value", V1)).isEqualTo(id);
        assertThat(client.getId("quotes-value", V1)).isEqualTo(id);
        assertThat(client.getSchemaById(id)).isEqualTo(V1);
        RegisteredSchema latest = client.getLatestVersion("quotes-value");
        assertThat(latest).isEqualTo(new RegisteredSchema("quotes-value", id, 1, V1));
        assertThat(client.setCompatibility("quotes-value", "FULL")).isEqualTo("FULL");
        assertThat(client.getCompatibility("quotes-value")).isEqualTo("FULL");
        assertThat(client.testCompatibility("quotes-value", V2_OPTIONAL).compatible()).isTrue();
        CompatibilityResult breaking = client.testCompatibility("quotes-value", V2_BREAKING);
        assertThat(breaking.compatible()).isFalse();
        assertThat(breaking.messages()).anySatisfy(m -> assertThat(m).contains("venue"));

        FakeRegistryServer.Seen register = server.requests().get(0);
        assertThat(register.method()).isEqualTo("POST");
        assertThat(register.path()).isEqualTo("/subjects/quotes-value/versions");
        assertThat(register.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(server.requests()).extracting(FakeRegistryServer.Seen::path).containsSubsequence(
                "/subjects/quotes-value/versions", "/subjects/quotes-value", "/schemas/ids/" + id,
                "/subjects/quotes-value/versions/latest", "/config/quotes-value",
                "/compatibility/subjects/quotes-value/versions/latest");
        assertThat(client.requestCount()).isEqualTo(server.requests().size());
    }

    @Test
    void sendsTheSchemaWithDocsAndLogicalTypesIntact() {
        client(Map.of()).register("hkex.events.pledge-value", AnnouncementEvent.getClassSchema());

        String body = server.requests().get(0).body();
        assertThat(body).contains("\\\"logicalType\\\":\\\"timestamp-millis\\\"")
                .contains("\\\"doc\\\":\\\"The announcement id, equal to the filing id.\\\"");
        assertThat(server.backend().getSchemaById(1)).isEqualTo(AnnouncementEvent.getClassSchema());
    }

    @Test
    void subjectNamesAreEncodedInThePath() {
        client(Map.of()).register("company topic/with space", V1);

        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/company%20topic%2Fwith%20space/versions");
        assertThat(server.backend().getLatestVersion("company topic/with space").schema()).isEqualTo(V1);
    }

    @Test
    void errorsCarryTheRegistrysErrorCodeAndMessage() {
        RestSchemaRegistryClient client = client(Map.of());

        assertThatThrownBy(() -> client.getLatestVersion("no-such-subject"))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(RegistryResponseException.SUBJECT_NOT_FOUND);
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.registryMessage()).contains("no-such-subject");
                    assertThat(e.getMessage()).contains("40401").contains(server.url() + "/subjects/no-such-subject/versions/latest");
                });
        assertThatThrownBy(() -> client.getSchemaById(999))
                .isInstanceOfSatisfying(RegistryResponseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RegistryResponseException.SCHEMA_NOT_FOUND));

        client.register("quotes-value", V1);
        client.setCompatibility("quotes-value", "BACKWARD");
        assertThatThrownBy(() -> client.register("quotes-value", V2_BREAKING))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(RegistryResponseException.INCOMPATIBLE_SCHEMA);
                    assertThat(e.getMessage()).contains("incompatible").contains("venue");
                });
        assertThatThrownBy(() -> client.setCompatibility("quotes-value", "SIDEWAYS"))
                .isInstanceOfSatisfying(RegistryResponseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RegistryResponseException.INVALID_COMPATIBILITY_LEVEL));
        long before = client.requestCount();
        assertThatThrownBy(() -> client.getId("quotes-value", V2_OPTIONAL)).isInstanceOf(RegistryResponseException.class);
        assertThat(client.requestCount()).as("4xx is not retried").isEqualTo(before + 1);
    }

    @Test
    void retriesServerErrorsWithBackoffThenSucceeds() {
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.MAX_RETRIES, 3));
        server.failNext(2);

        int id = client.register("quotes-value", V1);

        assertThat(server.backend().getSchemaById(id)).isEqualTo(V1);
        assertThat(server.requests()).hasSize(3);
        assertThat(client.requestCount()).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheConfiguredRetriesNamingTheUrl() {
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.MAX_RETRIES, 2));
        server.failNext(10);

        assertThatThrownBy(() -> client.getSchemaById(1))
                .isInstanceOfSatisfying(RegistryUnavailableException.class, e -> {
                    assertThat(e.url()).isEqualTo(server.url() + "/schemas/ids/1");
                    assertThat(e.getMessage()).contains(server.url() + "/schemas/ids/1").contains("3 attempt(s)")
                            .contains("HTTP 503");
                });
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void unreachableRegistryFailsQuicklyAfterRetries() throws IOException {
        String closed = "http://127.0.0.1:" + freePort();
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(new RegistryClientConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, closed, RegistryClientConfig.MAX_RETRIES, 2,
                RegistryClientConfig.RETRIES_WAIT_MS, 20L)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.register("quotes-value", V1))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining(closed + "/subjects/quotes-value/versions")
                .hasMessageContaining("3 attempt(s)")
                .hasMessageContaining("ConnectException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(client.requestCount()).isEqualTo(3);
    }

    @Test
    void failsOverToTheNextUrl() throws IOException {
        String closed = "http://127.0.0.1:" + freePort();
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(new RegistryClientConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, closed + "," + server.url(),
                RegistryClientConfig.RETRIES_WAIT_MS, 1L)));

        int id = client.register("quotes-value", V1);
        client.getSchemaById(id);

        assertThat(server.requests()).hasSize(2);
        assertThat(client.requestCount()).as("the working URL is kept").isEqualTo(3);
    }

    @Test
    void sendsBasicAuthFromUserInfo() {
        String expected = "Basic " + Base64.getEncoder().encodeToString("svc:s3cr:et".getBytes(StandardCharsets.UTF_8));
        server.requireAuthorization(expected);
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                RegistryClientConfig.BASIC_AUTH_USER_INFO, "svc:s3cr:et"));

        client.register("quotes-value", V1);

        assertThat(server.requests()).extracting(FakeRegistryServer.Seen::authorization).containsOnly(expected);
    }

    @Test
    void sendsBasicAuthFromTheUrl() {
        String expected = "Basic " + Base64.getEncoder().encodeToString("svc:pw".getBytes(StandardCharsets.UTF_8));
        server.requireAuthorization(expected);
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL,
                server.url().replace("http://", "http://svc:pw@")));

        client.register("quotes-value", V1);

        assertThat(server.requests()).extracting(FakeRegistryServer.Seen::authorization).containsOnly(expected);
    }

    @Test
    void sendsBearerTokens() {
        server.requireAuthorization("Bearer tok-123");
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.BEARER_AUTH_TOKEN, "tok-123"));

        client.register("quotes-value", V1);

        assertThat(server.requests()).extracting(FakeRegistryServer.Seen::authorization).containsOnly("Bearer tok-123");
    }

    @Test
    void wrongCredentialsAreA401WithoutRetries() {
        server.requireAuthorization("Bearer right");
        RestSchemaRegistryClient client = client(Map.of(RegistryClientConfig.BEARER_AUTH_TOKEN, "wrong"));

        assertThatThrownBy(() -> client.register("quotes-value", V1))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void cachingClientMakesNoRequestsAfterWarmUp() {
        SchemaRegistryClient client = new CachingSchemaRegistryClient(client(Map.of()));
        int id = client.register("quotes-value", V1);
        client.getSchemaById(id);
        client.getLatestVersion("quotes-value");
        long warm = client.requestCount();

        for (int i = 0; i < 1000; i++) {
            assertThat(client.register("quotes-value", V1)).isEqualTo(id);
            assertThat(client.getId("quotes-value", V1)).isEqualTo(id);
            assertThat(client.getSchemaById(id)).isEqualTo(V1);
            assertThat(client.getLatestVersion("quotes-value").id()).isEqualTo(id);
        }

        assertThat(client.requestCount()).isEqualTo(warm).isEqualTo(server.requests().size()).isEqualTo(2);
    }

    @Test
    void latestVersionIsRefetchedAfterItsTtl() {
        SchemaRegistryClient client = new CachingSchemaRegistryClient(client(Map.of()), java.util.Optional.of(Duration.ZERO));
        client.register("quotes-value", V1);
        client.getLatestVersion("quotes-value");
        client.register("quotes-value", V2_OPTIONAL);

        assertThat(client.getLatestVersion("quotes-value").version()).isEqualTo(2);
        assertThat(server.requests()).extracting(FakeRegistryServer.Seen::path)
                .filteredOn(p -> p.endsWith("/latest")).hasSize(2);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}

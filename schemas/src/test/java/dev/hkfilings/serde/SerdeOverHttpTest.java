package dev.hkfilings.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.registry.FakeRegistryServer;
import dev.hkfilings.registry.RegistryUnavailableException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The serdes over the REST client, against a Confluent-protocol registry on a local HTTP port. */
class SerdeOverHttpTest {

    private final FakeRegistryServer server = new FakeRegistryServer();

    SerdeOverHttpTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void roundTripMakesNoRequestsPerRecordAfterWarmUp() {
        Map<String, Object> config = Map.of("schema.registry.url", server.url(),
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "app:pw");
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config, false);
        SpecificAvroDeserializer<AnnouncementEvent> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(config, false);
        AnnouncementEvent event = SampleEvents.pledgeEvent();

        assertThat(deserializer.deserialize("hkex.events.pledge", serializer.serialize("hkex.events.pledge", event)))
                .isEqualTo(event);
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /subjects/hkex.events.pledge-value/versions", "GET /schemas/ids/1");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.authorization()).startsWith("Basic "));

        for (int i = 0; i < 5_000; i++) {
            deserializer.deserialize("hkex.events.pledge", serializer.serialize("hkex.events.pledge", event));
        }

        assertThat(server.requests()).hasSize(2);
        assertThat(serializer.registryClient().requestCount()).isEqualTo(1);
        assertThat(deserializer.registryClient().requestCount()).isEqualTo(1);
    }

    @Test
    void serializerRidesOutABriefRegistryOutage() {
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", server.url(), "max.retries", 3, "retries.wait.ms", 10), false);
        server.failNext(2);

        byte[] bytes = serializer.serialize("t", SampleEvents.esgEvent());

        assertThat(WireFormat.schemaId(bytes, "t", false)).isEqualTo(1);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void unreachableRegistryFailsAfterTheConfiguredRetriesNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", url, "max.retries", 2, "retries.wait.ms", 50), false);
        long start = System.nanoTime();

        assertThatThrownBy(() -> serializer.serialize("hkex.events.poll", SampleEvents.pollEvent()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not register the schema dev.hkfilings.avro.AnnouncementEvent under subject 'hkex.events.poll-value'")
                .hasMessageContaining(url + "/subjects/hkex.events.poll-value/versions")
                .hasMessageContaining("3 attempt(s)")
                .hasCauseInstanceOf(RegistryUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(serializer.registryClient().requestCount()).isEqualTo(3);
    }
}

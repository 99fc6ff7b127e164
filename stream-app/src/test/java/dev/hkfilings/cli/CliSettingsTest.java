package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.topology.StreamAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging of --config, --security-config, -D and the options, and the checks that name a bad value. */
class CliSettingsTest {

    @TempDir
    Path dir;

    @Test
    void laterSourcesWinAndSecurityReachesEveryClientAndTheRegistry() throws Exception {
        Path config = Files.writeString(dir.resolve("app.properties"), """
                bootstrap.servers=from-config:9092
                application.id=from-config
                num.stream.threads=3
                """);
        Path security = Files.writeString(dir.resolve("security.properties"), """
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";
                ssl.truststore.location=/etc/kafka/truststore.jks
                basic.auth.credentials.source=USER_INFO
                basic.auth.user.info=reg:secret
                """);
        CliSettings s = CliSettings.of(config, security, Map.of("application.id", "from-D"), "broker:9093", "https://registry:8081");

        assertThat(s.bootstrapServers()).isEqualTo("broker:9093");
        assertThat(s.applicationId()).isEqualTo("from-D");
        assertThat(s.clientSecurity()).containsOnlyKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config",
                "ssl.truststore.location");
        assertThat(s.adminConfig("x")).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "broker:9093").containsEntry("request.timeout.ms", 10_000);
        assertThat(s.registryConfig().authorizationHeader()).contains("Basic cmVnOnNlY3JldA==");

        StreamAppConfig app = s.streamAppConfig();
        assertThat(app.numStreamThreads()).isEqualTo(3);
        assertThat(app.streamsProperties()).containsEntry("security.protocol", "SASL_SSL").containsKey("sasl.jaas.config");
        assertThat(app.adminConfig()).containsEntry("sasl.mechanism", "PLAIN");
        assertThat(app.serdeConfig()).containsEntry("basic.auth.credentials.source", "USER_INFO")
                .containsEntry("basic.auth.user.info", "reg:secret");
    }

    @Test
    void bearerTokenGoesToTheRegistryClient() throws Exception {
        Path security = Files.writeString(dir.resolve("s.properties"), "bearer.auth.token=t0ken\n");
        CliSettings s = CliSettings.of(null, security, Map.of(), "b:9092", "http://r:8081");
        assertThat(s.registryConfig().authorizationHeader()).contains("Bearer t0ken");
        assertThat(s.streamAppConfig().serdeConfig()).containsEntry("bearer.auth.token", "t0ken");
    }

    @Test
    void aSecurityFileTakesOnlySecuritySettings() throws Exception {
        Path security = Files.writeString(dir.resolve("s.properties"), "security.protocol=SSL\nbootstrap.servers=x:1\n");
        assertThatThrownBy(() -> CliSettings.of(null, security, Map.of(), "b:9092", null))
                .hasMessageContaining("'bootstrap.servers' is not a security setting").hasMessageContaining(security.toString());
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of(), null, null))
                .hasMessageContaining("give --bootstrap-servers").hasMessageContaining("HKF_BOOTSTRAP_SERVERS");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of(), "localhost", null))
                .hasMessageContaining("'localhost' is not host:port");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of(), "a:1,b:99999", null))
                .hasMessageContaining("'b:99999' is not host:port");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of(), "a:1", "registry:8081"))
                .hasMessageContaining("schema registry").hasMessageContaining("http://");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of("security.protocol", "TLS"), "a:1", null))
                .hasMessageContaining("security.protocol 'TLS' is not one of");
        assertThatThrownBy(() -> CliSettings.of(dir.resolve("missing.properties"), null, Map.of(), "a:1", null))
                .hasMessageContaining("--config").hasMessageContaining("no such file");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of(), "a:1", null).streamAppConfig())
                .hasMessageContaining("--schema-registry-url");
        assertThatThrownBy(() -> CliSettings.of(null, null, Map.of("num.stream.threads", "0"), "a:1", "http://r:1").streamAppConfig())
                .hasMessageContaining("num.stream.threads");
    }

    @Test
    void theApplicationIdDefaultsToTheAppsDefault() {
        assertThat(CliSettings.of(null, null, Map.of(), "a:1", null).applicationId()).isEqualTo("hkfilings-stream");
    }
}

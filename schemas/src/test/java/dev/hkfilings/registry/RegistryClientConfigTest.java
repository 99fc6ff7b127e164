package dev.hkfilings.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {

    @Test
    void defaultsFollowConfluent() {
        RegistryClientConfig config = new RegistryClientConfig(Map.of("schema.registry.url", "http://a:8081, http://b:8081"));

        assertThat(config.urls()).containsExactly("http://a:8081", "http://b:8081");
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(config.retryWait()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.authorizationHeader()).isEmpty();
        assertThat(config.mockScope()).isEmpty();
        assertThat(config.latestCacheTtl()).isEmpty();
    }

    @Test
    void mockUrlNamesAScope() {
        assertThat(new RegistryClientConfig(Map.of("schema.registry.url", "mock://unit")).mockScope()).contains("unit");
    }

    @Test
    void refusesBadSettingsAtConfigureTime() {
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of("schema.registry.url", "ftp://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of()).urls())
                .isInstanceOf(ConfigException.class).hasMessageContaining("Missing required configuration \"schema.registry.url\"");
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of("schema.registry.url", "http://a",
                "basic.auth.credentials.source", "USER_INFO")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("basic.auth.user.info");
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of("schema.registry.url", "http://a",
                "basic.auth.credentials.source", "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("basic.auth.credentials.source");
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of("schema.registry.url", "http://a",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "u:p", "bearer.auth.token", "t")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> new RegistryClientConfig(Map.of("schema.registry.url", "http://a", "max.retries", -1)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max.retries");
    }

    @Test
    void latestCacheTtlIsOptional() {
        assertThat(new RegistryClientConfig(Map.of("schema.registry.url", "http://a", "latest.cache.ttl.sec", 30))
                .latestCacheTtl()).isEqualTo(Optional.of(Duration.ofSeconds(30)));
    }
}

package dev.hkfilings.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.connect.feed.FeedSourceConnector;
import dev.hkfilings.connect.feed.FeedSourceTask;
import dev.hkfilings.connect.inbox.InboxSourceConfig;
import dev.hkfilings.connect.inbox.InboxSourceConnector;
import dev.hkfilings.connect.inbox.InboxSourceTask;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleTaskSourceConnectorTest {

    @TempDir
    Path inbox;

    @Test
    void aValidConfigurationGoesToTheOneTaskAsGiven() {
        InboxSourceConnector connector = new InboxSourceConnector();
        Map<String, String> props = Map.of(InboxSourceConfig.DIRECTORY, inbox.toString());
        connector.start(props);
        assertThat(connector.taskConfigs(4)).containsExactly(props);
        assertThat(connector.taskClass()).isEqualTo(InboxSourceTask.class);
        assertThat(connector.config()).isSameAs(InboxSourceConfig.CONFIG_DEF);
        assertThat(connector.version()).isNotBlank();
        connector.stop();
    }

    @Test
    void anInvalidConfigurationFailsTheConnectorNamingIt() {
        assertThatThrownBy(() -> new InboxSourceConnector().start(Map.of(InboxSourceConfig.DIRECTORY, inbox.resolve("absent").toString())))
                .isInstanceOf(ConnectException.class)
                .hasMessageStartingWith("Invalid inbox connector configuration: ")
                .hasMessageContaining(InboxSourceConfig.DIRECTORY);
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of("topic", "")))
                .isInstanceOf(ConnectException.class)
                .hasMessageStartingWith("Invalid HKEXnews feed connector configuration: ");
    }

    @Test
    void theFeedConnectorDeclaresExactlyOnceSupport() {
        FeedSourceConnector connector = new FeedSourceConnector();
        assertThat(connector.taskClass()).isEqualTo(FeedSourceTask.class);
        assertThat(connector.exactlyOnceSupport(Map.of())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
    }
}

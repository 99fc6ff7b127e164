package dev.hkfilings.connect.inbox;

import dev.hkfilings.connect.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;

/** Inbox source connector: documents dropped into a directory, with optional sidecar metadata. One task per inbox. */
public class InboxSourceConnector extends SourceConnector {

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        try {
            new InboxSourceConfig(props);
        } catch (ConfigException e) {
            throw new ConnectException("Invalid inbox connector configuration: " + e.getMessage(), e);
        }
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return InboxSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
        // nothing held between task configurations
    }

    @Override
    public ConfigDef config() {
        return InboxSourceConfig.CONFIG_DEF;
    }
}

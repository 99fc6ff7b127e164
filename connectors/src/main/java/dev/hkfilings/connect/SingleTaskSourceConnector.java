package dev.hkfilings.connect;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A source connector with one task that gets the connector's own configuration: the configuration is validated when
 * the connector starts, so that a mistake fails the connector with a message naming it instead of failing its task.
 */
public abstract class SingleTaskSourceConnector extends SourceConnector {

    private final String name;
    private final ConfigDef configDef;
    private final Consumer<Map<String, String>> validation;
    private final Class<? extends Task> taskClass;
    private Map<String, String> props;

    /**
     * @param name what the connector reads, for the error message ("inbox")
     * @param validation parses the configuration, throwing {@link ConfigException} when it is invalid
     */
    protected SingleTaskSourceConnector(String name, ConfigDef configDef, Consumer<Map<String, String>> validation,
                                        Class<? extends Task> taskClass) {
        this.name = name;
        this.configDef = configDef;
        this.validation = validation;
        this.taskClass = taskClass;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        try {
            validation.accept(props);
        } catch (ConfigException e) {
            throw new ConnectException("Invalid " + name + " connector configuration: " + e.getMessage(), e);
        }
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return taskClass;
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
        return configDef;
    }
}

package dev.hkfilings.embedded;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded pipeline keeps its data, which inbox it watches and which fixed ports it listens on
 * (fixed so that a restart finds the same broker and registry). {@code registryHome} and {@code pluginPath}
 * may be null: they are then found next to the jar or the working directory ({@link Locations}).
 *
 * @param streamSettings further {@code StreamAppConfig} settings (e.g. {@code num.stream.threads})
 */
public record EmbeddedSettings(Path dataDir, Path inbox, int brokerPort, int controllerPort, int registryPort,
                               Path registryHome, Path pluginPath, Map<String, Object> streamSettings) {

    public static final int DEFAULT_BROKER_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_REGISTRY_PORT = 8081;

    public EmbeddedSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        inbox = inbox.toAbsolutePath().normalize();
        port("broker", brokerPort);
        port("controller", controllerPort);
        port("registry", registryPort);
        if (brokerPort == controllerPort || brokerPort == registryPort || controllerPort == registryPort) {
            throw new IllegalArgumentException("the broker, controller and registry ports must differ: "
                    + brokerPort + ", " + controllerPort + ", " + registryPort);
        }
        streamSettings = Map.copyOf(streamSettings);
    }

    private static void port(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the " + what + " port must be between 1 and 65535, not " + port);
        }
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path registryDir() {
        return dataDir.resolve("registry");
    }

    Path connectOffsets() {
        return dataDir.resolve("connect").resolve("offsets");
    }

    Path streamsDir() {
        return dataDir.resolve("streams");
    }
}

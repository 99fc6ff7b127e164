package dev.hkfilings.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say which cluster a command talks to and how: shared by replay, reset and topics. */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
            description = "Kafka brokers to connect to (or bootstrap.servers in --config).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file with any StreamAppConfig and extract.* settings (as for run).")
    Path configFile;

    @Option(names = "--security-config", paramLabel = "FILE",
            description = "A properties file with Kafka client security (security.protocol, sasl.*, ssl.*), applied to "
                    + "every client, and schema-registry authentication (basic.auth.credentials.source, "
                    + "basic.auth.user.info, bearer.auth.credentials.source, bearer.auth.token).")
    Path securityConfig;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", split = ",",
            description = "A setting, key=value; wins over --config and --security-config.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The merged, checked settings; a usage error (exit 2) naming the problem otherwise. */
    CliSettings settings(String schemaRegistryUrl) {
        try {
            return CliSettings.of(configFile, securityConfig, settings, bootstrapServers, schemaRegistryUrl);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}

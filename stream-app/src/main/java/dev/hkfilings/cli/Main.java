package dev.hkfilings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "stream-app", mixinStandardHelpOptions = true,
        description = {"hkfilings stream application: classify local filings, run the Kafka Streams topology, replay raw "
                + "filings, reset the application, list the company topics.",
                "Every option can also come from an environment variable: HKF_ + the option's long name in upper case "
                        + "with dashes as underscores (--bootstrap-servers: HKF_BOOTSTRAP_SERVERS)."})
public final class Main {

    /** Avro instantiates generated classes only from trusted packages (Avro 1.12). */
    static final String TRUSTED_PACKAGES = "java.lang,java.math,java.util,org.apache.avro,dev.hkfilings";

    public static void main(String[] args) {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", TRUSTED_PACKAGES);
        }
        System.exit(commandLine(new DefaultComponents()).execute(args));
    }

    /** The command line with its sub-commands, on the given extractor and analyzer, with defaults from the environment. */
    public static CommandLine commandLine(Components components) {
        return commandLine(components, EnvironmentDefaults.fromSystem());
    }

    /** As above with the given environment defaults (tests pass their own variables). */
    public static CommandLine commandLine(Components components, EnvironmentDefaults defaults) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new ClassifyCommand(components));
        cl.addSubcommand(new RunCommand(components));
        cl.addSubcommand(new ReplayCommand(components));
        cl.addSubcommand(new ResetCommand());
        cl.addSubcommand(new TopicsCommand());
        cl.setDefaultValueProvider(defaults);
        // a failure the user can act on is one line naming the problem, not a stack trace
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliFailure f) {
                command.getErr().println(command.getColorScheme().errorText("error: " + f.getMessage()));
                command.getErr().flush();
                return f.exitCode();
            }
            throw e;
        });
        return cl;
    }
}

package dev.hkfilings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "stream-app", mixinStandardHelpOptions = true,
        description = "hkfilings stream application: classify local filings, or run the Kafka Streams topology.")
public final class Main {

    /** Avro instantiates generated classes only from trusted packages (Avro 1.12). */
    static final String TRUSTED_PACKAGES = "java.lang,java.math,java.util,org.apache.avro,dev.hkfilings";

    public static void main(String[] args) {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", TRUSTED_PACKAGES);
        }
        System.exit(commandLine(new DefaultComponents()).execute(args));
    }

    /** The command line with its sub-commands, on the given extractor and analyzer. */
    public static CommandLine commandLine(Components components) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new ClassifyCommand(components));
        cl.addSubcommand(new RunCommand(components));
        return cl;
    }
}

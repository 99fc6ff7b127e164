package dev.hkfilings.testkit.process;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Main class of the broker child JVM: formats the KRaft storage when it is not formatted yet (so a restart on the same
 * data directory keeps its data) and then runs {@code kafka.Kafka} on the same properties file. Formatting here rather
 * than in the parent keeps Kafka's server classes out of the test JVM and saves a second JVM start.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    /** Arguments: the server.properties path and the cluster id. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KafkaBrokerMain <server.properties> <cluster id>");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = kafka.tools.StorageTool.execute(
                new String[] {"format", "--cluster-id", args[1], "--config", args[0], "--ignore-formatted"}, out);
        if (code != 0) {
            System.err.println("hkfilings: formatting the KRaft storage failed with exit code " + code);
            System.exit(code);
        }
        kafka.Kafka.main(new String[] {args[0]});
    }
}

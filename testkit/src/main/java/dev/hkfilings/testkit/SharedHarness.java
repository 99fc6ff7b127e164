package dev.hkfilings.testkit;

/** Holds the one harness of this JVM. */
final class SharedHarness {

    private static KafkaHarness instance;
    private static RuntimeException failure;

    private SharedHarness() {
    }

    static synchronized KafkaHarness get() {
        if (instance != null) {
            return instance;
        }
        if (failure != null) {
            // starting again would cost every test class the full timeout; report the first cause instead
            throw new IllegalStateException("the Kafka test harness failed to start earlier in this JVM: "
                    + failure.getMessage(), failure);
        }
        try {
            HarnessSettings settings = HarnessSettings.fromSystemProperties();
            AbstractHarness harness = settings.mode() == HarnessSettings.Mode.DOCKER
                    ? new DockerHarness(settings) : new ProcessHarness(settings);
            harness.start();
            System.out.println(harness.startTimes() + " [" + settings.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " mode, broker " + harness.bootstrapServers() + ", registry " + harness.schemaRegistryUrl() + "]");
            instance = harness;
            return instance;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }
}

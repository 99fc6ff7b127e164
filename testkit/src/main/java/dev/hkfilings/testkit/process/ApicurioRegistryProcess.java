package dev.hkfilings.testkit.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Apicurio Registry (its Quarkus runner jar, unpacked by the testkit build) as a child JVM bound to 127.0.0.1,
 * serving the Confluent Schema Registry API under {@code /apis/ccompat/v7}. With {@link Builder#persistent(boolean)}
 * (the default) it keeps its data in an H2 file in the work directory, so a stop and a start keep schemas and ids.
 *
 * <p>Plain class with no JUnit dependency, so that the embedded run mode can use it too.
 */
public final class ApicurioRegistryProcess implements AutoCloseable {

    /** System property naming the directory that holds Apicurio's {@code *-runner.jar} and {@code lib/}. */
    public static final String HOME_PROPERTY = "apicurio.home";
    /** The Confluent-compatible API below the registry's base URL. */
    public static final String CCOMPAT_PATH = "/apis/ccompat/v7";

    private static final String RELATIVE_HOME = "testkit/target/apicurio";

    /** Attempts when the port chosen by the system was taken by someone else before the registry could bind it. */
    private static final int BIND_ATTEMPTS = 3;

    private final boolean systemChosenPort;
    private final Path runner;
    private final Path workDir;
    private final boolean persistent;
    private final List<String> jvmOptions;
    private final Path logFile;
    private volatile int port;
    private volatile boolean startedOnce;
    private volatile ChildJvm child;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ApicurioRegistryProcess(Builder builder) {
        Path home = builder.home != null ? builder.home : locateHome();
        this.runner = runnerJar(home);
        this.workDir = builder.workDir.toAbsolutePath();
        this.systemChosenPort = builder.port <= 0;
        this.port = systemChosenPort ? FreePorts.next() : builder.port;
        this.persistent = builder.persistent;
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.logFile = builder.logFile != null ? builder.logFile.toAbsolutePath() : workDir.resolve("registry.log");
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the registry directory " + workDir, e);
        }
        this.child = newChild();
    }

    private ChildJvm newChild() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(port));
        if (persistent) {
            env.put("REGISTRY_DATASOURCE_URL", "jdbc:h2:file:" + workDir.resolve("registry-db"));
        }
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.add("-Dquarkus.http.host=127.0.0.1");
        // the prod profile opens 20 database connections up front, which costs start time and buys nothing here
        jvm.add("-D%prod.quarkus.datasource.jdbc.initial-size=1");
        jvm.add("-D%prod.quarkus.datasource.jdbc.min-size=1");
        String classpath = runner + File.pathSeparator + ownLocation();
        return new ChildJvm("apicurio registry", classpath, jvm, mainClass(runner), List.of(), env, logFile);
    }

    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    /**
     * Finds the unpacked Apicurio distribution: the {@value #HOME_PROPERTY} system property (set by the build for
     * tests), else {@value #RELATIVE_HOME} in the working directory or one of its parents.
     */
    public static Path locateHome() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank() && hasRunner(Paths.get(configured))) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_HOME);
            if (hasRunner(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Apicurio Registry is not unpacked: no *-runner.jar in "
                + (configured != null ? configured + " (system property " + HOME_PROPERTY + ") nor in " : "")
                + RELATIVE_HOME + " above " + Paths.get("").toAbsolutePath()
                + ". Run the build first (./mvnw -B -pl testkit -am verify unpacks it), "
                + "or point -D" + HOME_PROPERTY + " at an unpacked apicurio-registry-app zip.");
    }

    /**
     * Starts the registry and waits until its Confluent API answers. On failure the child is killed and the
     * exception shows the end of its log.
     */
    public synchronized void start(Duration timeout) {
        for (int attempt = 1; ; attempt++) {
            child.start();
            try {
                awaitReady(timeout);
                startedOnce = true;
                return;
            } catch (RuntimeException e) {
                child.kill();
                String tail = ChildJvm.tail(child.logFile(), 60);
                boolean portTaken = tail.contains("Address already in use") || tail.contains("in use by another process");
                if (startedOnce || !systemChosenPort || !portTaken || attempt >= BIND_ATTEMPTS) {
                    throw e;
                }
                port = FreePorts.next();
                child = newChild();
            }
        }
    }

    /** Stops the registry (SIGTERM), killing it if it takes longer than {@code grace}. */
    public void stop(Duration grace) {
        child.stop(grace);
    }

    /** Kills the registry at once, like a crash. */
    public void kill() {
        child.kill();
    }

    public synchronized void restart(Duration timeout) {
        stop(Duration.ofSeconds(10));
        start(timeout);
    }

    public boolean isRunning() {
        return child.isAlive();
    }

    /** The registry's base URL, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The Confluent-compatible base URL, {@code http://127.0.0.1:PORT/apis/ccompat/v7}. */
    public String confluentUrl() {
        return url() + CCOMPAT_PATH;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return child.logFile();
    }

    public long pid() {
        return child.pid();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(confluentUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        String last = "no answer";
        try {
            while (true) {
                if (!child.isAlive()) {
                    throw child.failure("exited before it was ready");
                }
                try {
                    HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                    last = "HTTP " + response.statusCode() + " " + response.body();
                } catch (IOException notYet) {
                    last = notYet.toString();
                }
                if (System.nanoTime() > deadline) {
                    throw child.failure("GET " + probe.uri() + " did not answer 200 within " + timeout.toMillis()
                            + " ms (last: " + last + ")");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw child.failure("interrupted while waiting for it to start");
        }
    }

    private static boolean hasRunner(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("-runner.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path runnerJar(Path home) {
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("Apicurio Registry home " + home.toAbsolutePath()
                    + " does not exist; run the build first (./mvnw -B -pl testkit -am verify unpacks it)");
        }
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + home
                            + "; run the build first (./mvnw -B -pl testkit -am verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + home, e);
        }
    }

    private static String mainClass(Path runner) {
        try (JarFile jar = new JarFile(runner.toFile())) {
            String main = jar.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null) {
                throw new IllegalStateException(runner + " names no Main-Class in its manifest");
            }
            return main;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runner, e);
        }
    }

    /** The jar or classes directory of this module, which holds {@link ParentWatchdog}. */
    private static String ownLocation() {
        try {
            return Paths.get(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the testkit classes", e);
        }
    }

    /** Settings of a registry process; everything has a default except the work directory. */
    public static final class Builder {
        private final Path workDir;
        private Path home;
        private int port;
        private boolean persistent = true;
        private Path logFile;
        /*
         * C1 only: the registry answers a few lookups per client (serdes cache what they learn) and spends its life
         * idle, so the C2 compiler's steady-state gain is never collected, while its start-up compilations cost CPU
         * that the broker and the app need at the same moment. Measured on this project's 2-core machine: start-up
         * 8.2 s of CPU and 9 s to the first answer with tiered compilation, 4.1 s and 4 s with C1 only.
         */
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

        private Builder(Path workDir) {
            this.workDir = workDir;
        }

        /** The unpacked Apicurio distribution; default {@link #locateHome()}. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Whether schemas survive a restart (H2 file in the work directory) or live in memory only. */
        public Builder persistent(boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Replaces the default JVM options ({@code -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}). */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        public ApicurioRegistryProcess build() {
            return new ApicurioRegistryProcess(this);
        }
    }
}

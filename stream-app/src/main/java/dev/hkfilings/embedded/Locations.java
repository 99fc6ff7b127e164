package dev.hkfilings.embedded;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds what the build produced next to the runnable jar: the unpacked Apicurio registry
 * ({@code testkit/target/apicurio}) and the Connect plugin directory ({@code connectors/target/plugin}).
 * Both are looked for above the jar's directory and above the working directory, so the jar runs from the
 * repository root, from {@code stream-app/} or from anywhere in the checkout.
 */
final class Locations {

    static final String REGISTRY_HOME = "testkit/target/apicurio";
    static final String PLUGIN_PATH = "connectors/target/plugin";
    static final String SAMPLES = "samples";

    private Locations() {
    }

    static Path registryHome() {
        return find(REGISTRY_HOME, Locations::hasRunnerJar, "the unpacked Apicurio Registry (a *-runner.jar)",
                "--registry-home");
    }

    static Path pluginPath() {
        return find(PLUGIN_PATH, Locations::hasPlugin, "the Connect plugin directory (hkfilings-connectors-*/)",
                "--plugin-path");
    }

    /** The repository's sample filings ({@code samples/*.pdf}), if the jar runs from a checkout. */
    static java.util.Optional<Path> samples() {
        for (Path start : starts()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(SAMPLES);
                if (anyChild(candidate, f -> f.getFileName().toString().endsWith(".pdf"))) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Path find(String relative, Predicate<Path> valid, String what, String option) {
        List<Path> tried = new ArrayList<>();
        for (Path start : starts()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(relative);
                tried.add(candidate);
                if (valid.test(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("cannot find " + what + ": looked for " + relative + " above "
                + starts() + ". Build it first with ./mvnw -B -pl connectors,stream-app -am package -DskipTests, "
                + "or name the directory with " + option + ".");
    }

    private static List<Path> starts() {
        List<Path> starts = new ArrayList<>();
        try {
            Path jar = Path.of(Locations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            starts.add(jar.toAbsolutePath().getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loader): the working directory still counts
        }
        starts.add(Path.of("").toAbsolutePath());
        return starts;
    }

    static boolean hasRunnerJar(Path dir) {
        return anyChild(dir, f -> f.getFileName().toString().endsWith("-runner.jar"));
    }

    static boolean hasPlugin(Path dir) {
        return anyChild(dir, f -> Files.isDirectory(f) && f.getFileName().toString().startsWith("hkfilings-connectors"));
    }

    private static boolean anyChild(Path dir, Predicate<Path> test) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(test);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.TextExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code run} command's choices between a real cluster and the embedded default, and its errors. */
class RunCommandTest {

    /** Nothing may get as far as building the pipeline in these tests. */
    static final Components UNUSED = new Components() {
        @Override
        public TextExtractor extractor(Map<String, ?> extractSettings) {
            throw new AssertionError("no extractor expected");
        }

        @Override
        public Analyzer analyzer() {
            throw new AssertionError("no analyzer expected");
        }
    };

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine(UNUSED);
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void aRegistryUrlWithoutBrokersIsRefused() {
        assertThat(run("run", "--schema-registry-url", "http://127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("--schema-registry-url needs --bootstrap-servers");
    }

    @Test
    void brokersWithoutARegistryUrlAreRefused() {
        assertThat(run("run", "--bootstrap-servers", "127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap-servers needs --schema-registry-url");
    }

    @Test
    void clashingEmbeddedPortsAreRefusedBeforeAnythingStarts() {
        assertThat(run("run", "--broker-port", "8081", "--data-dir", dir.resolve("data").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ports must differ");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aMissingRegistryDistributionIsNamed() throws Exception {
        Path emptyHome = Files.createDirectories(dir.resolve("no-registry"));
        int code = run("run", "--registry-home", emptyHome.toString(), "--data-dir", dir.resolve("data").toString(),
                "--inbox", dir.resolve("inbox").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no Apicurio *-runner.jar in " + emptyHome);
    }
}

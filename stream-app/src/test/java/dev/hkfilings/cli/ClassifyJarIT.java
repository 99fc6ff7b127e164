package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.testing.Documents;
import dev.hkfilings.testing.PdfRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as a user runs it: {@code java -jar stream-app/target/stream-app.jar classify FILE...}. */
class ClassifyJarIT {

    private static final Path JAR = Path.of("target", "stream-app.jar");

    @TempDir
    Path dir;

    @Test
    void classifiesPdfsAndTextFilesAndExplainsDeadLetters() throws Exception {
        Path pledgeTxt = dir.resolve("pledge.txt");
        Files.writeString(pledgeTxt, resource("seeds/pledge_06680_2022-10-26.txt"));
        Path pollPdf = PdfRenderer.renderToFile(resource("seeds/poll_06680_2022-08-24.txt"), dir.resolve("poll.pdf"));
        Path noticePdf = PdfRenderer.renderToFile(resource("topology/near-miss-egm-notice.txt"), dir.resolve("notice.pdf"));
        Path corrupt = Files.write(dir.resolve("corrupt.pdf"),
                Documents.corrupted(PdfRenderer.render(resource("topology/near-miss-egm-notice.txt")), 7));

        Result r = classify(pledgeTxt.toString(), pollPdf.toString(), noticePdf.toString(), corrupt.toString());

        assertThat(r.exit).as(r.stderr).isZero();
        assertThat(r.lines).hasSize(4);
        JsonNode pledge = r.lines.get(0);
        assertThat(pledge.get("file").asText()).isEqualTo(pledgeTxt.toString());
        assertThat(pledge.get("type").asText()).isEqualTo("pledge");
        assertThat(pledge.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(pledge.get("evidence").size()).isPositive();
        JsonNode tx = pledge.get("event").get("payload").get("transactions").get(0);
        assertThat(tx.get("shares").asLong()).isEqualTo(1_550_000L);
        assertThat(tx.get("pledgee").asText()).isEqualTo("GF Securities Co., Ltd.");
        assertThat(tx.get("startDate").asText()).isEqualTo("2022-10-25");
        assertThat(pledge.get("event").get("stockCode").asText()).isEqualTo("06680");

        JsonNode poll = r.lines.get(1);
        assertThat(poll.get("type").asText()).isEqualTo("poll");
        JsonNode res = poll.get("event").get("payload").get("resolutions").get(0);
        assertThat(res.get("votesFor").asLong()).isEqualTo(516_237_845L);
        assertThat(res.get("votesAgainst").asLong()).isEqualTo(23_300L);
        assertThat(res.get("passed").asBoolean()).isTrue();

        assertThat(r.lines.get(2).get("type").asText()).isEqualTo("other");
        assertThat(r.lines.get(2).get("event").get("payload").isNull()).isTrue();

        JsonNode dead = r.lines.get(3);
        assertThat(dead.get("type").isNull()).isTrue();
        assertThat(dead.get("deadLetter").get("stage").asText()).isEqualTo("EXTRACT");
        assertThat(dead.get("deadLetter").get("reason").asText()).isNotBlank();
    }

    @Test
    void exitsNonZeroWhenAFileCannotBeRead() throws Exception {
        Path txt = Files.writeString(dir.resolve("notice.txt"), resource("topology/near-miss-egm-notice.txt"));

        Result r = classify(txt.toString(), dir.resolve("missing.pdf").toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.lines).hasSize(2);
        assertThat(r.lines.get(0).get("type").asText()).isEqualTo("other");
        assertThat(r.lines.get(1).get("error").asText()).contains("missing.pdf");
    }

    private record Result(int exit, List<JsonNode> lines, String stderr) {
    }

    private Result classify(String... files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "classify"));
        cmd.addAll(List.of(files));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(m.readTree(line));
            }
        }
        return new Result(p.exitValue(), lines, Files.readString(err));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClassifyJarIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

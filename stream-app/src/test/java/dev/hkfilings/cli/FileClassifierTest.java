package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.topology.FakeAnalyzer;
import dev.hkfilings.topology.FakeExtractor;
import dev.hkfilings.topology.FilingPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClassifierTest {

    @TempDir
    Path dir;

    private final FileClassifier classifier = new FileClassifier(new FilingPipeline(new FakeExtractor(), new FakeAnalyzer()));

    @Test
    void aPlainTextFileIsTakenAsExtractedTextAndTheEventIsPrintedWithSchemaFieldNames() throws Exception {
        Path f = Files.writeString(dir.resolve("p.txt"), "PLEDGE of shares (Stock Code: 06680)");

        var out = classifier.classify(f);

        assertThat(out.read()).isTrue();
        var json = out.json();
        assertThat(json.get("file").asText()).isEqualTo(f.toString());
        assertThat(json.get("type").asText()).isEqualTo("pledge");
        assertThat(json.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(json.get("evidence").get(0).asText()).isEqualTo("text:PLEDGE");
        var event = json.get("event");
        assertThat(event.get("announcementId").asText()).hasSize(64);
        assertThat(event.get("stockCode").asText()).isEqualTo("06680");
        assertThat(event.get("type").asText()).isEqualTo("PLEDGE");
        assertThat(event.get("payload").get("transactions").get(0).get("shares").asLong()).isEqualTo(1_550_000L);
        assertThat(event.get("payload").get("transactions").get(0).get("action").asText()).isEqualTo("PLEDGE");
        assertThat(event.get("processedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(event.get("sourceUri").asText()).startsWith("file:");
        assertThat(event.get("payload").get("transactions").get(0).get("startDate").asText()).isEqualTo("2022-10-25");
    }

    @Test
    void aFileThatWouldBeDeadLetteredSaysWhy() throws Exception {
        // the fake extractor fails on this marker; the name says .pdf, and the bytes are not plain text
        byte[] pdfish = "%PDF-1.7\n%CORRUPT".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("bad.pdf"), pdfish);
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        var out = classifier.classify(f);
        var none = classifier.classify(empty);

        assertThat(out.read()).isTrue();
        assertThat(out.json().get("type").isNull()).isTrue();
        assertThat(out.json().get("deadLetter").get("stage").asText()).isEqualTo("EXTRACT");
        assertThat(none.json().get("deadLetter").get("errorCode").asText()).isEqualTo("NO_CONTENT");
        assertThat(none.json().get("deadLetter").get("reason").asText()).contains("empty");
    }

    @Test
    void aMissingFileIsNotRead() {
        var out = classifier.classify(dir.resolve("missing.pdf"));

        assertThat(out.read()).isFalse();
        assertThat(out.json().get("error").asText()).contains("missing.pdf");
    }
}

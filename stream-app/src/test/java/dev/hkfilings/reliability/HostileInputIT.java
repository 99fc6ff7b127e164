package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.Documents;
import dev.hkfilings.testing.LargePdf;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6: broken and malicious documents, made in the test, through the packaged app at {@code -Xmx1g}. Each
 * ends as exactly one outcome; a document that cannot be read ends as a dead letter whose code and reason name the
 * problem; the stream thread never dies (no replacement in the log) and the app never runs out of heap.
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class HostileInputIT {

    private static final int MAX_INPUT_BYTES = 8 * 1024 * 1024;

    /** A hostile input and what must come of it: a dead letter with one of the codes and the phrase in its reason. */
    private record Hostile(String name, String contentType, byte[] bytes, List<String> codes, String phrase) {
        static Hostile deadLetter(String name, byte[] bytes, String phrase, String... codes) {
            return new Hostile(name, null, bytes, List.of(codes), phrase);
        }

        /** Readable but odd: any single outcome, and if it is a dead letter its reason must not be blank. */
        static Hostile readable(String name, String contentType, byte[] bytes) {
            return new Hostile(name, contentType, bytes, List.of(), null);
        }
    }

    @Test
    void everyHostileInputEndsAsOneOutcomeNamingTheProblemAndTheStreamThreadSurvives(KafkaHarness kafka) throws Exception {
        String appId = Scenarios.unique("reliab-hostile");
        // a short parse time-box: the bomb costs its worker at most this long; the size limit is lowered so that
        // the over-limit document stays small for the broker
        Map<String, String> settings = Map.of("application.id", appId, "extract.timeout.ms", "20000",
                "extract.max.input.bytes", Integer.toString(MAX_INPUT_BYTES), "extract.worker.heap.mb", "512");
        byte[] pledge = PdfRenderer.render(RawFilings.resource("seeds/pledge_06680_2022-10-26.txt"));
        String pollText = RawFilings.resource("seeds/poll_06680_2022-08-24.txt");
        List<Hostile> inputs = List.of(
                Hostile.deadLetter("truncated.pdf", Documents.truncated(pledge, 0.5), "truncated", "CORRUPT"),
                Hostile.deadLetter("corrupted.pdf", Documents.corrupted(pledge, 42), "cannot parse", "CORRUPT"),
                Hostile.deadLetter("encrypted.pdf", Documents.encrypted(pledge), "password", "ENCRYPTED"),
                Hostile.deadLetter("bomb.pdf", Documents.pdfBomb(4096), "bomb.pdf", "OUT_OF_MEMORY", "TIMEOUT"),
                // read in time as a page without text, or stopped by the time-box: which one depends on the machine
                Hostile.deadLetter("flate-bomb.pdf", Documents.flatePdfBomb(4096), "flate-bomb.pdf", "NO_TEXT_LAYER", "TIMEOUT"),
                Hostile.deadLetter("entity-bomb.docx", Documents.docxEntityBomb(), "entity bomb", "CORRUPT"),
                Hostile.deadLetter("zip-bomb.docx", Documents.docxZipBomb(200), "decompression bomb", "TOO_LARGE"),
                Hostile.deadLetter("empty.pdf", new byte[0], "0 bytes", "EMPTY"),
                Hostile.deadLetter("junk.pdf", Documents.junk(20_000, 7), "application/octet-stream", "UNSUPPORTED_TYPE"),
                Hostile.deadLetter("scan.pdf", Documents.scanned(2), "page(s)", "NO_TEXT_LAYER"),
                Hostile.deadLetter("over-limit.pdf", LargePdf.render(pollText, MAX_INPUT_BYTES + 1024), "over the limit", "TOO_LARGE"),
                new Hostile("5000-pages.pdf", null, Documents.manyPages(5_000), List.of("TIMEOUT"), "5000-pages.pdf"),
                Hostile.readable("scripts.html", "text/html", Documents.html("Poll results", pollText)),
                Hostile.readable("utf16-no-bom.txt", "text/plain", pollText.getBytes(StandardCharsets.UTF_16LE)),
                Hostile.readable("big5.txt", "text/plain; charset=UTF-8", Documents.encoded("股份質押公告 控股股東質押股份 董事會公告", "Big5")));

        Accounting accounting = Accounting.begin(kafka, "6 hostile inputs", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        Map<String, Hostile> byId = new LinkedHashMap<>();
        try (accounting; AppProcess app = AppProcess.of(kafka, appId, settings).start(); RawFilings raw = new RawFilings(kafka, accounting)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (Hostile h : inputs) {
                String id = appId + "-" + h.name();
                byId.put(id, h);
                sends.add(raw.send(id, h.name(), h.contentType(), h.bytes()));
            }
            RawFilings.await(sends);
            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(4), app::isAlive, "the app died: " + app.describe());
            Scenarios.recordAndCheck(o);

            for (var e : byId.entrySet()) {
                Hostile h = e.getValue();
                Outcomes.Outcome out = o.byFiling().get(e.getKey()).get(0);
                System.out.println(h.name() + " -> " + out);
                if (h.name().equals("5000-pages.pdf")) {
                    // read in time: a typed event or other; on a crowded machine it may hit the time-box instead
                    if (out.deadLetter()) {
                        assertThat(out.errorCode()).as(h.name()).isIn(h.codes());
                        assertThat(out.reason()).as(h.name()).contains(h.phrase());
                    }
                } else if (h.codes().isEmpty()) {
                    if (out.deadLetter()) {
                        assertThat(out.reason()).as(h.name()).isNotBlank();
                    }
                } else {
                    assertThat(out.deadLetter()).as(h.name() + " must be dead-lettered: " + out).isTrue();
                    assertThat(out.errorCode()).as(h.name() + ": " + out.reason()).isIn(h.codes());
                    assertThat(out.reason()).as(h.name()).containsIgnoringCase(h.phrase());
                }
            }
            assertThat(accounting.text(appId + "-scripts.html").getText()).doesNotContain("SCRIPT-TEXT-MUST-NOT-APPEAR").contains("Poll results");
            assertThat(app.isAlive()).as(app.describe()).isTrue();
            String log = app.log();
            assertThat(log).as("the stream thread must never die").doesNotContain("stream thread failed");
            assertThat(log).as("the app's own heap").doesNotContain("Exception in thread").doesNotContain("java.lang.OutOfMemoryError: Java heap space\n\tat");
        }
    }
}

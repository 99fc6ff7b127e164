package dev.hkfilings.connect.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxReaderTest {

    @TempDir
    Path root;

    private Path inbox() throws Exception {
        return Files.createDirectories(root.resolve("inbox"));
    }

    @Test
    void aDocumentWithASidecarCarriesItsBytesHashAndMetadata() throws Exception {
        Path inbox = inbox();
        byte[] content = "%PDF-1.7 poll results".getBytes();
        Path doc = Files.write(inbox.resolve("agm.pdf"), content);
        Path sidecar = Files.writeString(inbox.resolve("agm.json"), """
            {"stockCodes": ["700", "00005"], "title": "Poll results of the AGM", "publishedAt": "2025-04-29T17:00",
             "url": "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/0429/2025042900001.pdf", "language": "en"}
            """);

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem("agm.pdf", doc, sidecar));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.PRESENT);
        assertThat(filing.getContent()).isEqualTo(ByteBuffer.wrap(content));
        assertThat(filing.getMetadata().getFilingId()).isEqualTo(Filings.sha256Hex(content));
        assertThat(filing.getMetadata().getSha256()).isEqualTo(Filings.sha256Hex(content));
        assertThat(filing.getMetadata().getSource()).isEqualTo(FilingSource.INBOX);
        assertThat(filing.getMetadata().getStockCodes()).containsExactly("00700", "00005");
        assertThat(filing.getMetadata().getTitle()).isEqualTo("Poll results of the AGM");
        assertThat(filing.getMetadata().getPublishedAt()).isEqualTo(Instant.parse("2025-04-29T09:00:00Z"));
        assertThat(filing.getMetadata().getSourceUri()).endsWith("2025042900001.pdf");
        assertThat(filing.getMetadata().getContentType()).isEqualTo("application/pdf");
        assertThat(filing.getMetadata().getContentLength()).isEqualTo(content.length);
    }

    @Test
    void withoutSidecarItInfersWhatItCan() throws Exception {
        Path inbox = inbox();
        Path doc = Files.writeString(inbox.resolve("06680_pledge notice.txt"), "pledge");

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem(doc.getFileName().toString(), doc, null));

        assertThat(filing.getMetadata().getStockCodes()).containsExactly("06680");
        assertThat(filing.getMetadata().getTitle()).isEqualTo("06680_pledge notice");
        assertThat(filing.getMetadata().getFileName()).isEqualTo("06680_pledge notice.txt");
        assertThat(filing.getMetadata().getContentType()).isEqualTo("text/plain");
        assertThat(filing.getMetadata().getSourceUri()).startsWith("file:");
    }

    @Test
    void aFileOverTheLimitIsRecordedWithoutContentButWithItsHash() throws Exception {
        Path inbox = inbox();
        byte[] content = new byte[3000];
        Path doc = Files.write(inbox.resolve("esg.pdf"), content);

        RawFiling filing = new InboxReader(inbox, 2048).read(new InboxItem("esg.pdf", doc, null));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.TOO_LARGE);
        assertThat(filing.getContent()).isNull();
        assertThat(filing.getContentStatusReason()).isEqualTo("file is 3000 bytes, limit is 2048");
        assertThat(filing.getMetadata().getFilingId()).isEqualTo(Filings.sha256Hex(content));
        assertThat(filing.getMetadata().getContentLength()).isEqualTo(3000L);
    }

    @Test
    void aSidecarNamingAPathOutsideTheInboxIsRefused() throws Exception {
        Path inbox = inbox();
        Path sidecar = Files.writeString(inbox.resolve("evil.json"), "{\"file\": \"../../etc/passwd\", \"title\": \"x\"}");

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem("evil.json", null, sidecar));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.UNREADABLE);
        assertThat(filing.getContent()).isNull();
        assertThat(filing.getContentStatusReason()).isEqualTo("'../../etc/passwd' resolves outside the directory " + inbox + "; refused");
        assertThat(filing.getMetadata().getFilingId()).isEqualTo(Filings.sha256Hex(Files.readAllBytes(sidecar)));
    }

    @Test
    void anAbsolutePathOutsideTheInboxIsRefusedEvenBesideADocument() throws Exception {
        Path inbox = inbox();
        Path outside = Files.writeString(root.resolve("secret.txt"), "secret");
        Path doc = Files.writeString(inbox.resolve("a.pdf"), "a");
        Path sidecar = Files.writeString(inbox.resolve("a.json"), "{\"file\": \"" + outside + "\"}");

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem("a.pdf", doc, sidecar));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.UNREADABLE);
        assertThat(filing.getContentStatusReason()).contains("'" + outside + "' resolves outside the directory " + inbox);
    }

    @Test
    void aLinkToAFileOutsideIsNotFollowed() throws Exception {
        Path inbox = inbox();
        Path outside = Files.writeString(root.resolve("secret.pdf"), "secret");
        Path link = Files.createSymbolicLink(inbox.resolve("link.pdf"), outside);

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem("link.pdf", link, null));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.UNREADABLE);
        assertThat(filing.getContentStatusReason()).contains("a link to " + outside.toRealPath());
        assertThat(filing.getContent()).isNull();
    }

    @Test
    void anInvalidSidecarIsRefusedWithTheParserMessage() throws Exception {
        Path inbox = inbox();
        Path doc = Files.writeString(inbox.resolve("a.pdf"), "a");
        Path sidecar = Files.writeString(inbox.resolve("a.json"), "{\"title\": ");

        RawFiling filing = new InboxReader(inbox, 1024).read(new InboxItem("a.pdf", doc, sidecar));

        assertThat(filing.getContentStatus()).isEqualTo(ContentStatus.UNREADABLE);
        assertThat(filing.getContentStatusReason()).startsWith("sidecar a.json is not valid JSON");
    }
}

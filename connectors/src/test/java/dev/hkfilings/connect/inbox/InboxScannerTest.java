package dev.hkfilings.connect.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    @TempDir
    Path inbox;

    private final long t0 = System.currentTimeMillis();

    private Path write(String name, String content, long modifiedMillis) throws Exception {
        Path path = Files.writeString(inbox.resolve(name), content);
        Files.setLastModifiedTime(path, FileTime.fromMillis(modifiedMillis));
        return path;
    }

    @Test
    void aGrowingFileIsLeftUntilItStaysTheSameForTheStablePeriod() throws Exception {
        InboxScanner scanner = new InboxScanner(inbox, List.of("*.pdf"), 1_000);
        Path growing = write("growing.pdf", "part 1", t0);

        assertThat(scanner.ready(Set.of(), 10, t0)).isEmpty();
        Files.writeString(growing, "part 1, part 2");
        Files.setLastModifiedTime(growing, FileTime.fromMillis(t0 + 600));
        assertThat(scanner.ready(Set.of(), 10, t0 + 600)).as("changed since last scan").isEmpty();
        assertThat(scanner.ready(Set.of(), 10, t0 + 1_200)).as("unchanged for 600 ms only").isEmpty();
        assertThat(scanner.ready(Set.of(), 10, t0 + 1_700)).extracting(InboxItem::key).containsExactly("growing.pdf");
    }

    @Test
    void anOldFileIsReadyAtFirstSightAndPatternsIgnoreCase() throws Exception {
        InboxScanner scanner = new InboxScanner(inbox, List.of("*.pdf", "*.txt"), 1_000);
        write("A.PDF", "x", t0 - 5_000);
        write("b.txt", "x", t0 - 5_000);
        write("c.exe", "x", t0 - 5_000);
        write(".hidden.pdf", "x", t0 - 5_000);
        Files.createDirectories(inbox.resolve("finished"));

        assertThat(scanner.ready(Set.of(), 10, t0)).extracting(InboxItem::key).containsExactly("A.PDF", "b.txt");
        assertThat(scanner.ready(Set.of("A.PDF"), 10, t0)).extracting(InboxItem::key).containsExactly("b.txt");
        assertThat(scanner.ready(Set.of(), 1, t0)).hasSize(1);
    }

    @Test
    void sidecarsPairByFullOrBaseNameAndALoneSidecarLeadsItsDocument() throws Exception {
        InboxScanner scanner = new InboxScanner(inbox, List.of("*.pdf"), 0);
        write("a.pdf", "a", t0);
        write("a.pdf.json", "{}", t0);
        write("b.pdf", "b", t0);
        write("b.json", "{}", t0);
        Files.createDirectories(inbox.resolve("docs"));
        Path nested = Files.writeString(inbox.resolve("docs/c.pdf"), "c");
        write("meta-c.json", "{\"file\": \"docs/c.pdf\"}", t0);
        write("waiting.json", "{\"title\": \"no file yet\"}", t0);
        write("escape.json", "{\"file\": \"../../etc/passwd\"}", t0);

        List<InboxItem> items = scanner.ready(Set.of(), 10, t0 + 10);

        assertThat(items).extracting(InboxItem::key).containsExactly("a.pdf", "b.pdf", "escape.json", "meta-c.json");
        assertThat(items.get(0).sidecar()).isEqualTo(inbox.resolve("a.pdf.json"));
        assertThat(items.get(1).sidecar()).isEqualTo(inbox.resolve("b.json"));
        assertThat(items.get(2).document()).as("the escape is refused when read").isNull();
        assertThat(items.get(3).document()).isEqualTo(nested);
    }
}

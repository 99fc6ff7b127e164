package dev.hkfilings.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/connectors.md carries the reference generated from the ConfigDefs; this fails when it is stale. */
class ConfigReferenceTest {

    static final String REGENERATE = "./mvnw -B -o -pl connectors -am test -Dtest=ConfigReferenceTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -Ddocs.regenerate=true";

    @Test
    void theCheckedInReferenceMatchesTheConfigDefs() throws Exception {
        Path file = Path.of(System.getProperty("docs.dir", "../docs"), "connectors.md");
        String checkedIn = Files.readString(file, StandardCharsets.UTF_8);
        String expected = ConfigReference.updated(checkedIn);
        if (Boolean.getBoolean("docs.regenerate") && !expected.equals(checkedIn)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            checkedIn = expected;
        }

        assertThat(checkedIn)
            .as("%s is out of date with the ConfigDefs; regenerate it with:%n  %s", file, REGENERATE)
            .isEqualTo(expected);
    }

    @Test
    void everyKeyHasDocumentationAndImportance() {
        String reference = ConfigReference.render();

        assertThat(reference).contains("| `feed.base.url` | string | `https://www1.hkexnews.hk` | http(s) URL | high |");
        assertThat(reference).contains("| `inbox.directory` | string | (required) | existing directory | high |");
        assertThat(reference).contains("| `max.document.bytes` | long | `52428800` |");
        assertThat(reference).doesNotContain("|  |\n");
    }
}

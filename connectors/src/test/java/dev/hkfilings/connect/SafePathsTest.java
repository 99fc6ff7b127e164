package dev.hkfilings.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {

    @TempDir
    Path root;

    @Test
    void namesInsideResolve() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));

        assertThat(SafePaths.resolveInside(inbox, "a.pdf")).isEqualTo(inbox.resolve("a.pdf"));
        assertThat(SafePaths.resolveInside(inbox, "sub/../b.pdf")).isEqualTo(inbox.resolve("b.pdf"));
        assertThat(SafePaths.resolveInside(inbox, inbox.resolve("c.pdf").toString())).isEqualTo(inbox.resolve("c.pdf"));
    }

    @Test
    void parentEscapesAndAbsolutePathsOutsideAreRefused() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));

        assertThatThrownBy(() -> SafePaths.resolveInside(inbox, "../../etc/passwd"))
            .isInstanceOf(PathOutsideDirectoryException.class)
            .hasMessageContaining("'../../etc/passwd' resolves outside the directory " + inbox);
        assertThatThrownBy(() -> SafePaths.resolveInside(inbox, "/etc/passwd"))
            .isInstanceOf(PathOutsideDirectoryException.class);
        assertThatThrownBy(() -> SafePaths.resolveInside(inbox, "../inbox-sibling/x.pdf"))
            .isInstanceOf(PathOutsideDirectoryException.class);
        assertThatThrownBy(() -> SafePaths.resolveInside(inbox, "."))
            .isInstanceOf(PathOutsideDirectoryException.class);
    }

    @Test
    void aLinkInsideThatPointsOutsideIsRefused() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(inbox.resolve("innocent.pdf"), secret);

        assertThatThrownBy(() -> SafePaths.resolveInside(inbox, "innocent.pdf"))
            .isInstanceOf(PathOutsideDirectoryException.class)
            .hasMessageContaining("a link to " + secret.toRealPath());
    }
}

package dev.hkfilings.connect.inbox;

import dev.hkfilings.connect.SafePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves the files of an acknowledged item to the finished or the error directory, never overwriting one there. */
final class InboxMover {

    private static final Logger LOG = LoggerFactory.getLogger(InboxMover.class);

    private final Path inbox;
    private final Path finished;
    private final Path error;

    InboxMover(Path inbox, Path finished, Path error) {
        this.inbox = inbox;
        this.finished = finished;
        this.error = error;
    }

    void finished(InboxItem item) {
        moveAll(item, finished, null);
    }

    void failed(InboxItem item, String reason) {
        moveAll(item, error, reason);
    }

    private void moveAll(InboxItem item, Path directory, String reason) {
        Path movedDocument = null;
        for (Path file : new Path[] {item.document(), item.sidecar()}) {
            if (file == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // the file itself is moved, never what a link points at, so the lexical check is the one that matters
                SafePaths.requireLexicallyInside(inbox, file, file.getFileName().toString());
                Path target = freeName(directory, file.getFileName().toString());
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target);
                }
                if (movedDocument == null) {
                    movedDocument = target;
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not move {} to {}: {}; it will be read again", file, directory, e.toString());
            }
        }
        if (reason != null) {
            Path noteFor = movedDocument != null ? movedDocument : directory.resolve(item.key());
            Path note = freeName(directory, noteFor.getFileName() + ".reason.txt");
            try {
                Files.writeString(note, reason + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.error("Could not write the reason for {} to {}: {}", item.key(), note, e.toString());
            }
        }
    }

    /** A name in the directory that no file has yet: the name itself, else name-1.ext, name-2.ext... */
    private static Path freeName(Path directory, String name) {
        Path candidate = SafePaths.resolveInside(directory, name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = SafePaths.resolveInside(directory, base + "-" + n + ext);
        }
        return candidate;
    }
}

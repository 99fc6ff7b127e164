package dev.hkfilings.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Confines every path the connectors touch to a configured directory: the name is resolved and
 * normalized, and where the path exists its real location (symbolic links followed) must be inside too,
 * whatever a file name or a sidecar says.
 */
public final class SafePaths {

    private SafePaths() {
    }

    /** Resolves a relative or absolute name against a directory, refusing anything outside it. */
    public static Path resolveInside(Path directory, String name) {
        Path base = directory.toAbsolutePath().normalize();
        Path candidate;
        try {
            candidate = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new PathOutsideDirectoryException("'" + name + "' (" + e.getReason() + ")", base);
        }
        requireInside(base, candidate, "'" + name + "'");
        return candidate;
    }

    /** Checks that a path (normalized, and its real target if it exists) lies inside a directory. */
    public static Path requireInside(Path directory, Path path, String what) {
        Path base = directory.toAbsolutePath().normalize();
        Path candidate = requireLexicallyInside(base, path, what);
        if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Path realBase = base.toRealPath();
                Path real = candidate.toRealPath();
                if (!real.startsWith(realBase)) {
                    throw new PathOutsideDirectoryException(what + " (a link to " + real + ")", base);
                }
            } catch (IOException e) {
                // a dangling link has no real path: it cannot be read safely either
                throw new PathOutsideDirectoryException(what + " (" + e.getMessage() + ")", base);
            }
        }
        return candidate;
    }

    /** Checks that a normalized path lies inside a directory, without following links. */
    public static Path requireLexicallyInside(Path directory, Path path, String what) {
        Path base = directory.toAbsolutePath().normalize();
        Path candidate = path.toAbsolutePath().normalize();
        if (!candidate.startsWith(base) || candidate.equals(base)) {
            throw new PathOutsideDirectoryException(what, base);
        }
        return candidate;
    }

    /** The real path of an existing directory, for comparisons that must see through links. */
    public static Path realDirectory(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

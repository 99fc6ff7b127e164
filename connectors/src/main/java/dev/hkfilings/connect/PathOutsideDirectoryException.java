package dev.hkfilings.connect;

import java.nio.file.Path;

/** A path that would read or write outside the directory it is confined to. */
public class PathOutsideDirectoryException extends RuntimeException {

    public PathOutsideDirectoryException(String what, Path directory) {
        super(what + " resolves outside the directory " + directory + "; refused");
    }
}

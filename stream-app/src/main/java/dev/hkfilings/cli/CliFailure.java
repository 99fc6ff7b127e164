package dev.hkfilings.cli;

/**
 * A command failed for a reason the user can act on: the message names the problem and is printed without a
 * stack trace, and the process exits with {@link #exitCode()}.
 */
public class CliFailure extends RuntimeException {

    /** Something went wrong while the command ran (a refused reset, an extractor that could not start...). */
    public static final int FAILED = 1;
    /** The broker or the schema registry could not be reached or refused us. */
    public static final int UNREACHABLE = 3;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

package dev.hkfilings.replay;

/** Told how far a replay has got. */
@FunctionalInterface
public interface ReplayProgress {

    ReplayProgress NONE = (done, total) -> { };

    /** @param done records of the range handled so far, of {@code total} */
    void advanced(long done, long total);
}

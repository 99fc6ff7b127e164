package dev.hkfilings.classify;

import dev.hkfilings.avro.FilingText;

/** Classifies a filing's text and reads its typed fields: the same code path for the topology and the classify command. */
public interface Analyzer {

    /** Never throws for unusual text: an unreadable announcement is {@code OTHER} with its evidence. */
    Analysis analyze(FilingText text);
}

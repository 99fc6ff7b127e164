package dev.hkfilings.cli;

import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.TextExtractor;
import java.util.Map;

/** Where the commands get the extractor and the analyzer from: the real ones in the jar, fakes in tests. */
public interface Components {

    /** @param extractSettings {@code extract.*} settings, e.g. extract.mode, extract.workers, extract.timeout.ms */
    TextExtractor extractor(Map<String, ?> extractSettings);

    Analyzer analyzer();
}

package dev.hkfilings.cli;

import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.TextExtractor;
import java.util.Map;

/** The real parts: Tika behind {@link ExtractConfig} (isolated or in-process) and the bilingual analyzer. */
final class DefaultComponents implements Components {

    @Override
    public TextExtractor extractor(Map<String, ?> extractSettings) {
        return new ExtractConfig(extractSettings).newExtractor();
    }

    @Override
    public Analyzer analyzer() {
        return new AnnouncementAnalyzer();
    }
}

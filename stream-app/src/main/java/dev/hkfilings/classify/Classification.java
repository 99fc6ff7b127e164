package dev.hkfilings.classify;

import dev.hkfilings.avro.AnnouncementType;
import java.util.List;

/**
 * The class of one announcement, how sure the classifier is (0..1) and the cues that fired, e.g.
 * {@code text:"number of pledged shares"}, {@code category:14700}, {@code -text:"notice is hereby given"}
 * (a leading minus marks a cue that argued against a class).
 */
public record Classification(AnnouncementType type, double confidence, List<String> evidence) {

    public Classification {
        evidence = List.copyOf(evidence);
    }
}

package dev.hkfilings.classify;

import dev.hkfilings.avro.AnnouncementType;
import java.util.regex.Pattern;

/**
 * One textual cue: a pattern over the normalised text (lower case, whitespace collapsed, Traditional Chinese
 * folded to Simplified) and the weight it adds to a class; a negative weight argues against the class.
 */
record Cue(AnnouncementType type, double weight, Pattern pattern) {

    static Cue of(AnnouncementType type, double weight, String regex) {
        return new Cue(type, weight, Pattern.compile(regex));
    }
}

package dev.hkfilings.classify;

import dev.hkfilings.avro.AnnouncementType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One textual cue: a pattern over the normalised text (lower case, whitespace collapsed, Traditional Chinese
 * folded to Simplified) and the weight it adds to a class; a negative weight argues against the class.
 * {@code anyOf} holds literals of which every match contains one (null: none known), checked before the regex
 * because most cues are absent from most texts and a regex scan of a whole document is what classifying costs.
 */
record Cue(AnnouncementType type, double weight, Pattern pattern, List<String> anyOf) {

    static Cue of(AnnouncementType type, double weight, String regex) {
        return new Cue(type, weight, Pattern.compile(regex), RequiredLiterals.of(regex));
    }

    /** The first match in the text, or null; the same answer as {@code pattern().matcher(text).find()}. */
    Matcher find(String text) {
        if (anyOf != null && !containsAny(text)) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    private boolean containsAny(String text) {
        for (String literal : anyOf) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}

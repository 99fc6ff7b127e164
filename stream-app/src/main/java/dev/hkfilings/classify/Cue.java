package dev.hkfilings.classify;

import dev.hkfilings.avro.AnnouncementType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One textual cue: a pattern over the normalised text (lower case, whitespace collapsed, Traditional Chinese
 * folded to Simplified) and the weight it adds to a class; a negative weight argues against the class.
 *
 * <p>Most cues are absent from most texts, and a regex scan of a whole document per cue was what classifying
 * cost. So {@link #find} runs the pattern's top-level alternatives one by one, each only when the text holds one
 * of the literals every match of it contains, and a pattern that starts with a literal lets Java's matcher skip
 * ahead (Boyer-Moore) instead of trying every position. The answer is the pattern's own: the leftmost match, and
 * at equal starts the earlier alternative.
 */
record Cue(AnnouncementType type, double weight, Pattern pattern, List<Alternative> alternatives) {

    /** One top-level alternative of the pattern; {@code anyOf} null when no required literal is known. */
    record Alternative(Pattern pattern, List<String> anyOf) {

        boolean mayMatch(String text) {
            if (anyOf == null) {
                return true;
            }
            for (String literal : anyOf) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    static Cue of(AnnouncementType type, double weight, String regex) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : RequiredLiterals.topLevelAlternatives(regex)) {
            alternatives.add(new Alternative(Pattern.compile(alternative), RequiredLiterals.of(alternative)));
        }
        return new Cue(type, weight, Pattern.compile(regex), List.copyOf(alternatives));
    }

    /** The first match in the text, or null; the same match as {@code pattern().matcher(text).find()}. */
    Matcher find(String text) {
        Matcher best = null;
        for (Alternative alternative : alternatives) {
            if (!alternative.mayMatch(text)) {
                continue;
            }
            Matcher m = alternative.pattern().matcher(text);
            // Only a strictly earlier start beats an earlier alternative, as in the pattern's own alternation.
            if (best == null ? m.find() : best.start() > 0 && m.find() && m.start() < best.start()) {
                best = m;
            }
        }
        return best;
    }
}

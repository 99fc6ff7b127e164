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

    /**
     * One top-level alternative of the pattern; {@code anyOf} null when no required literal is known, {@code startsWith}
     * null when its matches do not all start with one of a few literals.
     */
    record Alternative(Pattern pattern, List<String> anyOf, List<String> startsWith, int[] anyOfIds, int[] startsWithIds) {

        Alternative(Pattern pattern, List<String> anyOf, List<String> startsWith) {
            this(pattern, anyOf, startsWith, ids(anyOf, null), ids(startsWith, null));
        }

        /** The literals' ids in the index (-1 for none), so that looking them up in its scan needs no hashing. */
        private static int[] ids(List<String> literals, LiteralIndex index) {
            if (literals == null) {
                return null;
            }
            int[] ids = new int[literals.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = index == null ? -1 : index.id(literals.get(i));
            }
            return ids;
        }

        Alternative boundTo(LiteralIndex index) {
            return new Alternative(pattern, index.canonical(anyOf), index.canonical(startsWith), ids(anyOf, index),
                    ids(startsWith, index));
        }

        boolean mayMatch(LiteralIndex.Occurrences occurrences) {
            if (anyOf == null) {
                return true;
            }
            for (int i = 0; i < anyOfIds.length; i++) {
                if (occurrences.first(anyOfIds[i], anyOf.get(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The leftmost match, as {@code pattern.matcher(text).find()} gives it. With known leading literals the
         * pattern is tried only where one of them occurs ({@link String#indexOf} is vectorised), in text order, with
         * transparent bounds so that look-arounds and {@code \\b} see the text around; the first hit is the leftmost.
         * Otherwise Java's own scan tries every position. A match starting at or after {@code before} is not wanted
         * (an earlier alternative already matched there): null.
         */
        Matcher find(LiteralIndex.Occurrences occurrences, int before) {
            String text = occurrences.text;
            if (startsWith == null) {
                Matcher m = pattern.matcher(text);
                return m.find() && m.start() < before ? m : null;
            }
            int n = startsWith.size();
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                next[i] = occurrences.first(startsWithIds[i], startsWith.get(i));
            }
            // made only once a prefix occurs: the spelled-out prefixes ("as my proxy") are mostly absent, and a
            // matcher of a long pattern costs its arrays of groups and locals
            Matcher m = null;
            while (true) {
                int at = -1;
                for (int i = 0; i < n; i++) {
                    if (next[i] >= 0 && (at < 0 || next[i] < at)) {
                        at = next[i];
                    }
                }
                if (at < 0 || at >= before) {
                    return null;
                }
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return m;
                }
                for (int i = 0; i < n; i++) {
                    if (next[i] == at) {
                        next[i] = text.indexOf(startsWith.get(i), at + 1);
                    }
                }
            }
        }
    }

    /** Every literal the prefilters of these cues look for. */
    static List<String> literals(List<Cue> cues) {
        List<String> all = new ArrayList<>();
        for (Cue cue : cues) {
            for (Alternative alternative : cue.alternatives()) {
                if (alternative.anyOf() != null) {
                    all.addAll(alternative.anyOf());
                }
                if (alternative.startsWith() != null) {
                    all.addAll(alternative.startsWith());
                }
            }
        }
        return all;
    }

    static Cue of(AnnouncementType type, double weight, String regex) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : RequiredLiterals.topLevelAlternatives(regex)) {
            alternatives.add(new Alternative(Pattern.compile(alternative), RequiredLiterals.of(alternative),
                    RequiredLiterals.prefixes(alternative)));
        }
        return new Cue(type, weight, Pattern.compile(regex), List.copyOf(alternatives));
    }

    /** This cue with its literals' ids in the index that will scan the texts it is asked about. */
    Cue boundTo(LiteralIndex index) {
        List<Alternative> bound = new ArrayList<>(alternatives.size());
        for (Alternative alternative : alternatives) {
            bound.add(alternative.boundTo(index));
        }
        return new Cue(type, weight, pattern, List.copyOf(bound));
    }

    /** The first match in the text, or null; the same match as {@code pattern().matcher(text).find()}. */
    Matcher find(String text) {
        return find(new LiteralIndex.Occurrences(text));
    }

    /** As {@link #find(String)}, with the text's literal occurrences looked up once for all cues. */
    Matcher find(LiteralIndex.Occurrences occurrences) {
        Matcher best = null;
        for (Alternative alternative : alternatives) {
            if (!alternative.mayMatch(occurrences)) {
                continue;
            }
            if (best != null && best.start() == 0) {
                break;
            }
            Matcher m = alternative.find(occurrences, best == null ? Integer.MAX_VALUE : best.start());
            // Only a strictly earlier start beats an earlier alternative, as in the pattern's own alternation.
            if (m != null) {
                best = m;
            }
        }
        return best;
    }
}

package dev.hkfilings.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each of a fixed set of literals first occurs in a text, found in one pass over the text. The cues hold a few
 * hundred literals; asking {@link String#indexOf} for each of them scanned every document a few hundred times.
 * Literals are bucketed by three of their characters, their anchor (the first two for two-character literals), so a
 * position costs a table look-up or two and, rarely, a {@link String#startsWith} per literal of its bucket.
 */
final class LiteralIndex {

    private static final int BUCKETS = 8192;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] literals;
    private final int[][] buckets = new int[BUCKETS][];
    private final int[][] pairBuckets = new int[BUCKETS][];
    private boolean hasPairs;
    private final List<Integer> singleChars = new ArrayList<>();
    /** Each literal's anchor: the offset of the three characters it is bucketed by (0 for two-character literals). */
    private final int[] anchors;
    /**
     * The first two characters of every literal's anchor, hashed into a bit set: most positions of a text start no
     * anchor, and one bit test rules them out before the bucket look-ups. A clear bit means no anchor starts there; a
     * set bit may be another pair's.
     */
    private final long[] pairBits = new long[PAIR_BITS / 64];

    private static final int PAIR_BITS = 1 << 16;

    LiteralIndex(Collection<String> all) {
        literals = new LinkedHashSet<>(all).toArray(new String[0]);
        anchors = new int[literals.length];
        for (int id = 0; id < literals.length; id++) {
            String literal = literals[id];
            ids.put(literal, id);
            if (literal.length() < 2) {
                singleChars.add(id);
                continue;
            }
            int k = literal.length() == 2 ? 0 : anchor(literal);
            anchors[id] = k;
            int pair = pairHash(literal.charAt(k), literal.charAt(k + 1));
            pairBits[pair >>> 6] |= 1L << pair;
            if (literal.length() == 2) {
                hasPairs = true;
                add(pairBuckets, bucket(literal.charAt(0), literal.charAt(1), (char) 0), id);
            } else {
                add(buckets, bucket(literal.charAt(k), literal.charAt(k + 1), literal.charAt(k + 2)), id);
            }
        }
    }

    /**
     * Where in the literal its three anchor characters start: where the first two are rarest in English text. Anchored
     * at their first two characters, the literals made a fifth of a page's positions pass the pair test (pairs such as
     * "th", "an", "re" and "in" open many English words), each then looked up in the buckets; anchored at their rarest
     * pair ("un" in "announce", "pl" in "pledge"), about a tenth.
     */
    private static int anchor(String literal) {
        int best = 0;
        double bestScore = Double.MAX_VALUE;
        for (int k = 0; k + 3 <= literal.length(); k++) {
            double score = frequency(literal.charAt(k)) * frequency(literal.charAt(k + 1))
                    * (COMMON_PAIRS.contains(literal.substring(k, k + 2)) ? 10 : 1);
            if (score < bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    /** Roughly how often a character occurs in an English announcement, in percent; only the order matters. */
    private static double frequency(char c) {
        if (c == ' ') {
            return 18;
        }
        if (c >= 'a' && c <= 'z') {
            return LETTER_FREQUENCY[c - 'a'];
        }
        return c < 0x80 ? 1 : 0.5;
    }

    /** The fifty commonest letter pairs of English (Norvig's counts over Google Books), most first. */
    private static final Set<String> COMMON_PAIRS = Set.of(
            "th", "he", "in", "er", "an", "re", "on", "at", "en", "nd", "ti", "es", "or", "te", "of", "ed", "is", "it", "al",
            "ar", "st", "to", "nt", "ng", "se", "ha", "as", "ou", "io", "le", "ve", "co", "me", "de", "hi", "ri", "ro", "ic",
            "ne", "ea", "ra", "ce", "li", "ch", "ll", "be", "ma", "si", "om", "ur");

    private static final double[] LETTER_FREQUENCY = {
        8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4, 6.7, 7.5, 1.9, 0.1, 6.0, 6.3, 9.1, 2.8, 1.0, 2.4, 0.15, 2.0, 0.07};

    private static void add(int[][] table, int bucket, int id) {
        int[] old = table[bucket];
        int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = id;
        table[bucket] = grown;
    }

    private static int pairHash(char first, char second) {
        return (first * 31 + second) & (PAIR_BITS - 1);
    }

    private static int bucket(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & (BUCKETS - 1);
    }

    /** The literals of the bucket whose anchor is at {@code i}: each starts its anchor's offset before it. */
    private void probe(int[] bucket, String text, int i, int[] first) {
        if (bucket != null) {
            for (int id : bucket) {
                int start = i - anchors[id];
                if (first[id] < 0 && start >= 0 && text.startsWith(literals[id], start)) {
                    first[id] = start;
                }
            }
        }
    }

    /** The first occurrences in this text of every literal of the index. */
    Occurrences scan(String text) {
        int[] first = new int[literals.length];
        Arrays.fill(first, -1);
        for (int id : singleChars) {
            first[id] = text.indexOf(literals[id]);
        }
        int n = text.length();
        if (n < 2) {
            return occurrences(text, first);
        }
        // one copy into an array: String.charAt checks the string's coder and bounds at each of the text's positions
        char[] chars = text.toCharArray();
        char b = chars[0];
        for (int i = 0; i + 1 < n; i++) {
            char a = b;
            b = chars[i + 1];
            int pair = pairHash(a, b);
            if ((pairBits[pair >>> 6] & 1L << pair) == 0) {
                continue;
            }
            char c = i + 2 < n ? chars[i + 2] : 0;
            if (hasPairs) {
                probe(pairBuckets[bucket(a, b, (char) 0)], text, i, first);
            }
            if (c != 0) {
                probe(buckets[bucket(a, b, c)], text, i, first);
            }
        }
        return occurrences(text, first);
    }

    private Occurrences occurrences(String text, int[] first) {
        return new Occurrences(text) {
            @Override
            int first(String literal) {
                Integer id = ids.get(literal);
                return id == null ? text.indexOf(literal) : first[id];
            }
        };
    }

    /** A text and where literals first occur in it. */
    static class Occurrences {

        final String text;

        Occurrences(String text) {
            this.text = text;
        }

        /** The first index of the literal in the text, -1 when absent. */
        int first(String literal) {
            return text.indexOf(literal);
        }
    }
}

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
 * position costs a table look-up or two and, rarely, a comparison of characters per literal of its bucket.
 */
final class LiteralIndex {

    /*
     * The index is read right after a parse has evicted it from the caches (in the pipeline a stream thread analyses a
     * text after the worker's parse and its own Kafka work), so it is laid out in a few flat arrays: the ids of each
     * bucket's literals in one int[] (an offset per bucket) and every literal's characters in one char[], rather than an
     * int[] per bucket and a String per literal, each a separate object to fetch. In the topology benchmark a stream
     * thread's classification cost about 4x its hot-loop time.
     */
    private static final int BUCKETS = 2048;
    private static final int PAIR_BUCKETS = 256;

    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] literals;
    /** Every literal's characters, one after the other; literal {@code id} starts at {@code offsets[id]}. */
    private final char[] pool;
    private final int[] offsets;
    /** Bucket {@code b}'s literal ids are {@code bucketIds[bucketStarts[b]]} up to {@code bucketStarts[b + 1]}. */
    private final int[] bucketStarts;
    private final int[] bucketIds;
    private final int[] pairBucketStarts;
    private final int[] pairBucketIds;
    private final boolean hasPairs;
    private final int[] singleChars;
    /** Each literal's anchor: the offset of the three characters it is bucketed by (0 for two-character literals). */
    private final int[] anchors;
    /**
     * The first two characters of every literal's anchor, hashed into a bit set: most positions of a text start no
     * anchor, and one bit test rules them out before the bucket look-ups. A clear bit means no anchor starts there; a
     * set bit may be another pair's.
     */
    private final long[] pairBits = new long[PAIR_BITS / 64];

    private static final int PAIR_BITS = 1 << 14;

    LiteralIndex(Collection<String> all) {
        literals = new LinkedHashSet<>(all).toArray(new String[0]);
        anchors = new int[literals.length];
        offsets = new int[literals.length + 1];
        List<List<Integer>> buckets = new ArrayList<>();
        List<List<Integer>> pairBuckets = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        for (int b = 0; b < PAIR_BUCKETS; b++) {
            pairBuckets.add(new ArrayList<>());
        }
        List<Integer> single = new ArrayList<>();
        boolean pairs = false;
        StringBuilder chars = new StringBuilder();
        for (int id = 0; id < literals.length; id++) {
            String literal = literals[id];
            ids.put(literal, id);
            offsets[id] = chars.length();
            chars.append(literal);
            if (literal.length() < 2) {
                single.add(id);
                continue;
            }
            int k = literal.length() == 2 ? 0 : anchor(literal);
            anchors[id] = k;
            int pair = pairHash(literal.charAt(k), literal.charAt(k + 1));
            pairBits[pair >>> 6] |= 1L << pair;
            if (literal.length() == 2) {
                pairs = true;
                pairBuckets.get(bucket(literal.charAt(0), literal.charAt(1), (char) 0) & (PAIR_BUCKETS - 1)).add(id);
            } else {
                buckets.get(bucket(literal.charAt(k), literal.charAt(k + 1), literal.charAt(k + 2))).add(id);
            }
        }
        offsets[literals.length] = chars.length();
        pool = chars.toString().toCharArray();
        hasPairs = pairs;
        singleChars = single.stream().mapToInt(Integer::intValue).toArray();
        bucketStarts = new int[BUCKETS + 1];
        bucketIds = flatten(buckets, bucketStarts);
        pairBucketStarts = new int[PAIR_BUCKETS + 1];
        pairBucketIds = flatten(pairBuckets, pairBucketStarts);
    }

    private static int[] flatten(List<List<Integer>> buckets, int[] starts) {
        int[] flat = new int[buckets.stream().mapToInt(List::size).sum()];
        int n = 0;
        for (int b = 0; b < buckets.size(); b++) {
            starts[b] = n;
            for (int id : buckets.get(b)) {
                flat[n++] = id;
            }
        }
        starts[buckets.size()] = n;
        return flat;
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

    private static int pairHash(char first, char second) {
        return (first * 31 + second) & (PAIR_BITS - 1);
    }

    private static int bucket(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & (BUCKETS - 1);
    }

    /** The literals of bucket {@code from..to} whose anchor is at {@code i}: each starts its anchor's offset before it. */
    private void probe(int[] ids, int from, int to, char[] text, int i, int[] first) {
        for (int j = from; j < to; j++) {
            int id = ids[j];
            int start = i - anchors[id];
            if (first[id] < 0 && start >= 0 && occursAt(id, text, start)) {
                first[id] = start;
            }
        }
    }

    private boolean occursAt(int id, char[] text, int start) {
        int from = offsets[id];
        int length = offsets[id + 1] - from;
        if (start + length > text.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text[start + k] != pool[from + k]) {
                return false;
            }
        }
        return true;
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
            if (hasPairs) {
                int p = bucket(a, b, (char) 0) & (PAIR_BUCKETS - 1);
                probe(pairBucketIds, pairBucketStarts[p], pairBucketStarts[p + 1], chars, i, first);
            }
            if (i + 2 < n) {
                int k = bucket(a, b, chars[i + 2]);
                probe(bucketIds, bucketStarts[k], bucketStarts[k + 1], chars, i, first);
            }
        }
        return occurrences(text, first);
    }

    /**
     * The same literals, each as the string object this index holds: {@link Occurrences#first(int, String)} knows an id
     * of this index by that object.
     */
    List<String> canonical(List<String> some) {
        if (some == null) {
            return null;
        }
        List<String> out = new ArrayList<>(some.size());
        for (String literal : some) {
            int id = id(literal);
            out.add(id >= 0 ? literals[id] : literal);
        }
        return List.copyOf(out);
    }

    /** The literal's id in this index, -1 when it is not one of its literals. */
    int id(String literal) {
        return ids.getOrDefault(literal, -1);
    }

    private Occurrences occurrences(String text, int[] first) {
        return new Occurrences(text) {
            @Override
            int first(String literal) {
                Integer id = ids.get(literal);
                return id == null ? text.indexOf(literal) : first[id];
            }

            @Override
            int first(int id, String literal) {
                // the same string object: an id of this index, looked up without hashing the literal
                return id >= 0 && id < literals.length && literals[id] == literal ? first[id] : first(literal);
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

        /** As {@link #first(String)}, for a literal whose id in the scanning index is known ({@link #id}). */
        int first(int id, String literal) {
            return first(literal);
        }
    }
}

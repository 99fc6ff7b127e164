package dev.hkfilings.replay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An offset bound as given on the command line: one offset for every partition ({@code 120}), or one per
 * partition ({@code 0:120,2:75}); a per-partition bound also restricts the replay to the partitions it names.
 */
public record OffsetBound(OptionalLong all, Map<Integer, Long> perPartition) {

    public OffsetBound {
        perPartition = Collections.unmodifiableMap(new LinkedHashMap<>(perPartition));
    }

    public static OffsetBound parse(String text) {
        String s = text.strip();
        if (!s.contains(":")) {
            return new OffsetBound(OptionalLong.of(offset(text, s)), Map.of());
        }
        Map<Integer, Long> m = new LinkedHashMap<>();
        for (String part : s.split(",")) {
            String[] pn = part.strip().split(":", -1);
            if (pn.length != 2) {
                throw new IllegalArgumentException("'" + text + "': '" + part.strip() + "' is not PARTITION:OFFSET");
            }
            int partition;
            try {
                partition = Integer.parseInt(pn[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': partition '" + pn[0].strip() + "' is not a number");
            }
            if (partition < 0) {
                throw new IllegalArgumentException("'" + text + "': partition " + partition + " is negative");
            }
            if (m.put(partition, offset(text, pn[1].strip())) != null) {
                throw new IllegalArgumentException("'" + text + "': partition " + partition + " is given twice");
            }
        }
        return new OffsetBound(OptionalLong.empty(), m);
    }

    /** The bound for a partition, if this bound says anything about it. */
    public OptionalLong forPartition(int partition) {
        if (all.isPresent()) {
            return all;
        }
        Long v = perPartition.get(partition);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Whether this bound names partitions, so that only those are replayed. */
    public boolean restrictsPartitions() {
        return all.isEmpty();
    }

    private static long offset(String text, String s) {
        try {
            long v = Long.parseLong(s);
            if (v < 0) {
                throw new IllegalArgumentException("'" + text + "': offset " + v + " is negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': '" + s + "' is not an offset (a whole number)");
        }
    }
}

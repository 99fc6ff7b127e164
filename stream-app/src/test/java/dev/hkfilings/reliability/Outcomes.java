package dev.hkfilings.reliability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What came out for a set of filings: per filing id, the records on the outcome topics, and the figures of the
 * summary table.
 *
 * <p>Definitions. A filing's <em>outcomes</em> are its records (key = filing id) on {@code hkex.events.pledge},
 * {@code .poll}, {@code .esg}, {@code .other} and {@code hkex.filings.dlq}, read with {@code read_committed}. Each
 * raw record must have exactly one. <em>Missing</em>: filings with no outcome. <em>Duplicates</em>: outcome records
 * beyond the number of raw records of that filing, summed over filings; a re-processing that writes the same key
 * again with the same content counts, because exactly-once must not re-process at all. The topics are read before
 * the log cleaner could merge anything: a fresh compacted topic keeps every record in its active segment, so
 * compaction cannot hide a duplicate here.
 */
record Outcomes(String scenario, Map<String, List<Outcome>> byFiling, Map<String, Integer> inputs) {

    /** One outcome record: its topic, and for a dead letter its error code and reason. */
    record Outcome(String topic, String errorCode, String reason) {
        boolean deadLetter() {
            return errorCode != null;
        }
    }

    int filingsIn() {
        return inputs.values().stream().mapToInt(Integer::intValue).sum();
    }

    long count(String topicSuffix) {
        return byFiling.values().stream().flatMap(List::stream).filter(o -> o.topic().endsWith(topicSuffix)).count();
    }

    long events() {
        return byFiling.values().stream().flatMap(List::stream)
                .filter(o -> o.topic().startsWith("hkex.events.") && !o.topic().equals("hkex.events.other")).count();
    }

    long other() {
        return count("hkex.events.other");
    }

    long deadLetters() {
        return count("hkex.filings.dlq");
    }

    long duplicates() {
        long d = 0;
        for (var e : inputs.entrySet()) {
            int out = byFiling.getOrDefault(e.getKey(), List.of()).size();
            d += Math.max(0, out - e.getValue());
        }
        return d;
    }

    Set<String> missing() {
        Map<String, Integer> m = new TreeMap<>();
        inputs.forEach((id, n) -> {
            if (byFiling.getOrDefault(id, List.of()).isEmpty()) {
                m.put(id, n);
            }
        });
        return m.keySet();
    }

    /** Filings with more outcomes than inputs, with what came out, for a failure message. */
    Map<String, List<Outcome>> duplicated() {
        Map<String, List<Outcome>> m = new TreeMap<>();
        inputs.forEach((id, n) -> {
            List<Outcome> out = byFiling.getOrDefault(id, List.of());
            if (out.size() > n) {
                m.put(id, out);
            }
        });
        return m;
    }

    SummaryRow row() {
        return new SummaryRow(scenario, filingsIn(), events(), other(), deadLetters(), duplicates(), missing().size());
    }

    @Override
    public String toString() {
        return row().toString();
    }
}

package dev.hkfilings.connect.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;

/** Counts how a listing differs from the shape we know, so that a change is reported in one clear line. */
final class ShapeProblems {

    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String problem) {
        counts.merge(problem, 1, Integer::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    List<String> describe() {
        List<String> out = new ArrayList<>();
        counts.forEach((problem, count) -> out.add(count == 1 ? problem : problem + " (" + count + " items)"));
        return out;
    }

    void warnIfAny(Logger log, String source) {
        if (!counts.isEmpty()) {
            log.warn("HKEXnews listing shape changed at {}: {}. Items without the fields we need are skipped; "
                + "check the feed and update the parser.", source, String.join("; ", describe()));
        }
    }
}

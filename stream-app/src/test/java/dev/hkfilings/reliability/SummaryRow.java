package dev.hkfilings.reliability;

/**
 * One line of the reliability summary; a column that does not apply to a scenario is -1 and printed as "-".
 *
 * @param note what the outcome is where it is not the topology's (e.g. the raw record of a connector scenario)
 */
record SummaryRow(String scenario, long filingsIn, long events, long other, long deadLetters, long duplicates, long missing,
                  String note) {

    static final String HEADER = String.format("%-34s %10s %8s %8s %8s %11s %8s  %s", "scenario", "filings in", "events",
            "other", "dlq", "duplicates", "missing", "note");

    SummaryRow(String scenario, long filingsIn, long events, long other, long deadLetters, long duplicates, long missing) {
        this(scenario, filingsIn, events, other, deadLetters, duplicates, missing, "");
    }

    SummaryRow withNote(String n) {
        return new SummaryRow(scenario, filingsIn, events, other, deadLetters, duplicates, missing, n);
    }

    @Override
    public String toString() {
        return String.format("%-34s %10s %8s %8s %8s %11s %8s  %s", scenario, n(filingsIn), n(events), n(other),
                n(deadLetters), n(duplicates), n(missing), note);
    }

    private static String n(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }
}

package dev.hkfilings.replay;

import dev.hkfilings.avro.AnnouncementType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What a replay did, counted as it goes and printed at the end. */
public final class ReplaySummary {

    private long read;
    private long skipped;
    private long texts;
    private final Map<AnnouncementType, Long> events = new EnumMap<>(AnnouncementType.class);
    private long companyRecords;
    private final Set<String> companyTopics = new TreeSet<>();
    private long deadLetters;
    private Duration took = Duration.ZERO;

    public ReplaySummary() {
        for (AnnouncementType t : AnnouncementType.values()) {
            events.put(t, 0L);
        }
    }

    void read() {
        read++;
    }

    void skipped() {
        skipped++;
    }

    void text() {
        texts++;
    }

    void event(AnnouncementType type) {
        events.merge(type, 1L, Long::sum);
    }

    void companyRecord(String topic) {
        companyRecords++;
        companyTopics.add(topic);
    }

    void deadLetter() {
        deadLetters++;
    }

    void took(Duration d) {
        took = d;
    }

    /** Raw filings read from the range. */
    public long filingsRead() {
        return read;
    }

    /** Filings of other companies when the replay is restricted to one, and undecodable records it cannot attribute. */
    public long skippedOtherCompanies() {
        return skipped;
    }

    public long textsWritten() {
        return texts;
    }

    /** Announcements written to the market-wide topic of the type (one per announcement). */
    public long events(AnnouncementType type) {
        return events.get(type);
    }

    public long companyRecords() {
        return companyRecords;
    }

    public Set<String> companyTopics() {
        return Set.copyOf(companyTopics);
    }

    public long deadLetters() {
        return deadLetters;
    }

    public Duration took() {
        return took;
    }

    public String render() {
        double secs = Math.max(took.toMillis(), 1) / 1000.0;
        StringBuilder sb = new StringBuilder("replay summary\n");
        sb.append(String.format(Locale.ROOT, "  filings read:      %,d%n", read));
        if (skipped > 0) {
            sb.append(String.format(Locale.ROOT, "  skipped:           %,d (other companies)%n", skipped));
        }
        sb.append(String.format(Locale.ROOT, "  texts written:     %,d (hkex.filings.text)%n", texts));
        sb.append(String.format(Locale.ROOT, "  events written:    pledge %,d, poll %,d, esg %,d (hkex.events.*)%n",
                events(AnnouncementType.PLEDGE), events(AnnouncementType.POLL), events(AnnouncementType.ESG)));
        sb.append(String.format(Locale.ROOT, "  other:             %,d (hkex.events.other)%n", events(AnnouncementType.OTHER)));
        sb.append(String.format(Locale.ROOT, "  company records:   %,d on %,d company topic(s)%n", companyRecords, companyTopics.size()));
        sb.append(String.format(Locale.ROOT, "  dead letters:      %,d (hkex.filings.dlq)%n", deadLetters));
        sb.append(String.format(Locale.ROOT, "  took:              %.1f s (%.1f filings/s)%n", secs, read / secs));
        return sb.toString();
    }
}

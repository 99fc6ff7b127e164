package dev.hkfilings.live;

/**
 * One committed announcement event as the live stream sends it: routing fields for the filters and the
 * event already rendered to JSON once, so fan-out to many clients costs no further serialization.
 *
 * @param announcementId the event's key
 * @param stockCode five-digit company code the event is routed to
 * @param type the announcement type in lower case: pledge, poll, esg or other
 * @param json the whole AnnouncementEvent as one line of JSON
 * @param committedTopic the market-wide topic the event was read from
 * @param offset its offset there (with the partition, the SSE event id)
 */
public record LiveEvent(String announcementId, String stockCode, String type, String json,
                        String committedTopic, int partition, long offset) {

    /** The SSE id: where in Kafka the event is, unique even when an announcement is reprocessed. */
    public String sseId() {
        return committedTopic + "-" + partition + "-" + offset;
    }
}

package dev.hkfilings.connect.feed;

import java.time.Instant;
import java.util.List;

/**
 * One announcement as listed by the latest-announcements feed or the title search.
 *
 * @param newsId the exchange's document id
 * @param releasedAt release time as an instant (the exchange publishes Hong Kong local time)
 * @param documentPath the document's path or URL as listed (resolved against the base URL)
 * @param language en or zh
 */
public record FeedEntry(
    String newsId,
    String title,
    Instant releasedAt,
    String documentPath,
    String fileType,
    String sizeText,
    List<String> stockCodes,
    List<String> stockNames,
    String headlineCategory,
    List<String> categoryCodes,
    String market,
    String language) {

    /** The filing id: the news id, with the exchange's {@code _c} suffix for the Chinese listing of the same announcement. */
    public String filingId() {
        return "zh".equals(language) ? newsId + "_c" : newsId;
    }

    /** Numeric order of news ids, so that entries released in the same minute are emitted in a stable order. */
    public long newsIdNumber() {
        try {
            return Long.parseLong(newsId);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}

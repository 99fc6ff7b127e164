package dev.hkfilings.connect.feed;

import dev.hkfilings.connect.HkexText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an answer of the title search servlet: {@code result} is a JSON array encoded as a string, so it is
 * parsed twice. Values may hold HTML entities and {@code u003c}-style escapes.
 */
public final class TitleSearchParser {

    private static final Logger LOG = LoggerFactory.getLogger(TitleSearchParser.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TitleSearchParser() {
    }

    /**
     * @param market the board queried (SEHK or GEM), since rows do not say it
     * @param categoryCode the headline category filtered on, or null, since rows do not carry codes
     */
    public static FeedPage parse(byte[] body, String source, String language, String market, String categoryCode) throws IOException {
        JsonNode root = JSON.readTree(body);
        ShapeProblems problems = new ShapeProblems();
        List<FeedEntry> entries = new ArrayList<>();
        boolean more = false;
        if (root == null || !root.isObject()) {
            problems.add("the top level is not a JSON object");
        } else {
            more = root.path("hasNextRow").asBoolean(false);
            JsonNode result = root.get("result");
            JsonNode rows = null;
            if (result == null) {
                problems.add("top-level field 'result' is missing (fields present: " + FeedParser.fieldNames(root) + ")");
            } else if (result.isTextual()) {
                String inner = result.asText().trim();
                rows = inner.isEmpty() || inner.equals("null") ? JSON.createArrayNode() : JSON.readTree(inner);
            } else {
                rows = result; // tolerate a plain array should the servlet stop double-encoding
            }
            if (rows != null && !rows.isArray()) {
                problems.add("'result' does not hold a list");
            } else if (rows != null) {
                for (JsonNode row : rows) {
                    entry(row, language, market, categoryCode, problems).ifPresent(entries::add);
                }
            }
        }
        problems.warnIfAny(LOG, source);
        return new FeedPage(entries, 1, more, problems.describe());
    }

    private static Optional<FeedEntry> entry(JsonNode row, String language, String market, String categoryCode, ShapeProblems problems) {
        String newsId = FeedParser.text(row, "NEWS_ID");
        String time = FeedParser.text(row, "DATE_TIME");
        String link = FeedParser.text(row, "FILE_LINK");
        boolean usable = true;
        for (String[] required : new String[][] {{"NEWS_ID", newsId}, {"DATE_TIME", time}, {"FILE_LINK", link}}) {
            if (required[1] == null || required[1].isBlank()) {
                problems.add("row field '" + required[0] + "' is missing");
                usable = false;
            }
        }
        if (!usable) {
            return Optional.empty();
        }
        Optional<Instant> released = HkexText.releaseTime(time);
        if (released.isEmpty()) {
            problems.add("row field 'DATE_TIME' has an unknown format ('" + time + "')");
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> rawNames = HkexText.splitList(FeedParser.text(row, "STOCK_NAME"));
        List<String> rawCodes = HkexText.splitList(FeedParser.text(row, "STOCK_CODE"));
        for (int i = 0; i < rawCodes.size(); i++) {
            int index = i;
            HkexText.stockCode(rawCodes.get(i)).ifPresent(code -> {
                codes.add(code);
                names.add(index < rawNames.size() ? rawNames.get(index) : "");
            });
        }
        String category = Optional.ofNullable(FeedParser.text(row, "LONG_TEXT")).filter(s -> !s.isBlank())
            .orElse(FeedParser.text(row, "SHORT_TEXT"));
        return Optional.of(new FeedEntry(
            newsId.trim(),
            HkexText.decode(FeedParser.text(row, "TITLE")),
            released.get(),
            HkexText.decode(link).trim(),
            FeedParser.text(row, "FILE_TYPE"),
            FeedParser.text(row, "FILE_INFO"),
            List.copyOf(codes),
            List.copyOf(names),
            category == null ? null : HkexText.decode(category).trim(),
            categoryCode == null ? List.of() : List.of(categoryCode),
            market,
            language));
    }
}

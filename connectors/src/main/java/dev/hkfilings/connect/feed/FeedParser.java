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
 * Reads the latest-announcements feed ({@code lci...relsd..._N.json}) defensively: items that lack what we
 * need are skipped and the change of shape is logged once per page as a WARN line naming the fields.
 */
public final class FeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedParser() {
    }

    public static FeedPage parse(byte[] body, String source, String language) throws IOException {
        JsonNode root = JSON.readTree(body);
        ShapeProblems problems = new ShapeProblems();
        List<FeedEntry> entries = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("the top level is not a JSON object");
        } else {
            JsonNode items = root.get("newsInfoLst");
            if (items == null || !items.isArray()) {
                problems.add("top-level field 'newsInfoLst' is missing or not a list (fields present: " + fieldNames(root) + ")");
            } else {
                for (JsonNode item : items) {
                    entry(item, language, problems).ifPresent(entries::add);
                }
            }
        }
        int pages = root != null && root.path("maxNumOfFile").canConvertToInt() ? Math.max(1, root.path("maxNumOfFile").asInt()) : 1;
        problems.warnIfAny(LOG, source);
        return new FeedPage(entries, pages, false, problems.describe());
    }

    private static Optional<FeedEntry> entry(JsonNode item, String language, ShapeProblems problems) {
        String newsId = text(item, "newsId");
        String relTime = text(item, "relTime");
        String webPath = text(item, "webPath");
        boolean usable = true;
        for (String[] required : new String[][] {{"newsId", newsId}, {"relTime", relTime}, {"webPath", webPath}}) {
            if (required[1] == null || required[1].isBlank()) {
                problems.add("item field '" + required[0] + "' is missing");
                usable = false;
            }
        }
        if (!usable) {
            return Optional.empty();
        }
        Optional<Instant> released = HkexText.releaseTime(relTime);
        if (released.isEmpty()) {
            problems.add("item field 'relTime' has an unknown format ('" + relTime + "')");
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        JsonNode stocks = item.get("stock");
        if (stocks != null && stocks.isArray()) {
            for (JsonNode stock : stocks) {
                HkexText.stockCode(text(stock, "sc")).ifPresent(code -> {
                    codes.add(code);
                    String name = text(stock, "sn");
                    names.add(name == null ? "" : HkexText.decode(name).trim());
                });
            }
        } else {
            problems.add("item field 'stock' is missing or not a list");
        }
        List<String> categoryCodes = new ArrayList<>();
        for (String field : List.of("t1Code", "t2Code")) {
            for (String code : HkexText.splitList(text(item, field))) {
                if (code.matches("-?\\d+") && !categoryCodes.contains(code)) {
                    categoryCodes.add(code);
                }
            }
        }
        String category = Optional.ofNullable(text(item, "lTxt")).filter(s -> !s.isBlank()).orElse(text(item, "sTxt"));
        return Optional.of(new FeedEntry(
            newsId.trim(),
            HkexText.decode(text(item, "title")),
            released.get(),
            webPath.trim(),
            text(item, "ext"),
            text(item, "size"),
            List.copyOf(codes),
            List.copyOf(names),
            category == null ? null : HkexText.decode(category).trim(),
            List.copyOf(categoryCodes),
            text(item, "market"),
            language));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}

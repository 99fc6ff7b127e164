package dev.hkfilings.connect.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the listings of the exchange's site: the live feed pages and the title search by day. */
final class FeedListing {

    private static final Logger LOG = LoggerFactory.getLogger(FeedListing.class);
    private static final DateTimeFormatter SEARCH_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_ROWS_PER_DAY = 20_000;

    private final URI base;
    private final PoliteHttp http;
    private final int window;

    FeedListing(URI base, PoliteHttp http, int window) {
        this.base = base;
        this.http = http;
        this.window = window;
    }

    /** All entries of the live feed of a board and language; null when the feed could not be read. */
    List<FeedEntry> live(FeedPartition partition) throws InterruptedIOException {
        List<FeedEntry> entries = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            URI uri = base.resolve("ncms/json/eds/lci" + partition.board + window + "relsd" + partition.language + "_" + page + ".json");
            Fetched fetched = http.get(uri, 64L * 1024 * 1024);
            if (!fetched.ok()) {
                LOG.warn("Could not read the feed {}: {}; will try again at the next poll", uri, fetched.failure());
                return null;
            }
            try {
                FeedPage parsed = FeedParser.parse(fetched.body(), uri.toString(), partition.languageName());
                entries.addAll(parsed.entries());
                pages = parsed.pageCount();
            } catch (IOException e) {
                LOG.warn("HKEXnews listing shape changed at {}: the answer is not JSON ({}); will try again at the next poll", uri, e.getMessage());
                return null;
            }
        }
        return entries;
    }

    /** All entries released on one day per the title search; null when the search could not be read. */
    List<FeedEntry> day(FeedPartition partition, LocalDate day, String category, int rowRange) throws InterruptedIOException {
        Map<String, FeedEntry> byId = new LinkedHashMap<>();
        String categoryCode = category.equals("-2") ? null : category;
        for (int rows = rowRange; rows <= MAX_ROWS_PER_DAY; rows += rowRange) {
            URI uri = base.resolve("search/titleSearchServlet.do?sortDir=0&sortByOptions=DateTime&category=0"
                + "&market=" + partition.market() + "&stockId=-1&documentType=-1"
                + "&fromDate=" + SEARCH_DATE.format(day) + "&toDate=" + SEARCH_DATE.format(day)
                + "&title=&searchType=0&t1code=-2&t2Gcode=-2&t2code=" + category
                + "&rowRange=" + rows + "&lang=" + (partition.language.equals("c") ? "ZH" : "EN"));
            Fetched fetched = http.get(uri, 64L * 1024 * 1024);
            if (!fetched.ok()) {
                LOG.warn("Could not read the title search {}: {}", uri, fetched.failure());
                return null;
            }
            FeedPage page;
            try {
                page = TitleSearchParser.parse(fetched.body(), uri.toString(), partition.languageName(), partition.market(), categoryCode);
            } catch (IOException e) {
                LOG.warn("HKEXnews listing shape changed at {}: the answer is not JSON ({})", uri, e.getMessage());
                return null;
            }
            int before = byId.size();
            page.entries().forEach(entry -> byId.putIfAbsent(entry.newsId(), entry));
            if (!page.more() || byId.size() == before) {
                return new ArrayList<>(byId.values());
            }
        }
        LOG.warn("The title search for {} on {} lists more than {} rows; only those were read", partition, day, MAX_ROWS_PER_DAY);
        return new ArrayList<>(byId.values());
    }
}

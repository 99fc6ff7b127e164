package dev.hkfilings.connect.feed;

import dev.hkfilings.connect.HkexText;
import dev.hkfilings.connect.CommonConfig;
import dev.hkfilings.connect.ConfigValidators;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** Configuration of the HKEXnews feed source connector. */
public final class FeedSourceConfig extends AbstractConfig {

    public static final String BASE_URL = "feed.base.url";
    public static final String MODE = "feed.mode";
    public static final String BOARDS = "feed.boards";
    public static final String LANGUAGES = "feed.languages";
    public static final String WINDOW = "feed.window";
    public static final String POLL_INTERVAL_MS = "feed.poll.interval.ms";
    public static final String SKIP_IDS_FROM = "feed.skip.ids.from";
    public static final String BACKFILL_FROM = "backfill.from.date";
    public static final String BACKFILL_TO = "backfill.to.date";
    public static final String BACKFILL_CATEGORY = "backfill.headline.category";
    public static final String BACKFILL_ROW_RANGE = "backfill.row.range";
    public static final String USER_AGENT = "http.user.agent";
    public static final String REQUESTS_PER_SECOND = "http.requests.per.second";
    public static final String MAX_RETRIES = "http.max.retries";
    public static final String BACKOFF_MS = "http.retry.backoff.ms";
    public static final String MAX_BACKOFF_MS = "http.retry.backoff.max.ms";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "http.request.timeout.ms";

    public static final String MODE_LIVE = "live";
    public static final String MODE_BACKFILL = "backfill";

    public static final ConfigDef CONFIG_DEF = CommonConfig.define(new ConfigDef())
        .define(BASE_URL, Type.STRING, "https://www1.hkexnews.hk", ConfigValidators.httpUrl(), Importance.HIGH,
            "Base URL of the HKEXnews site. The feed is read from {base}/ncms/json/eds/lci{board}{window}relsd{lang}_{page}.json, "
                + "the backfill from {base}/search/titleSearchServlet.do, and document paths are resolved against it.")
        .define(MODE, Type.STRING, MODE_LIVE, ConfigDef.ValidString.in(MODE_LIVE, MODE_BACKFILL), Importance.HIGH,
            "live: poll the latest-announcements feed for new entries. backfill: load the announcements released between "
                + BACKFILL_FROM + " and " + BACKFILL_TO + " through the title search, then stay idle.")
        .define(BOARDS, Type.LIST, "sehk,gem", ConfigValidators.listOf("sehk", "gem"), Importance.MEDIUM,
            "Boards to read: sehk (Main Board), gem (GEM). Each board and language is a source partition with its own offset.")
        .define(LANGUAGES, Type.LIST, "e", ConfigValidators.listOf("e", "c"), Importance.MEDIUM,
            "Listing languages to read: e (English), c (Chinese). Filing ids are the news id for English and the news id "
                + "with the suffix _c for Chinese, following the exchange's document names.")
        .define(WINDOW, Type.INT, 1,
            ConfigDef.LambdaValidator.with((name, value) -> {
                if (!Integer.valueOf(1).equals(value) && !Integer.valueOf(7).equals(value)) {
                    throw new ConfigException(name, value, "must be 1 or 7");
                }
            }, () -> "1 or 7"), Importance.LOW,
            "Feed window: 1 for the latest announcements, 7 for the last seven days (live mode).")
        .define(POLL_INTERVAL_MS, Type.LONG, 60_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
            "How often the live feed is read, in milliseconds. Pollers in the wild use 30 to 300 seconds.")
        .define(SKIP_IDS_FROM, Type.LONG, 9_000_000L, null, Importance.LOW,
            "News ids at or above this value are the exchange's test announcements and are skipped; 0 or less skips none.")
        .define(BACKFILL_FROM, Type.STRING, "", ConfigValidators.isoDateOrEmpty(), Importance.HIGH,
            "First release date (yyyy-MM-dd, Hong Kong) to backfill; required when " + MODE + "=backfill. Documents go back to 1999-04-01.")
        .define(BACKFILL_TO, Type.STRING, "", ConfigValidators.isoDateOrEmpty(), Importance.HIGH,
            "Last release date (yyyy-MM-dd, Hong Kong) to backfill, inclusive; empty means today.")
        .define(BACKFILL_CATEGORY, Type.STRING, "-2", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
            "Headline category code (t2code) to backfill, e.g. 14700 for Results of AGM; -2 means all categories.")
        .define(BACKFILL_ROW_RANGE, Type.INT, 100, ConfigDef.Range.between(10, 1000), Importance.LOW,
            "Rows asked of the title search per request; a day with more rows is read with growing row ranges.")
        .define(USER_AGENT, Type.STRING, "hkfilings-connector (Kafka Connect source; polite polling)",
            new ConfigDef.NonEmptyString(), Importance.MEDIUM,
            "User-Agent header sent with every request. Say who you are and how to reach you.")
        .define(REQUESTS_PER_SECOND, Type.DOUBLE, 1.0, ConfigDef.Range.between(0.01, 50), Importance.MEDIUM,
            "Most requests per second to the site, documents included. 5 per second drew 429 answers in the wild.")
        .define(MAX_RETRIES, Type.INT, 5, ConfigDef.Range.between(0, 20), Importance.LOW,
            "Retries of a request answered 429 or 5xx, or timed out, before the document is recorded as DOWNLOAD_FAILED.")
        .define(BACKOFF_MS, Type.LONG, 2_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
            "First wait before a retry, in milliseconds; it doubles with each retry. A longer Retry-After is honoured.")
        .define(MAX_BACKOFF_MS, Type.LONG, 60_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
            "Longest wait before a retry, in milliseconds.")
        .define(CONNECT_TIMEOUT_MS, Type.LONG, 10_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
            "TCP connect timeout, in milliseconds.")
        .define(REQUEST_TIMEOUT_MS, Type.LONG, 120_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
            "Timeout of one request until its response headers arrive, in milliseconds.");

    public FeedSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        if (isBackfill()) {
            if (getString(BACKFILL_FROM).isBlank()) {
                throw new ConfigException(BACKFILL_FROM, "", "is required when " + MODE + "=" + MODE_BACKFILL);
            }
            if (backfillTo().isBefore(backfillFrom())) {
                throw new ConfigException(BACKFILL_TO, getString(BACKFILL_TO), "is before " + BACKFILL_FROM + " " + backfillFrom());
            }
        }
    }

    public String topic() {
        return getString(CommonConfig.TOPIC);
    }

    public long maxDocumentBytes() {
        return getLong(CommonConfig.MAX_DOCUMENT_BYTES);
    }

    public URI baseUrl() {
        String base = getString(BASE_URL).trim();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    public boolean isBackfill() {
        return MODE_BACKFILL.equals(getString(MODE));
    }

    public List<String> boards() {
        return getList(BOARDS);
    }

    public List<String> languages() {
        return getList(LANGUAGES);
    }

    public int window() {
        return getInt(WINDOW);
    }

    public long pollIntervalMillis() {
        return getLong(POLL_INTERVAL_MS);
    }

    public long skipIdsFrom() {
        return getLong(SKIP_IDS_FROM);
    }

    public LocalDate backfillFrom() {
        return LocalDate.parse(getString(BACKFILL_FROM).trim());
    }

    public LocalDate backfillTo() {
        String to = getString(BACKFILL_TO).trim();
        return to.isEmpty() ? LocalDate.now(HkexText.HONG_KONG) : LocalDate.parse(to);
    }

    public String backfillCategory() {
        return getString(BACKFILL_CATEGORY).trim();
    }

    public int backfillRowRange() {
        return getInt(BACKFILL_ROW_RANGE);
    }

    public PoliteHttp.Settings httpSettings() {
        return new PoliteHttp.Settings(getString(USER_AGENT), getDouble(REQUESTS_PER_SECOND), getInt(MAX_RETRIES),
            getLong(BACKOFF_MS), getLong(MAX_BACKOFF_MS), Duration.ofMillis(getLong(CONNECT_TIMEOUT_MS)),
            Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS)));
    }
}

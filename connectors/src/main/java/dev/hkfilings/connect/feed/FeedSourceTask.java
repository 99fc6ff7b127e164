package dev.hkfilings.connect.feed;

import dev.hkfilings.connect.HkexText;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import dev.hkfilings.connect.Version;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the listings, and for each entry not yet emitted downloads its document and emits one RawFiling.
 * Entries are emitted in release order, each record carrying the cursor after it as its offset, so a
 * restarted task continues exactly after the last record Kafka acknowledged.
 */
public class FeedSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSourceTask.class);
    private static final long IDLE_WAIT_MS = 1_000;

    private record Pending(FeedPartition partition, FeedEntry entry) {
    }

    private FeedSourceConfig config;
    private PoliteHttp http;
    private FeedListing listing;
    private FeedDocuments documents;
    private final List<FeedPartition> partitions = new ArrayList<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private long nextListingRead;
    private boolean backfillReported;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new FeedSourceConfig(props);
        http = new PoliteHttp(config.httpSettings());
        listing = new FeedListing(config.baseUrl(), http, config.window());
        documents = new FeedDocuments(config.baseUrl(), http, config.maxDocumentBytes());
        partitions.clear();
        pending.clear();
        backfillReported = false;
        nextListingRead = 0;
        for (String board : config.boards()) {
            for (String language : config.languages()) {
                Map<String, String> sourcePartition = new LinkedHashMap<>();
                sourcePartition.put("listing", config.isBackfill() ? "backfill" : "feed");
                sourcePartition.put("board", board);
                sourcePartition.put("language", language);
                if (config.isBackfill()) {
                    // an open end ('until today') stays the same partition on later days, so a restart resumes it
                    String to = config.getString(FeedSourceConfig.BACKFILL_TO).isBlank() ? "today" : config.backfillTo().toString();
                    sourcePartition.put("range", config.backfillFrom() + ".." + to + "/" + config.backfillCategory());
                }
                FeedCursor cursor = FeedCursor.fromOffset(context.offsetStorageReader().offset(sourcePartition));
                FeedPartition partition = new FeedPartition(board, language, sourcePartition, cursor);
                if (config.isBackfill()) {
                    LocalDate resumeDay = cursor.isStart() ? config.backfillFrom() : cursor.releasedAt().atZone(HkexText.HONG_KONG).toLocalDate();
                    partition.nextDay = resumeDay.isBefore(config.backfillFrom()) ? config.backfillFrom() : resumeDay;
                }
                partitions.add(partition);
                LOG.info("Reading {} from {} (cursor {})", sourcePartition, config.baseUrl(), cursor.isStart() ? "none" : cursor.toOffset());
            }
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        try {
            if (pending.isEmpty()) {
                if (config.isBackfill()) {
                    readNextBackfillDay();
                } else {
                    readLiveFeeds();
                }
            }
            Pending next = pending.poll();
            return next == null ? null : List.of(emit(next));
        } catch (InterruptedIOException e) {
            return null; // stopping
        }
    }

    private void readLiveFeeds() throws InterruptedIOException {
        long wait = nextListingRead - System.currentTimeMillis();
        if (wait > 0) {
            http.pause().sleep(Math.min(wait, IDLE_WAIT_MS));
            return;
        }
        nextListingRead = System.currentTimeMillis() + config.pollIntervalMillis();
        for (FeedPartition partition : partitions) {
            List<FeedEntry> entries = listing.live(partition);
            if (entries != null) {
                enqueueNew(partition, entries);
            }
        }
    }

    private void readNextBackfillDay() throws InterruptedIOException {
        LocalDate last = config.backfillTo();
        for (FeedPartition partition : partitions) {
            if (partition.nextDay.isAfter(last)) {
                continue;
            }
            List<FeedEntry> entries = listing.day(partition, partition.nextDay, config.backfillCategory(), config.backfillRowRange());
            if (entries == null) {
                return; // the search failed after retries: the same day is asked again at the next poll
            }
            enqueueNew(partition, entries);
            partition.nextDay = partition.nextDay.plusDays(1);
            return;
        }
        if (!backfillReported) {
            LOG.info("Backfill {}..{} complete for {}; the task stays idle", config.backfillFrom(), last, partitions);
            backfillReported = true;
        }
        http.pause().sleep(IDLE_WAIT_MS);
    }

    private void enqueueNew(FeedPartition partition, List<FeedEntry> entries) {
        long skipFrom = config.skipIdsFrom();
        entries.stream()
            .filter(partition.cursor::isNew)
            .filter(entry -> skipFrom <= 0 || entry.newsIdNumber() < skipFrom)
            .sorted(FeedCursor.ORDER)
            .distinct()
            .forEach(entry -> pending.add(new Pending(partition, entry)));
    }

    private SourceRecord emit(Pending next) throws InterruptedIOException {
        FilingSource source = config.isBackfill() ? FilingSource.BACKFILL : FilingSource.FEED;
        RawFiling filing = documents.fetch(next.entry(), next.partition(), source);
        next.partition().cursor = next.partition().cursor.after(next.entry());
        return Filings.record(next.partition().sourcePartition, next.partition().cursor.toOffset(), config.topic(), filing);
    }

    @Override
    public void stop() {
        if (http != null) {
            http.close();
        }
    }
}

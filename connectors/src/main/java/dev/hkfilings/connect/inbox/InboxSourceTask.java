package dev.hkfilings.connect.inbox;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import dev.hkfilings.connect.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one RawFiling per ready inbox item. The item's files stay where they are until Kafka acknowledged the
 * record ({@link #commitRecord}); only then are they moved, so a crash before that re-reads them and the
 * content-hash key makes the repeat harmless.
 */
public class InboxSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(InboxSourceTask.class);
    static final String OFFSET_FILE = "file";

    private record InFlight(InboxItem item, ContentStatus status, String reason) {
    }

    private InboxSourceConfig config;
    private InboxScanner scanner;
    private InboxReader reader;
    private InboxMover mover;
    private Map<String, String> sourcePartition;
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private final Deque<InboxItem> backlog = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new InboxSourceConfig(props);
        Path inbox = config.directory();
        Path finished = config.finishedDirectory();
        Path error = config.errorDirectory();
        try {
            Files.createDirectories(finished);
            Files.createDirectories(error);
        } catch (IOException e) {
            throw new ConnectException("Cannot create the finished/error directories " + finished + ", " + error + ": " + e, e);
        }
        scanner = new InboxScanner(inbox, config.filePatterns(), config.stableMillis());
        reader = new InboxReader(inbox, config.maxDocumentBytes());
        mover = new InboxMover(inbox, finished, error);
        sourcePartition = Map.of("inbox", inbox.toString());
        LOG.info("Watching inbox {} for {} (finished: {}, error: {})", inbox, config.filePatterns(), finished, error);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (backlog.isEmpty()) {
            // taken before the directory is listed: commitRecord moves an item's files before it forgets the item, so
            // an item missing from this snapshot is either not emitted yet or already gone from the listing
            Set<String> busy = Set.copyOf(inFlight.keySet());
            try {
                backlog.addAll(scanner.ready(busy, Integer.MAX_VALUE, System.currentTimeMillis()));
            } catch (IOException e) {
                LOG.warn("Cannot list the inbox {}: {}", config.directory(), e.toString());
            }
        }
        if (backlog.isEmpty()) {
            stopped.await(config.pollIntervalMillis(), TimeUnit.MILLISECONDS);
            return null;
        }
        // a full inbox is listed once and served in batches, rather than listed again for every batch
        List<SourceRecord> records = new ArrayList<>(config.batchMaxFiles());
        for (int i = 0; i < config.batchMaxFiles() && !backlog.isEmpty(); i++) {
            InboxItem item = backlog.poll();
            RawFiling filing = reader.read(item);
            if (filing == null) {
                continue;
            }
            inFlight.put(item.key(), new InFlight(item, filing.getContentStatus(), filing.getContentStatusReason()));
            records.add(Filings.record(sourcePartition, Map.of(OFFSET_FILE, item.key()), config.topic(), filing));
        }
        return records.isEmpty() ? null : records;
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        Object key = record.sourceOffset().get(OFFSET_FILE);
        InFlight done = key == null ? null : inFlight.get(key.toString());
        if (done == null) {
            return;
        }
        if (done.status() == ContentStatus.PRESENT) {
            mover.finished(done.item());
        } else {
            mover.failed(done.item(), done.status() + ": " + done.reason());
        }
        inFlight.remove(key.toString());
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}

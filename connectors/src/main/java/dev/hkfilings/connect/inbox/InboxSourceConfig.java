package dev.hkfilings.connect.inbox;

import dev.hkfilings.connect.CommonConfig;
import dev.hkfilings.connect.ConfigValidators;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Configuration of the inbox source connector. */
public final class InboxSourceConfig extends AbstractConfig {

    public static final String DIRECTORY = "inbox.directory";
    public static final String FINISHED_DIRECTORY = "inbox.finished.directory";
    public static final String ERROR_DIRECTORY = "inbox.error.directory";
    public static final String FILE_PATTERNS = "inbox.file.patterns";
    public static final String STABLE_MS = "inbox.file.stable.ms";
    public static final String POLL_INTERVAL_MS = "inbox.poll.interval.ms";
    public static final String BATCH_MAX_FILES = "inbox.batch.max.files";

    public static final ConfigDef CONFIG_DEF = CommonConfig.define(new ConfigDef())
        .define(DIRECTORY, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigValidators.existingDirectory(false), Importance.HIGH,
            "Directory watched for new files (its top level only). Nothing outside this directory and the finished and error "
                + "directories is ever read or written, whatever a file name or a sidecar says.")
        .define(FINISHED_DIRECTORY, Type.STRING, "", ConfigValidators.existingDirectory(true), Importance.MEDIUM,
            "Directory a file (and its sidecar) is moved to once Kafka acknowledged its record; empty means 'finished' inside "
                + "the inbox, created when missing.")
        .define(ERROR_DIRECTORY, Type.STRING, "", ConfigValidators.existingDirectory(true), Importance.MEDIUM,
            "Directory a file is moved to once its record (without content, with the reason) is acknowledged, when it was too "
                + "large, unreadable, empty or refused; the reason is written beside it as <name>.reason.txt. Empty means 'error' "
                + "inside the inbox, created when missing.")
        .define(FILE_PATTERNS, Type.LIST, "*.pdf,*.htm,*.html,*.txt,*.docx", ConfigValidators.nonEmptyList(),
            Importance.MEDIUM,
            "Glob patterns (case-insensitive) of the file names that are documents. A sidecar <file>.json or <base name>.json "
                + "beside a document may carry its metadata: stockCodes, companyNames, title, publishedAt, url, headlineCategory, "
                + "headlineCategoryCodes, market, language, and file (the document's path inside the inbox, for a sidecar "
                + "that is not named after its document).")
        .define(STABLE_MS, Type.LONG, 2_000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
            "A file is read only once its size and modification time stayed unchanged for this many milliseconds, so that a "
                + "file still being written is not read half-way.")
        .define(POLL_INTERVAL_MS, Type.LONG, 1_000L, ConfigDef.Range.atLeast(10), Importance.LOW,
            "How long to wait between scans of an inbox that had nothing ready, in milliseconds.")
        .define(BATCH_MAX_FILES, Type.INT, 100, ConfigDef.Range.between(1, 10_000), Importance.LOW,
            "Most files read into one batch of records.");

    public InboxSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String topic() {
        return getString(CommonConfig.TOPIC);
    }

    public long maxDocumentBytes() {
        return getLong(CommonConfig.MAX_DOCUMENT_BYTES);
    }

    public Path directory() {
        return Path.of(getString(DIRECTORY).trim()).toAbsolutePath().normalize();
    }

    public Path finishedDirectory() {
        String dir = getString(FINISHED_DIRECTORY).trim();
        return dir.isEmpty() ? directory().resolve("finished") : Path.of(dir).toAbsolutePath().normalize();
    }

    public Path errorDirectory() {
        String dir = getString(ERROR_DIRECTORY).trim();
        return dir.isEmpty() ? directory().resolve("error") : Path.of(dir).toAbsolutePath().normalize();
    }

    public List<String> filePatterns() {
        return getList(FILE_PATTERNS);
    }

    public long stableMillis() {
        return getLong(STABLE_MS);
    }

    public long pollIntervalMillis() {
        return getLong(POLL_INTERVAL_MS);
    }

    public int batchMaxFiles() {
        return getInt(BATCH_MAX_FILES);
    }
}

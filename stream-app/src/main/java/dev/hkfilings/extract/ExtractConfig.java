package dev.hkfilings.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;

/** Text-extraction settings, validated once, with defaults sized for the 50 MiB ESG report. */
public final class ExtractConfig extends AbstractConfig {

    public enum Mode { ISOLATED, IN_PROCESS }

    public static final String MODE = "extract.mode";
    public static final String WORKERS = "extract.workers";
    public static final String TIMEOUT_MS = "extract.timeout.ms";
    public static final String MAX_TEXT_CHARS = "extract.max.text.chars";
    public static final String MAX_INPUT_BYTES = "extract.max.input.bytes";
    public static final String WORKER_HEAP_MB = "extract.worker.heap.mb";
    public static final String WORKER_START_TIMEOUT_MS = "extract.worker.start.timeout.ms";
    public static final String WORKER_MAX_PARSES = "extract.worker.max.parses";
    public static final String WORKER_JVM_OPTIONS = "extract.worker.jvm.options";
    public static final String WORKER_WARMUP_PARSES = "extract.worker.warmup.parses";

    /** Below Kafka Streams' default max.poll.interval.ms (300 s) even when a record waits for a busy worker first. */
    public static final long DEFAULT_TIMEOUT_MS = 60_000;

    public static final ConfigDef DEF = new ConfigDef()
            .define(MODE, Type.STRING, "isolated", ValidString.in("isolated", "in-process"), Importance.HIGH,
                    "isolated: parse in a pool of child JVMs that are killed on timeout (the stream app, classify); "
                            + "in-process: parse on the caller's thread, unprotected (benchmarks, classify --extract-mode in-process)")
            .define(WORKERS, Type.INT, 2, Range.between(1, 64), Importance.HIGH,
                    "Number of worker JVMs in isolated mode; match the number of stream threads")
            .define(TIMEOUT_MS, Type.LONG, DEFAULT_TIMEOUT_MS, Range.between(100, 3_600_000), Importance.HIGH,
                    "Deadline of one parse; on expiry the worker is killed and replaced and the result is TIMEOUT. "
                            + "Keep it well below max.poll.interval.ms")
            .define(MAX_TEXT_CHARS, Type.INT, 5_000_000, Range.between(1_000, 200_000_000), Importance.MEDIUM,
                    "Text beyond this many characters is cut and the result marked truncated")
            .define(MAX_INPUT_BYTES, Type.INT, 64 * 1024 * 1024, Range.between(1, Integer.MAX_VALUE - 1024), Importance.MEDIUM,
                    "Documents larger than this are refused as TOO_LARGE without parsing")
            .define(WORKER_HEAP_MB, Type.INT, 768, Range.between(64, 65_536), Importance.MEDIUM,
                    "-Xmx of each worker JVM; an out-of-memory parse becomes an OUT_OF_MEMORY result")
            .define(WORKER_START_TIMEOUT_MS, Type.LONG, 60_000L, Range.between(1_000, 600_000), Importance.LOW,
                    "How long a new worker may take to start and warm up")
            // A new worker compiles Tika all over again: in the topology benchmark a replacement pair cost about 29 s
            // of CPU before it was warm, which every 10,000 parses (Tika's own default) came to 1.4 ms per document.
            .define(WORKER_MAX_PARSES, Type.INT, 100_000, Range.atLeast(1), Importance.LOW,
                    "A worker is replaced after this many parses, so that leaks in parsers cannot accumulate (a worker that "
                            + "runs out of memory is replaced at once)")
            .define(WORKER_WARMUP_PARSES, Type.INT, 20, Range.between(0, 100_000), Importance.LOW,
                    "Parses of a built-in sample a new worker runs before it takes requests (at most 10 s of them), so "
                            + "that its parsers are loaded and compiling before real documents arrive")
            .define(WORKER_JVM_OPTIONS, Type.LIST, "-XX:+UseSerialGC,-Xss4m", Importance.LOW,
                    "Extra JVM options for the workers, comma-separated");

    public ExtractConfig(Map<?, ?> props) {
        super(DEF, props);
        if (getLong(TIMEOUT_MS) >= 300_000 && mode() == Mode.ISOLATED) {
            // not an error (max.poll.interval.ms may be raised too) but worth a clear message
            org.slf4j.LoggerFactory.getLogger(ExtractConfig.class)
                    .warn("{}={} is at or above Kafka's default max.poll.interval.ms (300000)", TIMEOUT_MS, getLong(TIMEOUT_MS));
        }
    }

    public static ExtractConfig defaults() {
        return new ExtractConfig(Map.of());
    }

    /** Defaults overridden by the given pairs, e.g. {@code with(WORKERS, 4, TIMEOUT_MS, 5000)}. */
    public static ExtractConfig with(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new ConfigException("with() takes key/value pairs");
        }
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
        }
        return new ExtractConfig(props);
    }

    public Mode mode() {
        return Mode.valueOf(getString(MODE).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public int workers() {
        return getInt(WORKERS);
    }

    public long timeoutMs() {
        return getLong(TIMEOUT_MS);
    }

    public int maxTextChars() {
        return getInt(MAX_TEXT_CHARS);
    }

    public int maxInputBytes() {
        return getInt(MAX_INPUT_BYTES);
    }

    public int workerHeapMb() {
        return getInt(WORKER_HEAP_MB);
    }

    public long workerStartTimeoutMs() {
        return getLong(WORKER_START_TIMEOUT_MS);
    }

    public int workerMaxParses() {
        return getInt(WORKER_MAX_PARSES);
    }

    public int workerWarmupParses() {
        return getInt(WORKER_WARMUP_PARSES);
    }

    public java.util.List<String> workerJvmOptions() {
        return getList(WORKER_JVM_OPTIONS);
    }

    /** The extractor this configuration asks for. */
    public TextExtractor newExtractor() {
        return mode() == Mode.ISOLATED ? new IsolatedExtractor(this) : new InProcessExtractor(this);
    }
}

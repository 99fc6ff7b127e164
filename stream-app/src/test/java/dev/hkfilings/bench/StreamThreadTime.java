package dev.hkfilings.bench;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Where the stream threads' wall time goes, from Kafka Streams' own counters (KIP-761): blocked on Kafka (polls,
 * producer flushes and the transaction calls of each commit) and, of that, the commits' transaction calls; with the
 * time spent waiting for the extraction workers (measured by the caller) the rest is the threads' own work and
 * their waits for a core.
 */
public final class StreamThreadTime {

    private final double blockedNs;
    private final double commitNs;
    private final double commits;
    private final double pollWaitNs;
    private final double fetches;

    private StreamThreadTime(double blockedNs, double commitNs, double commits, double pollWaitNs, double fetches) {
        this.blockedNs = blockedNs;
        this.commitNs = commitNs;
        this.commits = commits;
        this.pollWaitNs = pollWaitNs;
        this.fetches = fetches;
    }

    public static StreamThreadTime snapshot(KafkaStreams streams) {
        double blocked = 0;
        double commit = 0;
        double commits = 0;
        double pollWait = 0;
        double fetches = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName n = e.getKey();
            Object v = e.getValue().metricValue();
            if (!(v instanceof Number number)) {
                continue;
            }
            if (n.group().equals("stream-thread-metrics") && n.name().equals("blocked-time-ns-total")) {
                blocked += number.doubleValue();
            } else if (n.group().equals("stream-thread-metrics") && n.name().equals("commit-total")) {
                commits += number.doubleValue();
            } else if (n.group().equals("producer-metrics") && (n.name().equals("flush-time-ns-total")
                    || n.name().equals("txn-commit-time-ns-total") || n.name().equals("txn-send-offsets-time-ns-total"))) {
                commit += number.doubleValue();
            } else if (isMainConsumer(n) && n.group().equals("consumer-metrics") && n.name().equals("io-wait-time-ns-total")) {
                pollWait += number.doubleValue();
            } else if (isMainConsumer(n) && n.group().equals("consumer-fetch-manager-metrics") && n.name().equals("fetch-total")
                    && !n.tags().containsKey("topic")) {
                fetches += number.doubleValue();
            }
        }
        return new StreamThreadTime(blocked, commit, commits, pollWait, fetches);
    }

    /** The stream threads' own consumers, not the restore consumers or the global one. */
    private static boolean isMainConsumer(MetricName n) {
        String client = n.tags().getOrDefault("client-id", "");
        return client.contains("StreamThread") && client.endsWith("-consumer") && !client.endsWith("restore-consumer");
    }

    /** One line, in ms per document summed over the stream threads. */
    public String msPerDocSince(StreamThreadTime before, int docs, double workerWaitNs, double wallNs, int threads) {
        double perDoc = 1e6 * docs;
        double blocked = (blockedNs - before.blockedNs) / perDoc;
        double commit = (commitNs - before.commitNs) / perDoc;
        double worker = workerWaitNs / perDoc;
        double wall = wallNs * threads / perDoc;
        double pollWait = (pollWaitNs - before.pollWaitNs) / perDoc;
        return String.format(Locale.ROOT, "wall %.2f = waiting for a worker %.2f + blocked on Kafka %.2f (commits %.2f in %.0f commits;"
                        + " the consumers' I/O wait %.2f over %.0f fetches) + own work and waits for a core %.2f", wall, worker, blocked,
                commit, commits - before.commits, pollWait, fetches - before.fetches, wall - worker - blocked);
    }
}

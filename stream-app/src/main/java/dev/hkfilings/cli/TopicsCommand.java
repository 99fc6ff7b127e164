package dev.hkfilings.cli;

import dev.hkfilings.topology.Topics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the per-company topics hkex.company.<code> with their record counts, then the fixed topics.",
                "Counts are offsets-based (end minus start offset, summed over partitions): exact for the raw and dead-letter "
                        + "topics, an upper bound on compacted topics, where compaction removes older records of a key "
                        + "without moving offsets and transaction markers take offsets too."})
final class TopicsCommand implements Callable<Integer> {

    enum Sort { name, records }

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--prefix", paramLabel = "PREFIX",
            description = "Only company topics whose stock code starts with this (066 or hkex.company.066).")
    String prefix;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "name",
            description = "Order of the company topics: ${COMPLETION-CANDIDATES} (most records first). Default: ${DEFAULT-VALUE}.")
    Sort sort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ExecutionException, InterruptedException {
        CliSettings settings = kafka.settings(null);
        try (Admin admin = ClusterCheck.connect(settings, settings.applicationId() + "-topics-cli")) {
            Set<String> names = admin.listTopics().names().get();
            String wanted = prefix == null ? Topics.COMPANY_PREFIX
                    : prefix.startsWith(Topics.COMPANY_PREFIX) ? prefix : Topics.COMPANY_PREFIX + prefix;
            List<String> company = names.stream().filter(n -> n.startsWith(wanted)).sorted().toList();
            List<String> fixed = new ArrayList<>(List.of(Topics.RAW, Topics.TEXT, Topics.PLEDGE, Topics.POLL, Topics.ESG,
                    Topics.OTHER, Topics.DLQ));
            Map<String, TopicCounts.Count> companyCounts = TopicCounts.of(admin, company);
            Map<String, TopicCounts.Count> fixedCounts = TopicCounts.of(admin, fixed.stream().filter(names::contains).toList());

            List<Map.Entry<String, TopicCounts.Count>> rows = new ArrayList<>(companyCounts.entrySet());
            if (sort == Sort.records) {
                rows.sort(Comparator.comparingLong((Map.Entry<String, TopicCounts.Count> e) -> e.getValue().records()).reversed()
                        .thenComparing(Map.Entry::getKey));
            }
            PrintWriter out = spec.commandLine().getOut();
            long companyTotal = rows.stream().mapToLong(e -> e.getValue().records()).sum();
            out.printf(Locale.ROOT, "company topics (%s*): %,d topic(s), %,d record(s)%n", wanted, rows.size(), companyTotal);
            header(out);
            rows.forEach(e -> row(out, e.getKey(), e.getValue()));
            out.println();
            out.println("fixed topics:");
            header(out);
            for (String t : fixed) {
                TopicCounts.Count c = fixedCounts.get(t);
                if (c == null) {
                    out.printf(Locale.ROOT, "  %-28s %10s %12s%n", t, "-", "(missing)");
                } else {
                    row(out, t, c);
                }
            }
            out.println();
            out.println("Record counts are offsets-based (end minus start offset per partition): an upper bound on compacted "
                    + "topics (hkex.company.*, hkex.filings.text, hkex.events.*), where compaction and transaction markers "
                    + "leave gaps in the offsets.");
            out.flush();
        }
        return 0;
    }

    private static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "  %-28s %10s %12s%n", "TOPIC", "PARTITIONS", "RECORDS");
    }

    private static void row(PrintWriter out, String topic, TopicCounts.Count c) {
        out.printf(Locale.ROOT, "  %-28s %10d %,12d%n", topic, c.partitions(), c.records());
    }
}

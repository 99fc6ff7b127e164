package dev.hkfilings.cli;

import dev.hkfilings.topology.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * The Kafka Streams application reset through the Admin API, as {@code kafka-streams-application-reset} does it
 * for input topics: the group's committed offsets on the inputs go to the earliest retained offsets, and the
 * application's internal topics ({@code <application.id>-...-changelog / -repartition}) are deleted. Refused
 * while the group has members, since a running instance would commit over the reset.
 */
final class ApplicationReset {

    /** The topic the application consumes from outside (it also reads its own by-company topic, which re-fills). */
    static final List<String> INPUTS = List.of(Topics.RAW);

    record Plan(String applicationId, List<String> activeMembers, Map<TopicPartition, Long> committed,
                Map<TopicPartition, Long> earliest, List<String> internalTopics) {

        String describe() {
            StringBuilder sb = new StringBuilder("reset of application '" + applicationId + "':\n");
            sb.append("  committed offsets of its consumer group set to the earliest retained offsets:\n");
            for (var e : new TreeMap<String, Long>(byName(earliest)).entrySet()) {
                Long now = committed.get(parse(e.getKey()));
                sb.append("    ").append(e.getKey()).append(": ").append(now == null ? "none" : now)
                        .append(" -> ").append(e.getValue()).append('\n');
            }
            sb.append("  internal topics deleted: ").append(internalTopics.isEmpty() ? "none" : String.join(", ", internalTopics)).append('\n');
            sb.append("  the next start re-processes everything hkex.filings.raw still holds;\n")
              .append("  output keys are announcement ids, so compacted topics end with one record per announcement.\n");
            return sb.toString();
        }

        private static Map<String, Long> byName(Map<TopicPartition, Long> m) {
            Map<String, Long> out = new HashMap<>();
            m.forEach((tp, v) -> out.put(tp.topic() + "-" + tp.partition(), v));
            return out;
        }

        private static TopicPartition parse(String name) {
            int dash = name.lastIndexOf('-');
            return new TopicPartition(name.substring(0, dash), Integer.parseInt(name.substring(dash + 1)));
        }
    }

    private final Admin admin;

    ApplicationReset(Admin admin) {
        this.admin = admin;
    }

    Plan plan(String applicationId) throws ExecutionException, InterruptedException {
        List<String> members = new ArrayList<>();
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                    .describedGroups().get(applicationId).get();
            for (MemberDescription m : group.members()) {
                members.add(m.clientId() + " on " + m.host());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get().forEach((tp, o) -> {
            if (o != null) {
                committed.put(tp, o.offset());
            }
        });
        Set<String> names = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> query = new HashMap<>();
        List<String> inputs = INPUTS.stream().filter(names::contains).toList();
        if (!inputs.isEmpty()) {
            admin.describeTopics(inputs).allTopicNames().get().forEach((name, d) ->
                    d.partitions().forEach(p -> query.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest())));
        }
        Map<TopicPartition, Long> earliest = new HashMap<>();
        admin.listOffsets(query).all().get().forEach((tp, info) -> earliest.put(tp, info.offset()));
        List<String> internal = names.stream()
                .filter(n -> n.startsWith(applicationId + "-") && (n.endsWith("-changelog") || n.endsWith("-repartition")))
                .sorted().toList();
        return new Plan(applicationId, members, committed, earliest, internal);
    }

    void execute(Plan plan) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        plan.earliest().forEach((tp, o) -> offsets.put(tp, new OffsetAndMetadata(o)));
        if (!offsets.isEmpty()) {
            admin.alterConsumerGroupOffsets(plan.applicationId(), offsets).all().get();
        }
        if (!plan.internalTopics().isEmpty()) {
            admin.deleteTopics(plan.internalTopics()).all().get();
        }
    }
}

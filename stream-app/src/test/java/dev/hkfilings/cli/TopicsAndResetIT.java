package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import dev.hkfilings.topology.Topics;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code topics} and {@code reset} on a real broker. */
@ExtendWith(KafkaHarnessExtension.class)
class TopicsAndResetIT {

    private KafkaHarness kafka;
    private String prefix;

    @BeforeEach
    void setUp(KafkaHarness kafka) {
        this.kafka = kafka;
        prefix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));   // three digits: codes prefix+NN
        StreamAppConfig config = new StreamAppConfig(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", kafka.schemaRegistryUrl()));
        try (TopicProvisioner topics = new TopicProvisioner(kafka.admin(), false, config.fixedTopicSpec(), config.companyTopicSpec())) {
            topics.ensureFixedTopics();
        }
    }

    @Test
    void topicsListsCompanyTopicsWithOffsetBasedCountsFilteredAndSorted() throws Exception {
        String few = Topics.company(prefix + "01");
        String many = Topics.company(prefix + "02");
        kafka.createTopic(few, 1, true);
        kafka.createTopic(many, 2, true);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(few, "a", "1")).get();
            for (int i = 0; i < 5; i++) {
                p.send(new ProducerRecord<>(many, i % 2, "k" + i, "v")).get();
            }
        }
        Result byName = run(null, "topics", "--prefix", prefix);
        assertThat(byName.code).as(byName.toString()).isZero();
        assertThat(byName.out).contains("company topics (hkex.company." + prefix + "*): 2 topic(s), 6 record(s)");
        List<String> rows = byName.out.lines().filter(l -> l.contains(Topics.COMPANY_PREFIX + prefix)
                && !l.startsWith("company topics")).map(String::strip).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).split("\\s+")).containsExactly(few, "1", "1");    // topic, partitions, records
        assertThat(rows.get(1).split("\\s+")).containsExactly(many, "2", "5");
        assertThat(byName.out).contains("fixed topics:").contains(Topics.RAW).contains(Topics.DLQ).contains("offsets-based")
                .contains("upper bound");

        Result byCount = run(null, "topics", "--prefix", Topics.COMPANY_PREFIX + prefix, "--sort", "records");
        List<String> sorted = byCount.out.lines().filter(l -> l.contains(Topics.COMPANY_PREFIX + prefix)
                && !l.startsWith("company topics")).map(String::strip).toList();
        assertThat(sorted.get(0)).startsWith(many);
        assertThat(sorted.get(1)).startsWith(few);
    }

    @Test
    void resetAsksRefusesWhileRunningAndRewindsTheInputs() throws Exception {
        String app = "reset-it-" + prefix + "-" + System.nanoTime();
        String internal = app + "-KSTREAM-STORE-0000000001-changelog";
        kafka.admin().createTopics(List.of(new NewTopic(internal, 1, (short) 1))).all().get();
        Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        ends.forEach((tp, o) -> committed.put(tp, new OffsetAndMetadata(o)));
        kafka.admin().alterConsumerGroupOffsets(app, committed).all().get();

        // a running instance: a member of the group
        Map<String, Object> cc = new HashMap<>(kafka.consumerConfig(app));
        cc.put(ConsumerConfig.GROUP_ID_CONFIG, app);
        try (KafkaConsumer<String, String> member = new KafkaConsumer<>(cc, new StringDeserializer(), new StringDeserializer())) {
            member.subscribe(List.of(Topics.RAW));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (member.assignment().isEmpty() && System.nanoTime() < deadline) {
                member.poll(Duration.ofMillis(200));
            }
            assertThat(member.assignment()).isNotEmpty();
            Result refused = run(null, "reset", "--application-id", app, "--yes");
            assertThat(refused.code).as(refused.toString()).isEqualTo(1);
            assertThat(refused.err).contains("application '" + app + "' is running").contains("1 active member(s)")
                    .contains("nothing was changed");
        }

        Result notConfirmed = run("not-the-id\n", "reset", "--application-id", app);
        assertThat(notConfirmed.code).as(notConfirmed.toString()).isEqualTo(1);
        assertThat(notConfirmed.out).contains("type the application id (" + app + ") to confirm").contains(internal);
        assertThat(notConfirmed.err).contains("not confirmed: nothing was changed");
        assertThat(committed(app)).isEqualTo(ends);
        assertThat(kafka.admin().listTopics().names().get()).contains(internal);

        Result done = run(app + "\n", "reset", "-D", "application.id=" + app);
        assertThat(done.code).as(done.toString()).isZero();
        assertThat(done.out).contains("reset done");
        assertThat(committed(app)).isEqualTo(offsets(OffsetSpec.earliest()));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> names = kafka.admin().listTopics().names().get();
        while (names.contains(internal) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            names = kafka.admin().listTopics().names().get();
        }
        assertThat(names).doesNotContain(internal).contains(Topics.RAW);
    }

    private Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, Long> out = new HashMap<>();
        kafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .forEach((tp, o) -> out.put(tp, o.offset()));
        return out;
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> q = new HashMap<>();
        kafka.admin().describeTopics(ApplicationReset.INPUTS).allTopicNames().get().forEach((n, d) ->
                d.partitions().forEach(p -> q.put(new TopicPartition(n, p.partition()), spec)));
        Map<TopicPartition, Long> out = new HashMap<>();
        kafka.admin().listOffsets(q).all().get().forEach((tp, i) -> out.put(tp, i.offset()));
        return out;
    }

    private Result run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(Map.of()));
        ResetCommand reset = cl.getSubcommands().get("reset").getCommand();
        reset.in = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }
}

package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaHarnessExtension.class)
class TopicProvisionerTest {

    @Test
    void createsACompanyTopicCompactedWithTheConfiguredPartitionsAndRecordLimit(KafkaHarness kafka) throws Exception {
        String code = String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
        String topic = Topics.company(code);
        var spec = new StreamAppConfig.TopicSpec(2, (short) 1, 64 * 1024 * 1024);
        try (TopicProvisioner p = new TopicProvisioner(kafka.admin(), false, spec, spec)) {
            p.ensureCompanyTopic(topic);
            p.ensureCompanyTopic(topic);   // known: no second creation, no error
        }
        // a second instance (another app instance racing for the same company) finds it and is fine
        try (TopicProvisioner p = new TopicProvisioner(kafka.admin(), false, spec, spec)) {
            p.ensureCompanyTopic(topic);
        }

        Admin admin = kafka.admin();
        TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        assertThat(d.partitions()).hasSize(2);
        Config c = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic))).all().get().values().iterator().next();
        assertThat(c.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(c.get("max.message.bytes").value()).isEqualTo("67108864");
    }

    @Test
    void aTopicThatCannotBeCreatedIsAnErrorNamingIt(KafkaHarness kafka) {
        // more replicas than brokers: the broker refuses, and the caller must hear about it (the record is retried)
        var spec = new StreamAppConfig.TopicSpec(1, (short) 3, 1024 * 1024);
        try (TopicProvisioner p = new TopicProvisioner(kafka.admin(), false, spec, spec)) {
            assertThatThrownBy(() -> p.ensureCompanyTopic("hkex.company.99998"))
                    .isInstanceOf(TopicProvisioner.TopicCreationException.class)
                    .hasMessageContaining("hkex.company.99998");
        }
    }
}

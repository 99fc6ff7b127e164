package dev.hkfilings.topology;

import static dev.hkfilings.testing.TypedEvents.esg;
import static dev.hkfilings.testing.TypedEvents.other;
import static dev.hkfilings.testing.TypedEvents.pledge;
import static dev.hkfilings.testing.TypedEvents.poll;
import static dev.hkfilings.testing.TypedEvents.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.ContestReason;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.LatestAnnouncement;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.state.StateStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateTopologyTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private TestSerdes serdes;
    private TopologyTestDriver driver;
    private TestInputTopic<String, AnnouncementEvent> byCompany;

    @BeforeEach
    void start() {
        serdes = TestSerdes.create("mock://state-" + java.util.UUID.randomUUID());
        var topology = FilingTopology.build(new FilingPipeline(new FakeExtractor(), new FakeAnalyzer()), serdes.topology(), t -> { });
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "state-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, p, T0);
        byCompany = driver.createInputTopic(Topics.BY_COMPANY, new StringSerializer(), serdes.topology().state().events().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void pledgePositionsKeepTheLatestAnnouncementPerShareholderAndSumControllingCapital() {
        byCompany.pipeInput("06680", pledge("p-2", "06680", T0.plusSeconds(3600), "Ganzhou Geshuo", 1000, 600, 60.0, 12.5));
        // an older announcement arriving later does not overwrite the newer position
        byCompany.pipeInput("06680", pledge("p-1", "06680", T0, "Ganzhou Geshuo", 1000, 100, 10.0, 2.0));
        byCompany.pipeInput("06680", pledge("p-3", "06680", T0.plusSeconds(60), "Other Holder", 500, 50, 10.0, 1.25));

        PledgePositionState pos = positions().get("06680|Ganzhou Geshuo");
        assertThat(pos.getSharesPledged()).isEqualTo(600L);
        assertThat(pos.getPercentOfCapitalPledged()).isEqualTo(12.5);
        assertThat(pos.getAnnouncementId()).isEqualTo("p-2");
        assertThat(pos.getControllingShareholder()).isTrue();

        CompanySummary summary = summaries().get("06680");
        assertThat(summary.getCounts()).containsEntry("PLEDGE", 3L);
        assertThat(summary.getControllingPercentOfCapitalPledged()).isEqualTo(13.75);
        assertThat(summary.getTotalPercentOfCapitalPledged()).isEqualTo(13.75);
        assertThat(summary.getLatest()).extracting(LatestAnnouncement::getAnnouncementId).containsExactly("p-2");

        Map<String, PledgePositionState> published = driver.createOutputTopic(Topics.STATE_PLEDGE_POSITIONS,
                new StringDeserializer(), serdes.topology().state().positions().deserializer()).readKeyValuesToMap();
        assertThat(published).containsOnlyKeys("06680|Ganzhou Geshuo", "06680|Other Holder");
        assertThat(published.get("06680|Ganzhou Geshuo").getAnnouncementId()).isEqualTo("p-2");
    }

    @Test
    void aRedeliveredAnnouncementIsCountedOnceAndCountsPerTypeAndLatestPerTypeAreKept() {
        var e = other("o-1", "00700", T0);
        byCompany.pipeInput("00700", e);
        byCompany.pipeInput("00700", e);
        byCompany.pipeInput("00700", other("o-2", "00700", T0.plusSeconds(10)));
        byCompany.pipeInput("00700", esg("e-1", "00700", T0.plusSeconds(5), 2025, "Total GHG emissions", "tCO2e", 1234.5));

        CompanySummary summary = summaries().get("00700");
        assertThat(summary.getCounts()).containsEntry("OTHER", 2L).containsEntry("ESG", 1L).doesNotContainKey("PLEDGE");
        assertThat(summary.getLatest()).extracting(LatestAnnouncement::getType, LatestAnnouncement::getAnnouncementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AnnouncementType.ESG, "e-1"),
                        org.assertj.core.groups.Tuple.tuple(AnnouncementType.OTHER, "o-2"));
        assertThat(summary.getCompanyNameEn()).isEqualTo("Company 00700 Limited");
        assertThat(summary.getControllingPercentOfCapitalPledged()).isNull();

        EsgKpiState kpi = driver.<String, EsgKpiState>getKeyValueStore(StateStores.ESG_KPIS).get("00700|2025|Total GHG emissions");
        assertThat(kpi.getValue()).isEqualTo(1234.5);
        assertThat(kpi.getUnit()).isEqualTo("tCO2e");
        assertThat(driver.createOutputTopic(Topics.STATE_COMPANY_SUMMARY, new StringDeserializer(),
                serdes.topology().state().summaries().deserializer()).readKeyValuesToMap()).containsOnlyKeys("00700");
    }

    @Test
    void pollResultsKeepTheLatestMeetingAndEveryContestedResolution() {
        byCompany.pipeInput("00005", poll("m-1", "00005", T0, LocalDate.of(2025, 5, 2),
                resolution("1", ResolutionKind.ORDINARY, 99.1, true),
                resolution("2", ResolutionKind.ORDINARY, 61.0, true),
                resolution("3", ResolutionKind.SPECIAL, 70.0, false)));
        byCompany.pipeInput("00005", poll("m-2", "00005", T0.plusSeconds(86_400), LocalDate.of(2025, 11, 20),
                resolution("1", ResolutionKind.ORDINARY, 98.0, true),
                resolution("2", ResolutionKind.ORDINARY, 45.0, false)));

        CompanyPolls polls = driver.<String, CompanyPolls>getKeyValueStore(StateStores.POLL_RESULTS).get("00005");
        assertThat(polls.getLatestMeeting().getAnnouncementId()).isEqualTo("m-2");
        assertThat(polls.getLatestMeeting().getResolutions()).hasSize(2);
        assertThat(polls.getContested()).extracting(c -> c.getAnnouncementId() + "#" + c.getNumber() + ":" + c.getReason())
                .containsExactly("m-2#2:" + ContestReason.FAILED, "m-1#2:" + ContestReason.UNDER_75, "m-1#3:" + ContestReason.FAILED);
    }

    @Test
    void aRawPledgeFilingReachesTheStateTablesThroughTheWholeTopology() {
        var raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), serdes.rawSerializer());
        raw.pipeInput("f-1", FilingTopologyTest.filing("f-1", "PLEDGE of shares (Stock Code: 06680)"));
        assertThat(summaries().get("06680").getCounts()).containsEntry("PLEDGE", 1L);
        assertThat(driver.<String, AnnouncementEvent>getKeyValueStore(StateStores.COMPANY_EVENTS).get("06680|f-1")).isNotNull();
    }

    private KeyValueStore<String, PledgePositionState> positions() {
        return driver.getKeyValueStore(StateStores.PLEDGE_POSITIONS);
    }

    private KeyValueStore<String, CompanySummary> summaries() {
        return driver.getKeyValueStore(StateStores.COMPANY_SUMMARY);
    }
}

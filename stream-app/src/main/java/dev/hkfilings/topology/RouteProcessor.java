package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each typed event to its company's topic (created first if new) and the announcement once to
 * its market-wide topic; {@code OTHER} goes to the other-topic only. All keyed by announcement id. Every event
 * also goes, keyed by stock code, to the by-company topic that feeds the state tables.
 */
final class RouteProcessor implements Processor<String, FilingPipeline.Routed, String, AnnouncementEvent> {

    private final TopicEnsurer topics;
    private final String companySink;
    private final Map<AnnouncementType, String> marketSinks;
    private final String byCompanySink;
    private ProcessorContext<String, AnnouncementEvent> context;

    RouteProcessor(TopicEnsurer topics, String companySink, Map<AnnouncementType, String> marketSinks, String byCompanySink) {
        this.topics = topics;
        this.byCompanySink = byCompanySink;
        this.companySink = companySink;
        this.marketSinks = marketSinks;
    }

    @Override
    public void init(ProcessorContext<String, AnnouncementEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, FilingPipeline.Routed> record) {
        var events = record.value().events();
        AnnouncementType type = record.value().analysis().type();
        if (type != AnnouncementType.OTHER) {
            for (AnnouncementEvent e : events) {
                topics.ensureCompanyTopic(Topics.company(e.getStockCode()));
                context.forward(record.withValue(e), companySink);
            }
        }
        // market-wide topics hold one record per announcement id: a joint announcement appears there once,
        // under its first issuer, and under every issuer on the company topics
        context.forward(record.withValue(events.get(0)), marketSinks.get(type));
        // the state tables fold every issuer's event, keyed (and so partitioned) by stock code
        for (AnnouncementEvent e : events) {
            context.forward(record.withKey(e.getStockCode()).withValue(e), byCompanySink);
        }
    }
}

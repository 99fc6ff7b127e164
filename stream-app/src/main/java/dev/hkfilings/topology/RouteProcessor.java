package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each event where {@link Routing} says, creating a company topic first if it is new, keyed by
 * announcement id. Every event also goes, keyed by stock code, to the by-company topic that feeds the state tables.
 */
final class RouteProcessor implements Processor<String, FilingPipeline.Routed, String, AnnouncementEvent> {

    private final TopicEnsurer topics;
    private final String companySink;
    private final Map<String, String> marketSinksByTopic;
    private final String byCompanySink;
    private ProcessorContext<String, AnnouncementEvent> context;

    /** @param marketSinksByTopic the sink node of each market-wide topic */
    RouteProcessor(TopicEnsurer topics, String companySink, Map<String, String> marketSinksByTopic, String byCompanySink) {
        this.topics = topics;
        this.byCompanySink = byCompanySink;
        this.companySink = companySink;
        this.marketSinksByTopic = marketSinksByTopic;
    }

    @Override
    public void init(ProcessorContext<String, AnnouncementEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, FilingPipeline.Routed> record) {
        for (Routing.Destination d : Routing.destinations(record.value())) {
            if (d.company()) {
                topics.ensureCompanyTopic(d.topic());
                context.forward(record.withValue(d.event()), companySink);
            } else {
                context.forward(record.withValue(d.event()), marketSinksByTopic.get(d.topic()));
            }
        }
        // the state tables fold every issuer's event, keyed (and so partitioned) by stock code
        for (AnnouncementEvent e : record.value().events()) {
            context.forward(record.withKey(e.getStockCode()).withValue(e), byCompanySink);
        }
    }
}

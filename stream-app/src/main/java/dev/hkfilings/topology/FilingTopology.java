package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/**
 * The processor graph: one sub-topology from raw filing to events, and the state sub-topology behind it.
 * <pre>
 * raw-source → decode-raw → extract → text-sink                     (hkex.filings.text)
 *                  │           └────→ analyze → route → company-sink        (hkex.company.&lt;code&gt;)
 *                  │                     │            → pledge/poll/esg/other-sink
 *                  │                     │            → by-company-sink   (hkex.events.by-company → {@link StateTopology})
 *                  └───────────┴─────────┴────→ raw-dlq-sink        (hkex.filings.dlq)
 * </pre>
 * The text is written to {@code hkex.filings.text} for its readers (search, NLP, an audit of what the classifier
 * saw) and handed to the analysis in the same task: reading it back from the topic cost a fetch, a decompression
 * and an Avro decode of every text, and a second transaction before an event was visible.
 */
public final class FilingTopology {

    public static final String RAW_SOURCE = "raw-source";
    public static final String DECODE_RAW = "decode-raw";
    public static final String EXTRACT = "extract";
    public static final String TEXT_SINK = "text-sink";
    public static final String RAW_DLQ_SINK = "raw-dlq-sink";
    public static final String ANALYZE = "analyze";
    public static final String ROUTE = "route";
    public static final String COMPANY_SINK = "company-sink";
    public static final String BY_COMPANY_SINK = "by-company-sink";

    private FilingTopology() {
    }

    public static Topology build(FilingPipeline pipeline, TopologySerdes serdes, TopicEnsurer topics) {
        Topology t = new Topology();
        StringSerializer keys = new StringSerializer();

        t.addSource(RAW_SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.RAW);
        t.addProcessor(DECODE_RAW, () -> new DecodeProcessor<>(serdes.rawFilings(), EXTRACT, RAW_DLQ_SINK, pipeline.metrics()), RAW_SOURCE);
        t.addProcessor(EXTRACT, () -> new ExtractProcessor(pipeline, TEXT_SINK, ANALYZE, RAW_DLQ_SINK), DECODE_RAW);
        t.addSink(TEXT_SINK, Topics.TEXT, keys, serdes.textOut(), EXTRACT);

        Map<String, String> marketSinks = new LinkedHashMap<>();
        for (AnnouncementType type : AnnouncementType.values()) {
            marketSinks.put(Topics.marketWide(type), type.name().toLowerCase(java.util.Locale.ROOT) + "-sink");
        }
        t.addProcessor(ANALYZE, () -> new AnalyzeProcessor(pipeline, ROUTE, RAW_DLQ_SINK), EXTRACT);
        t.addProcessor(ROUTE, () -> new RouteProcessor(topics, COMPANY_SINK, marketSinks, BY_COMPANY_SINK), ANALYZE);
        TopicNameExtractor<String, AnnouncementEvent> companyTopic = (key, event, ctx) -> Topics.company(event.getStockCode());
        t.addSink(COMPANY_SINK, companyTopic, keys, serdes.companyEvents(), ROUTE);
        for (var e : marketSinks.entrySet()) {
            t.addSink(e.getValue(), e.getKey(), keys, serdes.fixedEvents(), ROUTE);
        }
        t.addSink(RAW_DLQ_SINK, Topics.DLQ, keys, serdes.deadLetters(), DECODE_RAW, EXTRACT, ANALYZE);
        t.addSink(BY_COMPANY_SINK, Topics.BY_COMPANY, keys, serdes.state().events().serializer(), ROUTE);
        StateTopology.addTo(t, serdes.state(), serdes, pipeline.metrics());
        return t;
    }
}

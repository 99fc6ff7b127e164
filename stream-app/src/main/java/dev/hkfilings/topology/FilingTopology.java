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
 * The processor graph. Two sub-topologies joined by {@code hkex.filings.text}:
 * <pre>
 * raw-source → decode-raw → extract → text-sink                     (hkex.filings.text)
 *                  └──────────┴────→ raw-dlq-sink                   (hkex.filings.dlq)
 * text-source → decode-text → analyze → route → company-sink        (hkex.company.&lt;code&gt;)
 *                                               → pledge/poll/esg/other-sink
 *                                               → by-company-sink   (hkex.events.by-company → {@link StateTopology})
 *                   └────────────┴────→ text-dlq-sink               (hkex.filings.dlq)
 * </pre>
 * Parsing and analysis are separate sub-topologies so that text can be re-analysed without re-parsing,
 * and so the slow step (Tika) and the fast one scale and fail independently.
 */
public final class FilingTopology {

    public static final String RAW_SOURCE = "raw-source";
    public static final String DECODE_RAW = "decode-raw";
    public static final String EXTRACT = "extract";
    public static final String TEXT_SINK = "text-sink";
    public static final String RAW_DLQ_SINK = "raw-dlq-sink";
    public static final String TEXT_SOURCE = "text-source";
    public static final String DECODE_TEXT = "decode-text";
    public static final String ANALYZE = "analyze";
    public static final String ROUTE = "route";
    public static final String COMPANY_SINK = "company-sink";
    public static final String TEXT_DLQ_SINK = "text-dlq-sink";
    public static final String BY_COMPANY_SINK = "by-company-sink";

    private FilingTopology() {
    }

    public static Topology build(FilingPipeline pipeline, TopologySerdes serdes, TopicEnsurer topics) {
        Topology t = new Topology();
        StringSerializer keys = new StringSerializer();

        t.addSource(RAW_SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.RAW);
        t.addProcessor(DECODE_RAW, () -> new DecodeProcessor<>(serdes.rawFilings(), EXTRACT, RAW_DLQ_SINK), RAW_SOURCE);
        t.addProcessor(EXTRACT, () -> new ExtractProcessor(pipeline, TEXT_SINK, RAW_DLQ_SINK), DECODE_RAW);
        t.addSink(TEXT_SINK, Topics.TEXT, keys, serdes.textOut(), EXTRACT);
        t.addSink(RAW_DLQ_SINK, Topics.DLQ, keys, serdes.deadLetters(), DECODE_RAW, EXTRACT);

        Map<String, String> marketSinks = new LinkedHashMap<>();
        for (AnnouncementType type : AnnouncementType.values()) {
            marketSinks.put(Topics.marketWide(type), type.name().toLowerCase(java.util.Locale.ROOT) + "-sink");
        }
        t.addSource(TEXT_SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.TEXT);
        t.addProcessor(DECODE_TEXT, () -> new DecodeProcessor<>(serdes.textIn(), ANALYZE, TEXT_DLQ_SINK), TEXT_SOURCE);
        t.addProcessor(ANALYZE, () -> new AnalyzeProcessor(pipeline, ROUTE, TEXT_DLQ_SINK), DECODE_TEXT);
        t.addProcessor(ROUTE, () -> new RouteProcessor(topics, COMPANY_SINK, marketSinks, BY_COMPANY_SINK), ANALYZE);
        TopicNameExtractor<String, AnnouncementEvent> companyTopic = (key, event, ctx) -> Topics.company(event.getStockCode());
        t.addSink(COMPANY_SINK, companyTopic, keys, serdes.companyEvents(), ROUTE);
        for (var e : marketSinks.entrySet()) {
            t.addSink(e.getValue(), e.getKey(), keys, serdes.fixedEvents(), ROUTE);
        }
        t.addSink(TEXT_DLQ_SINK, Topics.DLQ, keys, serdes.deadLetters(), DECODE_TEXT, ANALYZE);
        t.addSink(BY_COMPANY_SINK, Topics.BY_COMPANY, keys, serdes.state().events().serializer(), ROUTE);
        StateTopology.addTo(t, serdes.state(), serdes);
        return t;
    }
}

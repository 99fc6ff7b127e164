package dev.hkfilings.state;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.SharePledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each company's typed events (input keyed by stock code) into the state stores, and forwards every
 * changed row to the sink of its public {@code hkex.state.<name>} topic, in the same transaction.
 * Re-delivering an announcement changes nothing: rows are keyed by announcement and counts check the event store.
 */
public final class StateUpdater implements Processor<String, AnnouncementEvent, String, Object> {

    private final Map<String, String> sinks;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, AnnouncementEvent> events;
    private KeyValueStore<String, PledgePositionState> positions;
    private KeyValueStore<String, CompanySummary> summaries;
    private KeyValueStore<String, CompanyPolls> polls;
    private KeyValueStore<String, EsgKpiState> kpis;

    /** @param sinks sink processor name per mirrored store name */
    public StateUpdater(Map<String, String> sinks) {
        this.sinks = sinks;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.events = context.getStateStore(StateStores.COMPANY_EVENTS);
        this.positions = context.getStateStore(StateStores.PLEDGE_POSITIONS);
        this.summaries = context.getStateStore(StateStores.COMPANY_SUMMARY);
        this.polls = context.getStateStore(StateStores.POLL_RESULTS);
        this.kpis = context.getStateStore(StateStores.ESG_KPIS);
    }

    @Override
    public void process(Record<String, AnnouncementEvent> record) {
        AnnouncementEvent event = record.value();
        String code = event.getStockCode();
        String eventKey = StateStores.key(code, event.getAnnouncementId());
        AnnouncementEvent previous = events.get(eventKey);
        events.put(eventKey, event);

        boolean pledgeChanged = false;
        if (event.getPayload() instanceof SharePledge pledge) {
            for (PledgePositionState p : Folds.positions(event, pledge)) {
                String key = StateStores.key(code, p.getShareholder());
                PledgePositionState current = positions.get(key);
                PledgePositionState next = Folds.newerPosition(current, p);
                if (next != current) {
                    positions.put(key, next);
                    emit(StateStores.PLEDGE_POSITIONS, key, next, record);
                    pledgeChanged = true;
                }
            }
        } else if (event.getPayload() instanceof PollResult poll) {
            CompanyPolls next = Folds.polls(polls.get(code), event, poll);
            polls.put(code, next);
            emit(StateStores.POLL_RESULTS, code, next, record);
        } else if (event.getPayload() instanceof EsgReport report) {
            for (EsgKpiState k : Folds.kpis(event, report)) {
                String key = StateStores.key(code, k.getYear(), k.getMetric());
                EsgKpiState current = kpis.get(key);
                if (current == null || !Folds.isOlder(k.getPublishedAt(), k.getAnnouncementId(),
                        current.getPublishedAt(), current.getAnnouncementId())) {
                    kpis.put(key, k);
                    emit(StateStores.ESG_KPIS, key, k, record);
                }
            }
        }

        List<PledgePositionState> companyPositions = null;
        if (pledgeChanged) {
            companyPositions = new ArrayList<>();
            try (KeyValueIterator<String, PledgePositionState> it =
                         positions.prefixScan(StateStores.prefix(code), new StringSerializer())) {
                while (it.hasNext()) {
                    companyPositions.add(it.next().value);
                }
            }
        }
        CompanySummary summary = Folds.summary(summaries.get(code), event, previous, companyPositions,
                context.currentSystemTimeMs());
        summaries.put(code, summary);
        emit(StateStores.COMPANY_SUMMARY, code, summary, record);
    }

    private void emit(String store, String key, Object value, Record<String, AnnouncementEvent> source) {
        context.forward(new Record<>(key, value, source.timestamp()), sinks.get(store));
    }
}

package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the events of one analysed announcement go: the topology's route step and the {@code replay} command
 * both ask this, so a replay writes exactly where the running app would.
 */
public final class Routing {

    private Routing() {
    }

    /**
     * @param company true for a per-company topic (RecordNameStrategy, created on first use), false for a
     *                market-wide topic (TopicNameStrategy)
     */
    public record Destination(String topic, boolean company, AnnouncementEvent event) {
    }

    /**
     * Each typed event to its company's topic, and the announcement once to its market-wide topic; {@code OTHER}
     * goes to the other-topic only. Market-wide topics hold one record per announcement id: a joint announcement
     * appears there once, under its first issuer, and under every issuer on the company topics.
     */
    public static List<Destination> destinations(FilingPipeline.Routed routed) {
        List<AnnouncementEvent> events = routed.events();
        AnnouncementType type = routed.analysis().type();
        List<Destination> out = new ArrayList<>(events.size() + 1);
        if (type != AnnouncementType.OTHER) {
            for (AnnouncementEvent e : events) {
                out.add(new Destination(Topics.company(e.getStockCode()), true, e));
            }
        }
        out.add(new Destination(Topics.marketWide(type), false, events.get(0)));
        return out;
    }
}

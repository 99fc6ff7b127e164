package dev.hkfilings.testing;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgKpiValue;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.avro.MeetingKind;
import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgeKind;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.avro.SharePledge;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Typed events built directly (not through Tika and the analyzer), for state and API tests and the API benchmark. */
public final class TypedEvents {

    private TypedEvents() {
    }

    public static AnnouncementEvent.Builder base(String id, String code, AnnouncementType type, Instant published) {
        return AnnouncementEvent.newBuilder()
                .setAnnouncementId(id)
                .setStockCode(code)
                .setCompanyNameEn("Company " + code + " Limited")
                .setTitle(type.name().toLowerCase() + " announcement " + id)
                .setPublishedAt(published)
                .setLanguage("en")
                .setType(type)
                .setConfidence(0.9)
                .setEvidence(List.of("test"))
                .setClassifierVersion("test")
                .setMissingFields(List.of())
                .setProcessedAt(published.plusSeconds(60));
    }

    /** A pledge by a controlling shareholder, with its position after the pledge. */
    public static AnnouncementEvent pledge(String id, String code, Instant published, String shareholder,
                                           long held, long pledged, double pctHolding, double pctCapital) {
        PledgeTransaction tx = PledgeTransaction.newBuilder().setAction(PledgeAction.PLEDGE).setPledgor(shareholder)
                .setControllingShareholder(true).setShares(pledged).build();
        PledgePosition pos = PledgePosition.newBuilder().setShareholder(shareholder).setSharesHeld(held)
                .setPledgedAfter(pledged).setPercentOfHoldingPledged(pctHolding).setPercentOfCapitalPledged(pctCapital).build();
        return base(id, code, AnnouncementType.PLEDGE, published)
                .setPayload(SharePledge.newBuilder().setKind(PledgeKind.PLEDGE).setTransactions(List.of(tx))
                        .setPositions(List.of(pos)).build())
                .build();
    }

    public static Resolution resolution(String number, ResolutionKind kind, double forPercent, boolean passed) {
        return Resolution.newBuilder().setNumber(number).setText("Resolution " + number).setKind(kind)
                .setVotesFor((long) (forPercent * 1000)).setVotesForPercent(forPercent)
                .setVotesAgainst((long) ((100 - forPercent) * 1000)).setVotesAgainstPercent(100 - forPercent)
                .setPassed(passed).build();
    }

    public static AnnouncementEvent poll(String id, String code, Instant published, LocalDate meeting, Resolution... resolutions) {
        return base(id, code, AnnouncementType.POLL, published)
                .setPayload(PollResult.newBuilder().setMeetingKind(MeetingKind.AGM).setMeetingDate(meeting)
                        .setResolutions(List.of(resolutions)).build())
                .build();
    }

    public static AnnouncementEvent esg(String id, String code, Instant published, int year, String metric, String unit, double value) {
        EsgKpi kpi = EsgKpi.newBuilder().setMetric(metric).setUnit(unit)
                .setValues(List.of(EsgKpiValue.newBuilder().setYear(year).setValue(value).setText(Double.toString(value)).build()))
                .build();
        return base(id, code, AnnouncementType.ESG, published)
                .setPayload(EsgReport.newBuilder().setReportingYear(year).setStandards(List.of()).setKpis(List.of(kpi)).build())
                .build();
    }

    public static AnnouncementEvent other(String id, String code, Instant published) {
        return base(id, code, AnnouncementType.OTHER, published).build();
    }
}

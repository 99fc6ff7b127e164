package dev.hkfilings.state;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.ContestReason;
import dev.hkfilings.avro.ContestedResolution;
import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.EsgKpiValue;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.avro.LatestAnnouncement;
import dev.hkfilings.avro.MeetingPoll;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.SharePledge;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The pure folding rules of the state tables: one event in, the new rows out. */
public final class Folds {

    private Folds() {
    }

    /** When an event counts as published: its publication time, else when it was processed. */
    public static Instant when(AnnouncementEvent e) {
        return e.getPublishedAt() != null ? e.getPublishedAt() : e.getProcessedAt();
    }

    /** Whether (a, aId) is strictly older than (b, bId); an unknown time is older than a known one. */
    static boolean isOlder(Instant a, String aId, Instant b, String bId) {
        if (aId.equals(bId)) {
            return false;
        }
        long am = a == null ? Long.MIN_VALUE : a.toEpochMilli();
        long bm = b == null ? Long.MIN_VALUE : b.toEpochMilli();
        return am != bm ? am < bm : aId.compareTo(bId) < 0;
    }

    /** The positions a pledge announcement discloses, with the controlling flag its transactions give the pledgor. */
    static List<PledgePositionState> positions(AnnouncementEvent e, SharePledge pledge) {
        List<PledgePositionState> out = new ArrayList<>();
        for (PledgePosition p : pledge.getPositions()) {
            if (p.getShareholder() == null || p.getShareholder().isBlank()) {
                continue;
            }
            out.add(PledgePositionState.newBuilder()
                    .setStockCode(e.getStockCode())
                    .setShareholder(p.getShareholder().strip())
                    .setControllingShareholder(controlling(pledge, p.getShareholder()))
                    .setSharesHeld(p.getSharesHeld())
                    .setSharesPledged(p.getPledgedAfter())
                    .setPercentOfHoldingPledged(p.getPercentOfHoldingPledged())
                    .setPercentOfCapitalPledged(p.getPercentOfCapitalPledged())
                    .setAnnouncementId(e.getAnnouncementId())
                    .setPublishedAt(when(e))
                    .build());
        }
        return out;
    }

    private static Boolean controlling(SharePledge pledge, String shareholder) {
        String name = normal(shareholder);
        Boolean flag = null;
        for (PledgeTransaction t : pledge.getTransactions()) {
            if (t.getControllingShareholder() != null && t.getPledgor() != null) {
                String pledgor = normal(t.getPledgor());
                if (pledgor.equals(name) || name.startsWith(pledgor) || pledgor.startsWith(name)) {
                    flag = Boolean.TRUE.equals(flag) || t.getControllingShareholder();
                }
            }
        }
        return flag;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The position to keep: the incoming one unless the current one is from a newer announcement. A position
     * that does not say whether its holder is controlling keeps what an earlier announcement said.
     */
    static PledgePositionState newerPosition(PledgePositionState current, PledgePositionState incoming) {
        if (current == null) {
            return incoming;
        }
        if (isOlder(incoming.getPublishedAt(), incoming.getAnnouncementId(), current.getPublishedAt(), current.getAnnouncementId())) {
            return current;
        }
        if (incoming.getControllingShareholder() == null && current.getControllingShareholder() != null) {
            incoming = PledgePositionState.newBuilder(incoming).setControllingShareholder(current.getControllingShareholder()).build();
        }
        return incoming.equals(current) ? current : incoming;
    }

    /** The company's poll state with this meeting: latest if newest, and its contested resolutions replaced. */
    static CompanyPolls polls(CompanyPolls current, AnnouncementEvent e, PollResult poll) {
        MeetingPoll meeting = MeetingPoll.newBuilder()
                .setAnnouncementId(e.getAnnouncementId())
                .setPublishedAt(when(e))
                .setMeetingKind(poll.getMeetingKind())
                .setMeetingDate(poll.getMeetingDate())
                .setResolutions(poll.getResolutions())
                .build();
        MeetingPoll latest = meeting;
        List<ContestedResolution> contested = new ArrayList<>();
        if (current != null) {
            MeetingPoll old = current.getLatestMeeting();
            if (old != null && isOlder(meeting.getPublishedAt(), meeting.getAnnouncementId(), old.getPublishedAt(), old.getAnnouncementId())) {
                latest = old;
            }
            for (ContestedResolution c : current.getContested()) {
                if (!c.getAnnouncementId().equals(e.getAnnouncementId())) {
                    contested.add(c);
                }
            }
        }
        for (Resolution r : poll.getResolutions()) {
            contestReason(r).ifPresent(reason -> contested.add(ContestedResolution.newBuilder()
                    .setAnnouncementId(e.getAnnouncementId())
                    .setMeetingKind(poll.getMeetingKind())
                    .setMeetingDate(poll.getMeetingDate())
                    .setNumber(r.getNumber())
                    .setText(r.getText())
                    .setKind(r.getKind())
                    .setVotesForPercent(r.getVotesForPercent())
                    .setPassed(r.getPassed())
                    .setReason(reason)
                    .build()));
        }
        contested.sort(Comparator.comparing(ContestedResolution::getMeetingDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(ContestedResolution::getAnnouncementId)
                .thenComparing(c -> c.getNumber() == null ? "" : c.getNumber()));
        return CompanyPolls.newBuilder().setStockCode(e.getStockCode()).setLatestMeeting(latest).setContested(contested).build();
    }

    /** FAILED when it did not pass; UNDER_50 / UNDER_75 when it passed with that little support; else not contested. */
    public static Optional<ContestReason> contestReason(Resolution r) {
        if (Boolean.FALSE.equals(r.getPassed())) {
            return Optional.of(ContestReason.FAILED);
        }
        Double pct = r.getVotesForPercent();
        if (pct == null) {
            return Optional.empty();
        }
        if (pct < 50.0) {
            return Optional.of(Boolean.TRUE.equals(r.getPassed()) ? ContestReason.UNDER_50 : ContestReason.FAILED);
        }
        return pct < 75.0 ? Optional.of(ContestReason.UNDER_75) : Optional.empty();
    }

    /** One row per (year, metric) of the report; a value without a year takes the reporting year. */
    static List<EsgKpiState> kpis(AnnouncementEvent e, EsgReport report) {
        Map<String, EsgKpiState> out = new LinkedHashMap<>();
        for (EsgKpi kpi : report.getKpis()) {
            if (kpi.getMetric() == null || kpi.getMetric().isBlank()) {
                continue;
            }
            for (EsgKpiValue v : kpi.getValues()) {
                Integer year = v.getYear() != null ? v.getYear() : report.getReportingYear();
                if (year == null) {
                    continue;
                }
                // the first value a report gives for a (year, metric) wins over repeats further down its tables
                out.putIfAbsent(year + "|" + kpi.getMetric(), EsgKpiState.newBuilder()
                        .setStockCode(e.getStockCode())
                        .setYear(year)
                        .setMetric(kpi.getMetric().strip())
                        .setCode(kpi.getCode())
                        .setUnit(kpi.getUnit())
                        .setValue(v.getValue())
                        .setText(v.getText())
                        .setAnnouncementId(e.getAnnouncementId())
                        .setPublishedAt(when(e))
                        .build());
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The company summary after an event.
     *
     * @param previous  the stored version of this announcement, if it was seen before (then it is not counted again)
     * @param positions all the company's current pledge positions when they changed, else null (keep the sums)
     */
    static CompanySummary summary(CompanySummary current, AnnouncementEvent e, AnnouncementEvent previous,
                                  List<PledgePositionState> positions, long nowMs) {
        CompanySummary.Builder b = current == null
                ? CompanySummary.newBuilder().setStockCode(e.getStockCode()).setCounts(new LinkedHashMap<>()).setLatest(new ArrayList<>())
                : CompanySummary.newBuilder(current);
        if (e.getCompanyNameEn() != null) {
            b.setCompanyNameEn(e.getCompanyNameEn());
        }
        if (e.getCompanyNameZh() != null) {
            b.setCompanyNameZh(e.getCompanyNameZh());
        }
        Map<String, Long> counts = new LinkedHashMap<>(b.getCounts());
        if (previous == null) {
            counts.merge(e.getType().name(), 1L, Long::sum);
        } else if (previous.getType() != e.getType()) {
            counts.computeIfPresent(previous.getType().name(), (k, n) -> n > 1 ? n - 1 : null);
            counts.merge(e.getType().name(), 1L, Long::sum);
        }
        b.setCounts(counts);

        List<LatestAnnouncement> latest = new ArrayList<>();
        boolean placed = false;
        for (LatestAnnouncement l : b.getLatest()) {
            if (l.getType() != e.getType()) {
                latest.add(l);
            } else {
                placed = true;
                latest.add(isOlder(when(e), e.getAnnouncementId(), l.getPublishedAt(), l.getAnnouncementId()) ? l : latestOf(e));
            }
        }
        if (!placed) {
            latest.add(latestOf(e));
        }
        latest.sort(Comparator.comparing(LatestAnnouncement::getType));
        b.setLatest(latest);

        if (positions != null) {
            b.setTotalPercentOfCapitalPledged(sum(positions, false));
            b.setControllingPercentOfCapitalPledged(sum(positions, true));
        }
        b.setUpdatedAt(Instant.ofEpochMilli(nowMs));
        return b.build();
    }

    private static LatestAnnouncement latestOf(AnnouncementEvent e) {
        return LatestAnnouncement.newBuilder().setType(e.getType()).setAnnouncementId(e.getAnnouncementId())
                .setTitle(e.getTitle()).setPublishedAt(when(e)).build();
    }

    private static Double sum(List<PledgePositionState> positions, boolean controllingOnly) {
        double total = 0;
        boolean any = false;
        for (PledgePositionState p : positions) {
            if (p.getPercentOfCapitalPledged() != null && (!controllingOnly || Boolean.TRUE.equals(p.getControllingShareholder()))) {
                total += p.getPercentOfCapitalPledged();
                any = true;
            }
        }
        return any ? Math.round(total * 10_000.0) / 10_000.0 : null;
    }

}

package dev.hkfilings.serde;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.DeadLetterStage;
import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgKpiValue;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.MeetingKind;
import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgeKind;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.avro.SharePledge;

/** Typical events of every contract, filled the way the stream fills them, for serde tests and the benchmark. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static FilingMetadata metadata(String filingId) {
        return FilingMetadata.newBuilder()
                .setFilingId(filingId)
                .setSource(FilingSource.FEED)
                .setSourceUri("https://www1.hkexnews.hk/listedco/listconews/sehk/2024/0412/" + filingId + ".pdf")
                .setFileName(filingId + ".pdf")
                .setStockCodes(List.of("06680"))
                .setCompanyNames(List.of("JINKE SMART SERVICES GROUP CO., LTD."))
                .setTitle("ANNOUNCEMENT ON PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER")
                .setHeadlineCategory("Announcements and Notices - [Other - Miscellaneous]")
                .setHeadlineCategoryCodes(List.of("10000", "13300"))
                .setMarket("SEHK")
                .setSourceLanguage("en")
                .setPublishedAt(Instant.parse("2024-04-12T11:02:00Z"))
                .setFetchedAt(Instant.parse("2024-04-12T11:03:17.250Z"))
                .setContentType("application/pdf")
                .setContentLength(183_402L)
                .setSha256("9f2c5c0e3b1d7a4a8e6f1b2c3d4e5f60718293a4b5c6d7e8f90112233445566a")
                .build();
    }

    public static RawFiling rawFiling() {
        return RawFiling.newBuilder()
                .setMetadata(metadata("2024041200457"))
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap("%PDF-1.7\n%âãÏÓ\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1)))
                .build();
    }

    public static RawFiling rawFilingWithoutBytes() {
        return RawFiling.newBuilder()
                .setMetadata(metadata("2024041200458"))
                .setContentStatus(ContentStatus.TOO_LARGE)
                .setContentStatusReason("file is 73400320 bytes, limit is 52428800")
                .build();
    }

    public static FilingText filingText() {
        return FilingText.newBuilder()
                .setMetadata(metadata("2024041200457"))
                .setText("ANNOUNCEMENT ON PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER\nName of shareholder\tNumber of pledged shares\n"
                        + "Chongqing Jinke Investment\t16,000,000\n質押股份數量")
                .setDetectedContentType("application/pdf")
                .setLanguage("en")
                .setPageCount(3)
                .setExtractor("tika-3.2.3/PDFParser")
                .setExtractionMillis(84L)
                .setExtractedAt(Instant.parse("2024-04-12T11:03:18.001Z"))
                .build();
    }

    private static AnnouncementEvent.Builder envelope(AnnouncementType type, Object payload) {
        return AnnouncementEvent.newBuilder()
                .setAnnouncementId("2024041200457")
                .setStockCode("06680")
                .setCompanyNameEn("Jinke Smart Services Group Co., Ltd.")
                .setCompanyNameZh("金科智慧服務集團股份有限公司")
                .setTitle("ANNOUNCEMENT ON PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER")
                .setPublishedAt(Instant.parse("2024-04-12T11:02:00Z"))
                .setLanguage("en")
                .setType(type)
                .setConfidence(0.97)
                .setEvidence(List.of("text:number of pledged shares", "title:pledge of shares", "category:13300"))
                .setClassifierVersion("hkfilings-0.1.0")
                .setSourceUri("https://www1.hkexnews.hk/listedco/listconews/sehk/2024/0412/2024041200457.pdf")
                .setMissingFields(List.of("transactions[1].purpose"))
                .setProcessedAt(Instant.parse("2024-04-12T11:03:19.125Z"))
                .setPayload(payload);
    }

    /** The benchmark's typical event: a pledge with 2 transactions and 5 positions. */
    public static AnnouncementEvent pledgeEvent() {
        List<PledgeTransaction> transactions = List.of(
                transaction(PledgeAction.PLEDGE, "Chongqing Jinke Investment Holding (Group) Co., Ltd.", 16_000_000L,
                        LocalDate.of(2024, 4, 10), "China CITIC Bank Corporation Limited Chongqing Branch"),
                transaction(PledgeAction.RELEASE, "Mr. Huang Hongyun", 9_500_000L, LocalDate.of(2024, 4, 11),
                        "Guotai Junan Securities Co., Ltd."));
        List<PledgePosition> positions = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            positions.add(position("Shareholder " + i + " acting in concert", 50_000_000L * i));
        }
        SharePledge pledge = SharePledge.newBuilder()
                .setKind(PledgeKind.BOTH)
                .setTransactions(transactions)
                .setPositions(positions)
                .setTotalPosition(position("Total", 750_000_000L))
                .build();
        return envelope(AnnouncementType.PLEDGE, pledge).build();
    }

    private static PledgeTransaction transaction(PledgeAction action, String pledgor, long shares, LocalDate start,
                                                 String pledgee) {
        return PledgeTransaction.newBuilder()
                .setAction(action)
                .setPledgor(pledgor)
                .setControllingShareholder(true)
                .setShares(shares)
                .setShareClass(ShareClass.H)
                .setPercentOfHolding(7.01)
                .setPercentOfTotalShareCapital(2.45)
                .setRestrictedShares(false)
                .setSupplementalPledge(false)
                .setStartDate(start)
                .setExpiryDate(action == PledgeAction.PLEDGE ? start.plusYears(3) : null)
                .setExpiryText(action == PledgeAction.PLEDGE ? start.plusYears(3).toString()
                        : "Until the procedure for releasing the pledge is completed")
                .setReleaseDate(action == PledgeAction.RELEASE ? start : null)
                .setPledgee(pledgee)
                .setPurpose(action == PledgeAction.PLEDGE ? "Financing for daily operations" : null)
                .setSourceText(pledgor + "\tYes\t" + shares + "\tH Shares\t7.01%\t2.45%\tNo\tNo\t" + start + "\t" + pledgee)
                .build();
    }

    private static PledgePosition position(String shareholder, long held) {
        return PledgePosition.newBuilder()
                .setShareholder(shareholder)
                .setSharesHeld(held)
                .setPercentHeld(12.34)
                .setPledgedBefore(held / 4)
                .setPledgedAfter(held / 3)
                .setPercentOfHoldingPledged(33.33)
                .setPercentOfCapitalPledged(4.11)
                .setRestrictedFrozenPledged(0L)
                .setPercentRestrictedFrozenPledged(0.0)
                .setRestrictedFrozenUnpledged(0L)
                .setPercentRestrictedFrozenUnpledged(0.0)
                .setSourceText(shareholder + "\t" + held + "\t12.34%")
                .build();
    }

    public static AnnouncementEvent pollEvent() {
        PollResult poll = PollResult.newBuilder()
                .setMeetingKind(MeetingKind.AGM)
                .setMeetingDate(LocalDate.of(2024, 6, 28))
                .setVenue("Conference Room, 2/F, Jinke Tower, Chongqing, the PRC")
                .setSharesEntitledToVote(652_847_345L)
                .setSharesRepresented(401_230_117L)
                .setSharesRepresentedPercent(61.46)
                .setResolutions(List.of(
                        resolution("1", ResolutionKind.ORDINARY, 401_000_000L, 230_117L, true),
                        resolution("5(a)", ResolutionKind.SPECIAL, 250_000_000L, 151_230_117L, false)))
                .setScrutineer("Tricor Investor Services Limited")
                .build();
        return envelope(AnnouncementType.POLL, poll).setTitle("POLL RESULTS OF THE 2023 ANNUAL GENERAL MEETING").build();
    }

    private static Resolution resolution(String number, ResolutionKind kind, long votesFor, long votesAgainst,
                                         boolean passed) {
        double total = votesFor + votesAgainst;
        return Resolution.newBuilder()
                .setNumber(number)
                .setText("To consider and approve the report of the Board for the year 2023")
                .setKind(kind)
                .setVotesFor(votesFor)
                .setVotesForPercent(Math.round(votesFor / total * 1_000_000) / 10_000.0)
                .setVotesAgainst(votesAgainst)
                .setVotesAgainstPercent(Math.round(votesAgainst / total * 1_000_000) / 10_000.0)
                .setPassed(passed)
                .build();
    }

    public static AnnouncementEvent esgEvent() {
        EsgReport esg = EsgReport.newBuilder()
                .setReportingYear(2023)
                .setPeriodStart(LocalDate.of(2023, 1, 1))
                .setPeriodEnd(LocalDate.of(2023, 12, 31))
                .setStandards(List.of("HKEX ESG Reporting Guide (Appendix C2)", "GRI Standards"))
                .setKpis(List.of(EsgKpi.newBuilder()
                        .setCode("A1.2")
                        .setMetric("Total greenhouse gas emissions (Scope 1 and 2)")
                        .setUnit("tCO2e")
                        .setValues(List.of(
                                EsgKpiValue.newBuilder().setYear(2023).setValue(12_345.6).setText("12,345.6").build(),
                                EsgKpiValue.newBuilder().setYear(2022).setValue(null).setText("N/A").build()))
                        .build()))
                .build();
        return envelope(AnnouncementType.ESG, esg).setTitle("2023 ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT").build();
    }

    public static AnnouncementEvent otherEvent() {
        return envelope(AnnouncementType.OTHER, null).setConfidence(0.55).setEvidence(List.of()).build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setFilingId("2024041200459")
                .setStage(DeadLetterStage.EXTRACT)
                .setErrorCode("ENCRYPTED")
                .setReason("The PDF is encrypted and cannot be read without a password")
                .setExceptionClass("org.apache.tika.exception.EncryptedDocumentException")
                .setSourceTopic("hkex.filings.raw")
                .setSourcePartition(0)
                .setSourceOffset(1_234L)
                .setMetadata(metadata("2024041200459"))
                .setFailedAt(Instant.parse("2024-04-12T11:04:00Z"))
                .build();
    }
}

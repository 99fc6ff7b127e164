package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.MeetingKind;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.fields.Extracted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PollExtractorTest {

    private final PollExtractor extractor = new PollExtractor();

    private static String seed() throws IOException {
        return Files.readString(Path.of("src/test/resources/seeds/poll_06680_2022-08-24.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSeedExactly() throws IOException {
        Extracted<PollResult> x = extractor.extract(seed());
        PollResult p = x.payload();
        assertThat(p.getMeetingKind()).isEqualTo(MeetingKind.EGM);
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2022, 8, 24));
        assertThat(p.getVenue()).startsWith("the conference room of Pullman Hotel").endsWith("Inner Mongolia Autonomous Region, the PRC");
        assertThat(p.getSharesEntitledToVote()).isEqualTo(836_430_630L);
        assertThat(p.getSharesRepresented()).isEqualTo(516_261_145L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(61.7219);
        assertThat(p.getResolutions()).hasSize(1);
        Resolution r = p.getResolutions().get(0);
        assertThat(r.getNumber()).isEqualTo("1");
        assertThat(r.getText()).isEqualTo("To consider and approve the change in the use of proceeds from the global offering");
        assertThat(r.getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(r.getVotesFor()).isEqualTo(516_237_845L);
        assertThat(r.getVotesForPercent()).isEqualTo(99.9955);
        assertThat(r.getVotesAgainst()).isEqualTo(23_300L);
        assertThat(r.getVotesAgainstPercent()).isEqualTo(0.0045);
        assertThat(r.getVotesAbstain()).isEqualTo(0L);
        assertThat(r.getVotesAbstainPercent()).isEqualTo(0.0);
        assertThat(r.getPassed()).isTrue();
        assertThat(p.getScrutineer()).isEqualTo("Computershare Hong Kong Investor Services Limited");
        assertThat(x.missingFields()).isEmpty();
    }

    @Test
    void readsTheSeedTableWhenEachCellIsOnItsOwnLine() throws IOException {
        String lineSplit = seed().replace("\t\t", "\n").replace('\t', '\n');
        Resolution r = extractor.extract(lineSplit).payload().getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(516_237_845L);
        assertThat(r.getVotesAgainst()).isEqualTo(23_300L);
        assertThat(r.getVotesAbstain()).isEqualTo(0L);
        assertThat(r.getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(r.getPassed()).isTrue();
    }

    @Test
    void anAbstentionColumnWithoutPercentagesAndATotalColumnDoNotRunRowsTogether() {
        String text = "RESULTS OF THE EXTRAORDINARY GENERAL MEETING\n"
                + "Total number of shares entitling the holders to attend and vote for or against the resolutions at the EGM:\t2,150,000,000\n"
                + "Total number of shares held by Shareholders present in person or by proxy at the EGM:\t1,204,377,450 (approximately"
                + " 56.0176% of the issued shares)\n\n"
                + "\tResolutions\tFOR\tAGAINST\tABSTAIN\tTotal votes\n\t\tNo. of votes (%)\tNo. of votes (%)\tNo. of votes\t(FOR + AGAINST)\n"
                + "\tORDINARY RESOLUTIONS\t\t\t\t\n"
                + "1\tTo approve the Distribution Agreement and the annual caps\t1,198,230,450\t5,146,000\t1,001,000\t1,203,376,450\n"
                + "\tfor the three years ending 31 December 2028\t(99.5724%)\t(0.4276%)\t\t\n"
                + "2\tTo approve the grant of a specific mandate to issue up to\t1,187,655,200\t15,721,250\t1,001,000\t1,203,376,450\n"
                + "\t180,000,000 Subscription Shares\t(98.6936%)\t(1.3064%)\t\t\n"
                + "\tSPECIAL RESOLUTION\t\t\t\t\n"
                + "3\tTo approve the increase in authorised share capital\t1,170,312,000\t33,064,450\t1,001,000\t1,203,376,450\n"
                + "\tand the adoption of the amended articles\t(97.2524%)\t(2.7476%)\t\t\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(2_150_000_000L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(56.0176);
        assertThat(p.getResolutions()).extracting(Resolution::getNumber).containsExactly("1", "2", "3");
        assertThat(p.getResolutions()).extracting(Resolution::getVotesForPercent).containsExactly(99.5724, 98.6936, 97.2524);
        assertThat(p.getResolutions()).extracting(Resolution::getVotesAbstain).containsOnly(1_001_000L);
        assertThat(p.getResolutions()).extracting(Resolution::getKind)
                .containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);

        // the special resolutions' section after a row whose abstentions have no percentage
        String zh = "股東週年大會上提呈之決議案投票結果如下：\n\n普通決議案\t票數及百分比（%）\t\t\t\t\n\t贊成\t%\t反對\t%\t棄權\n"
                + "1 省覽及採納經審核綜合財務報表。\t1,586,951,412\t100.00\t0\t0.00\t312,000\n"
                + "2 授予董事一般授權以購回本公司股份。\t1,587,009,412\t99.98\t254,000\t0.02\t0\n\n"
                + "特別決議案\t贊成\t%\t反對\t%\t棄權\n"
                + "3 批准建議修訂本公司之組織章程大綱及細則。\t1,585,619,412\t99.92\t1,332,000\t0.08\t312,000\n";
        assertThat(extractor.extract(zh).payload().getResolutions()).extracting(Resolution::getKind)
                .containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void aClassMeetingTableWithPercentageColumnsLabelledWithFullWidthBrackets() {
        String text = "H股类别股东会投票表决结果公告\n于H股类别股东会举行日期，本公司已发行H股总数为480,000,000股，即赋予H股持有人出席H股类别股东会"
                + "并就会上提呈之决议案投赞成票或反对票的H股总数。\n\n"
                + "议案编号\t特别决议案\t赞成票数\t比例（%）\t反对票数\t比例（%）\t弃权票数\t比例（%）\t是否通过\n"
                + "1\t关于授予董事会回购本公司H股股份一般性授权的议案\t298,765,400\t99.1803\t2,123,600\t0.7050\t345,500\t0.1147\t是\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(480_000_000L);
        Resolution r = p.getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(298_765_400L);
        assertThat(r.getVotesAgainst()).isEqualTo(2_123_600L);
        assertThat(r.getVotesAbstain()).isEqualTo(345_500L);
        assertThat(r.getKind()).isEqualTo(ResolutionKind.SPECIAL);
    }

    @Test
    void aSoleResolutionWhoseFiguresAreInASentence() {
        String text = "POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\nThe Board is pleased to announce that the ordinary resolution as set"
                + " out in the notice of the EGM (the \"Resolution\") was duly passed by way of poll at the EGM.\n\n"
                + "Of the votes cast on the Resolution, 412,056,320 votes, representing approximately 98.7649% of the total votes cast, were"
                + " in favour of the Resolution, and 5,153,000 votes, representing approximately 1.2351% of the total votes cast, were"
                + " against it. As more than 50% of the votes were cast in favour, the Resolution was duly passed as an ordinary resolution.\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).getVotesFor()).isEqualTo(412_056_320L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(1.2351);
        assertThat(rs.get(0).getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(rs.get(0).getPassed()).isTrue();
    }

    @Test
    void mainlandResolutionsAsParagraphsWithTheirKindsStatedAfterThem() {
        String text = "股东大会决议公告\n2、出席会议的股东所持有表决权的股份总数（股）\t1,023,456,789\n"
                + "3、出席会议的股东所持有表决权股份数占公司有表决权股份总数的比例（%）\t52.3454\n\n"
                + "1、议案名称：关于公司2024年度董事会工作报告的议案\n\n审议结果：通过\n\n"
                + "表决情况：同意1,020,123,456股，占出席会议股东所持有效表决权股份总数的99.6743%；反对3,000,000股，占0.2931%；弃权333,333股，占0.0326%。\n\n"
                + "2、议案名称：关于提请股东大会授予董事会发行股份一般性授权的议案\n\n审议结果：通过\n\n"
                + "表决情况：同意905,678,123股，占出席会议股东所持有效表决权股份总数的88.4921%；反对117,578,666股，占11.4884%；弃权200,000股，占0.0195%。\n\n"
                + "1、上述第1项议案为普通决议议案，已获得出席会议股东所持有效表决权股份总数的二分之一以上通过；\n"
                + "2、上述第2项议案为特别决议议案，已获得出席会议股东所持有效表决权股份总数的三分之二以上通过；\n";
        PollResult p = extractor.extract(text).payload();
        // the first resolution's votes are no attendance
        assertThat(p.getSharesRepresented()).isEqualTo(1_023_456_789L);
        assertThat(p.getResolutions()).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void aResolutionNotFormallyPassedInChinese() {
        String text = "股東週年大會投票結果\n\t普通決議案\t票數（概約百分比%）\t\n\t\t贊成\t反對\n"
                + "1.\t重選陳嘉豪先生為執行董事。\t801,245,678\n(98.6336%)\t11,100,000\n(1.3664%)\n"
                + "2.\t重選黃詠詩女士為非執行董事。\t392,111,000\n(48.2690%)\t420,234,678\n(51.7310%)\n\n"
                + "由於贊成第2項決議案之票數不足50%，該決議案未獲正式通過為普通決議案。\n";
        assertThat(extractor.extract(text).payload().getResolutions()).extracting(Resolution::getPassed).containsExactly(true, false);
    }

    @Test
    void theRestOfTheResolutionsOrdinaryAndTheCapitalAllVoting() {
        String text = "股东大会决议公告\n截至股权登记日，公司总股本为1,200,000,000股，其中A股980,000,000股、H股220,000,000股，均为有表决权股份。\n\n"
                + "议案序号\t议案名称\t同意票数\t比例（%）\t反对票数\t比例（%）\n"
                + "1\t关于2024年度董事会工作报告的议案\t612,100,000\t99.9448\t338,720\t0.0552\n"
                + "2\t关于修订公司章程的议案\t589,438,720\t96.2445\t23,000,000\t3.7555\n\n"
                + "1、议案2为特别决议议案，已获得出席会议的股东所持有效表决权股份总数的三分之二以上通过；"
                + "其余议案均为普通决议议案，已获得出席会议的股东所持有效表决权股份总数的过半数通过。\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(1_200_000_000L);
        assertThat(p.getResolutions()).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void derivesTheOutcomeFromVotesAndKindWhenNothingIsStated() {
        String text = """
                POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING
                SPECIAL RESOLUTION
                For
                Against
                1.
                To approve the amendments to the articles of association.
                700,000
                (70.00%)
                300,000
                (30.00%)
                """;
        Extracted<PollResult> x = extractor.extract(text);
        Resolution r = x.payload().getResolutions().get(0);
        assertThat(r.getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(r.getVotesForPercent()).isEqualTo(70.0);
        assertThat(r.getPassed()).isFalse();
        assertThat(r.getVotesAbstain()).isNull();
        assertThat(x.missingFields()).contains("meetingDate", "sharesEntitledToVote", "scrutineer")
                .doesNotContain("resolutions[0].votesAbstain", "resolutions[0].passed");
    }

    @Test
    void aStatedOutcomeWinsOverTheVotes() {
        String text = """
                POLL RESULTS OF THE ANNUAL GENERAL MEETING
                ORDINARY RESOLUTIONS\tFor\tAgainst\tResult
                1.\tTo re-elect Mr. A as director.\t600 (60.00%)\t400 (40.00%)\tNot passed
                """;
        Resolution r = extractor.extract(text).payload().getResolutions().get(0);
        assertThat(r.getPassed()).isFalse();
        assertThat(r.getVotesFor()).isEqualTo(600L);
    }

    @Test
    void namesWhatItCouldNotRead() {
        Extracted<PollResult> x = extractor.extract("An announcement about something else entirely.");
        assertThat(x.payload().getMeetingKind()).isEqualTo(MeetingKind.UNKNOWN);
        assertThat(x.payload().getResolutions()).isEmpty();
        assertThat(x.missingFields()).containsExactly("meetingKind", "meetingDate", "venue", "sharesEntitledToVote",
                "sharesRepresented", "sharesRepresentedPercent", "resolutions", "scrutineer");
    }

    @Test
    void readsClassMeetingKindsInEnglishAndChinese() {
        assertThat(MeetingReader.kind("POLL RESULTS OF THE 2023 FIRST H SHAREHOLDERS CLASS MEETING")).isEqualTo(MeetingKind.H_SHARE_CLASS_MEETING);
        assertThat(MeetingReader.kind("POLL RESULTS OF THE CLASS MEETING OF A SHAREHOLDERS")).isEqualTo(MeetingKind.A_SHARE_CLASS_MEETING);
        assertThat(MeetingReader.kind("2023年第一次H股類別股東大會投票表決結果")).isEqualTo(MeetingKind.H_SHARE_CLASS_MEETING);
        assertThat(MeetingReader.kind("2022年度股东大会投票结果")).isEqualTo(MeetingKind.AGM);
        assertThat(MeetingReader.kind("臨時股東大會投票表決結果")).isEqualTo(MeetingKind.EGM);
        assertThat(MeetingReader.kind("POLL RESULTS OF THE AGM, THE A SHARE CLASS MEETING AND THE H SHARE CLASS MEETING"))
                .isEqualTo(MeetingKind.AGM);
    }

    @Test
    void theTitlesOwnParagraphNamesTheMeetingThoughLaterMentionsAreCutByLineEnds() {
        // the meeting before the title's words; after them, its first mention cut at a line end ("第一次H" / "股类别股东会")
        assertThat(MeetingReader.kind("2025年第一次H股类别股东会投票结果公告\n\n兹提述本公司日期为2025年7月31日的通函及2025年第一次H\n"
                + "股类别股东会（“H股类别股东会”）通告。")).isEqualTo(MeetingKind.H_SHARE_CLASS_MEETING);
        // one announcement for both classes' meetings, the A-share one's name cut by a line end
        assertThat(MeetingReader.kind("兹载列本公司在上海证券交易所网站刊登的《本公司2025年第一次A股类别股东\n会议及2025年第一次H股类别股东会议决议公告》，"
                + "仅供参阅。")).isEqualTo(MeetingKind.CLASS_MEETING);
        // the title's own name of the meeting cut between the class's letter and its word
        assertThat(MeetingReader.kind("2025年第一次H\n股类别股东会投票结果公告\n\n兹提述本公司日期为2025年7月31日的通函。"))
                .isEqualTo(MeetingKind.H_SHARE_CLASS_MEETING);
    }

    @Test
    void expandsResolutionRangesInStatements() {
        assertThat(OutcomeStatements.numbers("resolutions nos. 1 to 4 and 6 were duly passed")).containsExactlyInAnyOrder("1", "2", "3", "4", "6");
        assertThat(OutcomeStatements.numbers("第1至3項決議案已獲通過")).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void readsChineseNumeralDatesAndTheVenueAfter假座() {
        String text = "股東週年大會投票表決結果\n\n董事會欣然宣佈，本公司於二零二三年五月二十六日（星期五）上午十時正假座香港灣仔港灣道1號君悅酒店舉行股東週年大會。\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getMeetingKind()).isEqualTo(MeetingKind.AGM);
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(p.getVenue()).isEqualTo("香港灣仔港灣道1號君悅酒店");
    }

    @Test
    void numbersSubItemsUnderTheirHeading() {
        String text = """
                POLL RESULTS OF THE ANNUAL GENERAL MEETING
                ORDINARY RESOLUTIONS\tFor\tAgainst
                1.\tTo receive the audited financial statements.\t1,000 (100.00%)\t0 (0.00%)
                2.\tTo re-elect the following retiring directors:
                (a)\tMr. Chan Tai Man\t900 (90.00%)\t100 (10.00%)
                (b)\tMs. Wong Mei Mei\t400 (40.00%)\t600 (60.00%)
                3A.\tTo re-appoint the auditor.\t1,000 (100.00%)\t0 (0.00%)
                """;
        java.util.List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2(a)", "2(b)", "3A");
        assertThat(rs.get(1).getText()).isEqualTo("Mr. Chan Tai Man");
        assertThat(rs.get(2).getPassed()).isFalse();
        assertThat(rs.get(3).getVotesFor()).isEqualTo(1000L);
    }

    @Test
    void readsCountAndPercentColumnsWithoutPercentSigns() {
        String text = """
                POLL RESULTS OF THE 2023 FIRST EXTRAORDINARY GENERAL MEETING
                ORDINARY RESOLUTION
                1.
                To consider and approve the 2024 financial budget
                For\tAgainst\tAbstain
                Number of shares\t%\tNumber of shares\t%\tNumber of shares\t%
                516,237,845\t99.9955\t23,300\t0.0045\t0\t0.0000
                Shareholders holding 516,261,145 Shares (approximately 61.7219% of the total issued Shares) attended the EGM.
                """;
        PollResult p = extractor.extract(text).payload();
        Resolution r = p.getResolutions().get(0);
        assertThat(r.getText()).isEqualTo("To consider and approve the 2024 financial budget");
        assertThat(r.getVotesFor()).isEqualTo(516_237_845L);
        assertThat(r.getVotesForPercent()).isEqualTo(99.9955);
        assertThat(r.getVotesAgainst()).isEqualTo(23_300L);
        assertThat(r.getVotesAbstainPercent()).isEqualTo(0.0);
        assertThat(r.getPassed()).isTrue();
        assertThat(p.getSharesRepresented()).isEqualTo(516_261_145L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(61.7219);
    }

    @Test
    void takesFiguresThatALineKeptInTheTextCell() {
        String text = """
                POLL RESULTS OF THE ANNUAL GENERAL MEETING
                ORDINARY RESOLUTIONS For Against
                1. To receive the audited financial statements 1,000,000 (99.90%) 1,000 (0.10%)
                2. To grant a general mandate to issue shares 400,000 (40.00%) 600,000 (60.00%)
                """;
        java.util.List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getText).containsExactly("To receive the audited financial statements",
                "To grant a general mandate to issue shares");
        assertThat(rs).extracting(Resolution::getVotesAgainst).containsExactly(1_000L, 600_000L);
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, false);
    }
    @Test
    void subResolutionNumbersOnTheirOwnLinesAreNoVoteCounts() {
        String text = """
                POLL RESULTS
                Resolutions
                For
                Against
                ORDINARY RESOLUTIONS
                1.
                To approve the election of directors by cumulative voting:
                1.1
                To elect Mr. Zhang Wei as a director
                415,000,000
                98.8095%
                5,000,000
                1.1905%
                1.2
                To elect Ms. Li Na as a director
                410,000,000
                97.6190%
                10,000,000
                2.3810%
                2.
                To approve the annual caps
                418,000,000
                99.5238%
                2,000,000
                0.4762%
                """;
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1.1", "1.2", "2");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(415_000_000L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(1.1905);
    }
    @Test
    void percentagesOnTheirOwnRowUnderTheCountsArePairedByColumn() {
        String text = "POLL RESULTS\nSPECIAL RESOLUTION\tFor\tAgainst\tAbstain\n"
                + "1.\tTo approve the general mandate to repurchase H Shares\t149,000,000\t1,000,000\t0\n"
                + "\t\t99.3333%\t0.6667%\t0.0000%\n";
        Resolution r = extractor.extract(text).payload().getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(149_000_000L);
        assertThat(r.getVotesForPercent()).isEqualTo(99.3333);
        assertThat(r.getVotesAgainstPercent()).isEqualTo(0.6667);
        assertThat(r.getVotesAbstain()).isEqualTo(0L);
    }

    /** A layout of real filings: one cell per line, an outcome column, then the rest of the wording and the percentages. */
    @Test
    void aRowGoesOnAfterItsOutcomeColumnWithItsWordingAndPercentages() {
        String text = """
                Lotus Harbour Holdings Limited
                (Stock Code: 3021)
                ANNUAL GENERAL MEETING HELD ON 12 MAY 2023
                POLL RESULTS
                The poll results in respect of the resolutions proposed at the annual general meeting ("AGM") of Lotus Harbour Holdings Limited (the "Company") held on 12 May
                2023 are as follows:
                Ordinary Resolutions
                Number of Votes (%)*
                Passed by
                For
                Against
                Shareholders
                1
                To receive and adopt the audited
                2,500,000,000
                1,250,000
                Yes
                financial statements together with
                (99.9500%)
                (0.0500%)
                the reports of the directors and
                the independent auditor for the
                year ended 31 December 2022
                2
                To declare a final dividend
                2,400,000,000
                101,250,000
                Yes
                (95.9520%)
                (4.0480%)
                3(a)
                To re-elect Mr. HO Ka Wing as
                1,200,000,000
                1,300,000,000
                No
                director
                (47.9808%)
                (51.9792%)
                """;
        PollResult p = extractor.extract(text).payload();
        var rs = p.getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2", "3(a)");
        assertThat(rs.get(0).getText()).isEqualTo("To receive and adopt the audited financial statements together with the reports"
                + " of the directors and the independent auditor for the year ended 31 December 2022");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(2_500_000_000L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(99.95);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(1_250_000L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(0.05);
        assertThat(rs.get(1).getVotesForPercent()).isEqualTo(95.952);
        assertThat(rs.get(1).getVotesAgainstPercent()).isEqualTo(4.048);
        assertThat(rs.get(2).getText()).isEqualTo("To re-elect Mr. HO Ka Wing as director");
        assertThat(rs.get(2).getPassed()).isFalse();
        assertThat(rs.get(2).getVotesAgainstPercent()).isEqualTo(51.9792);
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2023, 5, 12));
        // "at" the annual general meeting, further on in the text, is no venue
        assertThat(p.getVenue()).isNull();
    }

    /** For, Against and the total of votes cast as counts; the percentage row under them has For and Against only. */
    @Test
    void percentagesUnderCountsWithATotalColumnGoToTheFirstColumns() {
        String text = """
                POLL RESULTS OF ANNUAL GENERAL MEETING HELD ON 30 MAY 2023
                The poll results of the Annual General Meeting were as follows:
                Number of votes cast
                Ordinary Resolutions(1)
                (approximate %)(2)
                Total number
                For
                Against
                of
                votes cast
                1.
                To re-elect Ms. CHAN Mei Ling as
                4,120,500,000
                79,500,000
                4,200,000,000
                Director.
                (98.1071%)
                (1.8929%)
                2.
                To re-appoint Harbour & Co. as auditor
                4,199,000,000
                1,000,000
                4,200,000,000
                and to authorise the board to fix
                (99.9762%)
                (0.0238%)
                its remuneration.
                """;
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).getText()).isEqualTo("To re-elect Ms. CHAN Mei Ling as Director.");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(4_120_500_000L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(98.1071);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(79_500_000L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(1.8929);
        assertThat(rs.get(1).getText()).isEqualTo("To re-appoint Harbour & Co. as auditor and to authorise the board to fix its remuneration.");
        assertThat(rs.get(1).getVotesForPercent()).isEqualTo(99.9762);
        assertThat(rs.get(1).getVotesAgainstPercent()).isEqualTo(0.0238);
    }

    @Test
    void anAtThatNamesTheMeetingAfterATitleEndingWithTheDateIsNoVenue() {
        String title = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\nHELD ON THURSDAY, 27 AUGUST 2020\n";
        String noVenue = title + "At the annual general meeting (the \"AGM\") of Kestrel Bay Holdings Limited (the \"Company\") held on"
                + " Thursday, 27 August 2020, all the proposed resolutions as set out in the notice of the AGM were taken by poll.\n";
        PollResult p = extractor.extract(noVenue).payload();
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2020, 8, 27));
        assertThat(p.getVenue()).isNull();

        String withVenue = title + "The annual general meeting of the Company was held on Thursday, 27 August 2020 at 10:30 a.m. at"
                + " Meeting Room 2, 3/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong.\n";
        assertThat(extractor.extract(withVenue).payload().getVenue())
                .isEqualTo("Meeting Room 2, 3/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong");
    }

    /**
     * A line-split table runs into the statement under it (no full stop between): "特別決議案" then "3." must not read
     * as a statement about resolution 3, and the later "第3項決議案未獲通過" decides it.
     */
    @Test
    void aResolutionStatedAsNotPassedIsNotPassedWhateverAnEarlierSentenceListed() {
        String text = """
                2023年股東週年大會投票表決結果
                茲提述本公司日期為2024年5月20日的通函及股東週年大會通告。
                本公司於2024年6月18日（星期二）下午二時正在中國江蘇省南京市建鄴區江東中路100號本公司會議室舉行股東週年大會。
                於股東週年大會日期，本公司已發行股份總數為1,200,000,000股，即賦予持有人權利出席股東週年大會並於會上就決議案投票的股份總數。
                本公司H股證券登記處香港中央證券登記有限公司擔任股東週年大會的點票監察員。
                股東週年大會的投票表決結果如下：
                普通決議案
                贊成
                反對
                棄權
                票數
                比例(%)
                票數
                比例(%)
                票數
                比例(%)
                1.
                審議及批准本公司2023年度董事會報告
                800,150,000
                99.9813
                100,000
                0.0125
                50,000
                0.0062
                2.
                審議及批准本公司2023年度利潤分配方案
                780,000,000
                97.4631
                20,300,000
                2.5365
                3,000
                0.0004
                特別決議案
                3.
                審議及批准授予董事會發行H股的一般性授權
                380,000,000
                47.4828
                420,000,000
                52.4813
                300,000
                0.0375
                由於超過半數票數贊成第1至2項決議案，該等決議案獲正式通過為普通決議案。由於贊成票數少於三分之二，第3項決議案未獲通過。
                """;
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2", "3");
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, true, false);
        assertThat(rs.get(2).getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(rs.get(2).getVotesForPercent()).isEqualTo(47.4828);
    }

    @Test
    void attendanceTableByClassGivesTheTotalColumn() {
        PollResult p = extractor.extract("Details of the Shareholders attending the AGM are as follows:\n"
                + "\tA Shareholders\tH Shareholders\tTotal\n"
                + "Number of Shareholders and proxies attending the AGM\t1,287\t6\t1,293\n"
                + "Total number of voting shares held (shares)\t1,520,306,214\t301,258,400\t1,821,564,614\n"
                + "Percentage of the total number of voting shares of the Company (%)\t47.5096\t9.4143\t56.9239\n").payload();
        assertThat(p.getSharesRepresented()).isEqualTo(1_821_564_614L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(56.9239);
    }

    @Test
    void chineseSubResolutionsAndASectionAfterARowWithoutAbstainPercent() {
        PollResult p = extractor.extract("股東週年大會投票表決結果如下：\n普通決議案\n贊成\n反對\n棄權\n"
                + "3(甲)\n重選林志豪先生為執行董事。\n681,020,000\n(99.13%)\n6,000,000\n(0.87%)\n400,000\n"
                + "3(乙)\n重選陳慧敏女士為獨立非執行董事。\n686,900,000\n(99.92%)\n520,000\n(0.08%)\n0\n"
                + "特別決議案\n4.\n批准建議修訂組織章程大綱及細則。\n634,700,000\n(92.33%)\n52,700,000\n(7.67%)\n20,000\n").payload();
        assertThat(p.getResolutions()).extracting(Resolution::getNumber).containsExactly("3(甲)", "3(乙)", "4");
        assertThat(p.getResolutions()).extracting(Resolution::getKind)
                .containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(p.getResolutions().get(0).getVotesAbstain()).isEqualTo(400_000L);
    }

    @Test
    void aTotalColumnLabelledInTheFirstHeaderRowStaysRightOfForAndAgainst() {
        PollResult p = extractor.extract("The poll results were as follows:\n"
                + "\tORDINARY RESOLUTIONS\tNumber of Shares voted (approximate %)\t\tTotal number of votes\n"
                + "\t\tFor\tAgainst\t\n"
                + "1.\tTo approve the Acquisition Agreement.\t612,450,000 (67.8239%)\t290,550,000 (32.1761%)\t903,000,000\n").payload();
        Resolution r = p.getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(612_450_000L);
        assertThat(r.getVotesAgainst()).isEqualTo(290_550_000L);
    }

    @Test
    void theWrappedTailOfAHeaderSentenceNamesNoTotalColumn() {
        PollResult p = extractor.extract("The poll results were as follows:\nORDINARY RESOLUTIONS\nNumber of votes cast and\n"
                + "approximate percentage of\ntotal number of votes cast\nFor\nAgainst\n1.\nTo declare a final dividend.\n"
                + "1,122,402,300\n(99.9925%)\n84,000\n(0.0075%)\n").payload();
        Resolution r = p.getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(1_122_402_300L);
        assertThat(r.getVotesAgainst()).isEqualTo(84_000L);
        assertThat(r.getPassed()).isTrue();
    }

    @Test
    void aRepeatedHeaderRowsNoIsNoOutcomeOfTheRowAboveIt() {
        String text = "No.\tORDINARY RESOLUTIONS\tFor\tAgainst\tAbstain\n"
                + "1.\tTo elect the following persons as directors:\n"
                + "1.01\tMr. Yang as an executive director\t1,917,890,400 (99.2431%)\t14,628,000 (0.7569%)\t0 (0.0000%)\n"
                + "1.02\tMr. Cheung as an independent non-executive\n\tdirector\t1,928,906,400 (99.8131%)\t3,512,000 (0.1817%)\t100,000 (0.0052%)\n"
                + "No.\tSPECIAL RESOLUTIONS\tFor\tAgainst\tAbstain\n"
                + "2.\tTo grant a general mandate\t1,606,036,400 (83.1059%)\t326,482,000 (16.8941%)\t0 (0.0000%)\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1.01", "1.02", "2");
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, true, true);
    }

    @Test
    void romanSubItemsNestUnderALetterAndALetterStartsAgainFromTheNumber() {
        assertThat(ResolutionTableReader.subNumber("3(a)", "(i)")).isEqualTo("3(a)(i)");
        assertThat(ResolutionTableReader.subNumber("3(a)(i)", "(ii)")).isEqualTo("3(a)(ii)");
        assertThat(ResolutionTableReader.subNumber("3(a)(iii)", "(b)")).isEqualTo("3(b)");
        assertThat(ResolutionTableReader.subNumber("3(i)", "(ii)")).isEqualTo("3(ii)");
        assertThat(ResolutionTableReader.subNumber("3(h)", "(i)")).isEqualTo("3(i)");
        assertThat(ResolutionTableReader.subNumber("3", "(a)")).isEqualTo("3(a)");
    }

    @Test
    void sharesPresentWithTheirClassBreakdownInBracketsAndASpecialSectionAfterATotalColumn() {
        String text = "Shareholders and authorised proxies holding an aggregate of 476,362,400 shares (comprising 437,500,000 Domestic Shares "
                + "and 38,862,400 H Shares), representing approximately 79.3937% of the total number of shares carrying voting rights, attended the AGM.\n"
                + "ORDINARY RESOLUTIONS\nFor\nAgainst\nTotal number of\nvotes\n"
                + "1.\nTo receive the accounts.\n612,980,190\n(100.00%)\n24,000\n(0.00%)\n613,004,190\n"
                + "SPECIAL RESOLUTION\nFor\nAgainst\nTotal number of\nvotes\n"
                + "2.\nTo adopt the amended bye-laws.\n560,118,190\n(91.37%)\n52,886,000\n(8.63%)\n613,004,190\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getSharesRepresented()).isEqualTo(476_362_400L);
        assertThat(p.getResolutions()).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void theIssuedSharesStatedBeforeTheEntitlementAndAVenueWithoutItsDefinedTerm() {
        String text = "The Board announces that the special resolution was put to the vote by way of poll at the extraordinary general meeting "
                + "of the Company held at 10:30 a.m. on Friday, 26 April 2024 at Room 2301, 23/F, Tower 1, Admiralty Centre, 18 Harcourt Road, "
                + "Admiralty, Hong Kong (the \"EGM\").\n"
                + "As at the date of the EGM, the number of issued Shares was 1,350,000,000, which was the total number of Shares entitling "
                + "the Shareholders to attend and vote for or against the resolution at the EGM.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(1_350_000_000L);
        assertThat(p.getVenue()).isEqualTo("Room 2301, 23/F, Tower 1, Admiralty Centre, 18 Harcourt Road, Admiralty, Hong Kong");
    }

    @Test
    void aChineseVenueEndsBeforeHowTheMeetingWasHeld() {
        var p = extractor.extract("本公司2023年度股东周年大会于2024年6月18日（星期二）下午二时正在中国江苏省南京市建邺区江东中路188号恒泰大厦5楼会议室"
                + "以现场会议及网络投票相结合的方式召开。").payload();
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2024, 6, 18));
        assertThat(p.getVenue()).isEqualTo("中国江苏省南京市建邺区江东中路188号恒泰大厦5楼会议室");
    }

    @Test
    void countsOnOneLineAndPercentagesWithoutSignsOnTheNextAcrossAPageNumber() {
        String text = "二、股东周年大会投票表决结果\n每项决议案的首行为票数，次行为所占比例(%)：\n"
                + "\t\t同意\t反对\t弃权\n序号\t决议案\t票数\t票数\t票数\n\t\t比例(%)\t比例(%)\t比例(%)\n\t普通决议案\n"
                + "1\t审议及批准本公司2024年度董事会工作报告\t1,186,092,300\t210,000\t150,000\n\t\t99.9697\t0.0177\t0.0126\n"
                + "                                                                  2\n"
                + "2\t审议及批准本公司2024年度监事会工作报告\t1,186,087,300\t215,000\t150,000\n\t\t99.9692\t0.0181\t0.0126\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(1_186_092_300L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(99.9697);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(210_000L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(0.0177);
        assertThat(rs.get(1).getVotesAbstain()).isEqualTo(150_000L);
    }

    @Test
    void aMeetingNamedWithoutDaAndTheSharesWithVotingRightsOverTheLinesAboutTheirProportion() {
        String text = "本公司2025年第二次臨時股東會已於2025年12月15日召開，會議審議的全部議案均獲通過。\n"
                + "2、出席会议的股东所持有表决权的股份总数（股）\n519,996,200\n"
                + "3、出席会议的股东所持有表决权股份数占公司有表决权股份总数的比例（%）\n43.5143\n"
                + "注：截至本次股东会股权登记日，公司总股本为1,200,000,000股；公司回购专用证券账户持有的5,000,000股A股不享有表决权，"
                + "因此公司有表决权股份总数为1,195,000,000股。\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getMeetingKind()).isEqualTo(MeetingKind.EGM);
        assertThat(p.getSharesEntitledToVote()).isEqualTo(1_195_000_000L);
    }

    @Test
    void neitherOfTheResolutionsWasPassedIsAFailForBoth() {
        String text = "The poll results in respect of the resolutions proposed at the SGM were as follows:\n"
                + "No.\tOrdinary Resolutions\tFor\tAgainst\tTotal number of votes\n"
                + "1.\tTo approve the Acquisition Agreement\t98,765,432\t156,960,000\t255,725,432\n\t\t(38.6217%)\t(61.3783%)\t(100%)\n"
                + "2.\tTo approve the Specific Mandate\t98,705,432\t157,020,000\t255,725,432\n\t\t(38.5982%)\t(61.4018%)\t(100%)\n"
                + "As less than 50% of the votes were cast in favour of each of resolutions no. 1 and no. 2, neither of the resolutions "
                + "was passed as an ordinary resolution of the Company.\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(false, false);
    }

    @Test
    void anEnglishCumulativeVotingTableOfVotesReceivedAndTheGroupHeadingsAboveEachTable() {
        String text = "II. POLL RESULTS OF THE AGM\n1. Resolutions adopting cumulative voting\n"
                + "Resolution\nNo.\nOrdinary Resolutions (cumulative voting)\nNumber of votes received\nPercentage (%)\nElected or not\n"
                + "1.00\nTo consider and approve the election of non-independent Directors\n"
                + "1.01\nTo elect Mr. Lau Chi Keung as an executive Director\n1,498,230,110\n98.4587\nYes\n"
                + "1.02\nTo elect Ms. Ng Wai Ling as an executive Director\n1,476,502,840\n97.0308\nYes\n"
                + "2. Resolutions adopting non-cumulative voting\n"
                + "\tNumber of votes (%)\nResolution No.\tResolutions\tFor\tAgainst\tAbstain\n"
                + "\tORDINARY RESOLUTIONS\n"
                + "3.\tTo consider and approve the work report of the Board for the year 2023\t1,519,874,300\n(99.8811%)\t1,210,000\n(0.0795%)\t600,000\n(0.0394%)\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1.01", "1.02", "3");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(1_498_230_110L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(98.4587);
        assertThat(rs.get(0).getPassed()).isTrue();
        assertThat(rs.get(2).getVotesAgainst()).isEqualTo(1_210_000L);
    }

    @Test
    void aHeadingThatSaysEntitledToVoteIsNoSentenceAboutTheCount() {
        var p = extractor.extract("SHARES ENTITLED TO VOTE AND ATTENDANCE\n\n"
                + "As at the date of the AGM, there were 3,012,456,000 Shares in issue, of which 12,456,000 Shares were held by the"
                + " Company as treasury shares. Accordingly, the total number of Shares entitling the holders to attend and vote for"
                + " or against the resolutions at the AGM was 3,000,000,000 Shares.\n").payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(3_000_000_000L);
    }

    @Test
    void anAttendanceTableWithAColumnPerMeetingHeldThatDay() {
        var p = extractor.extract("Details of the shareholders and authorised proxies attending the Meetings are set out below:\n"
                + "\tEGM\tA Share Class Meeting\tH Share Class Meeting\n"
                + "Number of shareholders and proxies attending\t228\t225\t3\n"
                + "Total number of voting shares held\t702,318,446\t538,402,200\t163,902,246\n"
                + "of which: A Shares\t538,416,200\t538,402,200\t–\n"
                + "H Shares\t163,902,246\t–\t163,902,246\n"
                + "Percentage of the total voting shares of the Company / of the relevant class (%)\t46.9069\t49.0679\t40.9756\n").payload();
        assertThat(p.getSharesRepresented()).isEqualTo(702_318_446L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(46.9069);
    }

    @Test
    void resultsWrittenAsAParagraphPerResolution() {
        String text = "The Board is pleased to announce that all the proposed resolutions were duly passed by way of poll at the SGM.\n"
                + "Ordinary resolution no. 1, to approve, confirm and ratify the Disposal Agreement: 455,120,330 votes were cast for the"
                + " resolution, representing approximately 99.8811% of the total number of votes cast, and 541,600 votes were cast against"
                + " the resolution, representing approximately 0.1189% of the total number of votes cast.\n"
                + "Special resolution no. 2, to approve the change of the English name of the Company: 455,501,930 votes for, representing"
                + " approximately 99.9649%, and 160,000 votes against, representing approximately 0.0351%.\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(455_120_330L);
        assertThat(rs.get(0).getVotesAgainstPercent()).isEqualTo(0.1189);
        assertThat(rs.get(0).getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(rs.get(1).getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(rs.get(1).getPassed()).isTrue();
        assertThat(rs.get(0).getText()).isEqualTo("to approve, confirm and ratify the Disposal Agreement");
    }

    @Test
    void chineseLabelsOneCellPerLineWithTheirApproximatePercentUnderneath() {
        String text = "決議案\n贊成票數\n（概約%）\n反對票數\n（概約%）\n投票總數\n普通決議案\n1.\n批准供應框架協議\n"
                + "640,112,000\n(98.7362%)\n8,193,200\n(1.2638%)\n648,305,200\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).getVotesFor()).isEqualTo(640_112_000L);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(8_193_200L);
    }

    @Test
    void aCumulativeVoteWhoseHeadingRowHasDashesUnderABracketedKindHeading() {
        String text = "议案编号\t议案名称\t赞成\t反对\t弃权\n"
                + "（一）非累积投票决议案\n普通决议案\n"
                + "1.\t关于2024年度董事会工作报告的议案\t710,902,400\n(99.7974%)\t1,443,600\n(0.2026%)\t0\n(0.0000%)\n"
                + "特别决议案\n"
                + "2.\t关于修订公司章程的议案\t530,214,800\n(74.4322%)\t181,630,800\n(25.4976%)\t500,000\n(0.0702%)\n"
                + "（二）累积投票决议案（普通决议案）\n"
                + "3.00\t关于选举第三届监事会股东代表监事的议案\t-\t-\t-\n"
                + "3.01\t选举邓美华女士为第三届监事会股东代表监事\t705,120,400\t98.9857%\t是\n"
                + "3.02\t选举罗建平先生为第三届监事会股东代表监事\t704,880,100\t98.9520%\t是\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2", "3.01", "3.02");
        assertThat(rs.get(2).getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(rs.get(2).getVotesFor()).isEqualTo(705_120_400L);
    }

    @Test
    void oneSentenceThatPassesSomeResolutionsAndNotAnother() {
        String text = "The Board announces that at the SGM, the ordinary resolutions numbered 1 and 2 as set out in the Notice were duly"
                + " passed by the Shareholders by way of poll, and the special resolution numbered 3 as set out in the Notice was NOT"
                + " passed by the Shareholders.\n"
                + "No.\tResolutions\tFor\tAgainst\n"
                + "1.\tTo approve the Disposal Agreement\t1,180,422,350 (99.81%)\t2,218,000 (0.19%)\n"
                + "2.\tTo approve the increase in the authorised share capital\t1,172,946,350 (99.18%)\t9,694,000 (0.82%)\n"
                + "\tSPECIAL RESOLUTION\n"
                + "3.\tTo approve the Capital Reduction\t845,102,350 (71.46%)\t337,538,000 (28.54%)\n";
        var rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, true, false);
    }

    @Test
    void theIssuedSharesEntitlingShareholdersToAttendAndTheShareOfThemRepresented() {
        var p = extractor.extract("于临时股东大会日期，本公司已发行股份总数为600,000,000股，包括450,000,000股内资股及150,000,000股H股，"
                + "即赋予股东出席临时股东大会并于会上就决议案投票的股份总数。\n"
                + "亲身或委任代表出席临时股东大会的股东合共持有本公司有表决权股份421,385,600股（包括内资股338,600,000股及H股82,785,600股），"
                + "约占本公司有表决权股份总数的70.2309%。\n").payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(600_000_000L);
        assertThat(p.getSharesRepresented()).isEqualTo(421_385_600L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(70.2309);
    }

    @Test
    void theIssuedSharesInOneSentenceAndThatNumberEntitlingInTheNext() {
        var p = extractor.extract("於股東週年大會日期，本公司已發行股份總數為1,600,000,000股股份（「股份」），本公司並無持有任何庫存股份。"
                + "該數目即賦予持有人出席股東週年大會並於會上就所有決議案投贊成或反對票之股份總數。\n"
                + "親身或委派代表出席股東週年大會之股東合共持有1,088,240,000股股份，佔賦予持有人出席股東週年大會並於會上投票之股份總數約68.0150%。\n").payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(1_600_000_000L);
        assertThat(p.getSharesRepresented()).isEqualTo(1_088_240_000L);
    }

    @Test
    void aSectionInTheHeadersFirstColumnAWrappedHeaderSentenceAndATotalColumnAndTwoThirdsForSpecial() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\nThe poll results were as follows:\n\n"
                + "\t\tNumber of votes cast and\t\tTotal\n"
                + "\t\tapproximate percentage of\t\tnumber of\n"
                + "\tOrdinary Resolutions\ttotal number of votes cast (%)\t\tvotes\n"
                + "\t\tFor\tAgainst\tcast\n"
                + "1.\tTo receive and adopt the audited financial statements.\t2,104,000,000\t336,512\t2,104,336,512\n"
                + "\t\t(99.9840%)\t(0.0160%)\n";
        Resolution r = extractor.extract(text).payload().getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(2_104_000_000L);
        assertThat(r.getVotesAgainst()).isEqualTo(336_512L);
        assertThat(r.getVotesAgainstPercent()).isEqualTo(0.016);

        String prc = "POLL RESULTS OF THE H SHAREHOLDERS' CLASS MEETING\n\n\t\tFor\tAgainst\n\tSPECIAL RESOLUTION\n"
                + "1.\tTo approve the amendments to the Articles of Association\t134,485,420\t64,278,900\n"
                + "\t\t67.6607%\t32.3393%\n\n"
                + "As more than two-thirds of the votes held by the H Shareholders attending were cast in favour, the resolution was passed.\n";
        assertThat(extractor.extract(prc).payload().getResolutions().get(0).getPassed()).isTrue();
        assertThat(PollExtractor.derived(dev.hkfilings.avro.ResolutionKind.SPECIAL,
                Resolution.newBuilder().setKind(dev.hkfilings.avro.ResolutionKind.SPECIAL).setVotesForPercent(67.66), 75.0)).isFalse();
    }

    @Test
    void sharesOfIndependentHoldersAndAttendanceCountedBeforeItsBreakdownByClass() {
        String zh = "股東特別大會投票表決結果\n\n於股東特別大會日期，本公司之已發行股份總數為1,200,000,000股。念德投資須於股東特別大會上放棄投票。"
                + "因此，賦予獨立股東出席股東特別大會並就所有決議案投票之股份總數為750,000,000股。\n"
                + "出席股東特別大會之獨立股東合共持有412,600,000股股份，佔賦予獨立股東出席股東特別大會並投票之股份總數約55.01%。\n";
        var p = extractor.extract(zh).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(750_000_000L);
        assertThat(p.getSharesRepresented()).isEqualTo(412_600_000L);

        String en = "POLL RESULTS OF THE AGM\n\nShareholders and authorised proxies holding an aggregate of 880,357,456 shares carrying voting "
                + "rights (comprising 700,123,456 A Shares and 180,234,000 H Shares), representing approximately 44.0179% of the total number "
                + "of shares carrying voting rights of the Company, attended the AGM.\n";
        var q = extractor.extract(en).payload();
        assertThat(q.getSharesRepresented()).isEqualTo(880_357_456L);
        assertThat(q.getSharesRepresentedPercent()).isEqualTo(44.0179);
    }

    @Test
    void aYearWrappedBelowTheWordingsDateIsNoVoteCount() {
        String text = "POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\n\nOrdinary Resolutions\nFor\nAgainst\nAbstain\nNumber of\nvotes\n%\n"
                + "Number of\nvotes\n%\nNumber of\nvotes\n%\n"
                + "1.\nTo approve the Sale and Purchase Agreement\n698,402,150\n99.4424\n3,216,300\n0.4580\n700,000\n0.0997\n"
                + "2.\nTo approve the proposed annual caps for\nthe three years ending 31 December\n2027\n655,118,450\n93.2794\n46,000,000\n"
                + "6.5497\n1,200,000\n0.1709\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).hasSize(2);
        assertThat(r.get(1).getVotesFor()).isEqualTo(655_118_450L);
        assertThat(r.get(1).getVotesAgainst()).isEqualTo(46_000_000L);
        assertThat(r.get(1).getVotesAbstain()).isEqualTo(1_200_000L);
        assertThat(r.get(1).getText()).endsWith("31 December 2027");
    }

    @Test
    void aTotalLabelOverItsColumnAndCumulativeVotesForCandidates() {
        String text = "POLL RESULTS OF THE SGM\n\n\t\tNumber of Votes\tNumber of Votes\tTotal\nResolutions\t\tFor\tAgainst\tNumber\n"
                + "\t\t(approximate %)\t(approximate %)\tof Votes\nORDINARY RESOLUTIONS\n"
                + "1.\tTo approve the Disposal Agreement\t1,898,204,870\t4,211,000\t1,902,415,870\n\t\t(99.7786%)\t(0.2214%)\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).hasSize(1);
        assertThat(r.get(0).getVotesAgainst()).isEqualTo(4_211_000L);
        assertThat(r.get(0).getVotesAgainstPercent()).isEqualTo(0.2214);

        String cumulative = "POLL RESULTS OF THE 2024 ANNUAL GENERAL MEETING\n\nShareholders and authorised proxies attending the AGM:\n"
                + "1. Number of shareholders and proxies attending the AGM\t63\n   of which: holders of A shares\t61\n"
                + "             holders of H shares\t2\n"
                + "2. Total number of voting shares held by attending shareholders (shares)\t901,676,500\n"
                + "   of which: A shares\t720,114,500\n             H shares\t181,562,000\n"
                + "3. Percentage of voting shares held by attending shareholders to the total number of voting shares of the Company (%)\t54.6471\n"
                + "   of which: A shares (%)\t43.6433\n             H shares (%)\t11.0038\n\nII. POLL RESULTS OF THE AGM\n\n"
                + "(I) Resolutions not adopting cumulative voting\n\nNo.\tResolutions\tType of\tFor\t\tAgainst\t\tAbstain\n"
                + "\t\tshareholders\tNumber of votes\t%\tNumber of votes\t%\tNumber of votes\t%\n\nORDINARY RESOLUTIONS\n"
                + "1\tTo consider and approve the work report of the\tA shares\t719,882,100\t99.9677\t180,300\t0.0250\t52,100\t0.0072\n"
                + "\tBoard of Directors of the Company for the year\tH shares\t181,498,000\t99.9648\t64,000\t0.0352\t0\t0.0000\n"
                + "\t2024\tTotal\t901,380,100\t99.9671\t244,300\t0.0271\t52,100\t0.0058\n"
                + "\tAs more than one-half of the votes were cast in favour of this resolution, the resolution was duly passed as an ordinary resolution.\n"
                + "\nSPECIAL RESOLUTIONS\n"
                + "2\tTo consider and approve the grant of a general\tA shares\t673,821,900\t93.5715\t45,882,600\t6.3716\t410,000\t0.0569\n"
                + "\tmandate to the Board to issue additional A\tH shares\t69,517,400\t38.2885\t112,044,600\t61.7115\t0\t0.0000\n"
                + "\tshares and/or H shares of the Company\tTotal\t743,339,300\t82.4397\t157,927,200\t17.5148\t410,000\t0.0455\n"
                + "\tAs more than two-thirds of the votes were cast in favour of this resolution, the resolution was duly passed as a special resolution.\n"
                + "3\tTo consider and approve the amendments to the\tA shares\t719,704,100\t99.9430\t312,400\t0.0434\t98,000\t0.0136\n"
                + "\tArticles of Association of the Company\tH shares\t181,542,000\t99.9890\t20,000\t0.0110\t0\t0.0000\n"
                + "\t\tTotal\t901,246,100\t99.9523\t332,400\t0.0369\t98,000\t0.0109\n"
                + "\tAs more than two-thirds of the votes were cast in favour of this resolution, the resolution was duly passed as a special resolution.\n"
                + "\n(II) Ordinary resolutions adopting cumulative voting\n\n\t\t\t\tPercentage of votes\n"
                + "\t\t\t\tto the number of\n\t\t\t\tvoting shares held\n\t\t\tNumber of\tby shareholders\n"
                + "No.\tName of candidate\tvotes obtained\tpresent (%)\tElected or not\n"
                + "4.00\tResolution on the election of non-independent directors of the sixth session of the Board\n"
                + "4.01\tTo elect Mr. Liao Ganyuan as a non-executive director\t899,406,300\t99.7482\tYes\n"
                + "4.02\tTo elect Ms. Xiong Lihua as an executive director\t898,925,100\t99.6949\tYes\n"
                + "4.03\tTo elect Mr. Deng Wenbo as an executive director\t901,203,800\t99.9476\tYes\n"
                + "5.00\tResolution on the election of independent non-executive directors of the sixth session of the Board\n"
                + "5.01\tTo elect Mr. Kwong Chi Hang as an independent non-executive director\t887,110,400\t98.3846\tYes\n"
                + "5.02\tTo elect Ms. Yu Jiawen as an independent non-executive director\t900,562,700\t99.8765\tYes\n";
        var p = extractor.extract(cumulative).payload();
        assertThat(p.getSharesRepresented()).isEqualTo(901_676_500L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(54.6471);
        var c = p.getResolutions();
        assertThat(c).extracting(Resolution::getNumber).containsExactly("1", "2", "3", "4.01", "4.02", "4.03", "5.01", "5.02");
        assertThat(c.subList(3, 8)).extracting(Resolution::getKind).containsOnly(ResolutionKind.ORDINARY);
        assertThat(c.subList(3, 8)).extracting(Resolution::getVotesFor)
                .containsExactly(899_406_300L, 898_925_100L, 901_203_800L, 887_110_400L, 900_562_700L);
        assertThat(c.subList(3, 8)).extracting(Resolution::getVotesAgainst).containsOnlyNulls();
    }

    @Test
    void aHeaderRepeatedOnTheNextPageWithContinuedUnderTheSectionsName() {
        String header = "\tNumber of votes cast and\tTotal number\n\t%s\tapproximate percentage of\tof votes cast\n"
                + "\t\ttotal number of votes cast\n\t\tFor\tAgainst\n";
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\nThe poll results are as follows:\n\n"
                + "\tORDINARY RESOLUTIONS" + String.format(header, "")
                + "1\tTo receive the audited financial statements.\t800,000,000\t0\t800,000,000\n\t\t(100.0000%)\t(0.0000%)\n\n– 1 –\n\n"
                + "\tORDINARY RESOLUTIONS" + String.format(header, "(continued)")
                + "2\tTo re-appoint the auditor.\t780,000,000\t20,000,000\t800,000,000\n\t\t(97.5000%)\t(2.5000%)\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r.get(1).getVotesFor()).isEqualTo(780_000_000L);
        assertThat(r.get(1).getVotesAgainst()).isEqualTo(20_000_000L);
        assertThat(r.get(1).getVotesForPercent()).isEqualTo(97.5);
        assertThat(r.get(1).getPassed()).isTrue();
    }

    @Test
    void aWordingLineThatOpensWithTheNumberOfAnEarlierResolutionIsNoNewRow() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\n\tORDINARY RESOLUTIONS\tFor\tAgainst\tTotal number of votes\n"
                + "1(A).\tTo grant a general mandate to issue shares.\t1,300,000,000\t300,000,000\t1,600,000,000\n\t\t(81.2500%)\t(18.7500%)\n"
                + "1(B).\tTo grant a general mandate to buy back shares.\t1,600,000,000\t0\t1,600,000,000\n\t\t(100.0000%)\t(0.0000%)\n"
                + "1(C).\tTo extend the general mandate granted under resolution no.\t1,310,000,000\t290,000,000\t1,600,000,000\n"
                + "\t1(A) by adding the shares bought back under resolution no. 1(B).\t(81.8750%)\t(18.1250%)\n"
                + "2.\tTo approve the refreshment of the scheme mandate limit.\t1,500,000,000\t100,000,000\t1,600,000,000\n"
                + "\t\t(93.7500%)\t(6.2500%)\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1(A)", "1(B)", "1(C)", "2");
        assertThat(r.get(3).getVotesFor()).isEqualTo(1_500_000_000L);
    }

    @Test
    void aWordingThatEndsWithAClassOfSharesOneCellPerLineKeepsItsFigures() {
        String text = "POLL RESULTS OF THE H SHAREHOLDERS' CLASS MEETING\n\nSpecial Resolutions\nFor\nAgainst\nAbstain\n"
                + "Number of\nvotes\n%\nNumber of\nvotes\n%\nNumber of\nvotes\n%\n"
                + "1.\nTo consider and approve the grant of a\ngeneral mandate to the Board to repurchase\nH Shares\n"
                + "187,006,350\n99.7568\n402,000\n0.2144\n54,000\n0.0288\n"
                + "2.\nTo consider and approve the extension of the validity period\n186,125,750\n99.2870\n1,250,600\n0.6671\n86,000\n0.0459\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r.get(0).getVotesFor()).isEqualTo(187_006_350L);
        assertThat(r.get(0).getVotesAbstain()).isEqualTo(54_000L);
        assertThat(r.get(0).getText()).endsWith("repurchase H Shares");
    }

    @Test
    void votesInProseWithThePercentageBeforeTheWordThatNamesTheColumnAndARegistrarsFullName() {
        String text = "ANNOUNCEMENT OF POLL RESULTS OF EXTRAORDINARY GENERAL MEETING\n\n"
                + "Cresta Share Registrar Services Limited, the Hong Kong branch share registrar of the Company, acted as the scrutineer for "
                + "the vote-taking at the EGM.\n\nThe poll results were as follows:\n\n"
                + "Ordinary resolution no. 1 - to approve the Disposal Agreement: 390,120,000 Shares, representing approximately 99.36% of\n"
                + "the total number of Shares voted, were voted for the resolution, and 2,520,000 Shares, representing approximately 0.64%\n"
                + "of the total number of Shares voted, were voted against the resolution.\n\n"
                + "Ordinary resolution no. 2 - to re-elect Ms. Choy Lai Sheung as a Director: 385,900,000 Shares (approximately 98.28%) were\n"
                + "voted for and 6,740,000 Shares (approximately 1.72%) were voted against the resolution.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getScrutineer()).isEqualTo("Cresta Share Registrar Services Limited");
        var r = p.getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(390_120_000L, 385_900_000L);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.64, 1.72);
        assertThat(r.get(1).getText()).isEqualTo("to re-elect Ms. Choy Lai Sheung as a Director");
    }

    @Test
    void resolutionNumbersWithANotesMark() {
        String text = "POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\n\nResolutions (Note 1)\tNumber of Votes (%)*\t\tTotal number\n"
                + "\tFor\tAgainst\tof votes cast\n"
                + "1\tTo approve the share consolidation.\t1,840,129,250\t2,577,000\t1,842,706,250\n\t\t(99.8602%)\t(0.1398%)\t\n"
                + "2#\tTo approve the change of the English name of the Company.\t1,838,954,250\t3,752,000\t1,842,706,250\n"
                + "\t\t(99.7964%)\t(0.2036%)\t\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r.get(1).getVotesFor()).isEqualTo(1_838_954_250L);
    }

    @Test
    void eachColumnsFiguresOnALabelledLineUnderTheResolution() {
        String text = "POLL RESULTS OF THE H SHAREHOLDERS' CLASS MEETING\n\nThe poll results are as follows:\n\n"
                + "1. To consider and approve the grant of a general mandate to repurchase H Shares.\n\n"
                + "For: 605,117,450 H Shares, representing approximately 98.7974% of the total number of H Shares voted;\n"
                + "Against: 6,204,800 H Shares, representing approximately 1.0131%; and\n"
                + "Abstain: 1,161,000 H Shares, representing approximately 0.1896%.\n\n"
                + "As more than two-thirds of the votes were cast in favour of the resolution, the resolution was duly passed as a special resolution.\n\n"
                + "2. To consider and approve the reduction of the registered capital.\n\n"
                + "For: 598,774,250 H Shares, representing approximately 97.7617%;\nAgainst: 12,548,000 H Shares, representing approximately 2.0487%.\n";
        var r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r.get(0).getVotesAbstain()).isEqualTo(1_161_000L);
        assertThat(r.get(0).getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(r.get(1).getVotesAgainstPercent()).isEqualTo(2.0487);
        assertThat(r).extracting(Resolution::getPassed).containsExactly(true, true);
    }

    @Test
    void chineseProseOneParagraphPerResolutionInThreeWordings() {
        String text = "股東週年大會投票結果\n\n股東週年大會上各項決議案之投票結果如下：\n\n普通決議案\n\n"
                + "第1項決議案：省覽及採納經審核綜合財務報表。\n投票結果：贊成票數為612,362,120票（約99.9534%），反對票數為285,380票（約0.0466%）。\n\n"
                + "第2(a)項決議案：重選伍家輝先生為本公司執行董事。\n就此決議案而言，共有605,009,849票（約98.7533%）投贊成票及7,637,651票（約\n"
                + "1.2467%）投反對票。由於超過50%之票數贊成，該決議案已獲正式通過為普通決議案。\n\n"
                + "第2(b)項決議案：重選鄺美華女士為本公司獨立非執行董事。\n贊成：591,643,693股（約佔所投票數96.6442%）；反對：20,543,807股（約佔所投票數\n"
                + "3.3558%）。\n\n特別決議案\n\n第3項決議案：批准建議修訂本公司現有細則。\n"
                + "就此決議案而言，共有589,278,945票（約96.2053%）投贊成票及23,243,555票（約\n3.7947%）投反對票。\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2(a)", "2(b)", "3");
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(612_362_120L, 605_009_849L, 591_643_693L, 589_278_945L);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.0466, 1.2467, 3.3558, 3.7947);
        assertThat(r).extracting(Resolution::getKind).containsExactly(
                ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void listItemsThatNameTheirResolutionWithPercentagesBeforeTheWordAndNoVoteAgainst() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\nThe results are set out below.\n\n"
                + "1. Ordinary resolution 1 (to receive the audited financial statements) was passed with 402,118,300 votes (approximately\n"
                + "   99.98%) cast for the resolution and 75,200 votes (approximately 0.02%) cast against it.\n\n"
                + "2. Ordinary resolution 2 (to declare a final dividend) was passed unanimously, with all 402,193,500 votes (100.00%) cast\n"
                + "   for the resolution and no vote cast against it.\n\n"
                + "3. Ordinary resolution 3(a) (to re-elect Ms. Morrow Ka Yee as an executive director) was passed: 399,809,500 votes\n"
                + "   (approximately 99.41%) were cast for and 2,384,000 votes (approximately 0.59%) were cast against.\n\n"
                + "4. Ordinary resolution 3(d) (to authorise the Board to fix the directors' remuneration) was passed with 402,129,500\n"
                + "   votes (approximately 99.98%) for and 64,000 votes (approximately 0.02%) against.\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2", "3(a)", "3(d)");
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(402_118_300L, 402_193_500L, 399_809_500L, 402_129_500L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(75_200L, 0L, 2_384_000L, 64_000L);
        assertThat(r.get(1).getVotesAgainstPercent()).isNull();
        assertThat(r.get(3).getVotesForPercent()).isEqualTo(99.98);
    }

    @Test
    void theMainlandsWordForTheResolutionsInTheSentenceThatGivesTheirKind() {
        String text = "2025年第一次A股类别股东会议决议公告\n\n二、议案审议情况\n（一）非累积投票议案\n1、议案名称：关于授予董事会回购股份一般性授权的议案\n"
                + "审议结果：通过\n表决情况：\n股东类型\t同意\t\t反对\t\t弃权\t\n\t票数\t比例（%）\t票数\t比例（%）\t票数\t比例（%）\n"
                + "A股\t412,500,000\t99.8765\t410,000\t0.0993\t100,000\t0.0242\n\n三、律师见证情况\n"
                + "1、上述议案均为特别决议议案，已获得出席会议的股东所持有效表决权股份总数的三分之二以上通过。\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getKind).containsOnly(ResolutionKind.SPECIAL);
    }

    @Test
    void oneCellPerLineTheWordingsCapitalisedLinesBetweenTheCountsAndThePercentagesAndAYearAfterThe() {
        String text = "POLL RESULTS OF THE EGM\n\nNumber of votes (approximate\n%)\nResolutions\nFor\nAgainst\nAbstain\nORDINARY RESOLUTION\n"
                + "1.\nTo consider and approve the\nelection of Mr. Xie\n611,200,000\n1,050,000\n200,000\nGuanhua as a shareholder\n"
                + "representative supervisor\n(99.7959%)\n(0.1714%)\n(0.0327%)\nof the third session of the\nsupervisory committee.\n"
                + "2.\nTo approve the Service\nProvider Sublimit under the\n2025\n1,117,987,200\n118,492,800\n200,000\nShare Option Scheme.\n"
                + "(90.4022%)\n(9.5816%)\n(0.0162%)\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(611_200_000L, 1_117_987_200L);
        assertThat(r).extracting(Resolution::getVotesForPercent).containsExactly(99.7959, 90.4022);
        assertThat(r.get(0).getText()).contains("Guanhua as a shareholder representative supervisor");
        assertThat(r.get(1).getText()).contains("2025 Share Option Scheme");
    }

    @Test
    void aTotalLabelWrappedAboveItsColumnAndAWithdrawnResolution() {
        String text = "POLL RESULTS\n\n\t\tNumber of votes cast and approximate\n\t\tpercentage of total number of votes cast (%)\tTotal\n"
                + "\tOrdinary Resolutions\tFor\tAgainst\tnumber of votes\n"
                + "1.\tTo receive the audited consolidated financial statements.\t768,102,000\t38,000\t768,140,000\n\t\t(99.9951%)\t(0.0049%)\n"
                + "2.\t(Withdrawn and not put to the vote)\tN/A\tN/A\tN/A\n"
                + "3.\tTo declare a final dividend.\t768,240,000\t0\t768,240,000\n\t\t(100.0000%)\t(0.0000%)\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "3");
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(38_000L, 0L);
        assertThat(r.get(0).getVotesAgainstPercent()).isEqualTo(0.0049);
    }

    @Test
    void aTableOfPercentagesOnlyTakesTheCountsTheListBelowStates() {
        String text = "The results of the poll are as follows:\n\nOrdinary Resolutions\tFor (%)\tAgainst (%)\n"
                + "1.\tTo receive and adopt the audited consolidated financial statements.\t99.78\t0.22\n"
                + "2.\tTo declare a final dividend of HK2.0 cents per share.\t100.00\t0.00\n"
                + "3(a).\tTo re-elect Mr. Ip Tsz Kin as an executive director.\t97.53\t2.47\n\n"
                + "The numbers of votes cast in respect of the resolutions were as follows:\n\n"
                + "Resolution 1: 1,124,100,800 votes for and 2,480,400 votes against;\n"
                + "Resolution 2: 1,126,581,200 votes for and 0 votes against;\n"
                + "Resolution 3(a): 1,098,774,000 votes for and 27,807,200 votes against.\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(1_124_100_800L, 1_126_581_200L, 1_098_774_000L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(2_480_400L, 0L, 27_807_200L);
        assertThat(r).extracting(Resolution::getVotesForPercent).containsExactly(99.78, 100.0, 97.53);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.22, 0.0, 2.47);
    }

    @Test
    void oneCellPerLineATotalLabelBeforeTheOthersIsTheLastColumn() {
        String text = "POLL RESULTS\n\nNumber of votes cast and approximate\npercentage of total number of votes cast (%)\nTotal\n"
                + "Ordinary Resolutions\nFor\nAgainst\nnumber of votes\n1.\nTo receive the audited consolidated financial statements.\n"
                + "768,102,000\n38,000\n768,140,000\n(99.9951%)\n(0.0049%)\n2.\nTo declare a final dividend.\n768,240,000\n0\n768,240,000\n"
                + "(100.0000%)\n(0.0000%)\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(768_102_000L, 768_240_000L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(38_000L, 0L);
    }

    @Test
    void aMeetingsOneSpecialResolutionInProseWithoutTheWordResolutionsAndAPageNumberAboveTheHeader() {
        String sole = "POLL RESULTS OF THE EGM\n\nThe Board is pleased to announce that the special resolution set out in the Notice was duly passed"
                + " by way of poll at the EGM.\n\nOf the votes cast at the EGM, 615,230,400 votes, representing approximately 99.4105% of the"
                + " total number of votes cast, were cast for the special resolution, and 3,648,000 votes, representing approximately"
                + " 0.5895% of the total number of votes cast, were cast against it.\n";
        List<Resolution> one = extractor.extract(sole).payload().getResolutions();
        assertThat(one).extracting(Resolution::getVotesFor).containsExactly(615_230_400L);
        assertThat(one).extracting(Resolution::getVotesAgainst).containsExactly(3_648_000L);

        String paged = "NORWOOD LOGISTICS HOLDINGS LIMITED – ANNOUNCEMENT OF POLL RESULTS OF AGM\n1\n\nResolutions\nNumber of votes cast\n"
                + "(approximate %)\nFor\nAgainst\nORDINARY RESOLUTIONS\n1.\nTo receive and adopt the audited financial statements\n"
                + "for the year ended 31 December\n2024.\n1,587,114,960\n(99.9819%)\n288,000\n(0.0181%)\n2.\n"
                + "To declare a final dividend.\n1,587,402,960\n(100.0000%)\n0\n(0.0000%)\n";
        List<Resolution> r = extractor.extract(paged).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(1_587_114_960L, 1_587_402_960L);
    }

    @Test
    void subResolutionsNumberedInFiguresAloneOnTheirLinesAndProseParagraphsInRespectOfAResolution() {
        String lines = "普通決議案\n票數（概約百分比）\n贊成\n反對\n2.\n宣派末期股息。\n1,351,758,000\n(99.6769%)\n4,382,000\n(0.3231%)\n"
                + "3.\n(1)\n重選黃振輝先生為本公司執行董事。\n1,345,933,000\n(99.2349%)\n10,377,000\n(0.7651%)\n(2)\n"
                + "重選麥嘉欣女士為本公司獨立非執行董事。\n1,351,716,000\n(99.6826%)\n4,304,000\n(0.3174%)\n4.\n"
                + "續聘核數師。\n1,356,330,000\n(100.0000%)\n0\n(0.0000%)\n";
        assertThat(extractor.extract(lines).payload().getResolutions()).extracting(Resolution::getNumber)
                .containsExactly("2", "3(1)", "3(2)", "4");

        String prose = "The results of the poll are as follows:\n\n"
                + "2. Ordinary resolution no. 2 to declare a final dividend was passed unanimously, with all 940,300,500 votes cast\n"
                + "(100.00%) in favour and 0 votes (0.00%) against.\n\n"
                + "3. In respect of ordinary resolution no. 3(i), to re-elect Mr. Ho Chun Kit as an executive director of the Company,\n"
                + "935,439,500 votes (99.48%) were cast for and 4,861,000 votes (0.52%) were cast against. The resolution was passed.\n\n"
                + "4. Special resolution no. 4 to adopt the amended bye-laws was passed as a special resolution, with 939,255,700 votes\n"
                + "(approximately 99.89%) cast for and 1,044,800 votes (approximately 0.11%) cast against.\n";
        List<Resolution> r = extractor.extract(prose).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("2", "3(i)", "4");
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(940_300_500L, 935_439_500L, 939_255_700L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(0L, 4_861_000L, 1_044_800L);
        assertThat(r).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void aPercentageColumnNamedInChineseAnAbstainLabelWithItsNoteAndATotalWrappedAroundTheColumns() {
        String zh = "股東週年大會上提呈之決議案之投票表決結果如下：\n\n普通決議案\t\t贊成票數\t百分比\t反對票數\t百分比\n"
                + "1\t省覽及採納經審核綜合財務報表。\t1,241,520,450\t99.9929%\t88,000\t0.0071%\n"
                + "2\t宣派末期股息。\t1,241,608,450\t100.0000%\t0\t0.0000%\n";
        assertThat(extractor.extract(zh).payload().getResolutions()).extracting(Resolution::getVotesAgainst).containsExactly(88_000L, 0L);

        String abstain = "No.\tOrdinary Resolutions\tFor\tAgainst\tAbstain (Note)\n"
                + "1.\tTo receive and adopt the audited financial statements.\t511,980,000\t96,000\t260,000\n\t\t(99.98%)\t(0.02%)\n"
                + "2.\tTo re-appoint BDO Limited as auditor.\t511,900,000\t176,000\t260,000\n\t\t(99.97%)\t(0.03%)\n";
        assertThat(extractor.extract(abstain).payload().getResolutions()).extracting(Resolution::getVotesAbstain).containsExactly(260_000L, 260_000L);

        String total = "ORDINARY RESOLUTIONS (Note)\nNumber of votes (approximate %)\nTotal number of\nFor\nAgainst\nvotes cast\n1.\n"
                + "To approve the Sale and Purchase Agreement\n176,052,000\n2,292,000\n178,344,000\nand the transactions contemplated thereunder\n"
                + "(98.7148%)\n(1.2852%)\n2.\nTo approve the allotment of the Consideration Shares\n175,325,500\n3,018,500\n178,344,000\n"
                + "under the Specific Mandate\n(98.3075%)\n(1.6925%)\n";
        List<Resolution> r = extractor.extract(total).payload().getResolutions();
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(176_052_000L, 175_325_500L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(2_292_000L, 3_018_500L);
    }

    @Test
    void chineseProseWhoseKindFollowsTheNumberAndWhoseFiguresOpenOnTheHeadingsLine() {
        String text = "股東週年大會投票表決結果\n\n各項決議案之投票表決結果如下:\n\n"
                + "第1項決議案(普通決議案):省覽及採納經審核綜合財務報表。贊成票數為\n"
                + "812,400,000股,佔出席大會並就該決議案投票之股份總數約99.9500%;反對票數為406,400股,佔約0.0500%。\n\n"
                + "第2項決議案(特別決議案):修訂組織章程細則。贊成票數為600,000,000股,佔出席大會並\n"
                + "就該決議案投票之股份總數約73.8190%;反對票數為212,806,400股,佔約26.1810%。\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(812_400_000L, 600_000_000L);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.05, 26.181);
        assertThat(r).extracting(Resolution::getPassed).containsExactly(true, false);
    }

    @Test
    void chineseProseInANumberedListWithLetteredSubItemsAndTheKindBeforeTheWording() {
        String text = "股東週年大會投票表決結果\n\n股東於股東週年大會上就各項決議案之投票結果如下：\n"
                + "1. 省覽及採納經審核綜合財務報表：贊成票\n數為912,560,000票（約100.0000%），反對票數為0票（約0.0000%）。\n"
                + "2. (a) 重選溫家樂先生為執行董事：贊成票數為906,356,000票（約99.3202%），反對票數為6,204,000票（約0.6798%）；\n"
                + "(b) 授權董事會釐定董事酬金：贊成票數為912,080,000票（約99.9474%），反對票數為480,000票（約\n0.0526%）。\n"
                + "3. （特別決議案）批准建議修訂組織章程細則：贊成票數為910,410,000票（約99.7644%），反對\n票數為2,150,000票（約0.2356%）。\n"
                + "上述百分比乃以親身或委派代表出席股東週年大會之股東就有關決議案所投之票數總數為基準計算。\n"
                + "由於超過50%之票數投票贊成第1至2項決議案，該等決議案均獲正式通過為本公司之普通決議案。\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2(a)", "2(b)", "3");
        assertThat(r).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY,
                ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(912_560_000L, 906_356_000L, 912_080_000L, 910_410_000L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(0L, 6_204_000L, 480_000L, 2_150_000L);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.0, 0.6798, 0.0526, 0.2356);
        assertThat(r).extracting(Resolution::getPassed).containsOnly(true);
        // a page's end inside a sentence, the figures' words on the next page
        List<Resolution> broken = extractor.extract(text.replace("贊成票數為906,356,000票", "贊成票數為906,356,000\n\n\n票"))
                .payload().getResolutions();
        assertThat(broken).extracting(Resolution::getVotesFor).containsExactly(912_560_000L, 906_356_000L, 912_080_000L, 910_410_000L);
    }

    @Test
    void proseUnderHeadingsWithLetteredItemsAndLabelledFigures() {
        String text = "The poll results in respect of each of the resolutions proposed at the AGM were as follows:\n"
                + "ORDINARY RESOLUTION NO. 3\n"
                + "(a)  To re-elect Mr. Wickham Siu Lun as an executive director of the Company: 1,912,046,200 votes (approximately\n"
                + "     98.2134%) were cast FOR and 34,782,100 votes (approximately 1.7866%) were cast AGAINST the resolution.\n\n"
                + "(b)  To re-elect Ms. Ng Wai Yee as a non-executive director of the Company: 1,925,310,500 votes (approximately\n"
                + "     98.8949%) were cast FOR and 21,514,800 votes (approximately 1.1051%) were cast AGAINST the resolution.\n"
                + "SPECIAL RESOLUTION NO. 4\n"
                + "To approve the proposed amendments to the articles of association of the Company.\n"
                + "Votes cast FOR: 1,933,870,300 (approximately 99.3342%). Votes cast AGAINST: 12,962,000 (approximately 0.6658%).\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("3(a)", "3(b)", "4");
        assertThat(r).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(1_912_046_200L, 1_925_310_500L, 1_933_870_300L);
        assertThat(r).extracting(Resolution::getVotesAgainstPercent).containsExactly(1.7866, 1.1051, 0.6658);
    }

    @Test
    void oneCellPerLineUnderLabelsWhoseCountsLabelWrappedAsNoOfOverVotes() {
        String text = "Ordinary Resolutions\n(Note 1)\nFor\nNo. of\nvotes\n%\nAgainst\nNo. of\nvotes\n%\nAbstain\nNo. of\nvotes\n(Note 2)\n"
                + "1.\nTo approve, confirm and ratify the\nSale and Purchase Agreement.\n507,729,500\n99.3892%\n3,120,500\n0.6108%\n1,450,000\n"
                + "2.\nTo elect Dr. Mok Ka Wai as an\nindependent non-executive Director.\n511,436,000\n99.8313%\n864,000\n0.1687%\n0\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getVotesFor).containsExactly(507_729_500L, 511_436_000L);
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(3_120_500L, 864_000L);
        assertThat(r).extracting(Resolution::getVotesAbstain).containsExactly(1_450_000L, 0L);
    }

    @Test
    void theLastRowOneCellPerLineWhoseWordingEndsWithAClassNameKeepsItsFiguresAboveTheParagraphBelow() {
        String text = "Tianheng Securities (Hong Kong) CPA Limited was appointed as the scrutineer for the vote-taking at the AGM.\n\n"
                + "No.\nResolutions\nFor\nAgainst\nNumber of votes\n(%)\nNumber of votes\n(%)\n"
                + "SPECIAL RESOLUTIONS\n1.\nTo grant a general mandate to the Board to issue\nA Shares and/or H Shares\n"
                + "500,000,000\n(90.0000%)\n55,555,556\n(10.0000%)\n"
                + "2.\nTo grant a general mandate to the Board to repurchase\nA Shares and/or H Shares\n"
                + "555,000,000\n(99.9100%)\n500,000\n(0.0900%)\n\n"
                + "As more than two-thirds of the votes held by the Shareholders present at the AGM were cast in favour of each of the\n"
                + "resolutions numbered 1 and 2, such resolutions were duly passed as special resolutions.\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getResolutions()).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(p.getResolutions()).extracting(Resolution::getVotesFor).containsExactly(500_000_000L, 555_000_000L);
        assertThat(p.getScrutineer()).isEqualTo("Tianheng Securities (Hong Kong) CPA Limited");
    }

    @Test
    void proseResultsBrokenByAPageAndAnAbstentionWithoutItsPercentage() {
        String text = "Ordinary resolution no. 1 - to approve the Disposal: 150,000,000 votes, representing approximately 40.0000% of the\n"
                + "total number of votes cast, were cast for the\n\n\n\nresolution, and 225,000,000 votes, representing approximately\n"
                + "60.0000% of the total number of votes cast, were cast against it. The resolution was NOT passed.\n\n"
                + "Ordinary resolution no. 2 - to re-elect Ms. Lau as a Director: 370,000,000 votes (approximately 98.6667%) were cast\n"
                + "for and 5,000,000 votes (approximately 1.3333%) were cast against the resolution, while Shareholders holding\n"
                + "2,000,000 Shares abstained from voting. As more than 50% of the votes were cast in favour of the resolution, the\n"
                + "resolution was duly passed as an ordinary resolution.\n";
        List<Resolution> r = extractor.extract(text).payload().getResolutions();
        assertThat(r).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(r).extracting(Resolution::getVotesAgainst).containsExactly(225_000_000L, 5_000_000L);
        assertThat(r.get(1).getVotesAbstain()).isEqualTo(2_000_000L);
        // "... abstained from voting. As more than 50% of ...": the next sentence's figure is no abstention's percentage
        assertThat(r.get(1).getVotesAbstainPercent()).isNull();
    }

    @Test
    void theIssuedTotalBeforeItsBreakdownByClassIsTheSharesEntitled() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\nAs at the date of the AGM, the total number of issued shares of the Company"
                + " was 1,650,000,000, comprising\n1,200,000,000 domestic shares and 450,000,000 H shares, being the total number of shares entitling"
                + " the holders\nto attend and vote for or against or abstain from voting on the resolutions at the AGM.\n";
        assertThat(extractor.extract(text).payload().getSharesEntitledToVote()).isEqualTo(1_650_000_000L);
    }

    @Test
    void chineseProseWhoseHeadingNamesTheKindAndWhoseVotesAreNumbersOfShares() {
        String text = "於2025年8月15日舉行之股東特別大會之投票表決結果\n\n普通決議案\n"
                + "第1項普通決議案（批准收購協議及其項下擬進行之交易）：投票贊成之股份數目為550,112,000股（約佔親身或委派代表\n"
                + "出席並於會上投票之股東所持股份總數之98.89%），投票反對之股份數目為6,160,000股（約1.11%）。由於超過50%之\n"
                + "票數投票贊成該決議案，該決議案獲正式通過為本公司之普通決議案。\n\n特別決議案\n"
                + "第2項特別決議案（批准更改本公司英文名稱）：投票贊成之股份數目為547,400,000股（約98.41%），\n"
                + "投票反對之股份數目為8,872,000股（約1.59%）。由於超過75%之票數投票贊成該決議案，該決議案獲正式通過為本公司\n之特別決議案。\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(550_112_000L, 547_400_000L);
        assertThat(rs).extracting(Resolution::getVotesForPercent).containsExactly(98.89, 98.41);
        assertThat(rs).extracting(Resolution::getVotesAgainst).containsExactly(6_160_000L, 8_872_000L);
    }

    @Test
    void chineseNumeralsNumberTheResolutionsAndTheFiguresMayComeBeforeTheirWord() {
        String text = "於2025年5月28日舉行之股東週年大會之投票表決結果\n\n"
                + "第一項普通決議案：省覽及採納經審核綜合財務報表。\n"
                + "贊成票數為612,223,900票，佔就該決議案所投票數約99.96%；反對票數為226,900票，佔就該決\n議案所投票數約0.04%。"
                + "由於超過50%之票數贊成該決議案，該決議案獲正式通過為普通決議案。\n\n"
                + "第十一項特別決議案：批准採納新組織章程細則。\n"
                + "就該決議案投票之股份總數為612,450,800股，其中609,877,330股（約99.58%）投票贊成，2,573,470股\n"
                + "（約0.42%）投票反對。由於超過75%之票數贊成，該決議案已獲正式通過為特別決議案。\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("一", "十一");
        assertThat(rs).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(612_223_900L, 609_877_330L);
        assertThat(rs).extracting(Resolution::getVotesAgainst).containsExactly(226_900L, 2_573_470L);
        assertThat(rs).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.04, 0.42);
    }

    @Test
    void aKindStatedWithoutAnOutcomeCoversTheCandidatesOfACumulativeVote() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\n"
                + "Resolutions 1 and 2 were ordinary resolutions and resolution 3 was a special resolution.\n\n"
                + "No.\tResolutions\tFor\t\tAgainst\t\tAbstain\t\n"
                + "1\tTo approve the report of the Board\t902,310,500\t99.9600\t361,000\t0.0400\t0\t0.0000\n"
                + "2\tTo approve the final dividend\t902,671,500\t100.0000\t0\t0.0000\t0\t0.0000\n"
                + "3\tTo approve the general mandate\t771,206,012\t85.3798\t131,759,388\t14.5870\t300,000\t0.0332\n\n"
                + "Resolution 4 was an ordinary resolution voted by way of cumulative voting.\n\n"
                + "No.\tCumulative voting resolutions\tNumber of votes received\tPercentage (%)\tElected or not\n"
                + "4.01\tTo elect Mr. Xu Yongchang as a Director\t912,330,110\t101.0035\tYes\n"
                + "4.02\tTo elect Mr. Peng Hao as a Director\t312,006,480\t34.5421\tNo\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2", "3", "4.01", "4.02");
        assertThat(rs).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.ORDINARY,
                ResolutionKind.SPECIAL, ResolutionKind.ORDINARY, ResolutionKind.ORDINARY);
    }

    @Test
    void theSoleResolutionsFiguresWithALongWhatTheyAreOf() {
        String text = "POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\n\nThe Board is pleased to announce that the ordinary resolution"
                + " approving the Acquisition Agreement was duly passed by way of poll at the EGM.\n\n"
                + "The poll results in respect of the ordinary resolution are as follows: 298,431,800 votes,\nrepresenting approximately"
                + " 95.4554% of the total number of votes cast by the Independent Shareholders present in person or by proxy at the EGM,"
                + " were cast for the resolution, and\n14,208,200 votes, representing approximately 4.5446% of such votes, were cast"
                + " against the\nresolution.\n\nAs more than 50% of the votes were cast in favour of the resolution, the resolution was"
                + " duly passed as an ordinary resolution of the Company.\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).getVotesFor()).isEqualTo(298_431_800L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(95.4554);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(14_208_200L);
        assertThat(rs.get(0).getKind()).isEqualTo(ResolutionKind.ORDINARY);
    }

    @Test
    void aPageBreakBetweenAChineseResolutionsWordingAndItsFiguresKeepsThemTogether() {
        String text = "於2025年5月28日舉行之股東週年大會之投票表決結果\n\n"
                + "第五項普通決議案：重選郭志堅先生為本公司獨立非執行董事。\n"
                + "贊成票數為611,872,300票，佔就該決議案所投票數約99.91%；反對票數為578,500票，佔就該決議案所投票數約0.09%。\n\n"
                + "－ 2 －\n\n第六項普通決議案：授權本公司董事會釐定本公司董事之酬金。\n\n\n\n"
                + "就該決議案投票之股份總數為612,450,800股，其中612,118,800股（約99.95%）投票贊成，\n332,000股（約0.05%）投票反對。\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("五", "六");
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(611_872_300L, 612_118_800L);
    }

    @Test
    void aDefinedSpecialResolutionThatFailedBesidePageNumbersThatReadAsATable() {
        String text = "POLL RESULTS OF THE EXTRAORDINARY GENERAL MEETING\n\nThe Board announces that the special resolution set out in the"
                + " Notice (the \"Special Resolution\") was put to the vote by way of poll at the EGM.\n\n"
                + "At the EGM, 312,450,118 votes, representing approximately 71.3415% of the total number of votes\ncast by the Shareholders"
                + " present in person or by proxy, were cast for the Special Resolution,\nand 125,514,000 votes, representing approximately"
                + " 28.6585% of the total number of votes cast,\nwere cast against the Special Resolution. No Shareholder abstained from voting.\n\n"
                + "As less than 75% of the votes were cast in favour of the Special Resolution, the Special\nResolution was NOT passed.\n\n"
                + "1\n\nCONSEQUENCES OF THE SPECIAL RESOLUTION NOT BEING PASSED\nThe proposed capital reduction will not proceed.\n\n2\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(rs.get(0).getVotesFor()).isEqualTo(312_450_118L);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(125_514_000L);
        assertThat(rs.get(0).getVotesAbstain()).isEqualTo(0L);
        assertThat(rs.get(0).getPassed()).isFalse();
    }

    @Test
    void theOneResolutionOfAChineseMeetingInASentence() {
        String text = "股東特別大會投票表決結果\n\n董事會欣然宣佈，於股東特別大會上，通函所載之普通決議案（「決議案」）已以投票表決方式進行表決。\n\n"
                + "就批准買賣協議之普通決議案，贊成票數為418,765,200票，佔出席股東特別大會並投票之獨\n立股東所持股份總數約99.87%；"
                + "反對票數為545,000票，約佔0.13%。由於超過50%之票數贊成決議案，決議案已獲正式通過為本\n公司之普通決議案。\n";
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).getKind()).isEqualTo(ResolutionKind.ORDINARY);
        assertThat(rs.get(0).getVotesFor()).isEqualTo(418_765_200L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(99.87);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(545_000L);
        assertThat(rs.get(0).getPassed()).isTrue();
    }

    @Test
    void aResolutionsFiguresStandInTheBlockBelowItsHeadingAsLabelledLinesOrASentence() {
        String text = """
                POLL RESULTS OF THE 2025 FIRST CLASS MEETING OF HOLDERS OF H SHARES

                Reference is made to the circular and the notice of the H Shareholders' Class Meeting both dated
                18 November 2025. Unless otherwise stated, capitalised terms used herein have the meanings in the Circular.

                As at the date of the H Shareholders' Class Meeting, the total number of issued H Shares was 468,000,000,
                which was the total number of H Shares entitling the holders thereof to attend and vote for, against or
                abstain from voting on the resolutions at the H Shareholders' Class Meeting.

                Special Resolution No. 1 – To approve the grant of a general mandate to repurchase H Shares not exceeding
                10% of the total number of H Shares in issue.

                For: 199,802,400 H Shares, representing approximately 99.2381% of the total number of H Shares voting;
                Against: 1,210,000 H Shares, representing approximately 0.6010%; and
                Abstain: 324,000 H Shares, representing approximately 0.1609%.

                Special Resolution No. 2 – To approve the proposed amendments to the Articles of Association.

                Of the H Shares voted on this resolution, 200,812,400 H Shares (approximately 99.7397%) were voted for
                the resolution and 524,000 H Shares (approximately 0.2603%) were voted against it. No H Share was voted
                as abstaining. As more than two-thirds of the votes were cast in favour, it was passed as a special resolution.
                """;
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getSharesEntitledToVote()).isEqualTo(468_000_000L);
        assertThat(p.getResolutions()).extracting(Resolution::getNumber).containsExactly("1", "2");
        Resolution first = p.getResolutions().get(0);
        assertThat(first.getText()).isEqualTo("To approve the grant of a general mandate to repurchase H Shares not exceeding 10% of the total number of H Shares in issue.");
        assertThat(first.getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(first.getVotesFor()).isEqualTo(199_802_400L);
        assertThat(first.getVotesAbstain()).isEqualTo(324_000L);
        Resolution second = p.getResolutions().get(1);
        assertThat(second.getText()).isEqualTo("To approve the proposed amendments to the Articles of Association.");
        assertThat(second.getVotesFor()).isEqualTo(200_812_400L);
        assertThat(second.getVotesAgainstPercent()).isEqualTo(0.2603);
        assertThat(second.getVotesAbstain()).isEqualTo(0L);
    }

    @Test
    void aDatesDayAtALinesStartIsNoResolutionsNumber() {
        String text = "Reference is made to the circular dated\n18 November 2025. Unless otherwise stated, terms have the same meanings.\n\n"
                + "For: 1,000,000 Shares, representing approximately 99.00%\nAgainst: 10,000 Shares, representing approximately 1.00%\n";
        assertThat(ProseResultReader.labelledLines(text)).isEmpty();
    }

    @Test
    void kindsStatedForResolutionsAndTheirSubItemsCoverEveryRow() {
        java.util.Map<String, ResolutionKind> stated = ResolutionBlockReader.kindsStated(
                "1、议案1.00、2.00（含子议案2.01至2.05）及3.00均为特别决议议案，已获得出席本次股东大会的股东所持有效表决权股份总数的三分之二以上通过。");
        for (String number : List.of("1.00", "2.01", "2.03", "2.05", "3.00")) {
            assertThat(ResolutionBlockReader.statedKind(stated, number)).as(number).isEqualTo(ResolutionKind.SPECIAL);
        }
        assertThat(ResolutionBlockReader.statedKind(stated, "4.00")).isEqualTo(ResolutionKind.UNKNOWN);
    }

    @Test
    void aResolutionANoteSaysWasWithdrawnIsNoResult() {
        String text = "The poll results in respect of the resolutions put to the AGM were as follows:\n"
                + "\n"
                + "ORDINARY RESOLUTIONS\tNumber of votes cast and\tTotal number\n"
                + "\tpercentage (%)\tof votes\n"
                + "\tFor\tAgainst\t\n"
                + "1.\tTo receive and consider the audited consolidated financial statements and\t502,186,750\t132,000\t502,318,750\n"
                + "\tthe reports of the directors and auditor for the year ended 31 March 2025.\t(99.9737%)\t(0.0263%)\t\n"
                + "2.\tTo declare a final dividend of HK6.0 cents per share.\t502,318,750\t0\t502,318,750\n"
                + "\t\t(100.0000%)\t(0.0000%)\t\n"
                + "3.\tTo re-elect Mr. Bramwell Cheung Yat Fai as an executive director.\t497,806,750\t4,512,000\t502,318,750\n"
                + "\t\t(99.1018%)\t(0.8982%)\t\n"
                + "4.\tTo re-elect Ms. Monica Fong Hoi Ling as a non-executive director.\t488,145,750\t14,173,000\t502,318,750\n"
                + "\t\t(97.1785%)\t(2.8215%)\t\n"
                + "5.\tTo re-elect Dr. Benedict Yau Chun Hei as an independent non-executive\t501,074,750\t1,244,000\t502,318,750\n"
                + "\tdirector.\t(99.7523%)\t(0.2477%)\t\n"
                + "6.\tTo re-elect Mr. Bernard Kwok Chi Hang as an independent non-executive\tN/A (Note 2)\tN/A (Note 2)\tN/A\n"
                + "\tdirector.\t\t\t\n"
                + "7.\tTo authorise the board of directors to fix the remuneration of the\t502,012,750\t306,000\t502,318,750\n"
                + "\tdirectors.\t(99.9391%)\t(0.0609%)\t\n"
                + "\n"
                + "Notes:\n"
                + "2. Resolution no. 6 was withdrawn prior to the AGM and was not put to the vote.\n";
        assertThat(extractor.extract(text).payload().getResolutions()).extracting(Resolution::getNumber).containsExactly("1", "2", "3", "4", "5", "7");
    }

    @Test
    void aMainlandAnnouncementsUnmarkedResolutionsBesideItsSpecialOnesAreOrdinary() {
        String text = """
                2024年年度股东大会决议公告
                一、会议召开和出席情况
                1、会议召开时间：
                现场会议召开时间：2025年5月28日（星期三）下午14:30
                二、议案审议表决情况
                1、审议通过了《2024年度董事会工作报告》
                表决结果：同意611,905,200股，占出席本次股东大会有效表决权股份总数的99.9097%；反对433,100股，占出席本次股东大会有效表决权股份总数的0.0707%；弃权120,000股，占出席本次股东大会有效表决权股份总数的0.0196%。
                2、审议通过了《关于授予董事会回购H股股份一般性授权的议案》
                表决结果：同意611,156,300股，占出席本次股东大会有效表决权股份总数的99.7874%；反对1,206,000股，占出席本次股东大会有效表决权股份总数的0.1969%；弃权96,000股，占出席本次股东大会有效表决权股份总数的0.0157%。
                本议案为特别决议事项，已获得出席本次股东大会的股东所持有效表决权股份总数的三分之二以上通过。
                """;
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getMeetingDate()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThat(p.getResolutions()).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
    }

    @Test
    void aResolutionsHeadingCutByAPageBreakKeepsTheFiguresBelowIt() {
        String text = "POLL RESULTS\n\nSpecial Resolution No. 1 – To approve the grant of a general mandate to repurchase H Shares as at the date of passing of\n\n\n\n"
                + "this resolution.\n\nFor: 199,802,400 H Shares, representing approximately 99.2381%;\nAgainst: 1,210,000 H Shares, representing approximately 0.6010%; and\n"
                + "Abstain: 324,000 H Shares, representing approximately 0.1609%.\n\nSpecial Resolution No. 2 – To approve the amendments.\n\n"
                + "For: 200,812,400 H Shares, representing approximately 99.7397%;\nAgainst: 524,000 H Shares, representing approximately 0.2603%.\n";
        assertThat(ProseResultReader.read(text)).extracting(r -> r.number).containsExactly("1", "2");
    }

    @Test
    void countsListedInChineseUnderATableOfPercentagesAreTheRowsCounts() {
        String text = "股東週年大會上提呈之決議案之投票表決結果如下：\n"
                + "\n"
                + "普通決議案\n"
                + "贊成\n"
                + "反對\n"
                + "1.\n"
                + "省覽及採納截至二零二四年十二月三十一日止年度\n"
                + "之經審核綜合財務報表以及董事會報告及獨立核數\n"
                + "師報告。\n"
                + "99.8082%\n"
                + "0.1918%\n"
                + "2.\n"
                + "宣派截至二零二四年十二月三十一日止年度之末期\n"
                + "股息每股3.8港仙。\n"
                + "100.0000%\n"
                + "0.0000%\n"
                + "3(a).\n"
                + "重選鄧卓輝先生為執行董事。\n"
                + "98.0781%\n"
                + "1.9219%\n"
                + "\n"
                + "附註：上表所列百分比乃根據親身或委派代表出席股東週年大會並就有關決議案投票之股東所投票數總額計算。各項決議案之實際投\n"
                + "票數目如下：\n"
                + "第1項決議案：贊成票784,912,000票，反對票1,508,000票；\n"
                + "第2項決議案：贊成票786,420,000票，反對票0票；\n"
                + "第3(a)項決議案：贊成票771,305,600票，反對票15,114,400票；\n"
                + "";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getResolutions()).extracting(Resolution::getNumber).containsExactly("1", "2", "3(a)");
        assertThat(p.getResolutions()).extracting(Resolution::getVotesFor).containsExactly(784_912_000L, 786_420_000L, 771_305_600L);
        assertThat(p.getResolutions()).extracting(Resolution::getVotesForPercent).containsExactly(99.8082, 100.0, 98.0781);
    }

    @Test
    void aResolutionsFiguresAsLabelledLinesBelowItsWordingThatHasACountOfItsOwn() {
        String text = "The poll result in respect of the resolution proposed at the EGM is as follows:\n\nOrdinary resolution no. 1:\n"
                + "To approve the subscription of 180,000,000 new Shares at the Subscription Price of HK$0.82 per Subscription Share.\n\n"
                + "Number of votes cast for:\t845,230,118 (99.8734%)\nNumber of votes cast against:\t1,071,500 (0.1266%)\n"
                + "Number of Shares represented:\t846,301,618 (representing approximately 63.80% of the issued Shares)\nResult:\tPassed\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getResolutions()).extracting(Resolution::getVotesFor).containsExactly(845_230_118L);
        assertThat(p.getResolutions().get(0).getText()).startsWith("To approve the subscription of 180,000,000 new Shares");
        assertThat(p.getSharesRepresented()).isEqualTo(846_301_618L);
        assertThat(p.getSharesRepresentedPercent()).isEqualTo(63.8);
    }

    @Test
    void aChineseTextOfOneResolutionUndefinedStillHasIt() {
        String text = "股東特別大會投票表決結果\n\n通告所載之普通決議案已獲獨立股東以投票表決方式正式通過。\n\n就批准買賣協議之普通決議案而言，贊成票數為612,480,000票，"
                + "佔投票權約99.57%；反對票數為2,640,000票，佔有關投票權約0.43%。由於超過50%之票數贊成該決議案，故該決議案已獲正式通過為本公司之普通決議案。\n";
        PollResult p = extractor.extract(text).payload();
        assertThat(p.getResolutions()).hasSize(1);
        assertThat(p.getResolutions().get(0).getVotesFor()).isEqualTo(612_480_000L);
        assertThat(p.getResolutions().get(0).getKind()).isEqualTo(ResolutionKind.ORDINARY);
    }

    @Test
    void theIssuedCountBeforeTheTermItDefinesIsTheCountEntitledToVote() {
        String text = "POLL RESULTS OF THE ANNUAL GENERAL MEETING\n\nAs at the date of the AGM, the number of issued shares of the Company (the \"Shares\") "
                + "was 1,850,000,000, which was the total number of Shares entitling the holders to attend and vote for or against the resolutions at the AGM.\n";
        assertThat(extractor.extract(text).payload().getSharesEntitledToVote()).isEqualTo(1_850_000_000L);
    }
}

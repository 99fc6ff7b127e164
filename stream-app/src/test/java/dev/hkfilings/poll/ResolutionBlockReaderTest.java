package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.fields.Extracted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mainland 股东大会决议公告 layout: one block per resolution, through {@link PollExtractor}. */
class ResolutionBlockReaderTest {

    private final PollExtractor extractor = new PollExtractor();

    private static final String BLOCKS = String.join("\n",
            "2024年第一次临时股东大会决议公告",
            "二、议案审议情况",
            "（一）非累积投票议案",
            "1、议案名称：《关于2024年度日常关联交易预计的议案》",
            "审议结果：通过",
            "表决情况：",
            "股东类型\t同意\t\t反对\t\t弃权\t",
            "\t票数\t比例（%）\t票数\t比例（%）\t票数\t比例（%）",
            "A股\t800,000,000\t99.5000\t4,000,000\t0.5000\t0\t0.0000",
            "H股\t100,000,000\t90.0000\t10,000,000\t10.0000\t0\t0.0000",
            "普通股合计：\t900,000,000\t98.4683\t14,000,000\t1.5317\t0\t0.0000",
            "",
            "2、议案名称：《关于修订<公司章程>的议案》",
            "审议结果：不通过",
            "表决情况：",
            "股东类型\t同意\t\t反对\t\t弃权\t",
            "\t票数\t比例（%）\t票数\t比例（%）\t票数\t比例（%）",
            "A股\t500,000,000\t62.5000\t300,000,000\t37.5000\t0\t0.0000",
            "H股\t10,000,000\t9.0909\t100,000,000\t90.9091\t0\t0.0000",
            "普通股合计：\t510,000,000\t56.0440\t400,000,000\t43.9560\t0\t0.0000",
            "",
            "（二）涉及重大事项，5%以下股东的表决情况",
            "议案序号\t议案名称\t同意\t\t反对\t\t弃权\t",
            "1\t《关于2024年度日常关联交易预计的议案》\t1,000,000\t50.0000\t1,000,000\t50.0000\t0\t0.0000",
            "（三）关于议案表决的有关情况说明",
            "议案2为特别决议议案，未获得出席会议的股东所持有效表决权股份总数的三分之二以上通过；议案1为普通决议议案。",
            "2、本公司H股股份过户登记处香港中央证券登记有限公司担任本次股东大会的点票监察员。");

    @Test
    void readsTheTotalRowOfEachBlockAndItsStatedResult() {
        Extracted<PollResult> x = extractor.extract(BLOCKS);
        List<Resolution> rs = x.payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        Resolution first = rs.get(0);
        assertThat(first.getText()).isEqualTo("《关于2024年度日常关联交易预计的议案》");
        assertThat(first.getVotesFor()).isEqualTo(900_000_000L);
        assertThat(first.getVotesForPercent()).isEqualTo(98.4683);
        assertThat(first.getVotesAgainst()).isEqualTo(14_000_000L);
        assertThat(first.getVotesAbstain()).isEqualTo(0L);
        assertThat(first.getPassed()).isTrue();
        assertThat(first.getKind()).isEqualTo(ResolutionKind.ORDINARY);
        Resolution second = rs.get(1);
        assertThat(second.getVotesFor()).isEqualTo(510_000_000L);
        assertThat(second.getVotesAgainstPercent()).isEqualTo(43.956);
        assertThat(second.getPassed()).isFalse();
        assertThat(second.getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(x.payload().getScrutineer()).isEqualTo("香港中央证券登记有限公司");
    }

    @Test
    void readsTheSameBlocksOneCellPerLine() {
        String lines = BLOCKS.replace("\t\t", "\n").replace('\t', '\n');
        List<Resolution> rs = extractor.extract(lines).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(900_000_000L, 510_000_000L);
        assertThat(rs).extracting(Resolution::getVotesAgainst).containsExactly(14_000_000L, 400_000_000L);
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, false);
    }

    @Test
    void readsTheSameBlocksWithTheirCellsSeparatedBySpaces() {
        String text = String.join("\n",
                "1、议案名称：关于公司2024年度董事会工作报告的议案",
                "审议结果：通过",
                "表决情况：",
                "股东类型 同意 反对 弃权",
                "票数 比例（%） 票数 比例（%） 票数 比例（%）",
                "A股 811,902,300 99.9454 301,500 0.0371 141,800 0.0175",
                "H股 196,320,200 99.8881 120,000 0.0611 100,000 0.0509",
                "普通股合计： 1,008,222,500 99.9343 421,500 0.0418 241,800 0.0240",
                "2、议案名称：关于公司2024年度利润分配方案的议案",
                "审议结果：通过",
                "表决情况：",
                "股东类型 同意 反对 弃权",
                "票数 比例（%） 票数 比例（%） 票数 比例（%）",
                "A股 812,010,300 99.9587 224,500 0.0276 110,800 0.0136");
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(1_008_222_500L, 812_010_300L);
        assertThat(rs).extracting(Resolution::getVotesAgainstPercent).containsExactly(0.0418, 0.0276);
        assertThat(rs).extracting(Resolution::getVotesAbstain).containsExactly(241_800L, 110_800L);
    }

    @Test
    void aBlockWithOneShareClassTakesThatRow() {
        String text = String.join("\n",
                "1、議案名稱：《2023年度報告》",
                "審議結果：通過",
                "表決情況：",
                "股東類型\t同意\t\t反對\t\t棄權\t",
                "A股\t1,200,000\t99.0000\t12,000\t0.9900\t121\t0.0100");
        Resolution r = extractor.extract(text).payload().getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(1_200_000L);
        assertThat(r.getVotesAbstain()).isEqualTo(121L);
        assertThat(r.getVotesAbstainPercent()).isEqualTo(0.01);
        assertThat(r.getPassed()).isTrue();
    }

    @Test
    void readsResultsGivenInProseAndSkipsTheMinorityBreakdown() {
        String text = String.join("\n",
                "二、议案审议表决情况",
                "1、审议通过《关于2023年度利润分配预案的议案》",
                "表决结果：同意1,234,567,890股，占出席本次股东大会有效表决权股份总数的99.9123%；反对1,000,000股，占出席本次股东大会"
                        + "有效表决权股份总数的0.0810%；弃权82,700股（其中，因未投票默认弃权0股），占出席本次股东大会有效表决权股份总数的0.0067%。",
                "其中，中小投资者表决情况：同意34,567,890股，占出席会议中小投资者有效表决权股份总数的97.0000%；反对1,000,000股，占2.8061%；"
                        + "弃权82,700股，占0.2321%。",
                "2、审议通过《关于回购注销部分限制性股票的议案》",
                "本议案为特别决议议案。",
                "表决结果：同意1,200,000,000股，占出席本次股东大会有效表决权股份总数的97.1000%；反对35,650,590股，占2.8853%；弃权"
                        + "57,300股，占0.0047%。");
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs.get(0).getVotesFor()).isEqualTo(1_234_567_890L);
        assertThat(rs.get(0).getVotesForPercent()).isEqualTo(99.9123);
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(1_000_000L);
        assertThat(rs.get(0).getVotesAbstain()).isEqualTo(82_700L);
        assertThat(rs.get(0).getVotesAbstainPercent()).isEqualTo(0.0067);
        assertThat(rs.get(1).getKind()).isEqualTo(ResolutionKind.SPECIAL);
        assertThat(rs.get(1).getVotesAgainst()).isEqualTo(35_650_590L);
        assertThat(rs.get(1).getPassed()).isTrue();
    }

    @Test
    void readsCandidatesOfACumulativeVote() {
        String text = String.join("\n",
                "1、议案名称：《关于董事会换届的议案》",
                "审议结果：通过",
                "股东类型\t同意\t\t反对\t\t弃权\t",
                "普通股合计：\t900,000,000\t99.0000\t9,000,000\t0.9900\t90,909\t0.0100",
                "（二）累积投票议案表决情况",
                "2、关于选举非独立董事的议案",
                "议案序号\t议案名称\t得票数\t得票数占出席会议有效表决权的比例（%）\t是否当选",
                "2.01\t选举王明先生为第五届董事会非独立董事\t905,000,000\t99.5600\t是",
                "2.02\t选举李华女士为第五届董事会非独立董事\t400,000,000\t44.0044\t否");
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2.01", "2.02");
        assertThat(rs.get(1).getText()).isEqualTo("选举王明先生为第五届董事会非独立董事");
        assertThat(rs.get(1).getVotesFor()).isEqualTo(905_000_000L);
        assertThat(rs.get(1).getVotesForPercent()).isEqualTo(99.56);
        assertThat(rs.get(1).getPassed()).isTrue();
        assertThat(rs.get(2).getPassed()).isFalse();
        assertThat(rs.get(2).getVotesAgainst()).isNull();
    }

    @Test
    void statedKindsCoverRangesAndLists() {
        assertThat(ResolutionBlockReader.kindsStated("议案1至议案3为普通决议议案；议案4、议案5为特别决议议案"))
                .containsEntry("1", ResolutionKind.ORDINARY).containsEntry("2", ResolutionKind.ORDINARY)
                .containsEntry("3", ResolutionKind.ORDINARY).containsEntry("4", ResolutionKind.SPECIAL)
                .containsEntry("5", ResolutionKind.SPECIAL);
    }

    @Test
    void aHongKongAnnouncementGivingEachResultInASentence() {
        String text = String.join("\n",
                "投票表決結果",
                "普通決議案",
                "第1項決議案：批准買賣協議及其項下擬進行之交易。",
                "贊成票數為201,123,000股（約98.8222%），反對票數為2,397,000股（約1.1778%），投票總數為203,520,000股。由於超過50%之票數投票贊成"
                        + "第1項決議案，該決議案已獲正式通過為本公司之普通決議案。",
                "特別決議案",
                "第2項決議案：批准更改本公司之英文名稱。",
                "贊成票數為262,000,000股（約72.0731%），反對票數為101,520,000股（約27.9269%），投票總數為363,520,000股。由於投票贊成第2項決議案之"
                        + "票數少於75%，該決議案未獲通過為本公司之特別決議案。",
                "由於第1項決議案已獲通過，交易將於完成日期生效。");
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        assertThat(rs).extracting(Resolution::getVotesFor).containsExactly(201_123_000L, 262_000_000L);
        assertThat(rs).extracting(Resolution::getVotesAgainstPercent).containsExactly(1.1778, 27.9269);
        assertThat(rs).extracting(Resolution::getPassed).containsExactly(true, false);
    }

    @Test
    void theOtherResolutionsTakeTheKindTheNotesGiveTheRest() {
        assertThat(ResolutionBlockReader.kindsStated("议案7、议案8为特别决议议案；其余议案均为普通决议议案"))
                .containsEntry("7", ResolutionKind.SPECIAL).containsEntry("8", ResolutionKind.SPECIAL)
                .containsEntry(ResolutionBlockReader.THE_REST, ResolutionKind.ORDINARY);
    }

    @Test
    void aShenzhenBlockStatesItsOwnKindAndItsFiguresMayBeCutAtALineEnd() {
        String text = String.join("\n",
                "二、议案审议表决情况",
                "1、审议通过《关于2025年中期利润分配方案的议案》",
                "总表决情况：同意868,043,810股，占出席会议股东所持有效表决权股份总数的99.9530%；反",
                "对308,500股，占出席会议股东所持有效表决权股份总数的0.0355%；弃权100,000股，占出席会议股东所持有效表决权股份总数的0.",
                "0115%。",
                "其中，A股股东表决情况：同意752,001,500股，占出席会议A股股东所持有效表决权股份总数的99.9590%；反对208,500股，占出席会议A股股东所持有效表决权股份总数的0.0277%；弃权100,000股，占出席会议A股股东所持有效表决权股份总数的0.0133%。",
                "本议案为普通决议议案，已获得出席会议的股东及股东代理人所持有效表决权股份总数的二分之一以上通过。",
                "2、审议通过《关于变更注册资本并修订《公司章程》的议案》",
                "总表决情况：同意860,338,410股，占出席会议股东所持有效表决权股份总数的99.0657%；反对7,791,900股，占出席会议股东所持有效表决权股份总数的0.8972%；弃权322,000股，占出席会议股东所持有效表决权股份总数的0.0371%。",
                "本议案为特别决议议案，已获得出席会议的股东及股东代理人所持有效表决权股份总数的三分之二以上通过。",
                "三、律师见证情况",
                "律师认为，本次临时股东大会的表决程序及表决结果均合法有效。");
        List<Resolution> rs = extractor.extract(text).payload().getResolutions();
        assertThat(rs).extracting(Resolution::getNumber).containsExactly("1", "2");
        assertThat(rs).extracting(Resolution::getKind).containsExactly(ResolutionKind.ORDINARY, ResolutionKind.SPECIAL);
        // "反" / "对308,500股" and "0." / "0115%": the word and the figure that the lines cut are read whole
        assertThat(rs.get(0).getVotesAgainst()).isEqualTo(308_500L);
        assertThat(rs.get(0).getVotesAbstain()).isEqualTo(100_000L);
        assertThat(rs.get(0).getVotesAbstainPercent()).isEqualTo(0.0115);
    }
}

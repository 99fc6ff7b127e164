package dev.hkfilings.pledge;

import dev.hkfilings.avro.ShareClass;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.PledgeKind;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.fields.Extracted;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PledgeExtractorTest {

    private final PledgeExtractor extractor = new PledgeExtractor();

    private static final String HEADER = "I. BASIC INFORMATION OF THE PLEDGE OF SHARES\n";
    private static final String TAB = HEADER
            + "Name of shareholder\tWhether a controlling shareholder\tNumber of pledged shares (in 10 thousand)\tProportion to shares held\t"
            + "Proportion to total share capital\tCommencement date\tExpiry date of the pledge\tPledgee\tPurpose of the pledge\n"
            + "Jiangxi Ruide Venture\t\t\t\t\t\t\t\t\n"
            + "Investment Co., Ltd.\tYes\t155.00\t7.01%\t0.19%\tOctober 25, 2022\tUntil the procedure for releasing the pledge is completed\tGF Securities Co., Ltd.\tBusiness operation\n"
            + "Total\t-\t155.00\t7.01%\t0.19%\t-\t-\t-\t-\n\nNote: nothing else.\n";

    @Test
    void tabSplitRowWithWrappedNameAndTenThousandUnits() {
        Extracted<SharePledge> e = extractor.extract(TAB);
        SharePledge p = e.payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.PLEDGE);
        assertThat(p.getTransactions()).hasSize(1);
        var t = p.getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("Jiangxi Ruide Venture Investment Co., Ltd.");
        assertThat(t.getShares()).isEqualTo(1_550_000L);
        assertThat(t.getPercentOfHolding()).isEqualTo(7.01);
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2022, 10, 25));
        assertThat(t.getExpiryDate()).isNull();
        assertThat(t.getExpiryText()).isEqualTo("Until the procedure for releasing the pledge is completed");
        assertThat(t.getPledgee()).isEqualTo("GF Securities Co., Ltd.");
        assertThat(e.missingFields()).isEmpty();
    }

    @Test
    void lineSplitGivesTheSameRow() {
        String lines = TAB.replace("\t\t\t\t\t\t\t\t\n", "\n").replace('\t', '\n');
        var t = extractor.extract(lines).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Jiangxi Ruide Venture Investment Co., Ltd.");
        assertThat(t.get(0).getShares()).isEqualTo(1_550_000L);
        assertThat(t.get(0).getPledgee()).isEqualTo("GF Securities Co., Ltd.");
        assertThat(t.get(0).getPurpose()).isEqualTo("Business operation");
    }

    @Test
    void simplifiedChineseReleaseInProse() {
        var e = extractor.extract("本公司于2024年2月6日接获控股股东山东国联集团有限公司（「国联集团」）的通知，国联集团已于2024年2月5日将其质押予"
                + "兴业银行股份有限公司济南分行的本公司30,000,000股A股办理了解除质押手续。");
        assertThat(e.payload().getKind()).isEqualTo(PledgeKind.RELEASE);
        var t = e.payload().getTransactions().get(0);
        assertThat(t.getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.getPledgor()).isEqualTo("山东国联集团有限公司");
        assertThat(t.getShares()).isEqualTo(30_000_000L);
        assertThat(t.getReleaseDate()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(t.getPledgee()).isEqualTo("兴业银行股份有限公司济南分行");
    }

    @Test
    void englishProsePledgeAndUnreadableFieldsAreListed() {
        var e = extractor.extract("The Board was informed that on 1 March 2023, Sunrise Glory Holdings Limited pledged 10,000,000 Shares.");
        var t = e.payload().getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("Sunrise Glory Holdings Limited");
        assertThat(t.getShares()).isEqualTo(10_000_000L);
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(t.getPledgee()).isNull();
        assertThat(e.missingFields()).contains("transactions[0].pledgee");
    }

    @Test
    void textWithoutPledgeHasNoTransactions() {
        var e = extractor.extract("The Company announces its results.");
        assertThat(e.payload().getKind()).isEqualTo(PledgeKind.UNKNOWN);
        assertThat(e.missingFields()).containsExactly("transactions");
    }
    @Test
    void shanghaiTemplatePutsThePercentagesAfterThePledgee() {
        String text = HEADER + "Unit: 10,000 shares\n"
                + "Name of shareholder\tControlling shareholder or not\tNumber of shares pledged\tRestricted shares or not\t"
                + "Supplementary pledge or not\tCommencement date of pledge\tExpiry date of pledge\tPledgee\t"
                + "Percentage of its shareholding\tPercentage of total share capital\tUse of pledged funds\n"
                + "Alpha Investment Co., Ltd.\tYes\t2,350\tNo\tNo\t6 March 2024\tUntil the date of release of pledge registration\t"
                + "China Merchants Securities Co., Ltd.\t6.12%\t1.37%\tReplenishing working capital\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getShares()).isEqualTo(23_500_000L);
        assertThat(t.getPledgee()).isEqualTo("China Merchants Securities Co., Ltd.");
        assertThat(t.getPercentOfHolding()).isEqualTo(6.12);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(1.37);
        assertThat(t.getPurpose()).isEqualTo("Replenishing working capital");
    }

    @Test
    void passiveReleaseNamesThePledgorHeldByAndThePledgeeInFavourOf() {
        String text = "RELEASE OF SHARE PLEDGE\n\nThe Board has been informed by Ever Peak Investments Limited (\"Ever Peak\") that on"
                + " 28 August 2024, the pledge over 45,000,000 shares of the Company held by Ever Peak in favour of Bank of"
                + " Communications Co., Ltd. Hong Kong Branch was released in full.\n";
        SharePledge p = extractor.extract(text).payload();
        var t = p.getTransactions().get(0);
        assertThat(t.getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.getPledgor()).isEqualTo("Ever Peak Investments Limited");
        assertThat(t.getPledgee()).isEqualTo("Bank of Communications Co., Ltd. Hong Kong Branch");
        assertThat(t.getReleaseDate()).isEqualTo(LocalDate.of(2024, 8, 28));
    }

    @Test
    void secondPledgorOnTheSameDateWithABracketedPledgee() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\nOn 15 May 2024, Lotus Crest Limited pledged 120,000,000"
                + " ordinary shares of the Company in favour of Orient Securities (Hong Kong) Limited as security.\n\n"
                + "On the same date, Mr. Ho Wing Sun pledged 40,000,000 ordinary shares of the Company in favour of"
                + " Orient Securities (Hong Kong) Limited as security.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t.get(0).getPledgee()).isEqualTo("Orient Securities (Hong Kong) Limited");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(t.get(1).getPledgor()).isEqualTo("Mr. Ho Wing Sun");
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void aClauseAfterASemicolonTakesTheDateThatLeadsItsSentence() {
        String text = "UPDATE ON PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER\n"
                + "The Board has been informed by Brightwell Harbour that on 3 November 2025, Brightwell Harbour and the Lender"
                + " entered into a supplemental agreement, pursuant to which (i) the term of the Facility has been extended from"
                + " 11 March 2026 to 2 November 2026; and (ii) Brightwell Harbour has pledged a further 50,000,000 Shares in favour"
                + " of Kestrel Crown Securities Limited as additional security for the Facility.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(50_000_000L);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    /** Rule 17.43 asks for the purpose; prose pledges state it as the security the shares give. */
    @Test
    void proseGivesThePurposeOfAPledgeAndAReleaseHasNone() {
        String pledge = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER\n"
                + "The Board has been informed by Golden Reed Investments Limited (\"Golden Reed\"), a controlling shareholder of the"
                + " Company, that on 14 March 2024, Golden Reed pledged 320,000,000 ordinary shares of the Company, representing"
                + " approximately 18.29% of the total number of issued shares of the Company, in favour of Orient Harbour Finance"
                + " Co., Ltd. (the \"Pledgee\") as security for a margin loan facility of HK$150.5 million granted by the Pledgee to"
                + " Golden Reed.\n";
        Extracted<SharePledge> e = extractor.extract(pledge);
        var t = e.payload().getTransactions().get(0);
        assertThat(t.getPurpose()).isEqualTo("as security for a margin loan facility of HK$150.5 million granted by the Pledgee to Golden Reed");
        assertThat(e.missingFields()).doesNotContain("transactions[0].purpose");

        String noPurpose = pledge.replace(" as security for a margin loan facility of HK$150.5 million granted by the Pledgee to"
                + " Golden Reed", "");
        Extracted<SharePledge> without = extractor.extract(noPurpose);
        assertThat(without.payload().getTransactions().get(0).getPurpose()).isNull();
        assertThat(without.missingFields()).contains("transactions[0].purpose");

        String release = "RELEASE OF PLEDGE OF SHARES\nThe Board has been informed by Golden Reed that on 2 September 2024, the"
                + " pledge over the 320,000,000 Shares in favour of Orient Harbour Finance Co., Ltd. has been released.\n";
        Extracted<SharePledge> r = extractor.extract(release);
        assertThat(r.payload().getTransactions().get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(r.payload().getTransactions().get(0).getPurpose()).isNull();
        assertThat(r.missingFields()).doesNotContain("transactions[0].purpose");
    }

    /** A Hong Kong issuer's Traditional Chinese prose: defined terms in 「」, the class after the issuer, the percentage's date. */
    @Test
    void traditionalChineseProseWithDefinedTermsClassAndPurpose() {
        String text = "控股股東質押股份\n本公司董事會獲本公司控股股東金蘆投資有限公司（「金蘆」）通知，於2024年3月14日，金蘆將其持有的"
                + "320,000,000股本公司普通股（「質押股份」）質押予東港證券有限公司（「質權人」），作為質權人向金蘆授出的孖展貸款融資的擔保。"
                + "質押股份佔本公司於本公告日期已發行股份總數約18.29%。\n";
        Extracted<SharePledge> e = extractor.extract(text);
        var t = e.payload().getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("金蘆投資有限公司");
        assertThat(t.getPledgee()).isEqualTo("東港證券有限公司");
        assertThat(t.getShares()).isEqualTo(320_000_000L);
        assertThat(t.getShareClass()).isEqualTo(dev.hkfilings.avro.ShareClass.ORDINARY);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(18.29);
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(t.getPurpose()).isEqualTo("作為質權人向金蘆授出的孖展貸款融資的擔保");
        assertThat(e.missingFields()).containsExactly("transactions[0].percentOfHolding");
    }

    @Test
    void tableOnItsSideIsReadAsOneRowPerShareholder() {
        String text = "I. RELEASE OF PLEDGE OF SHARES\n"
                + "Name of shareholder\tAlpha Group Co., Ltd.\tBeta Partnership (Limited Partnership)\n"
                + "Number of shares released from pledge (shares)\t38,000,000\t12,500,000\n"
                + "Percentage of its shareholding\t9.45%\t21.93%\n"
                + "Percentage of total share capital of the Company\t2.92%\t0.96%\n"
                + "Time of release\t15 March 2024\t15 March 2024\n\nThe Company will disclose further.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Alpha Group Co., Ltd.");
        assertThat(t.get(0).getShares()).isEqualTo(38_000_000L);
        assertThat(t.get(1).getPledgor()).isEqualTo("Beta Partnership (Limited Partnership)");
        assertThat(t.get(1).getPercentOfTotalShareCapital()).isEqualTo(0.96);
        assertThat(t.get(1).getReleaseDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void ordinaryTableIsNotTurned() {
        assertThat(TransposedTable.rewrite(TAB.lines().toList())).isEqualTo(TAB.lines().toList());
    }

    @Test
    void shareChargeUnderRule1317WithDefinedTermsAndARestatedListItem() {
        String text = "THE FACILITY AGREEMENT\n\nOn 2 September 2024 the Company entered into a facility agreement with "
                + "DBS Bank (Hong Kong) Limited (the \"Bank\") as lender.\n\n"
                + "As a condition precedent, Sky Harvest Global Limited (\"Sky Harvest\"), a controlling shareholder of the Company, "
                + "executed a share charge in favour of the Bank on 4 September 2024, pursuant to which Sky Harvest charged "
                + "412,500,000 ordinary shares of the Company (the \"Charged Shares\") to the Bank as security for the Facilities. "
                + "Sky Harvest is an investment holding company. "
                + "The Charged Shares represent approximately 66.67% of the Shares held by Sky Harvest and approximately 41.25% "
                + "of the total number of issued Shares.\n\n"
                + "(a) Number and class of Shares charged: 412,500,000 ordinary Shares\n(c) Chargee: DBS Bank (Hong Kong) Limited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Sky Harvest Global Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("DBS Bank (Hong Kong) Limited");
        assertThat(t.get(0).getShares()).isEqualTo(412_500_000L);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(66.67);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(41.25);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 9, 4));
    }

    @Test
    void traditionalChineseShareChargeInFavourOfABankWithChineseNumeralDate() {
        var e = extractor.extract("董事會獲本公司控股股東裕昇投資有限公司（「裕昇」）知會，於二零二四年十月八日，裕昇已就其實益擁有之"
                + "328,000,000股本公司每股面值0.10港元之普通股（「質押股份」）以大新銀行有限公司（「貸款人」）為受益人簽立一份股份押記。"
                + "質押股份分別佔：(i)裕昇於本公告日期所持本公司股份總數約44.63%；及(ii)本公司於本公告日期已發行股份總數約23.43%。");
        var t = e.payload().getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("裕昇投資有限公司");
        assertThat(t.getPledgee()).isEqualTo("大新銀行有限公司");
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(t.getPercentOfHolding()).isEqualTo(44.63);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(23.43);
    }

    @Test
    void hongKongLayoutWithTextColumnsBeforeTheFiguresAndAPositionsTableAfterProse() {
        String text = "PLEDGE OF SHARES BY THE CONTROLLING SHAREHOLDERS\n\n"
                + "The Board has been informed by Golden Pine Holdings Limited and Mr. Lau that on 12 July 2024 they pledged certain "
                + "shares of the Company held by them in favour of CMB International Capital Limited to secure a term loan facility.\n\n"
                + "\tRelationship with\tDate of\t\tNumber of Shares\tApproximate % of the\tApproximate % of the\n"
                + "Name of pledgor\tthe Company\tthe Pledge\tPledgee\tpledged\tpledgor's shareholding\ttotal issued Shares\n"
                + "Golden Pine Holdings Limited\tControlling shareholder\t12 July 2024\tCMB International Capital Limited\t150,000,000\t37.50%\t12.50%\n"
                + "Total\t\t\t\t150,000,000\t37.50%\t12.50%\n\n"
                + "Immediately after the Pledge, the shareholding and pledge position of the controlling shareholders is as follows:\n\n"
                + "\tNumber of\tApproximate % of\tNumber of Shares pledged\tNumber of Shares pledged\n"
                + "Name of shareholder\tShares held\ttotal issued Shares\tbefore the Pledge\tafter the Pledge\n"
                + "Golden Pine Holdings Limited\t400,000,000\t33.33%\t0\t150,000,000\n\nNote: nothing else.\n";
        SharePledge p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).hasSize(1);
        var t = p.getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("Golden Pine Holdings Limited");
        assertThat(t.getControllingShareholder()).isTrue();
        assertThat(t.getShares()).isEqualTo(150_000_000L);
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(t.getPledgee()).isEqualTo("CMB International Capital Limited");
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(12.5);
        assertThat(p.getPositions()).hasSize(1);
        assertThat(p.getPositions().get(0).getSharesHeld()).isEqualTo(400_000_000L);
        assertThat(p.getPositions().get(0).getPledgedAfter()).isEqualTo(150_000_000L);
    }

    @Test
    void theReferredPledgeOfAReleaseIsNoNewPledge() {
        var e = extractor.extract("Reference is made to the announcement dated 5 May 2023 in relation to the share charge dated 3 May 2023 "
                + "executed by Profit Harvest Limited (\"Profit Harvest\") in favour of Haitong International Securities Company Limited, "
                + "pursuant to which Profit Harvest charged 210,000,000 ordinary shares of the Company.\n\n"
                + "The Board has been informed by Profit Harvest that on 21 November 2024 all of the 210,000,000 Charged Shares were "
                + "released from the pledge.");
        assertThat(e.payload().getKind()).isEqualTo(PledgeKind.RELEASE);
        var t = e.payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Profit Harvest Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Haitong International Securities Company Limited");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 3));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 11, 21));
    }

    @Test
    void aTopUpPledgeIsTheTransactionNotTheEarlierPledgeItRefersTo() {
        var t = extractor.extract("Reference is made to the announcement dated 8 November 2023 in relation to the pledge of 150,000,000 "
                + "ordinary shares by Apex Crown Investments Limited (\"Apex Crown\") in favour of Bank of China (Hong Kong) Limited.\n\n"
                + "The Board was notified by Apex Crown that, to maintain the loan-to-security value ratio, Apex Crown on 14 October 2024 "
                + "pledged a further 40,000,000 Shares in favour of Bank of China (Hong Kong) Limited as supplemental security for the Facility. "
                + "The 40,000,000 Shares subject to the Top-up Pledge represent approximately 4.55% of the Shares held by Apex Crown and "
                + "approximately 2.50% of the total number of issued Shares.").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Apex Crown Investments Limited");
        assertThat(t.get(0).getShares()).isEqualTo(40_000_000L);
        assertThat(t.get(0).getSupplementalPledge()).isTrue();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(4.55);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 10, 14));
    }

    @Test
    void simplifiedChineseProseSkipsTheCumulativeCountAndReadsStatedDates() {
        var t = extractor.extract("●中原重工集团有限公司（以下简称“中原集团”）持有本公司股份60,000万股，占本公司总股本的30.00%。"
                + "本次质押后，中原集团累计质押本公司股份18,800万股，占其所持本公司股份的31.33%。\n"
                + "本公司于2024年11月5日接到控股股东中原集团的通知，中原集团将其持有的本公司无限售流通A股3,800万股质押给中国工商银行股份有限公司郑州分行。"
                + "本次质押起始日为2024年11月4日，质押到期日为2027年11月3日。").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("中原重工集团有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(38_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(dev.hkfilings.avro.ShareClass.A);
        assertThat(t.get(0).getRestrictedShares()).isFalse();
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2027, 11, 3));
        assertThat(t.get(0).getPledgee()).isEqualTo("中国工商银行股份有限公司郑州分行");
    }

    @Test
    void aHongKongTableReadsItsFlagAndClassColumnsByLabelAcrossAPageBreak() {
        String text = "1.    DETAILS OF THE PLEDGES\n\n"
                + "\tControlling\t\t\t\t\t\t\t\t\t\t\n"
                + "\tshareholder\t\tNumber of\tPercentage\t\tRestricted\tSupplemental\t\t\t\t\n"
                + "Name of pledgor\tor concert party\tClass\tshares pledged\tof shares held\tof total issued shares\tshares\tpledge"
                + "\tCommencement date\tExpiry date\tPledgee\tUse of funds\n"
                + "Wuyi Holdings Limited\tYes\tA Shares\t30,000,000\t9.52%\t3.33%\tNo\tNo\t3 June 2025\t2 June 2027\tIndustrial Bank\tWorking capital\n"
                + "\n                – 1 –\n\n"
                + "Lin Zhaohui\tYes\tH Shares\t5,000,000\t11.11%\t0.56%\tYes\tYes\t6 June 2025\t5 December 2025\tXingye Securities\tTop-up\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("Wuyi Holdings Limited", "Lin Zhaohui");
        assertThat(t).extracting(x -> x.getShareClass()).containsExactly(ShareClass.A, ShareClass.H);
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
        assertThat(t).extracting(x -> x.getRestrictedShares()).containsExactly(false, true);
        assertThat(t).extracting(x -> x.getSupplementalPledge()).containsExactly(false, true);
        assertThat(t).extracting(x -> x.getPurpose()).containsExactly("Working capital", "Top-up");
    }

    @Test
    void aReleaseIsDatedWhenDischargedAndItsPledgorFlaggedWhereTheTextNamesItControlling() {
        var t = extractor.extract("Reference is made to the announcement in relation to the charge created by Moonrise Ventures Limited "
                + "(\"Moonrise\"), the controlling shareholder of the Company.\n\nThe Board has been informed by Moonrise that the share charge "
                + "dated 12 September 2023 executed by Moonrise in favour of Dah Sing Bank, Limited over 250,000,000 Shares was fully released "
                + "and discharged on 20 January 2025. Following the release, 300,000,000 Shares held by Moonrise remain subject to a share charge.")
                .payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 20));
        assertThat(t.get(0).getControllingShareholder()).isTrue();
    }

    @Test
    void aBeneficiaryWithABracketInItsNameAndTheHoldersTotalAfterThePledge() {
        var t = extractor.extract("本公司控股股東輝盛投資有限公司（「輝盛」）告知，於2025年2月14日，輝盛以中信銀行（國際）有限公司（「承押人」）為受益人"
                + "訂立股份押記，將其持有的120,000,000股股份質押予承押人。誠如本公司日期為2024年5月8日之公告所披露，輝盛先前已將其持有的"
                + "60,000,000股股份質押予一間持牌放債人。連同上述新質押，輝盛合共已質押180,000,000股股份。").payload().getTransactions();
        assertThat(t).extracting(x -> x.getShares()).containsExactly(120_000_000L);
        assertThat(t.get(0).getPledgee()).isEqualTo("中信銀行（國際）有限公司");
    }

    @Test
    void aDateColumnAfterThePledgeeAPledgeeWrappedBehindTabsAndHoldersNamedControllingTogether() {
        String text = "The Board was informed that the Shares held by Golden Ridge Holdings Limited (\"Golden Ridge\") and Ms. Wong Mei Ling "
                + "(\"Ms. Wong\"), the controlling shareholders of the Company, have been pledged:\n"
                + "Details of the Pledges\n"
                + "\tNumber of\tpercentage of\tpercentage of\t\t\n"
                + "Pledgor\tShares pledged\tshareholding\tissued Shares\tPledgee\tDate of pledge\n"
                + "Golden Ridge Holdings Limited\t360,000,000\t33.33%\t15.00%\tChong Hing Bank Limited\t2 September 2024\n"
                + "Ms. Wong Mei Ling\t48,000,000\t40.00%\t2.00%\tGuotai Junan Securities\t3 September 2024\n"
                + "\t\t\t\t(Hong Kong) Limited\t\n"
                + "Total\t408,000,000\t\t17.00%\t\t\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getStartDate())
                .containsExactly(java.time.LocalDate.of(2024, 9, 2), java.time.LocalDate.of(2024, 9, 3));
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("Chong Hing Bank Limited", "Guotai Junan Securities (Hong Kong) Limited");
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
    }

    @Test
    void theShanghaiReleaseTableOnItsSideGivesPositionsAndTheSentenceAboveItThePledgees() {
        String text = "● Fujian Minjiang Industrial Group Co., Ltd. (\"Minjiang Group\"), the controlling shareholder of the Company, holds "
                + "402,318,000 A shares.\n"
                + "● Minjiang Group and its party acting in concert, Fuzhou Rongsheng Investment Partnership (\"Rongsheng Investment\"), together hold "
                + "459,318,000 shares.\n"
                + "I. RELEASE OF PLEDGE OF SHARES\n"
                + "The Company received notices that the pledge of 38,000,000 A shares previously pledged by Minjiang Group to China Zheshang Bank "
                + "Co., Ltd. Fuzhou Branch, and the pledge of 12,500,000 A shares previously pledged by Rongsheng Investment to Xingye Securities "
                + "Co., Ltd., have been released. Details are as follows:\n"
                + "Name of shareholder\tFujian Minjiang Industrial Group Co., Ltd.\tFuzhou Rongsheng Investment Partnership\n"
                + "Number of shares released from pledge (shares)\t38,000,000\t12,500,000\n"
                + "Percentage of its shareholding\t9.45%\t21.93%\n"
                + "Percentage of total share capital of the Company\t2.92%\t0.96%\n"
                + "Time of release\t15 March 2024\t15 March 2024\n"
                + "Number of shares held (shares)\t402,318,000\t57,000,000\n"
                + "Shareholding percentage\t30.95%\t4.38%\n"
                + "Number of remaining pledged shares (shares)\t96,000,000\t0\n"
                + "Remaining pledged shares as a percentage of its shareholding\t23.86%\t0.00%\n"
                + "Remaining pledged shares as a percentage of total share capital of the Company\t7.38%\t0.00%\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).extracting(x -> x.getPledgee())
                .containsExactly("China Zheshang Bank Co., Ltd. Fuzhou Branch", "Xingye Securities Co., Ltd.");
        assertThat(p.getTransactions()).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
        assertThat(p.getPositions()).extracting(x -> x.getSharesHeld()).containsExactly(402_318_000L, 57_000_000L);
        assertThat(p.getPositions()).extracting(x -> x.getPledgedAfter()).containsExactly(96_000_000L, 0L);
        assertThat(p.getPositions()).extracting(x -> x.getPercentOfCapitalPledged()).containsExactly(7.38, 0.0);
    }

    @Test
    void rowsWrappedOverSeveralLinesAreMergedByTabPositionAndAHeaderNumberIsNoRow() {
        String text = "I. BASIC INFORMATION OF THE RELEASE OF PLEDGE OF SHARES\n"
                + "\tWhether a\tNumber of\t\t\t\t\t\n"
                + "\tcontrolling\tshares released\tProportion\tProportion\t\t\t\n"
                + "Name of\tshareholder\tfrom pledge (in\tto the number\tto the total\tCommencement\t\t\n"
                + "shareholder\tor not\t10\tof shares held\tshare capital\tdate\tRelease date\tPledgee\n"
                + "\t\tthousand)\t\t\t\t\t\n"
                + "Zhejiang Liantai\t\t\t\t\t\t\tIndustrial Bank\n"
                + "Holding Group\t\t\t\t\t\t\tCo., Ltd.\n"
                + "Co., Ltd.\tYes\t1,500.00\t6.15%\t1.25%\tNovember 12, 2024\tOctober 17, 2025\tHangzhou Branch\n"
                + "Total\t-\t1,500.00\t6.15%\t1.25%\t-\t-\t-\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Zhejiang Liantai Holding Group Co., Ltd.");
        assertThat(t.get(0).getPledgee()).isEqualTo("Industrial Bank Co., Ltd. Hangzhou Branch");
        assertThat(t.get(0).getShares()).isEqualTo(15_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(java.time.LocalDate.of(2025, 10, 17));
    }

    @Test
    void aPledgeeColumnBeforeTheFiguresIsReadByLabelsAndARowGoesOnBelowItsFigures() {
        String text = "RELEASE OF SHARE PLEDGES BY CONTROLLING SHAREHOLDER\nThe Pledges were released on 4 August 2025. Details are as follows:\n"
                + "\t\t\tNumber of\tApproximate %\tApproximate %\n"
                + "\t\tDate of\tShares released\tof the Shares held\tof the total number\n"
                + "Pledgor\tPledgee\trelease\tfrom pledge\tby the pledgor\tof issued Shares\n"
                + "Kai Cheung Holdings\tChina CITIC Bank\t4 August 2025\t180,000,000\t18.75%\t11.25%\n"
                + "Limited\tInternational Limited\t\t\t\t\n"
                + "Total\t\t\t180,000,000\t18.75%\t11.25%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Kai Cheung Holdings Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("China CITIC Bank International Limited");
        assertThat(t.get(0).getShares()).isEqualTo(180_000_000L);
    }

    @Test
    void theHoldersPercentageInTheNextSentenceIsNotThePledgedShares() {
        var t = extractor.extract("本公司控股股東溢隆投資有限公司（「溢隆投資」）告知，於2025年9月15日，溢隆投資將其持有的150,000,000股股份質押予"
                + "創興銀行有限公司。於本公告日期，溢隆投資持有550,000,000股股份，佔本公司已發行股份總數約55.00%。").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isNull();
    }

    @Test
    void aDirectorsShareMortgageSaidNotToBeControllingWithItsPercentagesInTheNextSentence() {
        var t = extractor.extract("The Board has been informed by Mr. Chan Tai Man (\"Mr. Chan\"), an executive director, that on 3 March 2025 he "
                + "executed a share mortgage in favour of Orient Crest Securities Limited over 20,000,000 ordinary shares beneficially owned by "
                + "him (the \"Mortgaged Shares\"), as security for a margin facility made available to Mr. Chan for his personal investment. "
                + "The Mortgaged Shares represent 50.00% of the 40,000,000 Shares beneficially owned by Mr. Chan and approximately 1.60% of the "
                + "total number of 1,250,000,000 Shares in issue. Mr. Chan continues to be interested in 40,000,000 Shares. "
                + "Mr. Chan is not a controlling shareholder (as defined in the Listing Rules) of the Company.").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Mr. Chan Tai Man");
        assertThat(t.get(0).getControllingShareholder()).isFalse();
        assertThat(t.get(0).getShares()).isEqualTo(20_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(50.0);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(1.6);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(t.get(0).getPledgee()).isEqualTo("Orient Crest Securities Limited");
        assertThat(t.get(0).getPurpose()).endsWith("to Mr. Chan for his personal investment");
    }

    @Test
    void aChargeInFavourOfASecurityAgentNamesTheBankTheTextDefinedAsIt() {
        var t = extractor.extract("The Company entered into a facility agreement with a syndicate of banks and Bank of Harbour Limited as facility "
                + "agent and security agent (the \"Security Agent\"). On 8 December 2025, Tide Holdings Limited (\"Tide\"), the controlling "
                + "shareholder of the Company, executed a charge over the shares in favour of the Security Agent in respect of 612,000,000 "
                + "ordinary shares held by it.").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Tide Holdings Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Bank of Harbour Limited");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 12, 8));
    }

    @Test
    void chargorAndChargeeColumnsNameThePledgorAndThePledgee() {
        String text = "RELEASE OF THE SHARE CHARGES\nDetails of the releases are as follows:\n"
                + "\t\tNumber of\tApproximate\tApproximate\t\n"
                + "\t\tShares\t% of Shares\t% of total\t\n"
                + "\t\treleased\theld by\tnumber of\t\n"
                + "Chargor\tChargee\tfrom charge\tthe chargor\tShares in issue\tDate of release\n"
                + "West Capital Limited\tOCBC Bank (Hong Kong) Limited\t150,000,000\t17.54%\t10.00%\t27 October 2025\n"
                + "Total\t\t150,000,000\t17.54%\t10.00%\t\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("West Capital Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("OCBC Bank (Hong Kong) Limited");
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(10.0);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 10, 27));
    }

    @Test
    void aLineSplitChargeTableWithThePledgeeBeforeTheFiguresSplitsTheTwoNames() {
        String text = "本公司董事會獲嘉豐國際知會，承押人已於2025年11月3日簽立解除契據，解除股份押記項下之全部96,000,000股股份。詳情如下：\n"
                + "股東名稱\n承押人\n解除押記\n股份數目\n佔該股東\n所持股份\n百分比\n佔本公司\n已發行股份\n總數百分比\n解除日期\n"
                + "嘉豐國際有限公司\n招商永隆銀行有限公司\n96,000,000\n20.00%\n12.00%\n2025年11月3日\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("嘉豐國際有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("招商永隆銀行有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(96_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void aChineseShareChargeInProse() {
        var t = extractor.extract("本公司控股股東嘉豐國際有限公司（「嘉豐國際」）已於2025年3月8日以招商永隆銀行有限公司為受益人就其持有之"
                + "96,000,000股本公司普通股設立股份押記。").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.PLEDGE);
        assertThat(t.get(0).getShares()).isEqualTo(96_000_000L);
        assertThat(t.get(0).getPledgee()).isEqualTo("招商永隆銀行有限公司");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
    }

    @Test
    void aHolderNamedAfterHisRolesInTraditionalCharactersAndAnAdverbIsTheHolderAlone() {
        var t = extractor.extract("同日，本公司主席、執行董事兼控股股東梁志明先生（「梁先生」）亦將其個人直接持有之60,000,000股本公司普通股"
                + "（佔本公司已發行股份總數約6.00%）質押予貸款人，作為融資之額外抵押。").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("梁志明先生");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(6.0);
    }

    @Test
    void aBankThatReleasesThePledgeIsThePledgeeByTheNameTheTextDefinedForIt() {
        var t = extractor.extract("茲提述本公司控股股東泰豐環球有限公司（「泰豐環球」）將其持有的本公司股份質押予大新銀行有限公司（「大新銀行」）。\n"
                + "由於貸款已獲悉數償還，大新銀行已於二零二四年七月十日解除泰豐環球以其為受益人所質押的合共180,000,000股本公司普通股的質押。")
                .payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("泰豐環球有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("大新銀行有限公司");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 7, 10));
    }

    @Test
    void sharesTheTextDefinedAsItsOrdinarySharesHaveThatClass() {
        var t = extractor.extract("The Company's issued share capital consists of 1,600,000,000 ordinary shares of HK$0.10 each (the \"Shares\"). "
                + "On 14 October 2024, Apex Crown Investments Limited, the controlling shareholder, pledged a further 40,000,000 Shares "
                + "in favour of Bank of China (Hong Kong) Limited.").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(40_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
    }

    @Test
    void theSentencesAboutThisPledgeGiveItsPurposeAndWhetherItIsSupplemental() {
        var t = extractor.extract("本公司控股股东中原重工集团有限公司于2024年11月4日将其持有的3,800万股无限售流通A股质押给中国工商银行股份有限公司郑州分行。"
                + "本次质押不属于补充质押，质押融资资金用途为补充流动资金。").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(38_000_000L);
        assertThat(t.get(0).getSupplementalPledge()).isFalse();
        assertThat(t.get(0).getPurpose()).isEqualTo("补充流动资金");
    }

    @Test
    void aTableWithEveryCellAParagraphKeepsBothNamesAndReadsADateInChineseNumerals() {
        String text = "控股股東質押股份\n\n有關質押的詳情載列如下：\n\n質押人\n\n質權人\n\n質押股份數目\n\n佔質押人所持\n股份比例\n\n"
                + "佔本公司已發行\n股份總數比例\n\n質押日期\n\n溢隆投資有限公司\n\n創興銀行有限公司\n\n150,000,000\n\n27.27%\n\n15.00%\n\n"
                + "二零二五年九月十五日\n\n於本公告日期，溢隆投資持有550,000,000股股份，佔本公司已發行股份總數約55.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("溢隆投資有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("創興銀行有限公司");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(27.27);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 15));
    }

    @Test
    void theAnnouncementsWordsGiveTheClassOfSharesItsTableLeavesUnnamed() {
        String text = "公司于2024年7月16日收到控股股东华瑞控股的通知，获悉其将所持有的本公司部分A股股份办理了质押手续，具体情况如下：\n"
                + "股东名称\t是否为控股股东\t本次质押股数\t是否为限售股\t是否补充质押\t质押起始日\t质押到期日\t质权人\t占其所持股份比例\t占公司总股本比例\t质押融资资金用途\n"
                + "杭州华瑞投资控股有限公司\t是\t12,000,000\t否\t否\t2024年7月15日\t至办理解除质押登记之日止\t中信证券股份有限公司\t5.45%\t1.50%\t补充流动资金\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(12_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void aControllingShareholderNamedAfterOtherRolesOrAsTheSingleLargestShareholder() {
        String roles = "PLEDGE OF SHARES BY THE CONTROLLING SHAREHOLDER\nMr. Cheng Ka Wai (\"Mr. Cheng\"), the chairman of the Board,"
                + " an executive Director and the controlling shareholder of the Company, has on 28 February 2025 executed a share"
                + " pledge over 96,000,000 ordinary shares in favour of Orient Crown Bank Limited.\n";
        assertThat(extractor.extract(roles).payload().getTransactions().get(0).getControllingShareholder()).isTrue();
        String largest = "PLEDGE OF SHARES\nOn 28 February 2025, Mr. Cheng Ka Wai (\"Mr. Cheng\"), an executive Director, pledged"
                + " 96,000,000 ordinary shares in favour of Orient Crown Bank Limited.\nAs at the date of this announcement,"
                + " Mr. Cheng is beneficially interested in 240,000,000 shares of the Company, and is the single largest shareholder"
                + " of the Company.\n";
        assertThat(extractor.extract(largest).payload().getTransactions().get(0).getControllingShareholder()).isTrue();
        String second = largest.replace("the single largest", "the second largest");
        assertThat(extractor.extract(second).payload().getTransactions().get(0).getControllingShareholder()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void aTermDefinedAcrossALineWrapAndATableNameCutByItsWrapAreTheFullNames() {
        String table = "股东名称\t是否为控股股东\t本次解除质押股份数量（股）\t起始日\t解除日期\t质权人\n";
        String wrappedTerm = "公司近日接到公司控股股东厦门鹭江投资控股有限公司（以下简称\"\n鹭江控股\"）的通知，获悉鹭江控股将其所持有的公司部分股份"
                + "办理了解除质押手续，具体事项如下：\n" + table
                + "鹭江控股\t是\t12,000,000\t2024年3月15日\t2025年9月1日\t兴业证券股份有限公司\n";
        assertThat(extractor.extract(wrappedTerm).payload().getTransactions().get(0).getPledgor()).isEqualTo("厦门鹭江投资控股有限公司");
        String cutName = "公司近日接到持股5%以上股东深圳前海瑞丰创业投资合伙企业（\n有限合伙）（以下简称\n“瑞丰创投”）的通知，获悉瑞丰创投将其所持有的"
                + "公司部分股份办理了解除质押手续，具体情况如下：\n" + table
                + "深圳前海瑞丰创业投资合伙\t否\t9,600,000\t2024年10月18日\t2025年10月17日\t潇湘证券股份有限公司\n";
        assertThat(extractor.extract(cutName).payload().getTransactions().get(0).getPledgor()).isEqualTo("深圳前海瑞丰创业投资合伙企业（有限合伙）");
        String termAfterWrap = "本公司控股股東偉晟投資有限公司（「偉晟」）告知，於二零二五年九月十八日，偉晟已將其持有的180,000,000股本公司普通股質押予"
                + "恒昇銀行（香港）有限公司（\n「該銀行」），作為該銀行向偉晟授出的一筆定期貸款融資的抵押。\n";
        assertThat(extractor.extract(termAfterWrap).payload().getTransactions().get(0).getPledgee()).isEqualTo("恒昇銀行（香港）有限公司");
    }

    @Test
    void aPledgeTableWhoseTermRunsUntilTheReleaseIsRegisteredIsNoReleaseTable() {
        String text = "質押詳情如下：\n"
                + "股東名稱\t是否為控股股東\t本次質押股份數目（股）\t佔其所持股份比例\t佔本公司已發行股份總數比例\t質押起始日\t質押到期日\t質權人\t質押用途\n"
                + "金沙灣投資控股有限公司\t是\t120,000,000\t15.38%\t6.00%\t2024年3月12日\t至辦理解除質押登記手續之日\t恒晉銀行有限公司\t為本集團銀行融資提供擔保\n"
                + "瑞景環球發展有限公司\t是\t45,000,000\t30.00%\t2.25%\t2024年3月12日\t2027年3月11日\t恒晉銀行有限公司\t為本集團銀行融資提供擔保\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.PLEDGE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("恒晉銀行有限公司", "恒晉銀行有限公司");
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void aPartialReleaseOfAChargeTheTextRecallsAndTheSharesThatRemainCharged() {
        String text = "PARTIAL RELEASE OF SHARE CHARGE BY CONTROLLING SHAREHOLDER\n"
                + "Reference is made to the announcement of the Company dated 16 June 2022 (the \"2022 Announcement\").\n"
                + "As disclosed in the 2022 Announcement, Oak Summit Investments Limited (\"Oak Summit\"), the controlling shareholder of"
                + " the Company, charged 80,000,000 ordinary shares of the Company (the \"Shares\") in favour of Keystone Capital Finance"
                + " Limited (the \"Chargee\") pursuant to a share charge dated 15 June 2022 (the \"Share Charge\").\n"
                + "The board of directors of the Company (the \"Board\") has been informed by Oak Summit that, following a partial"
                + " prepayment of the term loan, on 22 November 2024 the Chargee released 30,000,000 of the 80,000,000"
                + " Shares charged under the Share Charge (the \"Released Shares\"). The Released Shares represent approximately 7.50% of"
                + " the 400,000,000 Shares held by Oak Summit and approximately 3.00% of the total number of Shares in issue.\n"
                + "Immediately following the partial release, the remaining 50,000,000 Shares continue to be charged in favour of the"
                + " Chargee under the Share Charge.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(30_000_000L);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(t.get(0).getPledgee()).isEqualTo("Keystone Capital Finance Limited");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(7.5);
    }

    @Test
    void aWrappedTabHeaderWhosePledgeeColumnComesFirst() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n"
                + "\t\t\tApproximate\tApproximate\t\t\n"
                + "\t\t\t% of the\t% of the total\t\t\n"
                + "\t\tNumber of\tpledgor's\tnumber of\t\t\n"
                + "\t\tShares\tholding of\tShares in\tDate of\tMaturity\n"
                + "Pledgee\tPledgor\tpledged\tShares\tissue\tpledge\tdate\n"
                + "Pinnacle Ridge Bank\nLimited\tInvermere Capital Holdings Limited\t150,000,000\t25.00%\t10.00%\t3 January 2025\t2 January 2028\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t.get(0).getPledgor()).isEqualTo("Invermere Capital Holdings Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Pinnacle Ridge Bank Limited");
    }

    @Test
    void particularsUnderAnUnnumberedHeadingAndEnglishLabelsAloneOnTheirLines() {
        String zh = "控股股東質押股份\n質押詳情\n出質人：\t隆昌投資有限公司，本公司之控股股東\n質權人：\t海嶠財務有限公司\n"
                + "質押股份數目：\t210,000,000股本公司每股面值0.05港元之普通股\n質押股份佔出質人所持股份之百分比：\t約58.33%\n"
                + "質押股份佔本公司已發行股份總數之百分比：\t約35.00%\n質押日期：\t2024年7月2日\n質押屆滿日期：\t2026年7月1日\n";
        var z = extractor.extract(zh).payload().getTransactions();
        assertThat(z).hasSize(1);
        assertThat(z.get(0).getPledgor()).isEqualTo("隆昌投資有限公司");
        assertThat(z.get(0).getControllingShareholder()).isTrue();
        assertThat(z.get(0).getPercentOfHolding()).isEqualTo(58.33);
        assertThat(z.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(z.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
        String en = "PLEDGE OF H SHARES BY A SUBSTANTIAL SHAREHOLDER\nPledgor\nHarbour Crest Capital Limited\nPledgee\n"
                + "Mainland Crown Securities (Hong Kong) Limited\nNumber of H Shares pledged\n60,000,000 H Shares\n"
                + "Percentage of the H Shares held by the pledgor\n62.50%\nDate of pledge\nOctober 8, 2024\n";
        var e = extractor.extract(en).payload().getTransactions();
        assertThat(e.get(0).getPledgor()).isEqualTo("Harbour Crest Capital Limited");
        assertThat(e.get(0).getPledgee()).isEqualTo("Mainland Crown Securities (Hong Kong) Limited");
        assertThat(e.get(0).getShares()).isEqualTo(60_000_000L);
    }

    @Test
    void aTypeColumnSaysOfEachRowWhetherItPledgesOrReleases() {
        String text = "一、本次股份解除质押及再质押的基本情况\n单位：万股\n"
                + "股东名称\t是否为控股股东\t质押类型\t本次质押/解除质押股份数量\t占其所持股份比例\t占公司总股本比例\t质押起始日\t质押到期日\t解除质押日期\t质权人\t用途\n"
                + "锦绣控股\t是\t本次解除质押\t2,600\t9.29%\t2.17%\t2023年4月20日\t—\t2024年8月12日\t华鼎证券股份有限公司\t—\n"
                + "锦绣控股\t是\t本次质押\t2,400\t8.57%\t2.00%\t2024年8月13日\t2025年8月12日\t—\t华鼎证券股份有限公司\t偿还债务\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(dev.hkfilings.avro.PledgeKind.BOTH);
        var t = p.getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t.get(0).getShares()).isEqualTo(26_000_000L);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2025, 8, 12));
    }

    @Test
    void theChargedSharesPercentagesSeveralSentencesOnAndTheChargesExpiry() {
        String text = "THE SHARE CHARGE\nThe Board was notified on 17 March 2025 by Evermount Capital Limited (\"Evermount\"), the controlling"
                + " shareholder of the Company, that on 14 March 2025 Evermount executed a share charge (the \"Share Charge\") in favour of"
                + " Hang Fat Securities Finance Limited (the \"Chargee\"), pursuant to which Evermount charged 213,750,000 ordinary shares"
                + " of the Company (the \"Charged Shares\") to the Chargee.\n"
                + "The Share Charge was given as security for a term loan facility. The Borrower is a third party. The Company is not a"
                + " party to the Loan. The Share Charge has a term of twenty-four months expiring on 13 March 2027, unless released"
                + " earlier. Evermount is an investment holding company. As at the date of this announcement, Evermount is interested"
                + " in 712,500,000 ordinary shares of the Company, representing approximately 55.39% of the issued shares.\n"
                + "The Charged Shares represent 30.00% of the shares held by Evermount and approximately 16.62% of the total number of"
                + " issued shares of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(30.0);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(16.62);
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2027, 3, 13));
    }

    @Test
    void theShanghaiReleaseTemplateAsLabelAndValueLinesWithTheStartInTheSentenceAbove() {
        String text = "● Eastvale Group Co., Ltd. (\"Eastvale Group\"), the controlling shareholder of the Company, holds 412,560,000 shares.\n"
                + "I. RELEASE OF PLEDGE OF SHARES\n"
                + "On 14 June 2024, Eastvale Group completed the procedures for the release of the pledge over 28,000,000 A shares of the"
                + " Company, which it had pledged to Zheshang Securities Co., Ltd. on 10 May 2023. Details are as follows:\n"
                + "Name of shareholder\nEastvale Group\nNumber of shares released from pledge (10,000 shares)\n2,800\n"
                + "Proportion to the shares held by it\n6.79%\nProportion to the total share capital of the Company\n2.61%\n"
                + "Date of release\n14 June 2024\nNumber of shares held (10,000 shares)\n41,256.00\nShareholding percentage\n38.42%\n"
                + "Number of remaining pledged shares (10,000 shares)\n13,300.00\n"
                + "Proportion of remaining pledged shares to the shares held by it\n32.24%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Eastvale Group Co., Ltd.");
        assertThat(t.get(0).getShares()).isEqualTo(28_000_000L);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(6.79);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.61);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(t.get(0).getPledgee()).isEqualTo("Zheshang Securities Co., Ltd.");
    }

    @Test
    void theHolderAndAnotherAreTheControllingShareholders() {
        String text = "CHARGE OVER SHARES BY THE CONTROLLING SHAREHOLDER\nOn 14 March 2024, Crestfield Global Limited (\"Crestfield\")"
                + " charged 386,500,000 ordinary shares of the Company in favour of Harbourgate Banking Corporation Limited.\n"
                + "As at the date of this announcement, Crestfield is interested in 1,260,000,000 Shares. Crestfield and Mr. Lau are"
                + " therefore the controlling shareholders (as defined in the Listing Rules) of the Company.\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getControllingShareholder()).isTrue();
    }

    @Test
    void theHolderAndItsOwnerNamedWithAClauseBetweenAreTheControllingShareholders() {
        String base = "PLEDGE OF SHARES\nOn 18 March 2024, Silvercrest Ventures Limited (\"Silvercrest\"),"
                + " wholly owned by Mr. Ho, executed a share charge in favour of Kingfisher Securities Limited over 150,000,000 ordinary"
                + " shares of the Company.\nSilvercrest holds 412,500,000 Shares. ";
        String controlling = base + "Silvercrest, and Mr. Ho by virtue of his interest in Silvercrest under Part XV of the Securities"
                + " and Futures Ordinance, are the controlling shareholders of the Company.\n";
        assertThat(extractor.extract(controlling).payload().getTransactions().get(0).getControllingShareholder()).isTrue();
        // a sentence ends before the plural: the holder is not said to be one of them
        String other = base + "Silvercrest, and Mr. Ho were informed. Harbour Trust and Mr. Lee, are the controlling shareholders.\n";
        assertThat(extractor.extract(other).payload().getTransactions().get(0).getControllingShareholder()).isNull();
    }

    @Test
    void labelsEndingInAColonWithTheirValuesOnTheNextLine() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER\nName of pledgor:\nCedarholm Investment Holdings Limited\n"
                + "Relationship with the Company:\nControlling shareholder (as defined in the GEM Listing Rules), beneficially owned as to"
                + " 100% by Mr. Kwok Siu Lun, an executive Director\n"
                + "Number of Shares held by the pledgor immediately before the pledge:\n246,400,000 Shares\n"
                + "Number of Shares pledged:\n96,000,000 Shares\nPercentage of pledged Shares to the pledgor's shareholding:\n38.96%\n"
                + "Pledgee:\nDragon Peak Securities Company Limited\nDate of pledge:\n22 July 2024\nExpiry of pledge:\n21 July 2026\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Cedarholm Investment Holdings Limited");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getShares()).isEqualTo(96_000_000L);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(38.96);
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2026, 7, 21));
    }

    @Test
    void aReleaseOfAPledgeMadeUnderAnAgreementDatedEarlierAndRecalledFromThePledgeAnnouncement() {
        String text = "RELEASE OF SHARE PLEDGE BY THE CONTROLLING SHAREHOLDER\n"
                + "Reference is made to the announcement of the Company dated 23 May 2023 (the \"Pledge Announcement\").\n"
                + "As disclosed in the Pledge Announcement, pursuant to a share pledge agreement dated 22 May 2023 (the \"Share Pledge\"),"
                + " Evermount pledged 150,000,000 ordinary shares of the Company in favour of Zenith Pacific Finance Limited (the"
                + " \"Pledgee\").\n"
                + "The Board has been informed by Evermount that, upon such repayment, the Pledgee released the Share Pledge over all of the"
                + " 150,000,000 pledged Shares on 3 December 2024.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(dev.hkfilings.avro.PledgeKind.RELEASE);
        assertThat(p.getTransactions().get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 22));
        assertThat(p.getTransactions().get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 12, 3));
    }

    @Test
    void theHolderNamedAfterLearntInAChineseSentence() {
        String text = "本公司於2024年10月15日接獲控股股東廣東百水實業集團有限公司（「百水集團」）之書面通知，獲悉百水集團已將其持有的本公司"
                + "1,800萬股A股質押予粵海證券股份有限公司，質押起始日為2024年10月14日。\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getPledgor()).isEqualTo("廣東百水實業集團有限公司");
    }

    @Test
    void eachHoldersPercentagesInASentenceAfterATableWithoutThem() {
        String text = "公司近日接到控股股东漳州浦源投资有限公司（以下简称\"浦源投资\"）的通知，获悉其所持有的公司部分股份被质押，具体事项如下：\n"
                + "一、本次股份质押基本情况\n"
                + "股东名称\t是否为控股股东\t本次质押数量（万股）\t是否为限售股\t是否为补充质押\t质押起始日\t质押到期日\t质权人\t质押用途\n"
                + "浦源投资\t是\t5,750.00\t否\t否\t2025年1月9日\t2026年1月8日\t兴业银行股份有限公司漳州分行\t补充流动资金\n"
                + "浦源投资本次质押股份占其所持公司股份的12.44%，占公司总股本的3.76%。\n";
        var e = extractor.extract(text);
        var t = e.payload().getTransactions();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(12.44);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(3.76);
        assertThat(e.missingFields()).doesNotContain("transactions[0].percentOfHolding");
    }

    @Test
    void aChineseReleaseOfAPledgeMadeOriginallyOnADateAndARepledgeWithItsTerm() {
        String text = "本公司於近日接到控股股東汀九集團有限公司（「汀九集團」）的通知，獲悉其所持有的本公司部分A股股份辦理了解除質押及再質押手續。\n"
                + "一、本次股份解除質押情況\n"
                + "汀九集團原於2022年6月8日質押予華興銀行股份有限公司深圳分行的本公司A股3,000萬股，已於2024年5月13日辦理完畢解除質押登記手續。"
                + "本次解除質押的股份佔汀九集團所持本公司股份的8.57%，佔本公司總股本的2.31%。\n"
                + "二、本次股份質押情況\n"
                + "汀九集團於2024年5月14日將其持有的本公司A股2,500萬股質押予東盛銀行股份有限公司廣州分行，質押期限自2024年5月14日起至2027年5月13日止。"
                + "本次質押股份佔汀九集團所持本公司股份的7.14%，佔本公司總股本的1.93%。\n"
                + "三、控股股東累計質押情況\n"
                + "截至本公告日，汀九集團持有本公司股份35,000萬股，佔本公司總股本129,870萬股的26.95%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 6, 8));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(8.57);
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2027, 5, 13));
    }

    @Test
    void twoHoldersWithTheirTermsPledgingTheirCountsOfSharesRespectively() {
        String text = "RULE 13.17 PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n"
                + "As security for the obligations of the Borrower under the Facility Agreement, on 3 December 2024, Glenmoor Resources"
                + " Limited (\"Glenmoor\") and Mdm. Tse Wai Ling (\"Mdm. Tse\"), who are parties acting in concert and together constitute"
                + " the controlling shareholders of the Company, pledged 60,000,000 Shares and 12,500,000 Shares in favour of Northgate"
                + " Credit Partners Limited, representing approximately 30.00% and 25.00% of their respective shareholdings and"
                + " approximately 5.71% and 1.19% of the total number of issued ordinary shares of the Company, respectively.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(60_000_000L, 12_500_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("Northgate Credit Partners Limited");
        // "Mdm." ends no sentence: each holder keeps its name and the sentence's date
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Glenmoor Resources Limited", "Mdm. Tse Wai Ling");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2024, 12, 3));
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(30.0, 25.0);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(5.71, 1.19);
    }

    @Test
    void aConcertPartyCalledYiZhiXingDongRenShiIsNoPartOfItsName() {
        String text = "本公司董事會獲本公司控股股東白石投資有限公司（「白石投資」）及其一致行動人士海灣發展有限公司（「海灣發展」）通知，"
                + "彼等已將其持有的股份質押予恒通財務有限公司。\n"
                + "控股股東質押股份詳情\n股東名稱\t質押股份數目\t質押開始日期\t質權人\n"
                + "白石投資\t84,000,000\t2024年10月8日\t恒通財務有限公司\n海灣發展\t20,000,000\t2024年10月8日\t恒通財務有限公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("白石投資有限公司", "海灣發展有限公司");
        // the concert party of the controlling shareholder is of the controlling group
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void percentageColumnsBeforeTheCountUnderAWrappedTabHeader() {
        String text = "本公司董事會獲本公司控股股東白石投資有限公司（「白石投資」）及其一致行動人士海灣發展有限公司（「海灣發展」）通知，"
                + "彼等已將其持有的股份質押予恒通財務有限公司。\n"
                + "股東名稱\t佔其所持\n股份比例\t佔本公司已發行\n股份總數比例\t質押股份數目\t質押開始日期\t質權人\n"
                + "白石投資\t25.00%\t10.27%\t84,000,000\t2024年10月8日\t恒通財務有限公司\n"
                + "海灣發展\t50.00%\t2.45%\t20,000,000\t2024年10月8日\t恒通財務有限公司\n"
                + "合計\t—\t12.72%\t104,000,000\t—\t—\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(84_000_000L, 20_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(25.0, 50.0);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(10.27, 2.45);
    }

    @Test
    void theSignOffAndAPageNumberAfterATableOneCellPerLineAreNoRow() {
        String text = "一、本次股份质押基本情况\n股东名称\n是否为控股股东\n本次质押股数\n质押起始日\n质权人\n"
                + "皖江控股集团有限公司\n是\n48,000,000\n2025年8月18日\n长淮证券股份有限公司\n"
                + "特此公告。\n\n安徽皖江精工股份有限公司董事会\n2025年8月20日\n\n                2\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("皖江控股集团有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(48_000_000L);
    }

    @Test
    void cellsWrappedRightBelowTheirFirstLineOneCellPerLine() {
        String text = "近日接到公司控股股东丰溪控股集团有限公司（以下简称“丰溪控股”）及实际控制人李国栋的通知。\n一、股东股份质押基本情况\n"
                + "股东名称\n是否为控股股东\n本次质押\n数量（万\n股）\n占其所持\n股份比例\n占公司总\n股本比例\n是否为\n限售股\n"
                + "质押起始日\n质押到期日\n质权人\n质押用途\n"
                + "丰溪控股\n是\n1,800\n9.47%\n2.25%\n否\n2024年9月10日\n2026年9月9日\n华鼎证券股份有限\n公司\n自身生产经营\n"
                + "李国栋\n是\n600\n12.50%\n0.75%\n是（高管\n锁定股）\n2024年9月11日\n2025年9月10日\n兴和银行股份有限公司\n丰城支行\n"
                + "个人资金需求\n合计\n-\n2,400\n10.08%\n3.00%\n-\n-\n-\n-\n-\n\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(18_000_000L, 6_000_000L);
        // the pledgee's suffix is the line below it, not the purpose's
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("华鼎证券股份有限公司", "兴和银行股份有限公司丰城支行");
        assertThat(t).extracting(PledgeTransaction::getPurpose).containsExactly("自身生产经营", "个人资金需求");
        // "是（高管" / "锁定股）" is one restricted-shares cell
        assertThat(t).extracting(PledgeTransaction::getRestrictedShares).containsExactly(false, true);
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2025, 9, 10));
    }

    @Test
    void aPledgeeFirstTableUnderAHeaderOfThreeTabRowsWithoutAHeading() {
        String text = "本公司董事會獲本公司控股股東林國棟先生（「林先生」）及其全資擁有之公司德昇投資有限公司（「德昇」）告知，"
                + "彼等已將其持有之若干本公司普通股（「股份」）質押予下列質權人。質押詳情如下：\n\n"
                + "\t\t質押股份\t\t佔本公司已發行\n質權人\t出質人\t數目\t佔出質人所持\t股份總數\n\t\t\t股份比例\t比例\t質押開始日期\t質押到期日\n"
                + "恒晉證券有限公司\t德昇\t85,000,000\t16.59%\t7.06%\t2024年8月2日\t2025年8月1日\n"
                + "富港財務有限公司\t林先生\t20,000,000\t42.74%\t1.66%\t2024年8月5日\t2025年2月4日\n"
                + "總計\t\t105,000,000\t—\t8.72%\n\n"
                + "於本公告日期，林先生直接持有46,800,000股股份。林先生及德昇為本公司控股股東（定義見上市規則）。\n";
        var t = extractor.extract(text).payload().getTransactions();
        // "其全資擁有之公司" describes the holder and is no part of its name
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("德昇投資有限公司", "林國棟先生");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("恒晉證券有限公司", "富港財務有限公司");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(85_000_000L, 20_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(16.59, 42.74);
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 2, 4));
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void anHShareTableOneCellPerLineWithAClassPercentageAndNamesOverThreeLines() {
        String text = "The Company has been notified by its controlling shareholder that Quanhai Harbour Investment (Hong Kong) Company"
                + " Limited has pledged part of the H shares of the Company held by it.\n\nDetails of the pledges are set out below:\n\n"
                + "Name of\nshareholder\nWhether the\ncontrolling\nshareholder\nClass of\nshares\nNumber of\nshares pledged\n"
                + "Percentage of\nshares held by\nthe pledgor\nPercentage of\ntotal issued\nH Shares\nPercentage of\ntotal share\n"
                + "capital of the\nCompany\nCommencement\ndate\nExpiry date\nPledgee\n"
                + "Quanhai Harbour\nInvestment (Hong Kong)\nCompany Limited\nYes\nH Shares\n36,000,000\n48.98%\n8.89%\n2.67%\n"
                + "12 November 2024\n11 November 2025\nPeakline Securities\nLimited\n"
                + "Quanhai Harbour\nInvestment (Hong Kong)\nCompany Limited\nYes\nH Shares\n12,600,000\n17.14%\n3.11%\n0.93%\n"
                + "15 November 2024\n14 May 2025\nOriental Harvest Bank\n(Hong Kong) Limited\nTotal\n48,600,000\n66.12%\n12.00%\n3.60%\n\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Quanhai Harbour Investment (Hong Kong) Company Limited");
        // "held by the pledgor" labels a percentage, not a pledgor's column before the pledgee's
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Peakline Securities Limited", "Oriental Harvest Bank (Hong Kong) Limited");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(36_000_000L, 12_600_000L);
        // the share of the issued H shares has no field: the third percentage is of the total share capital
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(48.98, 17.14);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(2.67, 0.93);
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.H);
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2025, 11, 11), LocalDate.of(2025, 5, 14));
    }

    @Test
    void neitherTheDirectorNorHisCompanyIsAControllingShareholder() {
        String text = "SHARE PLEDGE BY AN EXECUTIVE DIRECTOR\nThe Board was informed by Mr. Lau Chi Fung (\"Mr. Lau\"), an executive Director,"
                + " that on 2 June 2025, Bright Summit Ventures Limited (\"Bright Summit\"), wholly owned by Mr. Lau, pledged 15,600,000"
                + " ordinary shares of the Company in favour of Harbour Crest Securities Limited.\n"
                + "Neither Mr. Lau nor Bright Summit is a controlling shareholder (as defined in the GEM Listing Rules) of the Company.\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getControllingShareholder()).isFalse();
    }

    @Test
    void aTypeColumnSaysWhichRowIsTheReleaseAndWhichThePledge() {
        String text = "Redmarsh Energy Group Co., Ltd. (the \"Parent\"), the controlling shareholder, released a pledge and pledged"
                + " certain Domestic Shares.\nThe Parent is a controlling shareholder of the Company.\n\nDETAILS OF THE RELEASE AND THE PLEDGE\n\n"
                + "\t\t\tNumber of\t% of shares\t% of total\t\t\t\t\n"
                + "\tName of\tClass of\tshares\theld by the\tissued shares\tPledge start\tRelease\tExpiry\t\n"
                + "Type\tshareholder\tshares\tinvolved\tshareholder\tof the Company\tdate\tdate\tdate\tPledgee\n"
                + "Release\tthe Parent\tDomestic\t60,000,000\t15.00%\t6.00%\t9 May 2023\t22 April 2025\t—\tLanshui Rural Commercial Bank Co., Ltd.\n"
                + "Pledge\tthe Parent\tDomestic\t75,000,000\t18.75%\t7.50%\t23 April 2025\t—\t22 April 2027\tHuaxia Harbour Securities Co., Ltd.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.BOTH);
        var t = p.getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Redmarsh Energy Group Co., Ltd.");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2027, 4, 22));
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.DOMESTIC);
    }

    @Test
    void particularsWithALongPledgorValueAParticularOfNoFieldAndAnExpiryDateLabel() {
        String text = "CHARGE OVER SHARES BY CONTROLLING SHAREHOLDER\n\nThe Company was informed by Upwell Founders Holdings Limited"
                + " (the \"Chargor\"), a controlling shareholder of the Company, that the Chargor has executed a share charge.\n\n"
                + "Date of the Share Charge: 18 August 2025\n\n"
                + "Chargor: Upwell Founders Holdings Limited, which is owned as to 60% by Dr. Yu Wai Lam and as to 40% by Ms. Chung Mei Ki\n\n"
                + "Chargee: Eastlake Commercial Bank (Hong Kong) Limited\n\nNumber of Shares charged: 48,000,000 Shares\n\n"
                + "Percentage of the Shares held by the Chargor: approximately 12.80%\n\nPercentage of the total issued Shares: approximately 6.40%\n\n"
                + "Secured obligations: a term loan facility of HK$120,000,000 granted by the Chargee to the Chargor\n\n"
                + "Expiry date of the Share Charge: 17 August 2028\n\n"
                + "As at the date of this announcement, the Chargor is interested in 375,000,000 Shares, representing approximately 50.00% of"
                + " the total number of issued Shares.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Upwell Founders Holdings Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Eastlake Commercial Bank (Hong Kong) Limited");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(12.8);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(6.4);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2028, 8, 17));
    }

    @Test
    void aReleaseAsLabelAndValueLinesWithTheHoldersPositionBelowIt() {
        String text = "公司于2024年6月13日收到控股股东宁波瑞达投资控股有限公司（以下简称“瑞达控股”）的通知。\n\n二、本次股份解除质押的基本情况\n\n"
                + "股东名称\n瑞达控股\n本次解除质押股份（万股）\n1,800.00\n占其所持股份比例\n5.76%\n占公司总股本比例\n1.38%\n"
                + "原质押起始日\n2023年5月18日\n解除质押日期\n2024年6月13日\n质权人\n华泰证券股份有限公司\n"
                + "持股数量（万股）\n31,250.00\n持股比例\n24.04%\n剩余被质押股份数量（万股）\n10,300.00\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(18_000_000L);
        // the holder's position below is no part of the pledgee
        assertThat(t.get(0).getPledgee()).isEqualTo("华泰证券股份有限公司");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 18));
    }

    @Test
    void aReleaseTablesNoteGivesTheClass() {
        String text = "獲悉鼎湖投控此前質押予質權人的本公司部分A股股份已辦理完畢解除質押登記手續。\n"
                + "股東名稱\t本次解除質押股份數量\t質押起始日\t解除質押日期\t質權人\n"
                + "鼎湖投控\t18,000,000\t2023年6月12日\t2025年4月8日\t廣東粵信國際信託有限公司\n"
                + "註：上表中的股份均為本公司A股股份。\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void twoConcertPartiesRespectivelyUnderAChineseCompanyName() {
        String text = "ASHVALE HOLDINGS LIMITED\n雅韻控股有限公司\n(Stock Code: 1234)\nPLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n"
                + "The Board has been informed that on 9 October 2024, Radiant Peak Holdings Limited (\"Radiant Peak\") and Silver Osprey"
                + " Limited (\"Silver Osprey\"), being parties acting in concert and together the controlling shareholders of the Company,"
                + " pledged 60,000,000 Shares and 25,000,000 Shares, representing approximately 20.00% and 25.00% of their respective"
                + " shareholdings in the Company and approximately 6.25% and 2.60% of the total number of issued Shares, respectively,"
                + " in favour of Lionrock Securities Limited.\n"
                + "In this announcement, \"Shares\" means the ordinary shares of HK$0.01 each in the share capital of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Radiant Peak Holdings Limited", "Silver Osprey Limited");
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(20.0, 25.0);
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.ORDINARY);
    }

    @Test
    void aHolderNamedRightAfterItsDateAndATermInChineseNumeralsInALaterSentence() {
        String en = "Mr. Lo, through Ember Crest Investments Limited (\"Ember Crest\"), is interested in 612,000,000 ordinary shares"
                + " (the \"Shares\").\nAs a condition precedent, on 18 March 2024 Ember Crest executed a share charge in favour of the"
                + " Security Agent over 306,000,000 Shares held by it.\n";
        var charge = extractor.extract(en).payload().getTransactions();
        assertThat(charge).extracting(PledgeTransaction::getShares).containsExactly(306_000_000L);
        assertThat(charge.get(0).getPledgor()).isEqualTo("Ember Crest Investments Limited");
        String zh = "本公司董事會獲本公司控股股東德威投資有限公司（「德威投資」）知會，德威投資已於二零二四年三月五日將其實益擁有之102,000,000股"
                + "本公司普通股質押予寶輝證券有限公司。質押股份佔德威投資所持股份約32.00%，並佔本公司已發行股份總數約12.00%。"
                + "質押期限自二零二四年三月五日起至二零二五年三月四日止。\n";
        assertThat(extractor.extract(zh).payload().getTransactions().get(0).getExpiryDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        String dongshan = "作為本公司於融資協議項下責任之抵押，東山控股已於2025年7月15日以貸款人為受益人簽立股份押記，"
                + "將其持有之225,000,000股本公司普通股押記予貸款人。\n";
        assertThat(extractor.extract(dongshan).payload().getTransactions().get(0).getPledgor()).isEqualTo("東山控股");
    }

    @Test
    void aDirectorWithHisTitlesAndHisCompanyAreTogetherTheControllingShareholders() {
        String text = "The Board has been notified by Vale Summit Limited (\"Vale Summit\") and Mr. Ng Siu Fai (\"Mr. Ng\") that they have"
                + " pledged certain Shares.\n"
                + "Pledgee\tNumber of Shares pledged\tPledgor\tDate of pledge\n"
                + "Oriental Vista Securities Limited\t45,000,000\tVale Summit\t2 May 2024\n"
                + "Oriental Vista Securities Limited\t12,500,000\tMr. Ng\t8 May 2024\n\n"
                + "Mr. Ng, the chairman of the Board and an executive Director, and Vale Summit are together the controlling shareholders"
                + " of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void aPartialReleaseUnderATitleThatRanIntoTheReferenceToThePledge() {
        String text = "HIGHMOOR RESOURCES HOLDINGS LIMITED\n(Stock Code: 01977)\n\nPARTIAL RELEASE OF SHARES PLEDGED BY\nTHE CONTROLLING SHAREHOLDER\n\n"
                + "Reference is made to the announcement of the Company dated 18 September 2023 in relation to the pledge by Highmoor"
                + " Capital Limited (\"HCL\"), the controlling shareholder of the Company, of 50,000,000 ordinary shares of the Company"
                + " (the \"Shares\") in favour of Eastbridge Finance Limited (the \"Pledgee\") on 15 September 2023.\n"
                + "The Board has been notified by HCL that the Pledgee released 20,000,000 of the 50,000,000 pledged Shares on 9 April 2024.\n"
                + "The 20,000,000 Shares released represent approximately 6.25% of the 320,000,000 Shares held by HCL and approximately"
                + " 2.00% of the 1,000,000,000 Shares in issue as at the date of this announcement.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(20_000_000L);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(6.25);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.0);
    }

    @Test
    void eachHoldersShareOfItsHoldingInOneChineseSentenceAndADirectorsTitlesBeforeHisName() {
        String text = "本公司董事會獲本公司控股股東錦輝投資有限公司（「錦輝投資」）及本公司主席兼執行董事陳錦輝先生（「陳先生」）知會，"
                + "彼等已將其持有之若干股份質押予一家持牌放債人。質押詳情如下：\n\n"
                + "出質人\t質權人\t質押股份數目\t佔已發行股份總數百分比\t質押日期\n"
                + "錦輝投資有限公司\t恒信商業財務有限公司\t120,000,000股\t14.88%\t2024年7月3日\n"
                + "陳錦輝先生\t恒信商業財務有限公司\t15,500,000股\t1.92%\t2024年7月3日\n"
                + "合計\t\t135,500,000股\t16.80%\t\n\n"
                + "錦輝投資由陳先生全資實益擁有，故根據上市規則，陳先生及錦輝投資均為本公司之控股股東。"
                + "上述質押股份分別佔錦輝投資及陳先生各自所持股份約30.00%及50.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(30.0, 50.0);
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void aSubstantialShareholderButNotAControllingOneInBrackets() {
        String text = "PLEDGE OF SHARES\nOn 3 March 2025, Sterling Arch Limited (\"Sterling Arch\") pledged 100,000,000 Shares in favour"
                + " of Pinecrest Securities Limited.\nSterling Arch is a substantial shareholder (but not a controlling shareholder) of"
                + " the Company.\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getControllingShareholder()).isFalse();
    }

    @Test
    void twoChineseReleasesInOneParagraphAfterAColonAndTheHoldingsAfterThem() {
        String text = "本公司董事會近日接獲本公司控股股東豐源投資集團有限公司（「豐源投資」）及其一致行動人陳志遠先生的通知，"
                + "獲悉其所持有的本公司部分A股股份已辦理解除質押手續，具體如下：豐源投資於2024年11月5日將其原於2023年11月6日質押予中國銀河證券"
                + "股份有限公司的本公司A股18,500,000股辦理了解除質押登記；另外，陳志遠先生於2024年11月8日將其質押予招商銀行股份有限公司深圳分行"
                + "的本公司A股4,200,000股辦理了解除質押手續。\n截至本公告日期，豐源投資持有本公司A股300,000,000股，本次解除質押後其累計質押"
                + "本公司股份60,000,000股；陳志遠先生持有本公司A股20,000,000股，本次解除質押後其所持本公司股份已無質押。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(18_500_000L, 4_200_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("豐源投資集團有限公司", "陳志遠先生");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 11, 5));
    }

    @Test
    void aPageBreakWithTheIssuersNameInsideATableUnderATabbedNumberedHeading() {
        String text = "FERNCASTLE ENVIRONMENTAL TECHNOLOGY CO., LTD.\n\nThe Board received notices from Ferncastle Group.\n\n"
                + "1.\tBasic information on the pledge\n\n"
                + "Name of shareholder\tNumber of pledged shares\tCommencement date\tPledgee\n"
                + "Ferncastle Group\t12,000,000\tSeptember 12, 2024\tChina Merchants Securities Co., Ltd.\n"
                + "Ferncastle Group\t8,000,000\tSeptember 13, 2024\tIndustrial Bank Co., Ltd. Ganzhou Branch\n\n"
                + "– 2 –\n\nFERNCASTLE ENVIRONMENTAL TECHNOLOGY CO., LTD.\n\n"
                + "Lu Jianping\t3,000,000\tSeptember 13, 2024\tGuotai Junan Securities Co., Ltd.\n"
                + "Total\t23,000,000\t—\t—\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(12_000_000L, 8_000_000L, 3_000_000L);
        assertThat(t.get(2).getPledgor()).isEqualTo("Lu Jianping");
    }

    @Test
    void aNumberedHeadingWhoseNumberAndWordsThePdfPutOnLinesOfTheirOwn() {
        String text = "The Board received notices from Ferncastle Group.\n\n1.\nBasic information on the\npledge\n\n"
                + "Name of shareholder\tNumber of pledged shares\tCommencement date\tPledgee\n"
                + "Ferncastle Group\t12,000,000\tSeptember 12, 2024\tChina Merchants Securities Co., Ltd.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("China Merchants Securities Co., Ltd.");
    }

    @Test
    void tablesOneCellPerLineWithATypeColumnThePledgorAfterTheFiguresOrOnlyTheIssuersPercentage() {
        String typed = "Redmarsh Energy Group Co., Ltd. (the \"Parent\") released a pledge and pledged certain Domestic Shares.\n\n"
                + "DETAILS OF THE RELEASE AND THE PLEDGE\n\nType\nName of\nshareholder\nClass of\nshares\nNumber of\nshares involved\n"
                + "Pledge start\ndate\nRelease\ndate\nExpiry\ndate\nPledgee\n"
                + "Release\nthe Parent\nDomestic\n60,000,000\n9 May 2023\n22 April 2025\n—\nLanshui Rural Commercial\nBank Co., Ltd.\n"
                + "Pledge\nthe Parent\nDomestic\n75,000,000\n23 April 2025\n—\n22 April 2027\nHuaxia Harbour Securities Co., Ltd.\n\n";
        var t = extractor.extract(typed).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.DOMESTIC);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2023, 5, 9), LocalDate.of(2025, 4, 23));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2027, 4, 22));

        String pledgeeFirst = "PLEDGES OF SHARES BY CONTROLLING SHAREHOLDERS\nThe Board has been notified by Vale Summit Limited that it has pledged certain Shares. Particulars of the"
                + " pledges are set out below:\n\nPledgee\nNumber of Shares pledged\nPledgor\nDate of pledge\n"
                + "Approximate % of the\nPledgor's shareholding\nApproximate % of the\ntotal issued Shares\n"
                + "Oriental Vista Securities Limited\n45,000,000\nVale Summit Limited\n2 May 2024\n9.00%\n3.60%\n"
                + "Kingsgate Finance Company Limited\n30,000,000\nVale Summit Limited\n8 May 2024\n6.00%\n2.40%\n\n";
        t = extractor.extract(pledgeeFirst).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Vale Summit Limited");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Oriental Vista Securities Limited", "Kingsgate Finance Company Limited");

        String issuersShare = "彼等已將其持有之若干股份質押。質押詳情如下：\n\n出質人\n質權人\n質押股份數目\n佔已發行股份總數百分比\n質押日期\n"
                + "錦輝投資有限公司\n恒信商業財務有限公司\n120,000,000股\n14.88%\n2024年7月3日\n"
                + "陳錦輝先生\n恒信商業財務有限公司\n15,500,000股\n1.92%\n2024年7月3日\n\n";
        t = extractor.extract(issuersShare).payload().getTransactions();
        // a person's title ends his name: the pledgee on the next line is no part of it
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("錦輝投資有限公司", "陳錦輝先生");
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(14.88, 1.92);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsOnlyNulls();
    }

    @Test
    void aPledgeReferredToAndReleasedWholeInASentenceWithoutACount() {
        String text = "RELEASE OF SHARE CHARGE\nBY THE CONTROLLING SHAREHOLDER\n\nReference is made to the announcement of the Company dated"
                + " 15 March 2023 in relation to the share charge executed by Summit Oak Limited (\"Summit Oak\"), the controlling shareholder"
                + " of the Company, on 14 March 2023 in favour of Harbourgate Securities Limited (the \"Chargee\") over 210,000,000 ordinary"
                + " shares of the Company (the \"Charged Shares\").\n\nThe Board announces that it was notified by Summit Oak on 4 June 2025"
                + " that the Chargee has released and discharged the Share Charge over all of the Charged Shares with effect from 3 June 2025.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Summit Oak Limited");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void percentagesInPerCentAndAHolderNotControllingInTheNextSentencesPronoun() {
        String text = "SHARE PLEDGE BY A DIRECTOR\nOn 2 July 2025, Mr. Lau Wing Kei (\"Mr. Lau\") pledged 22,500,000 Shares in favour of"
                + " Kingsley Finance Limited.\nThe 22,500,000 pledged Shares represent approximately 62.5 per cent. of the 36,000,000 Shares"
                + " beneficially owned by Mr. Lau and approximately 4.5 per cent. of the total number of Shares in issue.\n"
                + "Mr. Lau is interested in approximately 7.2 per cent. of the issued Shares. He is not a controlling shareholder of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getPercentOfHolding()).isEqualTo(62.5);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(4.5);
        assertThat(t.getControllingShareholder()).isFalse();
    }

    @Test
    void aChineseReleaseAsColonLabelledLinesWithWhetherControlling() {
        String text = "本公司董事會接獲樂豐實業通知，該等質押已於2025年2月18日解除。有關詳情載列如下：\n\n"
                + "股東名稱：樂豐實業有限公司\n是否為控股股東：是\n本次解除質押股份數目：85,000,000股\n佔其所持股份比例：21.25%\n"
                + "佔本公司已發行股份總數比例：10.63%\n原質押日期：2022年7月5日\n解除日期：2025年2月18日\n質權人：東亞信安證券有限公司\n"
                + "餘下質押股份數目：0股\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(21.25);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 7, 5));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(t.get(0).getPledgee()).isEqualTo("東亞信安證券有限公司");
    }

    @Test
    void tabRowsWhoseFirstCellWrapsOntoALineWithoutTabsAndEveryPledgorControlling() {
        String text = "PLEDGES OF SHARES BY CONTROLLING SHAREHOLDERS\n\nDetails of the pledges are as follows:\n\n"
                + "Name of pledgor\tNumber of Shares pledged\t% of total issued Shares\tDate of pledge\tPledgee\n"
                + "Emberford Capital\t150,000,000\t12.50%\t3 June 2024\tGrand Meridian Bank Limited\nInvestments Limited\n"
                + "Mr. Lau Wing\t20,000,000\t1.67%\t3 June 2024\tGrand Meridian Bank Limited\nKwok\n"
                + "Total\t170,000,000\t14.17%\n\n"
                + "Each of the Pledgors is a controlling shareholder of the Company or a party acting in concert with one.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Emberford Capital Investments Limited", "Mr. Lau Wing Kwok");
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
    }

    @Test
    void aSecondPledgesSuchSharesRepresentItsTermInTheNextSentenceAndSharesDefinedInATable() {
        String text = "PLEDGES OF SHARES BY CONTROLLING SHAREHOLDER\n"
                + "On 12 May 2025, Kestrel Ridge Holdings Limited executed a share pledge in favour of Wing Tai Commercial Bank Limited over"
                + " 150,000,000 Shares, representing approximately 19.84% of the Shares held by it. The pledge was created to secure a"
                + " term loan facility, and will remain in effect until 11 May 2027, being the final maturity date of the facility.\n\n"
                + "Separately, on 20 May 2025, Kestrel Ridge Holdings Limited pledged a further 90,000,000 Shares to Pacific Crown Bank"
                + " (Hong Kong) Limited. Such 90,000,000 Shares represent approximately 11.90% of the Shares held by Kestrel Ridge Holdings"
                + " Limited and approximately 7.21% of the total number of issued Shares.\n\n"
                + "DEFINITIONS\n\"Shares\"\tordinary share(s) of HK$0.01 each in the share capital of the Company\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(150_000_000L, 90_000_000L);
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2027, 5, 11));
        assertThat(t.get(1).getExpiryDate()).isNull();
        assertThat(t.get(1).getPercentOfHolding()).isEqualTo(11.9);
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.ORDINARY);
    }

    @Test
    void aPercentageOfTheSharesInWhichTheHolderIsInterested() {
        String text = "PLEDGE OF SHARES\nOn 2 December 2024 Madam Ho Wai Ling pledged 98,720,000 ordinary shares of the Company (representing"
                + " approximately 20.57% of the Shares in which she is interested and approximately 12.34% of the total number of issued"
                + " Shares as at the date of this announcement) in favour of Harbour Crest Bank Limited.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(20.57);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(12.34);
    }

    @Test
    void aTermWhoseFirstLineEndsInAWordThatClosesAPurpose() {
        String text = "一、本次股份质押基本情况\n股东名称\n是否为控股股东\n本次质押股数\n质押起始日\n质押到期日\n质权人\n质押用途\n"
                + "李广耀\n是\n6,000,000\n2024年8月28日\n至办理解除质押\n登记之日\n国泰君安证券股份有限公司\n个人资金需求\n\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t.get(0).getExpiryText()).isEqualTo("至办理解除质押登记之日");
        assertThat(t.get(0).getPledgee()).isEqualTo("国泰君安证券股份有限公司");
        assertThat(t.get(0).getPurpose()).isEqualTo("个人资金需求");
    }

    @Test
    void theSharesOfAnAnnouncementHeadedByAnAShareCodeAreAShares() {
        String table = "股东名称\t是否为控股股东\t本次质押股数\t质押起始日\t质权人\t占其所持股份比例\t占公司总股本比例\n"
                + "威克控股\t是\t32,000,000\t2025年10月20日\t兴岳证券股份有限公司\t7.90%\t2.37%\n";
        String notice = "近日接到公司控股股东威克控股的通知，获悉威克控股将其所持有的公司部分股份办理了质押业务，具体事项如下：\n";
        var a = extractor.extract("证券代码：002951\t证券简称：威克海文\t公告编号：2025-087\n" + notice + table).payload().getTransactions();
        assertThat(a.get(0).getShareClass()).isEqualTo(ShareClass.A);
        String en = "Stock code: 603912\tStock abbreviation: Eastvale Energy\nI. PLEDGE OF SHARES\n"
                + "Name of shareholder\tWhether a controlling shareholder\tNumber of shares pledged\tCommencement date\tPledgee\n"
                + "Eastvale Group\tYes\t35,000,000\t18 June 2024\tIndustrial Bank Co., Ltd.\n";
        assertThat(extractor.extract(en).payload().getTransactions().get(0).getShareClass()).isEqualTo(ShareClass.A);
        // a Hong Kong code (five digits) or a B-share code (200xxx) says nothing of the class
        assertThat(extractor.extract("（股份代號：09786）\n" + notice + table).payload().getTransactions().get(0).getShareClass()).isNull();
        assertThat(extractor.extract("证券代码：200951\n" + notice + table).payload().getTransactions().get(0).getShareClass()).isNull();
    }

    @Test
    void aClassOfSharesColumnAndAPledgeeWhoseSuffixWrappedOntoALineOfItsOwn() {
        String text = "On June 17, 2025, the Company received a notice from its controlling shareholder, Hubei Tianrun Industrial Group Co., Ltd., "
                + "informing the Company that part of the A shares of the Company held by it have been pledged, and part of the A shares "
                + "previously pledged by it have been released from pledge.\n"
                + "I. BASIC INFORMATION OF THE PLEDGE OF SHARES\nName of shareholder\nWhether a controlling\nshareholder\nNumber of\npledged shares\n"
                + "Class of\nshares\nCommencement\ndate of the\npledge\nPledgee\nProportion\nto the\nnumber of\nshares held\nProportion to\n"
                + "the total share\ncapital\nPurpose of\nthe pledge\n"
                + "Hubei Tianrun\nIndustrial Group\nCo., Ltd.\nYes\n24,000,000\nA Shares\nJune 16, 2025\nChangjiang Everbright\nSecurities Co., Ltd.\n"
                + "4.80%\n1.92%\nReplenishing\nworking capital\n"
                + "II. BASIC INFORMATION OF THE RELEASE OF PLEDGE OF SHARES\n"
                + "Name of shareholder\tNumber of shares released\tProportion to shares held\tProportion to the total share capital\tDate of release\tPledgee\n"
                + "Hubei Tianrun Industrial Group Co., Ltd.\t36,000,000\t7.20%\t2.88%\tJune 16, 2025\tJianghan Rural Commercial Bank Co., Ltd.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
        assertThat(t.get(0).getPledgee()).isEqualTo("Changjiang Everbright Securities Co., Ltd.");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(4.8);
        assertThat(t.get(0).getPurpose()).isEqualTo("Replenishing working capital");
        // the release table names no class and no controlling flag: the announcement's words give both
        assertThat(t.get(1).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(1).getShareClass()).isEqualTo(ShareClass.A);
        assertThat(t.get(1).getControllingShareholder()).isTrue();
    }

    @Test
    void aHolderSaidToBeTheControllingShareholderLaterInItsSentenceAndPercentagesInTwoSentences() {
        var t = extractor.extract("Accordingly, on 18 March 2024, Grand Pinnacle Holdings Limited (\"Grand Pinnacle\"), as chargor, executed a share "
                + "charge in favour of Pacific Orient Bank (Hong Kong) Limited over 300,000,000 ordinary shares of the Company held by it. "
                + "Grand Pinnacle is the registered and beneficial owner of 720,000,000 shares of the Company, representing 60.00% of the "
                + "1,200,000,000 shares in issue, and is therefore a controlling shareholder (as defined in the Listing Rules) of the Company. "
                + "The Charged Shares represent approximately 41.67% of the shares held by Grand Pinnacle. In terms of the Company as a whole, "
                + "the Charged Shares represent 25.00% of the total number of issued shares as at the date of this announcement.")
                .payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(41.67);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(25.0);
    }

    @Test
    void aReleaseTableOnItsSideWithRowsLabelledByTheShortWordForRelease() {
        String text = "公司于2025年3月13日收到控股股东江南集团的通知，获悉其将所持有的部分公司无限售条件流通A股办理了解除质押手续。\n"
                + "一、本次股份解除质押的基本情况\n"
                + "股东名称\t江南装备集团有限公司\t江南装备集团有限公司\n本次解质股份（万股）\t2,800\t1,500\n占其所持股份比例\t3.77%\t2.02%\n"
                + "占公司总股本比例\t1.51%\t0.81%\n解质时间\t2025年3月12日\t2025年3月13日\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(x -> x.getShares()).containsExactly(28_000_000L, 15_000_000L);
        assertThat(t).extracting(x -> x.getPercentOfHolding()).containsExactly(3.77, 2.02);
        assertThat(t).extracting(x -> x.getReleaseDate()).containsExactly(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 13));
        assertThat(t).extracting(x -> x.getShareClass()).containsExactly(ShareClass.A, ShareClass.A);
    }

    @Test
    void aClassColumnBetweenTheNameAndTheFiguresIsNoPartOfTheName() {
        String text = "DETAILS OF THE PLEDGE\n"
                + "Name of pledgor\tClass of shares\tControlling shareholder\tNumber of shares pledged\tPercentage of shares held\t"
                + "Percentage of total issued shares\tPledgee\n"
                + "Fujian Wuyi Holdings Group Co., Ltd.\tH Shares\tYes\t12,000,000\t3.81%\t1.33%\tChina Construction Bank (Asia) Corporation Limited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Fujian Wuyi Holdings Group Co., Ltd.");
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.H);
        assertThat(t.get(0).getShares()).isEqualTo(12_000_000L);
    }

    @Test
    void oneSentenceWithPairedFiguresAndRespectivelyIsTwoPledges() {
        var t = extractor.extract("Victoria Commerce Bank Limited (\"VCB\") and Kowloon Union Bank Limited (\"KUB\", and together with VCB, the "
                + "\"Banks\") granted the facilities. As security for the Facilities, Emerald Crest Holdings Limited (\"Emerald Crest\"), the controlling "
                + "shareholder of the Company, executed share charges on 11 April 2025 and 14 April 2025 over 230,000,000 and 115,000,000 "
                + "ordinary shares of the Company held by it, representing approximately 20.00% and 10.00% of the Shares held by Emerald Crest "
                + "and approximately 11.50% and 5.75% of the total number of issued Shares, in favour of VCB and KUB, respectively.")
                .payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(x -> x.getShares()).containsExactly(230_000_000L, 115_000_000L);
        assertThat(t).extracting(x -> x.getStartDate()).containsExactly(LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 14));
        assertThat(t).extracting(x -> x.getPercentOfTotalShareCapital()).containsExactly(11.5, 5.75);
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("Victoria Commerce Bank Limited", "Kowloon Union Bank Limited");
        assertThat(t.get(0).getPurpose()).isEqualTo("As security for the Facilities");
    }

    @Test
    void aRelationshipColumnBetweenThePledgorAndTheFiguresMarksTheControllingGroup() {
        String text = "控股股東及其一致行動人士質押股份\n\n"
                + "同富投資及林先生已分別於2025年9月22日及2025年9月23日將彼等所持有之本公司普通股質押予下列質權人。質押詳情如下：\n\n"
                + "質押人\t與控股股東\t質押股份數目\t佔其所持股份\t佔本公司已發行\t質押日期\t質權人\t質押用途\n"
                + "\t之關係\t\t之百分比\t股份總數之百分比\n"
                + "同富投資有限公司\t控股股東\t150,000,000\t13.89%\t6.25%\t2025年9月22日\t嘉隆財務有限公司\t為同富投資之貸款提供擔保\n"
                + "林德富先生\t一致行動人士（附註1）\t30,000,000\t31.25%\t1.25%\t2025年9月23日\t瑞豐證券有限公司\t為同富投資之貸款提供擔保\n"
                + "合計\t\t180,000,000\t15.31%（附註2）\t7.50%\t\t\t\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("同富投資有限公司", "林德富先生");
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
        assertThat(t).extracting(x -> x.getShares()).containsExactly(150_000_000L, 30_000_000L);
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("嘉隆財務有限公司", "瑞豐證券有限公司");
    }

    @Test
    void labelledLinesAlignedBySpacesWhoseLabelsWrapAboveTheirLastLineAndTheTemplatesQuestions() {
        String text = "EXTENSION OF SHARE PLEDGE BY THE CONTROLLING SHAREHOLDER\n\n"
                + "1. PARTICULARS OF THE EXTENDED PLEDGE\n\n"
                + "Name of shareholder:                 Nutfield Holdings Group Co., Ltd.\n"
                + "Whether a controlling shareholder\n"
                + "or its party acting in concert:      Yes (controlling shareholder)\n"
                + "Number of shares subject to the\n"
                + "extension:                           52,000,000 A shares\n"
                + "Whether restricted shares:           No\n"
                + "Whether supplemental pledge:         No\n"
                + "Commencement date of the pledge:     21 November 2024\n"
                + "Expiry date after the extension:     19 November 2026\n"
                + "Pledgee:                             Zhongyuan Xinda Securities Co., Ltd.\n"
                + "Percentage of its shareholding:      9.06%\n"
                + "Percentage of the total share\n"
                + "capital of the Company:              2.54%\n"
                + "The pledged shares are not used as security for any major asset restructuring or performance compensation undertaking.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Nutfield Holdings Group Co., Ltd.");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getShares()).isEqualTo(52_000_000L);
        assertThat(t.get(0).getRestrictedShares()).isFalse();
        assertThat(t.get(0).getSupplementalPledge()).isFalse();
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.54);
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void aReleasesSubjectThatActsAsChargeeIsThePledgeeAndTheHolderOfTheSharesThePledgor() {
        String text = "Reference is made to the announcements in relation to the charges over Shares created by Silver Anchor Holdings "
                + "Limited (\"Silver Anchor\"), the controlling shareholder of the Company.\n\nRELEASE OF THE SHARE CHARGES\n\n"
                + "The board of directors of the Company (the \"Board\") has been informed by Silver Anchor that:\n"
                + "(a) on 3 November 2025, Keystone Harbour Bank Limited, as chargee, released the charge dated 10 March 2023 over 180,000,000\n"
                + "Shares held by Silver Anchor, representing approximately 32.73% of the Shares held by Silver Anchor and approximately\n"
                + "16.36% of the total number of issued Shares as at the date of this announcement; and\n"
                + "(b) on 5 November 2025, Meridale Capital Finance Limited, as chargee, released the charge dated 2 September 2024 over\n"
                + "95,000,000 Shares held by Silver Anchor, representing approximately 8.64% of the total number of issued Shares.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getAction()).containsExactly(PledgeAction.RELEASE, PledgeAction.RELEASE);
        assertThat(t).extracting(x -> x.getPledgor()).containsOnly("Silver Anchor Holdings Limited");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("Keystone Harbour Bank Limited", "Meridale Capital Finance Limited");
        assertThat(t).extracting(x -> x.getReleaseDate()).containsExactly(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5));
    }

    @Test
    void aConcertPartyTheColumnMarksNotControllingIsOfTheControllingGroup() {
        String text = "关于控股股东及其一致行动人部分股份质押的公告\n\n"
                + "公司于2025年12月4日收到控股股东沐阳集团有限公司（以下简称“沐阳集团”）及其一致行动人沐阳创新投资有限公司（以下简称“沐阳创新”）的通知，"
                + "获悉其将所持有的部分公司股份办理了质押业务，具体情况如下：\n\n"
                + "股东名称\t是否为控股股东\t本次质押股数（股）\t质押起始日\t质押到期日\t质权人\n"
                + "沐阳集团有限公司\t是\t32,000,000\t2025年12月3日\t2026年12月2日\t中国银河证券股份有限公司\n"
                + "沐阳创新投资有限公司\t否\t15,000,000\t2025年12月4日\t2027年12月3日\t深圳市高新投融资担保有限公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getShares()).containsExactly(32_000_000L, 15_000_000L);
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
        var notInGroup = extractor.extract(text.replace("及其一致行动人沐阳创新投资有限公司（以下简称“沐阳创新”）", "及股东沐阳创新投资有限公司"))
                .payload().getTransactions();
        assertThat(notInGroup).extracting(x -> x.getControllingShareholder()).containsExactly(true, false);
    }

    @Test
    void aTableWhoseCellsAreKeptApartByRunsOfSpaces() {
        String text = "一、股东股份质押基本情况\n\n"
                + "股东名称    是否为控股股东    本次质押数量（万股）    占其所持股份比例    占公司总股本比例    质押起始日    质权人\n"
                + "崇源控股集团有限公司    是    3,600    8.73%    2.84%    2025年9月10日    华泰证券股份有限公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("崇源控股集团有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(36_000_000L);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.84);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(t.get(0).getPledgee()).isEqualTo("华泰证券股份有限公司");
    }

    private static final String CHARGORS_TABLE = "控股股東押記股份\n"
            + "本公司董事會獲本公司控股股東明輝投資有限公司（「明輝投資」）及海德環球有限公司（「海德環球」，連同明輝投資統稱「押記人」）知會，"
            + "於2025年8月5日，押記人各自以泓峰證券有限公司（「承押記人」）為受益人簽立股份押記，將其各自持有的本公司普通股押記予承押記人，"
            + "PURPOSE。\n\n"
            + "根據股份押記所押記股份的詳情載列如下：\n\n"
            + "押記人\t於本公告日期\t已押記\t佔押記人所持\t佔本公司已發行\n"
            + "\t所持股份數目\t股份數目\t股份概約百分比\t股份總數概約百分比\n"
            + "明輝投資有限公司\t860,000,000\t300,000,000\t34.88%\t15.00%\n"
            + "海德環球有限公司\t240,000,000\t120,000,000\t50.00%\t6.00%\n";

    @Test
    void theOnePurposeTheChargesSentenceGivesIsEveryTableRowsPurpose() {
        var t = extractor.extract(CHARGORS_TABLE.replace("PURPOSE", "作為承押記人向明輝投資授出的貸款融資之抵押")).payload().getTransactions();
        assertThat(t).extracting(x -> x.getShares()).containsExactly(300_000_000L, 120_000_000L);
        assertThat(t).extracting(x -> x.getPurpose()).containsOnly("作為承押記人向明輝投資授出的貸款融資之抵押");
    }

    @Test
    void aPurposeThatIsDeniedRecalledOrOneOfTwoIsGivenToNoTableRow() {
        String denied = CHARGORS_TABLE.replace("PURPOSE", "有關股份並無作為任何重大資產重組之擔保");
        String two = CHARGORS_TABLE.replace("PURPOSE", "作為承押記人向明輝投資授出的貸款融資之抵押")
                + "\n海德環球之押記作為承押記人向海德環球授出的孖展融資之抵押。\n";
        String recalled = CHARGORS_TABLE.replace("於2025年8月5日", "誠如先前公告所披露，於2025年8月5日")
                .replace("PURPOSE", "作為承押記人向明輝投資授出的貸款融資之抵押");
        for (String text : java.util.List.of(denied, two, recalled)) {
            var t = extractor.extract(text).payload().getTransactions();
            assertThat(t).extracting(x -> x.getShares()).containsExactly(300_000_000L, 120_000_000L);
            assertThat(t).extracting(x -> x.getPurpose()).containsOnlyNulls();
        }
    }

    @Test
    void particularsWrittenAsLabelledLinesWithAWrappedLabel() {
        String text = "The Board has been notified by Madam Chiu Yuet Ngor (\"Madam Chiu\"), a substantial shareholder, that she has pledged "
                + "part of the ordinary shares of the Company (the \"Shares\") held by her.\nPARTICULARS OF THE PLEDGE\n"
                + "Pledgor:\tMadam Chiu Yuet Ngor\n"
                + "Pledgee:\tSun Hing Finance Company Limited, a licensed money lender under the\n\tMoney Lenders Ordinance\n"
                + "Number of pledged Shares:\t180,000,000 Shares\n"
                + "Percentage of the Shares\tapproximately 57.69%\nin which Madam Chiu is\ninterested:\n"
                + "Percentage of the total number\t7.50%\nof issued Shares:\n"
                + "Date of pledge:\t9 September 2025\n"
                + "Term of pledge:\tUntil the registration of the release of the pledge is completed\n"
                + "Madam Chiu is not a controlling shareholder of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.PLEDGE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Madam Chiu Yuet Ngor");
        assertThat(t.get(0).getPledgee()).isEqualTo("Sun Hing Finance Company Limited");
        assertThat(t.get(0).getShares()).isEqualTo(180_000_000L);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(57.69);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(7.5);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(t.get(0).getControllingShareholder()).isFalse();
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
    }

    @Test
    void tableCellsThatGiveThePartiesByTheirDefinedTermsGetTheFullNames() {
        String text = "Reference is made to the share charge executed by Ridgeline Investments Limited (\"Ridgeline\"), the controlling "
                + "shareholder, in favour of Po Sang Commercial Bank Limited (the \"Lender\").\nPARTIAL RELEASE OF THE SHARE CHARGE\n"
                + "Chargor\tChargee\tNumber of Charged Shares released\tPercentage of Shares held\tPercentage of issued Shares\tDate of release\n"
                + "Ridgeline\tthe Lender\t240,000,000\t25.00%\t15.00%\t22 July 2025\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Ridgeline Investments Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Po Sang Commercial Bank Limited");
    }

    @Test
    void aFirstCellWrappedOntoALineWithoutTabsAndAClassNamedBeforeRespectively() {
        String text = "公司近日接到股东通知，获悉其将所持有的公司部分A股股份分别质押予两家机构，具体情况如下：\n"
                + "股东名称\t是否为控股股东\t本次质押数量\t占其所持股份比例\t占公司总股本比例\t质押起始日\t质押到期日\t质权人\n"
                + "深圳前海瑞丰创业投资合伙\t否\t12,800,000\t20.00%\t1.60%\t2025年10月20日\t2026年10月19日\t湘江信托有限责任公司\n"
                + "企业（有限合伙）\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("深圳前海瑞丰创业投资合伙企业（有限合伙）");
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void aChineseActorDescribedAndDatedInAClauseOfItsOwnAndNotControllingAfterItsRoles() {
        String text = "本公司董事會獲本公司非執行董事何志堅先生（「何先生」）告知，其全資擁有的投資控股公司堅峰投資有限公司（「堅峰」）"
                + "已於2025年11月3日以德輔銀行有限公司（「承押人」）為受益人訂立股份押記，將其持有的210,000,000股本公司普通股（「股份」）"
                + "（佔堅峰所持股份約70.00%及本公司已發行股份總數約17.50%）押記予承押人，作為承押人向堅峰授出定期貸款融資的抵押品。\n"
                + "堅峰及何先生均為本公司的主要股東（定義見上市規則），惟並非本公司的控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("堅峰投資有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("德輔銀行有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(210_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(70.0);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(17.5);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(t.get(0).getControllingShareholder()).isFalse();
    }

    @Test
    void aLonePledgeTakesThePledgeeTheTextDefinesAndTheDateItWasCreatedOn() {
        String text = "The Board has been notified by Mr. Lam Chi Fung (\"Mr. Lam\"), a substantial shareholder of the Company, that he has "
                + "pledged part of the ordinary shares of the Company (the \"Shares\") beneficially owned by him.\n"
                + "1.     Who is the pledgee?\n"
                + "       The pledgee is Pak Shek Finance Limited (the \"Pledgee\"), a company holding a money lenders licence.\n"
                + "2.     How many Shares are pledged?\n"
                + "       Mr. Lam has pledged 96,000,000 Shares (the \"Pledged Shares\"), representing approximately 40.00% of the Shares held by\n"
                + "       him and approximately 6.40% of the total number of issued Shares.\n"
                + "3.     When was the Pledge created?\n"
                + "       The Pledge was created on 15 September 2025 by way of a share charge executed by Mr. Lam in favour of the Pledgee.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(96_000_000L);
        assertThat(t.get(0).getPledgee()).isEqualTo("Pak Shek Finance Limited");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(40.0);
    }

    @Test
    void aPercentageOfTheHSharesHeldAndTheClassInATablesNote() {
        var h = extractor.extract("The Board was informed by Lushan Capital (HK) Limited (\"Lushan Capital HK\"), one of the controlling shareholders "
                + "of the Company, that on 28 November 2025, Lushan Capital HK pledged an aggregate of 58,000,000 H Shares (the \"Pledged Shares\") "
                + "in favour of Victoria Harbour Securities Limited as security for a margin loan facility.\n"
                + "The Pledged Shares represent approximately 40.00% of the H Shares held by Lushan Capital HK, approximately 19.33% of the total "
                + "number of issued H Shares and approximately 7.25% of the total number of issued shares of the Company.\n")
                .payload().getTransactions();
        assertThat(h).hasSize(1);
        assertThat(h.get(0).getPercentOfHolding()).isEqualTo(40.0);
        assertThat(h.get(0).getPercentOfTotalShareCapital()).isEqualTo(7.25);
        assertThat(h.get(0).getShareClass()).isEqualTo(ShareClass.H);

        var a = extractor.extract("公司近日接到控股股东通知，获悉其所持有的本公司部分股份被质押，具体事项如下：\n"
                + "股东名称\t是否为控股股东\t本次质押数量\t占其所持股份比例\t占公司总股本比例\t质押起始日\t质押到期日\t质权人\n"
                + "杭州千岛控股集团有限公司\t是\t3,840\t10.00%\t3.20%\t2025年11月10日\t2026年11月9日\t浙商证券股份有限公司\n"
                + "注：本次质押股份均为无限售流通A股。\n").payload().getTransactions();
        assertThat(a).hasSize(1);
        assertThat(a.get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void aReleaseTableWithThePledgeeColumnBeforeThePledgorAndWrappedNames() {
        String text = "Reference is made to the pledges created by Pearl Bay Ventures Limited (\"Pearl Bay\"), the controlling shareholder of "
                + "the Company, over 240,000,000 ordinary shares of HK$0.10 each in the share capital of the Company (the \"Shares\").\n"
                + "RELEASE OF THE PLEDGES\nEach of the pledgees has released all the Shares pledged in its favour. Details of the releases are as follows:\n"
                + "\t\tNumber of\tApproximate\tApproximate\n\t\tordinary\tpercentage of\tpercentage of the\n"
                + "\t\tShares\tthe Shares held\ttotal number of\n"
                + "Pledgee\tPledgor\treleased\tby the pledgor\tissued Shares\tDate of release\n"
                + "Harbour Meridian Capital\tPearl Bay Ventures\t150,000,000\t20.83%\t10.00%\t3 October 2025\nLimited\tLimited\n"
                + "Lantau Commercial Bank\tPearl Bay Ventures\t90,000,000\t12.50%\t6.00%\t6 October 2025\nLimited\tLimited\n"
                + "Total\t\t240,000,000\t33.33%\t16.00%\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.RELEASE);
        var t = p.getTransactions();
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("Harbour Meridian Capital Limited", "Lantau Commercial Bank Limited");
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("Pearl Bay Ventures Limited", "Pearl Bay Ventures Limited");
        assertThat(t).extracting(x -> x.getShares()).containsExactly(150_000_000L, 90_000_000L);
        assertThat(t).extracting(x -> x.getReleaseDate()).containsExactly(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 6));
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
    }

    @Test
    void oneCellPerLineTheSecondLinesOfWrappedCellsCompleteTheCellsThatWereCut() {
        String text = "公司近日接到控股股东佛山南嶺投資控股有限公司的通知，获悉其所持有的本公司部分A股股份被质押，具体事项如下：\n"
                + "股東名稱\n是否為控股股東\n本次質押數量（萬股）\n占其所持股份比例\n占公司總股本比例\n是否為限售股\n是否為補充質押\n"
                + "質押起始日\n質押到期日\n質權人\n質押用途\n"
                + "佛山南嶺投資控股\n是\n2,700\n6.00%\n1.80%\n否\n否\n2025年9月2日\n2026年9月1日\n中國光大銀行股份\n償還債務\n"
                + "有限公司\n有限公司佛山分行\n"
                + "佛山南嶺投資控股\n是\n900\n2.00%\n0.60%\n否\n是\n2025年9月4日\n至辦理解除質押\n廣東順德農村商業\n補充質押\n"
                + "有限公司\n登記手續之日止\n銀行股份有限公司\n合計\n－\n3,600\n8.00%\n2.40%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("佛山南嶺投資控股有限公司", "佛山南嶺投資控股有限公司");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("中國光大銀行股份有限公司佛山分行", "廣東順德農村商業銀行股份有限公司");
        assertThat(t).extracting(x -> x.getPurpose()).containsExactly("償還債務", "補充質押");
        assertThat(t.get(1).getExpiryText()).isEqualTo("至辦理解除質押登記手續之日止");
    }

    @Test
    void oneCellPerLineTwoNamesBeforeTheFiguresAreThePartiesInTheHeadersOrderWithTheirSecondLinesAfter() {
        String text = "KC Holdings has informed the Company that the pledges over the Shares have been released as follows:\n"
                + "Number of\nShares\nDate of\nreleased from\nheld by the\nnumber of\nPledgor\nPledgee\nrelease\npledge\npledgor\nissued Shares\n"
                + "Kai Cheung Holdings\nChina CITIC Bank\n4 August 2025\n180,000,000\n18.75%\n11.25%\nLimited\nInternational Limited\n"
                + "Kai Cheung Holdings\nGuotai Junan Securities\n5 August 2025\n100,000,000\n10.42%\n6.25%\nLimited\n(Hong Kong) Limited\n"
                + "Total\n280,000,000\n29.17%\n17.50%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("Kai Cheung Holdings Limited", "Kai Cheung Holdings Limited");
        assertThat(t).extracting(x -> x.getPledgee())
                .containsExactly("China CITIC Bank International Limited", "Guotai Junan Securities (Hong Kong) Limited");
        assertThat(t).extracting(x -> x.getReleaseDate()).containsExactly(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 5));
        assertThat(t).extracting(x -> x.getShares()).containsExactly(180_000_000L, 100_000_000L);
    }

    @Test
    void tabRowsWrappedOverFourLinesWithADateCutBeforeItsYearAndAHolderNamedWithItsMarkAndChineseName() {
        String text = "The Board has been informed by Shandong Bohai Shipping Investment Co., Ltd.* (山東渤海航運投資有限公司) "
                + "(\"Bohai Shipping\"), a substantial shareholder of the Company, that it has pledged certain Domestic Shares and H Shares "
                + "of the Company held by it.\n"
                + "\tClass of\tNumber of\tApproximate %\tApproximate %\t\t\t\n"
                + "Pledgor\tshares pledged\tpledged shares\tof shares held by the pledgor\tof total issued shares\tPledge date\tPledgee\tPurpose\n"
                + "Shandong Bohai\tDomestic\t120,000,000\t40.00%\t7.50%\t2 September\tYantai Rural\tReplenishing\n"
                + "Shipping\tShares\t\t\t\t2025\tCommercial Bank\tworking capital\n"
                + "Investment Co.,\t\t\t\t\t\tCo., Ltd.\t\n"
                + "Ltd.\t\t\t\t\t\t\t\n"
                + "Total\t\t120,000,000\t40.00%\t7.50%\t\t\t\n"
                + "Bohai Shipping is a substantial shareholder of the Company but is not a controlling shareholder of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Shandong Bohai Shipping Investment Co., Ltd.");
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.DOMESTIC);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(t.get(0).getPledgee()).isEqualTo("Yantai Rural Commercial Bank Co., Ltd.");
        assertThat(t.get(0).getPurpose()).isEqualTo("Replenishing working capital");
        assertThat(t.get(0).getControllingShareholder()).isFalse();
    }

    @Test
    void aPledgeesFirstLineAboveItsRowAnAliasInPlainQuotesAndTheClassOfAllTheHoldersShares() {
        String text = "公司近日接到公司控股股东厦门鹭江投资控股有限公司（以下简称\"鹭江控股\"）的通知，获悉鹭江控股将其所持有的公司部分股份办理了解除质押。\n"
                + "股东名称\t是否为控股股东\t本次解除质押股份数量（万股）\t占其所持股份比例\t占公司总股本比例\t起始日\t解除日期\t质权人\n"
                + "鹭江控股\t是\t1,200.00\t9.52%\t2.86%\t2024年3月15日\t2025年9月1日\t兴业证券股份有限公司\n"
                + "\t\t\t\t\t\t\t中国银河证券股份\n"
                + "鹭江控股\t是\t800.00\t6.35%\t1.90%\t2024年6月20日\t2025年9月2日\t有限公司\n"
                + "合计\t-\t2,000.00\t15.87%\t4.76%\t-\t-\t-\n"
                + "注：鹭江控股所持公司股份均为无限售条件流通A股。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("厦门鹭江投资控股有限公司", "厦门鹭江投资控股有限公司");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("兴业证券股份有限公司", "中国银河证券股份有限公司");
        assertThat(t).extracting(x -> x.getShareClass()).containsExactly(ShareClass.A, ShareClass.A);
    }

    @Test
    void aHolderTheTableNamesBareGetsTheTitleTheTextGivesHim() {
        String text = "The Company received notices from its controlling shareholder and the parties acting in concert with it, namely "
                + "Mr. Sun Haitao, the actual controller of the Company, informing the Company that certain A shares of the Company held by "
                + "them have been pledged.\n"
                + "Name of shareholder\tWhether a controlling shareholder\tNumber of pledged shares\tProportion to the number of shares held\t"
                + "Proportion to the total share capital\tPledgee\n"
                + "Sun Haitao\tYes\t3,000,000\t15.00%\t0.33%\tHaitong Securities Co., Ltd.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Mr. Sun Haitao");
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void aTableOnItsSideWhoseCellsAndLabelsWrap() {
        String text = "本公司董事会近日接获控股股东合肥智行控股集团有限公司的通知，获悉其将所持有的本公司部分内资股办理了质押。\n一、本次股份质押基本情况\n"
                + "项目\t质押一\t质押二\n出质人\t合肥智行控股集团有限\t合肥众诚企业管理咨询\n\t公司\t合伙企业（有限合伙）\n"
                + "是否为控股股东或第一大\t是\t否\n股东及其一致行动人\t\t\n股份类别\t内资股\t内资股\n本次质押股份数量（股）\t36,000,000\t6,000,000\n"
                + "占其所持股份比例\t20.00%\t25.00%\n占本公司已发行股份总数比例\t9.00%\t1.50%\n质押起始日\t2025年8月20日\t2025年8月25日\n"
                + "质权人\t皖江银行股份有限公司\t安徽鼎信融资担保有限\n\t合肥分行\t公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("合肥智行控股集团有限公司", "合肥众诚企业管理咨询合伙企业（有限合伙）");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("皖江银行股份有限公司合肥分行", "安徽鼎信融资担保有限公司");
        assertThat(t).extracting(x -> x.getShareClass()).containsExactly(ShareClass.DOMESTIC, ShareClass.DOMESTIC);
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, false);
    }

    @Test
    void rowsCentredOnTheirFiguresWithTheFirstLinesOfCellsAboveAndAliasesInCornerBrackets() {
        String text = "公司近日接到公司控股股東之一致行動人桂林華晟投資管理中心（有限合夥）（以下簡稱「華晟投資」）的通知，獲悉其所持有的公司部分股份被質押。\n"
                + "一、本次股份質押基本情況\n"
                + "股東名稱\t是否為控股股東\t本次質押數量（股）\t佔其所持股份比例\t佔公司總股本比例\t質押起始日\t質押到期日\t質權人\t質押用途\n"
                + "\t\t\t\t\t\t至辦理解除\t國聯信達證券\t\n"
                + "華晟投資\t是\t8600000\t12.35%\t1.07%\t2025年9月1日\t質押登記之日\t股份有限公司\t償還前期質押融資\n"
                + "\t\t\t\t\t\t至辦理解除\t\t\n"
                + "華晟投資\t是\t5000000\t7.18%\t0.62%\t2025年9月2日\t質押登記之日\t漓江信託有限公司\t自身生產經營\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("桂林華晟投資管理中心（有限合夥）", "桂林華晟投資管理中心（有限合夥）");
        assertThat(t).extracting(x -> x.getExpiryText()).containsExactly("至辦理解除質押登記之日", "至辦理解除質押登記之日");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("國聯信達證券股份有限公司", "漓江信託有限公司");
        assertThat(t).extracting(x -> x.getPurpose()).containsExactly("償還前期質押融資", "自身生產經營");
    }

    @Test
    void aDeedOfReleaseInLabelledLinesWithThePercentagesInsideTheCount() {
        String text = "Ocean Pearl charged 312,500,000 ordinary shares of HK$0.10 each in the share capital of the Company (the \"Charged Shares\") "
                + "in favour of the Lender.\nDEED OF RELEASE\n"
                + "Chargor:\tOcean Pearl Holdings Limited, a company incorporated in the British\n\tVirgin Islands\n"
                + "Chargee:\tOrient Summit Capital Finance Limited\n"
                + "Date of the Share Charge:\t15 June 2022\n"
                + "Date of the Deed of Release:\t2 September 2025\n"
                + "Number of Shares discharged:\t312,500,000 Shares, representing approximately 55.56% of\n"
                + "\tthe Shares held by Ocean Pearl and 25.00% of the total\n\tnumber of issued Shares as at the date of this announcement\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(55.56);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(25.0);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
    }

    @Test
    void aBracketedShareOfTheHoldingUnderTheFigureAndAHolderSaidToBeTheControllingShareholderInChinese() {
        String text = "於2025年8月28日，百樂控股有限公司（「百樂控股」）以華信國際財務有限公司為受益人簽立股份押記。\n"
                + "質押人\t質押股份數目\t佔本公司已發行\t質押日期\t質權人\n\t（佔質押人所持股份\t股份總數之\t\t\n\t百分比）\t概約百分比\t\t\n"
                + "百樂控股有限公司\t150,000,000股\t（15.00%）\t2025年8月28日\t華信國際財務有限公\n\t（25.00%）\t\t\t司\n"
                + "於本公告日期，百樂控股持有600,000,000股股份，佔本公司已發行股份總數之60.00%，為本公司之控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("百樂控股有限公司");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(25.0);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(15.0);
        assertThat(t.get(0).getPledgee()).isEqualTo("華信國際財務有限公司");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
    }

    @Test
    void sharesThatRemainSubjectToAnEarlierChargeOrAreSubjectToChargesInAllAreNoTransactions() {
        String text = "On 18 August 2025, Bright Summit Ventures Limited (\"Bright Summit\"), the controlling shareholder of the Company, executed a "
                + "share charge in favour of the Bank, pursuant to which Bright Summit charged 180,000,000 ordinary shares of the Company held by "
                + "it to the Bank. The 40,000,000 Shares which were charged by Bright Summit in favour of the Bank on 12 March 2024 remain "
                + "subject to that charge. Accordingly, an aggregate of 220,000,000 Shares held by Bright Summit are subject to charges in favour "
                + "of the Bank. The Share Charge will be released upon the full repayment of the Facility.";
        var p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.PLEDGE);
        assertThat(p.getTransactions()).extracting(x -> x.getShares()).containsExactly(180_000_000L);
    }

    @Test
    void oneCellPerLineTheFirstLinesOfCellsBeforeTheRowsNameGoWithTheCellsTheyBegin() {
        String text = "公司近日接到公司控股股東之一致行動人桂林華晟投資管理中心（有限合夥）（以下簡稱「華晟投資」）的通知，獲悉其所持有的公司部分股份被質押。\n"
                + "一、本次股份質押基本情況\n股東名稱\n是否為控股股東\n本次質押數量（股）\n佔其所持股份比例\n佔公司總股本比例\n質押起始日\n質押到期日\n質權人\n質押用途\n"
                + "至辦理解除\n國聯信達證券\n華晟投資\n是\n8600000\n12.35%\n1.07%\n2025年9月1日\n質押登記之日\n股份有限公司\n償還前期質押融資\n"
                + "至辦理解除\n華晟投資\n是\n5000000\n7.18%\n0.62%\n2025年9月2日\n質押登記之日\n漓江信託有限公司\n自身生產經營\n合計\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getPledgor()).containsExactly("桂林華晟投資管理中心（有限合夥）", "桂林華晟投資管理中心（有限合夥）");
        assertThat(t).extracting(x -> x.getExpiryText()).containsExactly("至辦理解除質押登記之日", "至辦理解除質押登記之日");
        assertThat(t).extracting(x -> x.getPledgee()).containsExactly("國聯信達證券股份有限公司", "漓江信託有限公司");
        assertThat(t).extracting(x -> x.getPurpose()).containsExactly("償還前期質押融資", "自身生產經營");
    }

    @Test
    void countsInWordsAndFiguresADeedOfShareChargeAndAReleaseOfAChargeDatedEarlier() {
        String text = "The Board has been informed by Apex Rise Holdings Limited (\"Apex Rise\"), the controlling shareholder of the Company, that "
                + "on 2 September 2025, Apex Rise, as chargor, executed a deed of share charge in favour of Kwong Lee Securities Limited over "
                + "one hundred million (100,000,000) ordinary shares of the Company, representing approximately 4.00% of the total number of "
                + "issued Shares and approximately 8.00% of the Shares held by Apex Rise.\n"
                + "The Board has further been informed by Apex Rise that, on 1 September 2025, the share charge dated 15 March 2024 executed by "
                + "Apex Rise in favour of Sun Hing Finance Limited over eighty million (80,000,000) Shares was fully released and discharged.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getAction()).containsExactly(PledgeAction.PLEDGE, PledgeAction.RELEASE);
        assertThat(t).extracting(x -> x.getShares()).containsExactly(100_000_000L, 80_000_000L);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(t.get(1).getReleaseDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void theSharesPledgedUnderANamedPledgeRepresentIsThatPledgesPercentages() {
        var t = extractor.extract("On 3 June 2025, Seaborne Harbour Investments Limited (\"Seaborne\"), the controlling shareholder of the Company, "
                + "executed a share mortgage in favour of Dah Cheong Bank (Hong Kong) Limited over 450,000,000 ordinary shares of the Company "
                + "held by it (the \"Seaborne Pledge\"). The Shares pledged under the Seaborne Pledge represent approximately 37.50% of the "
                + "total number of issued Shares and approximately 62.50% of the 720,000,000 Shares held by Seaborne.\n").payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(62.5);

    }

    @Test
    void chineseParticularsOneCellPerLineWithLabelsWithoutColons() {
        String text = "本公司獲控股股東永曜投資有限公司告知，其已簽立股份押記。股份押記之主要詳情載列如下：\n\n"
                + "押記人\n永曜投資有限公司\n承押記人\n恒達財務有限公司\n押記股份數目\n300,000,000股普通股\n"
                + "押記股份佔永曜所持股份之百分比\n約62.50%\n押記股份佔本公司已發行股份總數之百分比\n約25.00%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgee()).isEqualTo("恒達財務有限公司");
        assertThat(t.get(0).getShares()).isEqualTo(300_000_000L);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.ORDINARY);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(62.5);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(25.0);
    }

    @Test
    void particularsThatBeginAFewLinesAboveThePledgorsLabel() {
        String text = "本公司獲控股股東永曜投資有限公司告知，其已簽立股份押記。股份押記之主要詳情載列如下：\n\n"
                + "押記日期\n二零二五年七月八日\n押記人\n永曜投資有限公司\n承押記人\n恒達財務有限公司\n押記股份數目\n300,000,000股普通股\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(t.get(0).getPledgee()).isEqualTo("恒達財務有限公司");
    }

    @Test
    void everyHolderNamedAfterTheControllingShareholdersNamelyIsOne() {
        String text = "The Board has been informed by the controlling shareholders of the Company, namely Zanthorpe Crest Investments Limited "
                + "(\"Zanthorpe Crest\") and Mr. Ho Kin Wah (\"Mr. Ho\"), that they have pledged certain ordinary shares of the Company.\n"
                + "Name of pledgor\tNumber of Shares pledged\tPercentage of Shares held\tPercentage of issued Shares\tPledgee\n"
                + "Zanthorpe Crest Investments Limited\t120,000,000\t25.00%\t10.00%\tQuillmere Bank Limited\n"
                + "Mr. Ho Kin Wah\t30,000,000\t50.00%\t2.50%\tQuillmere Bank Limited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(x -> x.getControllingShareholder()).containsExactly(true, true);
    }

    @Test
    void aTableOnItsSideOneCellPerLineAColumnPerRelease() {
        String text = "I. RELEASE OF PLEDGE OF SHARES\n\nOn January 21, 2025, the Company received a notice from Hunan Orvanta Industrial "
                + "Investment Group Co., Ltd. (\"Orvanta Group\"), the controlling shareholder of the Company, that the pledges over 36,000,000 A shares "
                + "and 24,500,000 A shares of the Company were released.\n\n"
                + "Name of shareholder\n\nOrvanta Group\n\nOrvanta Group\n\nNumber of shares released from pledge (shares)\n\n36,000,000\n\n24,500,000\n\n"
                + "Percentage of shares held by it\n\n7.03%\n\n4.78%\n\nCommencement date of the original pledge\n\nJanuary 18, 2023\n\nApril 26, 2023\n\n"
                + "Date of release\n\nJanuary 20, 2025\n\nJanuary 21, 2025\n\nPledgee\n\nChina Merchants Securities Co., Ltd.\n\n"
                + "Industrial Bank Co., Ltd. Changsha Branch\n\nAs at the date of this announcement, Orvanta Group has no plan.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(36_000_000L, 24_500_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Hunan Orvanta Industrial Investment Group Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 21));
        assertThat(t).extracting(PledgeTransaction::getPledgee)
                .containsExactly("China Merchants Securities Co., Ltd.", "Industrial Bank Co., Ltd. Changsha Branch");
    }

    @Test
    void aTableOfPledgeesOnlyTakesTheHolderFromTheSentenceAndItsTermAndARepeatedHeaderIsNoRow() {
        String header = "\t\tNumber of\tApproximate percentage of\tApproximate percentage of\n"
                + "Pledgee\t\tDomestic Shares pledged\tDomestic Shares held by Oristel Capital\tthe total issued share capital\tTerm of pledge\n";
        String text = "THE PLEDGE OF DOMESTIC SHARES\n\nAs security for the loan facilities, on 18 December 2024, Shandong Oristel State-owned Capital "
                + "Operation Co., Ltd. (\"Oristel Capital\"), the controlling shareholder of the Company, pledged an aggregate of 276,000,000 "
                + "domestic shares of the Company held by it in favour of BOCOM Jinan and CEB Jinan, details of which are set out below:\n\n"
                + header + "Bank of Communications Co., Ltd.\t\t180,000,000\t25.00%\t15.00%\tFrom 18 December 2024 to\n"
                + "Jinan Branch\t\t\t\t\t17 December 2027\n\n– 1 –\n\n" + header
                + "China Everbright Bank Co., Ltd.\t\t96,000,000\t13.33%\t8.00%\tFrom 18 December 2024 to\n"
                + "Jinan Branch\t\t\t\t\t17 June 2026\nTotal\t\t276,000,000\t38.33%\t23.00%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgee)
                .containsExactly("Bank of Communications Co., Ltd. Jinan Branch", "China Everbright Bank Co., Ltd. Jinan Branch");
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Shandong Oristel State-owned Capital Operation Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsOnly(ShareClass.DOMESTIC);
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2027, 12, 17), LocalDate.of(2026, 6, 17));
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2024, 12, 18));
    }

    @Test
    void aHeaderWrappedAtIfYesTheAndCellsGoingOnBehindTabsWithAHeaderWord() {
        String en = "1. Basic information on the pledge of shares\n"
                + "\tWhether a controlling\tNumber of pledged\tWhether restricted\tWhether\n"
                + "\tshareholder\tshares (in\tshares (if\tsupplemental\n"
                + "Name of shareholder\t\t10 thousand shares)\tyes, the type of restriction)\tpledge\tPledgee\n"
                + "Obelin Holding\tYes\t850.00\tNo\tYes\tGuotai Junan Securities Co., Ltd.\n";
        var t = extractor.extract(en).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(8_500_000L);
        assertThat(t.get(0).getSupplementalPledge()).isTrue();

        String zh = "1. 本次股份质押基本情况\n\t是否为\t本次质\t质押起始\t质押到期\t\t质押融\n"
                + "股东名称\t控股股东\t押股数（万股）\t日\t日\t质权人\t资资金用途\n"
                + "迅航投资\t否\t800.00\t2024年9月\t至办理解除\t浙商银行股份\t补充流动\n"
                + "\t\t\t12日\t质押登记手\t有限公司宁波\t资金\n\t\t\t\t续之日止\t分行\t\n";
        var z = extractor.extract(zh).payload().getTransactions();
        assertThat(z).hasSize(1);
        assertThat(z.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(z.get(0).getPledgee()).isEqualTo("浙商银行股份有限公司宁波分行");
        assertThat(z.get(0).getPurpose()).isEqualTo("补充流动资金");
    }

    @Test
    void aPledgeAndAReleaseTypedByAColumnThePledgesDateFromTheSentenceAndCountsBeforeAndAfter() {
        String text = "PLEDGE AND RELEASE OF SHARES BY CONTROLLING SHAREHOLDERS\n\n"
                + "The Board has been informed by Mr. Ho Kwok Leung (\"Mr. Ho\") and Glorious Tide Limited (\"Glorious Tide\") of the following.\n\n"
                + "(b) on 3 September 2024, the pledge of 180,000,000 Shares held by Glorious Tide created on 15 August 2022 in favour of "
                + "Kowloon Union Bank Limited was released upon repayment of the relevant loan.\n\n"
                + "\t\t\tPledge/\tNumber of\n"
                + "Pledgor\tPledgee\tDate\tRelease\tShares\n"
                + "Glorious Tide Limited\tTai Ping Finance Limited\t2 September 2024\tPledge\t250,000,000\n"
                + "Glorious Tide Limited\tKowloon Union Bank Limited\t3 September 2024\tRelease\t180,000,000\n\n"
                + "SHAREHOLDING AND PLEDGED SHARES\n\n"
                + "\tNumber of\tShares pledged\tShares pledged\tApproximate %\n"
                + "Shareholder\tShares held\tbefore the Transactions\tafter the Transactions\tof total issued Shares pledged\n"
                + "Glorious Tide Limited\t960,000,000\t380,000,000\t450,000,000\t18.75%\n"
                + "Mr. Ho Kwok Leung\t120,000,000\t–\t40,000,000\t1.67%\n\n"
                + "Glorious Tide and Mr. Ho together are interested in 1,080,000,000 Shares, representing approximately 45.00% of the "
                + "total issued Shares, and are the controlling shareholders of the Company.\n";
        SharePledge p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.BOTH);
        assertThat(p.getTransactions()).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.PLEDGE, PledgeAction.RELEASE);
        assertThat(p.getTransactions().get(1).getStartDate()).isEqualTo(LocalDate.of(2022, 8, 15));
        assertThat(p.getTransactions().get(1).getReleaseDate()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(p.getTransactions()).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
        assertThat(p.getPositions()).extracting(x -> x.getPledgedBefore()).containsExactly(380_000_000L, 0L);
        assertThat(p.getPositions()).extracting(x -> x.getPledgedAfter()).containsExactly(450_000_000L, 40_000_000L);
    }

    @Test
    void aChineseHolderReleasingAndPledgingUndatedInItsOwnClause() {
        String text = "控股股東之公告\n\n董事會謹此宣佈，本公司接獲本公司控股股東卓洋投資有限公司（「卓洋」）之通知。\n\n"
                + "於二零二五年二月十日，卓洋已解除其於二零二三年六月八日以創富證券有限公司（「創富證券」）為受益人而質押之合共120,000,000股本公司普通股"
                + "（「已解除股份」）。已解除股份佔卓洋所持本公司股份約28.57%，及佔本公司已發行股份總數約15.00%。\n\n"
                + "同日（即二零二五年二月十日），卓洋以信昌財務有限公司（「信昌財務」）為受益人質押合共150,000,000股本公司普通股（「質押股份」）。"
                + "質押股份佔卓洋所持本公司股份約35.71%，及佔本公司已發行股份總數約18.75%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("卓洋投資有限公司");
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 6, 8));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(28.57);
        assertThat(t.get(1).getPercentOfHolding()).isEqualTo(35.71);
    }

    @Test
    void aHongKongTableWithATransactionColumnNamesWrappedAboveTheirTailAndATermColumn() {
        String text = "RELEASE AND PLEDGE OF SHARES BY SHAREHOLDERS\n\n"
                + "Note: The 80,000,000 Shares released had been pledged by Quillmark Capital Limited in favour of Harbour Crest Finance Limited "
                + "since 18 January 2023 as security for a loan facility.\n\n"
                + "\t\t\tApproximate %\tApproximate %\n"
                + "Name of\t\tNumber of\tof Shares held\tof total issued\n"
                + "shareholder\tTransaction\tShares\tby the shareholder\tShares\tPledgee / former pledgee\tDate\tTerm of pledge\n"
                + "Quillmark Capital\nLimited\tRelease\t80,000,000\t22.22%\t10.00%\tHarbour Crest Finance Limited\t2 July 2024\tN/A\n"
                + "Quillmark Capital\nLimited\tPledge\t95,000,000\t26.39%\t11.88%\tEastpoint Securities Limited\t3 July 2024\t3 July 2024 to 2 July 2026\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Quillmark Capital Limited");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 1, 18));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void theHoldingBeforeThePledgedSharesReadByLabelsANameGoingOnWithOtherCellsAndNoFixedTermNoAnswer() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\n"
                + "\tNumber of\tNumber of\tPercentage of\t\tExpiry date\t\tPurpose of\n"
                + "Name of pledgor\tShares held\tShares pledged\tShares held by the pledgor\tDate of pledge\tof pledge\tPledgee\tpledge\n"
                + "Pinecliff Capital\t468,750,000\t55,000,000\t11.73%\t3 July 2024\t2 July 2025\tProsper Harbour\tMargin\n"
                + "Investment Holdings\t\t\t\t\t\tSecurities\tfinancing\n"
                + "(BVI) Limited\t\t\t\t\t\tLimited\n"
                + "Ms. Lo\t25,000,000\t8,000,000\t32.00%\t5 July 2024\tNo fixed term\tKingsland Finance Company Limited\tPersonal financing\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Pinecliff Capital Investment Holdings (BVI) Limited", "Ms. Lo");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(55_000_000L, 8_000_000L);
        assertThat(t.get(0).getPledgee()).isEqualTo("Prosper Harbour Securities Limited");
        assertThat(t.get(0).getPurpose()).isEqualTo("Margin financing");
        assertThat(t.get(1).getExpiryDate()).isNull();
        assertThat(t.get(1).getExpiryText()).isEqualTo("No fixed term");
    }

    @Test
    void aUnitLineAboveAPositionsTableAListedChargorWithTwoMoreCommasAndAPurposeEndingAtTheDate() {
        String zh = "一、本次股份质押基本情况\n\n截至本公告披露日，上述股东累计质押股份情况如下：\n\n单位：万股\n"
                + "股东名称\t持股数量\t持股比例\t本次质押前累计质押数量\t本次质押后累计质押数量\t占其所持股份比例\t占公司总股本比例\n"
                + "优博顿集团\t52,360.80\t40.70%\t12,000.00\t14,800.00\t28.27%\t11.50%\n";
        var positions = extractor.extract(zh).payload().getPositions();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).getSharesHeld()).isEqualTo(523_608_000L);
        assertThat(positions.get(0).getPledgedAfter()).isEqualTo(148_000_000L);

        String en = "SHARE CHARGES BY CONTROLLING SHAREHOLDERS\n\nAs security for the obligations of the Company under the Facility "
                + "Letter, on 12 June 2024, (i) Silver Summit Investments Limited (\"Silver Summit\"), a company incorporated in the British "
                + "Virgin Islands and wholly owned by Mr. Leung Wai Kin (\"Mr. Leung\"), the chairman of the Board and an executive Director, "
                + "executed a share charge in favour of the Lender over 186,000,000 ordinary shares of the Company.\n\n"
                + "Silver Summit, Mr. Leung and Ms. Ho are together the controlling shareholders of the Company.\n";
        var t = extractor.extract(en).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Silver Summit Investments Limited");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getPurpose()).isEqualTo("As security for the obligations of the Company under the Facility Letter");
    }

    @Test
    void aHeadlineWrappedOntoASecondLineANumberColumnAndTheDefinedShareholderAsATableCell() {
        String text = "PLEDGE AND SUPPLEMENTAL PLEDGE OF DOMESTIC SHARES\nBY A SUBSTANTIAL SHAREHOLDER\n\n"
                + "The Board was informed by Luoyang Xinhong Industrial Investment Co., Ltd. (the \"Shareholder\"), a substantial shareholder "
                + "of the Company, that on 22 April 2024 the Shareholder pledged 16,000,000 domestic shares, details of which are set out below:\n\n"
                + "\t\t\tWhether\t\tPercentage\tPercentage of\tPercentage of\t\n"
                + "\t\tNumber of\trestricted\tPledge\tof its\ttotal issued\ttotal issued\tUse of\n"
                + "\tName of\tDomestic\tDomestic\tcommencement\tshareholding\tDomestic\tshare capital\tpledged\n"
                + "No.\tshareholder\tShares pledged\tShares\tdate\tin the Company\tShares\tof the Company\tfinancing\n"
                + "1\tThe Shareholder\t6,000,000\tNo\t22 April 2024\t6.25%\t1.33%\t1.00%\tWorking capital\n"
                + "2\tThe Shareholder\t10,000,000\tNo\t22 April 2024\t10.42%\t2.22%\t1.67%\tRepayment of loans\n"
                + "\tTotal\t16,000,000\t\t\t16.67%\t3.56%\t2.67%\t\n\n"
                + "Following the above pledges, the Shareholder has pledged a total of 46,000,000 Domestic Shares.\n";
        var t = extractor.extract(text).payload().getTransactions();
        // the second upper-case line of the headline does not close the pledge section; "The Shareholder" is no column label
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Luoyang Xinhong Industrial Investment Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(6_000_000L, 10_000_000L);
        // the share of the issued Domestic Shares is not the share of the total share capital
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(1.00, 1.67);
        assertThat(t.get(1).getPurpose()).isEqualTo("Repayment of loans");

        // the same sentences alone: the informer's name keeps its "Co., Ltd.", and the total after the pledges is no pledge
        String prose = "PLEDGE OF SHARES\n\nThe Board was informed by Luoyang Xinhong Industrial Investment Co., Ltd. (the \"Shareholder\"), "
                + "a substantial shareholder of the Company, that on 22 April 2024 the Shareholder pledged 16,000,000 domestic shares held by it. "
                + "Following the above pledges, the Shareholder has pledged a total of 46,000,000 Domestic Shares.\n";
        var p = extractor.extract(prose).payload().getTransactions();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).getPledgor()).isEqualTo("Luoyang Xinhong Industrial Investment Co., Ltd.");
        assertThat(p.get(0).getPledgee()).isNull();
    }

    @Test
    void oneCellPerLineDatesWrappedBeforeTheirYearAndAPledgeeWrappedAfterCo() {
        String text = "I. Basic information of the release of pledge of shares\n\nName of\nshareholder\nNumber of\nshares released\n"
                + "from pledge (in\n10 thousand)\nProportion to\nthe number of\nshares held\nProportion to\nthe total share\ncapital\n"
                + "Commencement\ndate of the\npledge\nDate of\nrelease\nPledgee\n"
                + "Nengda Holding\n2,352.00\n5.00%\n1.50%\nSeptember 6,\n2022\nSeptember 9,\n2024\nIndustrial Bank\nCo., Ltd. Nanjing\nBranch\n"
                + "Nengda Holding\n1,411.20\n3.00%\n0.90%\nMarch 20, 2023\nSeptember 10,\n2024\nChina Merchants\nSecurities Co.,\nLtd.\n"
                + "Total\n3,763.20\n8.00%\n2.40%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2022, 9, 6), LocalDate.of(2023, 3, 20));
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 10));
        assertThat(t).extracting(PledgeTransaction::getPledgee)
                .containsExactly("Industrial Bank Co., Ltd. Nanjing Branch", "China Merchants Securities Co., Ltd.");
    }

    @Test
    void aShanghaiReleaseByItsLabelsAndItsFormerPledgeeInTheSentencesAndWrappedChineseLabels() {
        String text = "公司于2024年5月21日收到控股股东宁涛集团的通知，获悉其将原质押给交通银行股份有限公司宁波分行的部分公司股份办理了解除质押手续。\n\n"
                + "一、本次股份解除质押情况\n\n股东名称\n浙江宁涛集团有限公司\n本次解质股份（股）\n60,000,000\n占其所持股份比例\n14.55%\n"
                + "占公司总股本比例\n4.55%\n解质时间\n2024年5月20日\n\n本次解除质押的股份原质权人为交通银行股份有限公司宁波分行。\n\n"
                + "二、本次股份质押情况\n\n股东名称\n是否为控\n股股东\n本次质押股数\n（股）\n是否补\n充质押\n质押起始日\n质押到期日\n质权人\n"
                + "占其所持\n股份比例\n占公司总\n股本比例\n质押融资\n资金用途\n"
                + "宁涛集团\n是\n72,000,000\n否\n2024年5月21日\n2025年5月20日\n国泰君安证券股份有限公司\n17.45%\n5.45%\n补充流动资金\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(t.get(0).getPledgee()).isEqualTo("交通银行股份有限公司宁波分行");
        // "是否补 / 充质押": the label wrapped inside its word still names the supplemental column
        assertThat(t.get(1).getSupplementalPledge()).isFalse();
        assertThat(t.get(1).getControllingShareholder()).isTrue();
    }

    @Test
    void noteMarksAfterTableNamesAndAGroupOfControllingShareholders() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\nThe Board has been informed by Sunny Crest Ventures Limited "
                + "(\"Sunny Crest\"), Mr. Ngai Chi Fung (\"Mr. Ngai\") and Golden Tern Holdings Limited (\"Golden Tern\") that they have "
                + "pledged shares, details of which are set out below:\n\n"
                + "Name of shareholder\tNumber of Shares held\tNumber of Shares pledged\t% of shareholding\t% of issued Shares\tPledgee\n"
                + "Sunny Crest (Note 1)\t600,000,000\t150,000,000\t25.00%\t6.25%\tHarbour Pioneer Securities Limited\n"
                + "Mr. Ngai (Note 2)\t96,000,000\t24,000,000\t25.00%\t1.00%\tHarbour Pioneer Securities Limited\n\n"
                + "As at the date of this announcement, Sunny Crest, Mr. Ngai and Golden Tern together hold 816,000,000 Shares, representing "
                + "approximately 34.00% of the total number of issued Shares, and are a group of controlling shareholders of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Sunny Crest Ventures Limited", "Mr. Ngai Chi Fung");
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
        assertThat(PledgeExtractor.withoutNoteMark("周先生（附註1）")).isEqualTo("周先生");
        assertThat(PledgeExtractor.withoutNoteMark("Fund (Hong Kong)")).isEqualTo("Fund (Hong Kong)");
    }

    @Test
    void aReleaseTableOnItsSideWithWrappedLabelsAndTheSentenceThatDatesEachPledge() {
        String text = "I. RELEASE OF PLEDGE OF SHARES\n\nOn 18 February 2025, the Company received a notice from Shanghai Astravon "
                + "Industrial Investment Co., Ltd. (\"Astravon Industrial\"), the controlling shareholder of the Company, that (i) the "
                + "20,000,000 A shares of the Company pledged by it to Orient Harbour Securities Co., Ltd. on 8 November 2022 were released "
                + "from pledge on 17 February 2025; and (ii) the 15,000,000 A shares of the Company pledged by it to Huangpu River Bank Co., "
                + "Ltd. Minhang Sub-branch on 19 May 2023 were released from pledge on 18 February 2025. Details are as follows:\n\n"
                + "Name of shareholder\nAstravon Industrial\nAstravon Industrial\nNumber of shares released from\npledge (in 10 thousand shares)\n"
                + "2,000.00\n1,500.00\nProportion to the shares held by\nit\n4.11%\n3.08%\nProportion to the total share\ncapital of the Company\n"
                + "1.60%\n1.20%\nRelease date\n17 February 2025\n18 February 2025\n\nII. OTHER MATTERS\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Shanghai Astravon Industrial Investment Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(4.11, 3.08);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2022, 11, 8), LocalDate.of(2023, 5, 19));
        assertThat(t).extracting(PledgeTransaction::getPledgee)
                .containsExactly("Orient Harbour Securities Co., Ltd.", "Huangpu River Bank Co., Ltd. Minhang Sub-branch");
    }

    @Test
    void tabRowsWhoseBracketAndExplainedYesNoWrapOntoTheLineBelow() {
        String text = "一、本次股份质押基本情况\n\n"
                + "股东名称\t是否为控股股东\t本次质押数量（股）\t占其所持股份比例\t占公司总股本比例\t是否为限售股\t是否为补充质押\t质押起始日\t质押到期日\t质权人\t质押用途\n"
                + "深圳市英伯莱企业\t是\t8,000,000\t19.70%\t0.98%\t否\t否\t2025年4月8日\t2026年4月7日\t鹏城证券股份\t自身资金需求\n"
                + "管理合伙企业（有\t\t\t\t\t\t\t\t\t有限公司\t\n"
                + "限合伙）\t\t\t\t\t\t\t\t\t\t\n"
                + "周海澄\t是\t4,200,000\t7.39%\t0.52%\t是，高管锁\t否\t2025年4月9日\t2026年4月8日\t鹏城证券股份\t个人资金需求\n"
                + "\t\t\t\t\t定股\t\t\t\t有限公司\t\n"
                + "合计\t-\t12,200,000\t-\t1.50%\t-\t-\t-\t-\t-\t-\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("深圳市英伯莱企业管理合伙企业（有限合伙）", "周海澄");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("鹏城证券股份有限公司");
        assertThat(t.get(1).getRestrictedShares()).isTrue();
        assertThat(t.get(1).getPurpose()).isEqualTo("个人资金需求");
    }

    @Test
    void aTraditionalChineseTopUpPledgeInProse() {
        String text = "主要股東質押股份\n\n本公司董事會（「董事會」）獲本公司主要股東兼執行董事何志明先生（「何先生」）知會，於二零二四年十二月九日，"
                + "何先生以其實益擁有之4,500萬股本公司普通股（「首批質押股份」）向嘉潤證券有限公司（「質權人」）作出質押。"
                + "首批質押股份之質押期限由二零二四年十二月九日起至二零二五年十二月八日止。\n"
                + "其後，應質權人要求，何先生於二零二五年一月二十日向質權人額外質押800萬股本公司普通股（「補充質押股份」），作為該融資之補充抵押。"
                + "補充質押股份之質押期限與首批質押股份相同，即至二零二五年十二月八日止。\n"
                + "於本公告日期，何先生實益擁有120,000,000股股份。質押股份合共5,300萬股，佔何先生所持股份約44.17%。\n"
                + "何先生並非本公司之控股股東（定義見上市規則）。\n";
        var t = extractor.extract(text).payload().getTransactions();
        // the total of both is no third pledge
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("何志明先生");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("嘉潤證券有限公司");
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsOnly(LocalDate.of(2025, 12, 8));
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(false);
    }

    @Test
    void aHyphenatedHeaderWordStillNamesItsColumn() {
        String text = "I. BASIC INFORMATION OF THE PLEDGE OF SHARES\n"
                + "Name of shareholder\tNumber of pledged shares\tProportion to shares held\tProportion to total share capital\t"
                + "Whether it is a supple-\tCommence-\tExpiry date\tPledgee\n"
                + "\t\t\t\tmental pledge\tment date\t\t\n"
                + "Shanghai Rongzhen Industrial Group Co., Ltd.\t25,000,000\t8.33%\t2.50%\tNo\tNovember 25, 2024\tNovember 24, 2026\t"
                + "China Merchants Bank Co., Ltd. Shanghai Branch\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getSupplementalPledge()).isFalse();
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 11, 25));
    }

    @Test
    void oneCellPerLineTheHoldingBeforeThePledgedSharesIsToldByThePercentageTheyMake() {
        // the header's rows interleaved, one cell per line: its labels no longer say which count is which
        String text = "PLEDGE OF SHARES\n\nThe Board has been informed by Sunny Crest Ventures Limited (\"Sunny Crest\") that it has pledged "
                + "shares as set out below:\n\nApproximate\n% of the\nNumber of\nShares held\nNumber of\nto the Shares\nby the\nPledged\n"
                + "held by the\nDate of\nPledgor\npledgor\nShares\npledgor\nissued Shares\nPledgee\npledge\nExpiry date\n"
                + "Sunny Crest (Note 1)\n600,000,000\n150,000,000\n25.00%\n6.25%\nHarbour Pioneer\n3 June 2025\n2 June 2026\nSecurities Limited\n"
                + "Golden Tern\n120,000,000\n36,000,000\n30.00%\n1.50%\nKowloon Bay\n5 June 2025\n4 June 2026\n(Note 3)\nFinance Limited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(150_000_000L, 36_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(25.0, 30.0);
        // two dates in a pledge's row: the start, then the expiry, though "Date of" and "pledge" fell apart
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 5));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Harbour Pioneer Securities Limited", "Kowloon Bay Finance Limited");
        assertThat(TransactionTableReader.withoutHoldingBeforeShares(java.util.List.of(Cell.of("600,000,000", false), Cell.of("150,000,000", false),
                Cell.of("20.00%", false)))).hasSize(3);
    }

    @Test
    void aPageBreakBetweenALabelAndItsValueAndASentenceThatNamesTheFormerPledgee() {
        String text = "一、本次股份解除质押情况\n\n股东名称\n浙江宁涛集团有限公司\n本次解质股份（股）\n60,000,000\n占其所持股份比例\n\n\n\n14.55%\n"
                + "占公司总股本比例\n4.55%\n解质时间\n2024年5月20日\n\n"
                + "本次解除质押的股份原质权人为交通银行股份有限公司宁波分行。截至本公告披露日，本次解除质押的股份暂无\n后续质押计划。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(14.55);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(4.55);
        assertThat(t.get(0).getPledgee()).isEqualTo("交通银行股份有限公司宁波分行");
    }

    @Test
    void oneCellPerLineTheProseAboveTheLabelsNamesNoColumnAndAPositionsTableInTheProse() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\nElderwyn Capital Limited (\"Elderwyn Capital\") pledged Shares in favour "
                + "of Kingsland Securities Limited (the \"Pledgee\"). Details of the Pledge are set out below:\n\n"
                + "Number of\nApproximate % of\nShares\nthe Shares held\nExpiry date\nName of pledgor\npledged\nby the pledgor\nDate of pledge\n"
                + "of pledge\nPledgee\nPurpose\nElderwyn Capital\n400,000,000\n48.78%\n15 April 2024\n14 April 2025\nKingsland Securities Limited\n"
                + "Securing a term loan facility\n\nImmediately before and after the Pledge, the Shares held and pledged by Elderwyn Capital are as "
                + "follows:\n\nNumber of\nNumber of\nShares pledged\nShares pledged\nNumber of\nbefore the\nafter the\nShares\nPledge\nPledge\n"
                + "Shareholder\nheld\nElderwyn Capital Limited\n820,000,000\n0\n400,000,000\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).hasSize(1);
        assertThat(p.getTransactions().get(0).getPledgor()).isEqualTo("Elderwyn Capital Limited");
        assertThat(p.getTransactions().get(0).getPledgee()).isEqualTo("Kingsland Securities Limited");
        assertThat(p.getTransactions().get(0).getPurpose()).isEqualTo("Securing a term loan facility");
        assertThat(p.getPositions()).hasSize(1);
        assertThat(p.getPositions().get(0).getSharesHeld()).isEqualTo(820_000_000L);
        assertThat(p.getPositions().get(0).getPledgedAfter()).isEqualTo(400_000_000L);
    }

    @Test
    void aSupplementalColumnAfterThePledgeeAndARunningHeaderAndPageNumberInsideATable() {
        String flags = "ADDITIONAL PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\n"
                + "\tNumber of\t% of Shares\t% of total\t\t\tSupplemental\n"
                + "Name of pledgor\tShares pledged\theld by pledgor\tissued Shares\tDate of pledge\tPledgee\tpledge\n"
                + "Grand Yield Holdings\t\t\t\t\tHarbour Crest\t\nLimited\t38,000,000\t6.77%\t3.73%\t6 August 2024\tSecurities Limited\tYes\n";
        var t = extractor.extract(flags).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getSupplementalPledge()).isTrue();
        assertThat(t.get(0).getPledgee()).isEqualTo("Harbour Crest Securities Limited");

        StringBuilder top = new StringBuilder("Stock code: 603877\tStock abbreviation: Junhao Pharma\tAnnouncement No.: Lin 2024-058\n\n"
                + "Junhao Pharmaceutical Group Co., Ltd.\n");
        for (int k = 0; k < 30; k++) {
            top.append('\n');
        }
        String paged = top + "1. Basic information of the pledge\n\n"
                + "Name of shareholder\tNumber of pledged shares\tCommencement date\tExpiry date\tPledgee\tProportion to the shares held\t"
                + "Proportion to the total share capital\n"
                + "Junhao Industrial\t30,000,000\t29 October 2024\t28 October 2025\tIndustrial Bank Co., Ltd.\t3.72%\t1.34%\n\n1\n \n"
                + "Junhao Pharmaceutical Group Co., Ltd.\tAnnouncement No.: Lin 2024-058\n"
                + "Junhao Industrial\t15,000,000\t30 October 2024\t29 October 2026\tHuatai Securities Co., Ltd.\t1.86%\t0.67%\n"
                + "Total\t45,000,000\t/\t/\t/\t5.58%\t2.01%\n";
        var p = extractor.extract(paged).payload().getTransactions();
        assertThat(p).extracting(PledgeTransaction::getShares).containsExactly(30_000_000L, 15_000_000L);
        assertThat(p.get(1).getPledgee()).isEqualTo("Huatai Securities Co., Ltd.");
    }

    @Test
    void aShortNameWrappedOneCellPerLineAndAGroupThatConstitutesTheControllingShareholders() {
        String text = "PLEDGE OF SHARES\n\nThe Board has been informed that Birchwell Family Limited (\"BFL\") and Mr. Leung Wing Kei (\"Mr. Leung\") "
                + "pledged Shares in favour of Haitong International Securities Company Limited (\"Haitong International\").\n\n"
                + "Details of the pledges are set out below:\n\nPledgor\nNumber of\nShares pledged\nApproximate %\nof the total\nissued Shares\n"
                + "Date of pledge\nPledgee\nBFL\n210,000,000\n8.75%\n2 July 2024\nHaitong\nInternational\nMr. Leung\n48,000,000\n2.00%\n"
                + "3 July 2024\nHaitong\nInternational\nTotal\n258,000,000\n10.75%\n\n"
                + "Accordingly, Mr. Leung and BFL, together interested in 960,000,000 Shares, constitute a group of controlling shareholders of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Birchwell Family Limited", "Mr. Leung Wing Kei");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("Haitong International Securities Company Limited");
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
    }

    @Test
    void chineseNameLinesAboveTheRowItsTailOpensAndTheIssuersTotalIsNoPledge() {
        String positions = "三、股东累计质押股份情况\n\n单位：万股\n股东名称\t持股数量\t持股比例\t本次质押前累计质押数量\t本次质押后累计质押数量\t占其所持股份比例\t占公司总股本比例\n"
                + "景华集团\t52,380.00\t36.21%\t14,800.00\t21,600.00\t41.24%\t14.93%\n李景华\t1,520.00\t1.05%\t0\t0\t0%\t0%\n"
                + "昆明景瑞企业管\n理合伙企业（有限\n合伙）\t3,160.00\t2.18%\t1,200.00\t1,200.00\t37.97%\t0.83%\n"
                + "合计\t57,060.00\t39.44%\t16,000.00\t22,800.00\t39.96%\t15.76%\n";
        var p = extractor.extract(positions).payload().getPositions();
        assertThat(p).extracting(PledgePosition::getShareholder).containsExactly("景华集团", "李景华", "昆明景瑞企业管理合伙企业（有限合伙）");

        String prose = "股份質押\n\n本公司獲控股股東金冠國際投資有限公司（「金冠國際」）知會，金冠國際已於2024年3月18日將其持有的150,000,000股本公司普通股"
                + "質押予大新銀行有限公司。已質押股份佔金冠國際所持本公司股份約32.61%，及佔本公司於本公告日期已發行股份總數1,000,000,000股約15.00%。"
                + "除已質押股份外，金冠國際所持其餘310,000,000股股份（佔本公司已發行股份總數約31.00%）並無被質押。\n";
        var t = extractor.extract(prose).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(15.0);
    }

    @Test
    void labelledLinesOneCellPerLineWhoseQuestionLabelWrapsBeforeItsAnswer() {
        String text = "I. RELEASE OF PLEDGE OF SHARES\n\nName of shareholder\nFenglin Holdings\nWhether the controlling\nshareholder or the largest\n"
                + "shareholder and its parties\nacting in concert\nYes\nNumber of shares released\nfrom pledge (shares)\n45,000,000\n"
                + "Proportion to the shares\nheld by it\n5.90%\nProportion to the total\nshare capital of the Company\n2.06%\n"
                + "Date of release\n24 September 2024\nPledgee\nHuatai Securities Co., Ltd.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Fenglin Holdings");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getShares()).isEqualTo(45_000_000L);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.06);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 9, 24));
    }

    @Test
    void oneCellPerLineChineseDatesLabelsAndPledgeesWrappedInNarrowColumns() {
        String text = "一、股东股份补充质押基本情况\n\n股东\n名称\n是否为控股\n股东或第一\n大股东及其\n一致行动人\n本次质押\n数量（万\n股）\n"
                + "占其所持\n股份比例\n占公司总\n股本比例\n是否为限\n售股（如\n是，注明\n限售类型）\n是否为\n补充质\n押\n质押起\n始日\n质押到\n期日\n"
                + "质权人\n质押\n用途\n伊斯实业\n是\n850.00\n2.96%\n0.92%\n否\n是\n2024年9\n月23日\n2025年6\n月18日\n华鼎证券\n股份有限\n公司\n补充质押\n"
                + "王振华\n是\n200.00\n6.44%\n0.22%\n是（高管\n锁定股）\n是\n2024年9\n月23日\n2025年6\n月18日\n华鼎证券\n股份有限\n公司\n补充质押\n"
                + "合计\n-\n1,050.00\n-\n1.13%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("伊斯实业", "王振华");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(8_500_000L, 2_000_000L);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2024, 9, 23));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("华鼎证券股份有限公司");
        assertThat(t).extracting(PledgeTransaction::getPurpose).containsOnly("补充质押");
        assertThat(Cell.of("是，注明", false).kind()).isEqualTo(Cell.Kind.TEXT);

        String release = "解除質押詳情\n\n股東名稱\n解除質押\n股份數目\n原質押\n開始日期\n解除質押\n日期\n質權人\n雅維投資\n120,000,000\n"
                + "二零二二年\n六月十五日\n二零二四年\n五月二十日\n匯德財務有限公司\n";
        var r = extractor.extract(release).payload().getTransactions();
        assertThat(r).hasSize(1);
        assertThat(r.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(r.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(r.get(0).getPledgee()).isEqualTo("匯德財務有限公司");
    }

    @Test
    void aRomanNumberedHeadingWithItsTabStopOpensThePositionsSection() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER\n\nI.\tBASIC INFORMATION ON THE PLEDGE OF SHARES\n\n"
                + "Name of shareholder\tNumber of pledged shares\tCommencement date of the pledge\tPledgee\n"
                + "Qinyue Holding\t18,600,000\tMarch 18, 2024\tChina Merchants Securities Co., Ltd.\n\n"
                + "II.\tACCUMULATED PLEDGE OF SHARES\n\n"
                + "\t\t\tNumber of\tNumber of\n\tNumber of\t\tpledged shares\tpledged shares\n"
                + "Name of\tshares\tShareholding\tbefore this\tafter this\nshareholder\theld\tpercentage\tpledge\tpledge\n"
                + "Shaanxi Qinyue Holding\t\t\t\t\nGroup Co., Ltd.\t436,800,000\t35.00%\t104,000,000\t131,600,000\n"
                + "Mr. Zhao Mingyuan\t31,200,000\t2.50%\t12,000,000\t12,000,000\n"
                + "Total\t468,000,000\t37.50%\t116,000,000\t143,600,000\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).hasSize(1);
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder)
                .containsExactly("Shaanxi Qinyue Holding Group Co., Ltd.", "Mr. Zhao Mingyuan");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedBefore).containsExactly(104_000_000L, 12_000_000L);
        assertThat(p.getTotalPosition().getPledgedAfter()).isEqualTo(143_600_000L);
    }

    @Test
    void aChargesHoldingsTableIsNoTransactionAndTheSupplementalChargeIsReadFromItsProse() {
        String text = "SUPPLEMENTAL SHARE CHARGE\nBY CONTROLLING SHAREHOLDER\n\nReference is made to the charge over 300,000,000 ordinary "
                + "shares of the Company created by Uskmoor Investment Holdings Limited (the \"Chargor\"), the controlling shareholder of the "
                + "Company, in favour of Nanyang Commercial Bank, Limited (the \"Bank\").\n\n"
                + "On 8 August 2024 the Chargor entered into a supplemental share charge with the Bank, pursuant to which the Chargor charged "
                + "an additional 60,000,000 ordinary shares of the Company in favour of the Bank as further security for the Facilities.\n\n"
                + "\tNumber of\tNumber of Shares\tNumber of Shares\n\tShares held as at\tcharged before\tcharged after\n"
                + "\tthe date of this\tthe Supplemental\tthe Supplemental\nName of chargor\tannouncement\tShare Charge\tShare Charge\n"
                + "Uskmoor Investment\t1,050,000,000\t300,000,000\t360,000,000\nHoldings Limited (Note)\t\t\t\n\n"
                + "Note:\tThe Chargor is wholly owned by Mr. Ng Kwok Fai.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).hasSize(1);
        PledgeTransaction t = p.getTransactions().get(0);
        assertThat(t.getShares()).isEqualTo(60_000_000L);
        assertThat(t.getSupplementalPledge()).isTrue();
        assertThat(t.getPledgee()).isEqualTo("Nanyang Commercial Bank, Limited");
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("Uskmoor Investment Holdings Limited");
        assertThat(p.getPositions().get(0).getPledgedBefore()).isEqualTo(300_000_000L);
    }

    @Test
    void oneCellPerLineNamesBrokenInsideTheirCompanyFormAndATermBrokenInsideAWord() {
        String text = "一、本次股份质押基本情况\n\n股东名称\n\n是否为控股股东\n\n本次质押数量（股）\n\n占其所持股份比例\n\n占公司总股本比例\n\n"
                + "质押起始日\n\n质押到期日\n\n质权人\n\n质押用途\n\n"
                + "西樵实业\n\n是\n\n30,000,000\n\n6.67%\n\n2.00%\n\n2024年10月9日\n\n2025年10月9日\n\n国信证券股份有\n\n限公司\n\n自身生产经营\n\n"
                + "何振邦\n\n是\n\n5,000,000\n\n22.22%\n\n0.33%\n\n2024年10月10日\n\n至办理解除质\n\n押登记之日\n\n国信证券股份有\n\n限公司\n\n个人资金需求\n\n"
                + "合计\n\n—\n\n35,000,000\n\n—\n\n2.33%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("国信证券股份有限公司");
        assertThat(t).extracting(PledgeTransaction::getPurpose).containsExactly("自身生产经营", "个人资金需求");
        assertThat(t.get(1).getExpiryText()).isEqualTo("至办理解除质押登记之日");

        String bank = "二、本次股份质押基本情况\n\n股东名称\n\n是否为控股股东\n\n本次质押股数（万股）\n\n质押起始日\n\n质押到期日\n\n质权人\n\n"
                + "占其所持股份比例\n\n占公司总股本比例\n\n质押融资资金用途\n\n"
                + "雪龙控股\n\n是\n\n1,800\n\n2024年6月13日\n\n2025年6月12日\n\n浙商银行股份有限\n\n公司湖州分行\n\n4.25%\n\n1.66%\n\n补充流动资金\n\n"
                + "合计\n\n/\n\n1,800\n";
        var b = extractor.extract(bank).payload().getTransactions();
        assertThat(b).hasSize(1);
        assertThat(b.get(0).getPledgee()).isEqualTo("浙商银行股份有限公司湖州分行");
        assertThat(b.get(0).getPercentOfTotalShareCapital()).isEqualTo(1.66);
        assertThat(b.get(0).getPurpose()).isEqualTo("补充流动资金");
    }

    @Test
    void aPartnershipsFormWrappedBelowItsRowAndANameWhoseTailStandsAboveTheNextRow() {
        String text = "二、股东累计质押股份情况\n\n单位：万股\n股东名称\t持股数量\t持股比例\t本次质押前累计质押数量\t本次质押后累计质押数量\n"
                + "兆恒投资\t41,268.50\t30.62%\t12,180.00\t15,380.00\n宁波恒裕企业管理合伙\t2,645.00\t1.96%\t0\t0\n企业（有限合伙）\t\t\t\t\n"
                + "合计\t43,913.50\t32.58%\t12,180.00\t15,380.00\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("兆恒投资", "宁波恒裕企业管理合伙企业（有限合伙）");
        assertThat(p.getTotalPosition().getSharesHeld()).isEqualTo(439_135_000L);

        String above = "二、股东累计质押股份情况\n\n单位：万股\n股东名称\t持股数量\t持股比例\t本次解质前累计质押数量\t本次解质后累计质押数量\n"
                + "江南装备集团有限\t74,240\t40.00%\t21,000\t16,700\n公司\n南京江智投资合伙\n企业（有限合伙）\t3,712\t2.00%\t0\t0\n"
                + "合计\t77,952\t42.00%\t21,000\t16,700\n";
        assertThat(extractor.extract(above).payload().getPositions()).extracting(PledgePosition::getShareholder)
                .containsExactly("江南装备集团有限公司", "南京江智投资合伙企业（有限合伙）");
    }

    @Test
    void listItemsAfterALeadInTakeItsDateAndTheirOwnSubjectsAndATermDefinesTheLastPartyNamed() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\nThe Board has been informed by Brightstar Crest Limited (\"Brightstar\"), a "
                + "controlling shareholder of the Company, and Mr. Tsang Wing Hong (\"Mr. Tsang\"), an executive Director, that on 2 May 2024:\n\n"
                + "(a) Brightstar pledged 120,000,000 ordinary shares of the Company in favour of China CITIC Bank International Limited (the "
                + "\"Lender\"). The shares represent approximately 7.50% of the total number of issued shares of the Company; and\n\n"
                + "(b) Mr. Tsang pledged 16,000,000 ordinary shares of the Company held by him personally in favour of the Lender.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Brightstar Crest Limited", "Mr. Tsang Wing Hong");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2024, 5, 2));

        String pair = "PLEDGE OF SHARES\n\nThe Board was informed by Idenmore Capital and Ms. Lo Ka Yan (\"Ms. Lo\", together with Idenmore "
                + "Capital, the \"Pledgors\"), the controlling shareholders of the Company, that on 18 February 2025 Ms. Lo pledged "
                + "12,000,000 Shares in favour of Prime Harvest Securities Limited.\n";
        assertThat(extractor.extract(pair).payload().getTransactions()).extracting(PledgeTransaction::getPledgor).containsExactly("Ms. Lo Ka Yan");
    }

    @Test
    void chineseDatesWrappedAfterTheirYearsAndTheTermsEndDateLabel() {
        String tab = "質押詳情\n\n\t\t質押股份\t佔質押人所持股份\t\t質押期限\n質押人\t質權人\t數目\t之概約百分比\t質押日期\t屆滿日期\n"
                + "常青樹\t富信證券有限公司\t100,000,000\t25.00%\t二零二五年\t二零二六年\n\t\t\t\t一月二十日\t一月十九日\n"
                + "常青樹\t明德財務有限公司\t80,000,000\t20.00%\t二零二五年\t二零二七年\n\t\t\t\t一月二十日\t一月十九日\n";
        var t = extractor.extract(tab).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2025, 1, 20));
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2026, 1, 19), LocalDate.of(2027, 1, 19));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("富信證券有限公司", "明德財務有限公司");

        // one cell per line the years come first, then the months and days, in column order
        java.util.List<String> lines = java.util.List.of("常青樹", "二零二五年", "二零二六年", "一月二十日", "一月十九日", "合計");
        assertThat(WrappedRows.joinWrappedDates(lines)).containsExactly("常青樹", "二零二五年一月二十日", "二零二六年一月十九日", "合計");
        assertThat(WrappedRows.joinWrappedDates(java.util.List.of("二零二二年", "六月十五日"))).containsExactly("二零二二年六月十五日");
    }

    @Test
    void aShortHoldersNameBeforeTheWholePledgeeUnderAPledgeeFirstHeader() {
        String text = "股份質押\n\n出質人\n質權人\n質押股份數目\n佔已發行股份總數百分比\n質押日期\n"
                + "常青樹\n富信證券有限公司\n100,000,000股\n8.33%\n2025年1月20日\n"
                + "常青樹投資\n有限公司\n明德財務有限公司\n80,000,000股\n6.67%\n2025年1月20日\n\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("常青樹", "常青樹投資有限公司");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("富信證券有限公司", "明德財務有限公司");
    }

    @Test
    void aPurposeStatedInASentenceOfItsOwnAndAReleasesPledgeDatedInItsSentence() {
        String text = "PLEDGE OF SHARES BY A CONTROLLING SHAREHOLDER\n\nOn 3 March 2025, Mr. Tsang Wai Man (\"Mr. Tsang\") pledged 86,000,000 "
                + "Shares in favour of Harbour Crest Securities Limited (the \"Pledgee\"). The Pledged Shares represent approximately 10.75% of the "
                + "total number of Shares in issue. The purpose of the pledge is to secure a margin financing facility granted by the Pledgee to "
                + "Mr. Tsang for his personal investment. The pledge will expire on 2 March 2026.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose())
                .isEqualTo("to secure a margin financing facility granted by the Pledgee to Mr. Tsang for his personal investment");

        String release = "（股份代號：01234）\n\n关于控股股东部分股份解除质押的公告\n\n"
                + "雪龙控股于2023年5月10日质押给中信证券股份有限公司的2,400万股无限售流通A股，已于2024年6月12日在中国证券登记结算有限责任公司"
                + "上海分公司办理完成解除质押登记手续。\n";
        var r = extractor.extract(release).payload().getTransactions();
        assertThat(r).hasSize(1);
        assertThat(r.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(r.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(r.get(0).getRestrictedShares()).isFalse();
    }

    @Test
    void aHoldingsTableOneCellPerLineWithItsLabelsAboveTheOneThatOpensIt() {
        String text = "SHAREHOLDING AND PLEDGED POSITION\n\nSet out below is the shareholding of the Pledgors:\n\n"
                + "Number of Shares pledged\nNumber of Shares pledged\nNumber of\nimmediately before the\nimmediately after the\n"
                + "Name\nShares held\nadditional pledges\nadditional pledges\nIdenmore Capital\n1,080,000,000\n300,000,000\n330,000,000\n"
                + "Ms. Lo\n96,000,000\n0\n12,000,000\nTotal\n1,176,000,000\n300,000,000\n342,000,000\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedBefore).containsExactly(300_000_000L, 0L);
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(330_000_000L, 12_000_000L);

        String charge = "SUPPLEMENTAL SHARE CHARGE\n\nSet out below is a summary of the shares held and charged by the Chargor:\n\n"
                + "Number of\nNumber of Shares\nNumber of Shares\nShares held as at\ncharged before\ncharged after\nthe date of this\n"
                + "the Supplemental\nthe Supplemental\nName of chargor\nannouncement\nShare Charge\nShare Charge\n(after)\n"
                + "Uskmoor Investment\n1,050,000,000\n300,000,000\n360,000,000\n\nNote: The Chargor is wholly owned by Mr. Ng.\n";
        var q = extractor.extract(charge).payload();
        assertThat(q.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("Uskmoor Investment");
        assertThat(q.getPositions().get(0).getPledgedBefore()).isEqualTo(300_000_000L);
        assertThat(q.getTransactions()).isEmpty();
    }

    @Test
    void aMainlandHeadingNumberWithoutASpaceOpensThePositionsSection() {
        String text = "关于控股股东部分股份解除质押及再质押的公告\n\n3.股东累计质押股份情况\n截至本公告披露日，伊德瑞控股及其一致行动人累计质押股份情况如下：\n"
                + "单位：万股\n股东名称\t持股数量\t持股比例\t本次质押前累计质押数量\t本次质押后累计质押数量\n"
                + "伊德瑞控股有限公司\t48,582.4000\t40.00%\t13,800.0000\t19,300.0000\n朱立平\t1,200.0000\t0.99%\t0\t0\n"
                + "合计\t49,782.4000\t40.99%\t13,800.0000\t19,300.0000\n\n三、控股股东股份质押情况\n"
                + "1.伊德瑞控股未来半年内无到期的质押股份；未来一年内到期的质押股份数量为5,500.0000万股。\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("伊德瑞控股有限公司", "朱立平");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedBefore).containsExactly(138_000_000L, 0L);
        assertThat(p.getTotalPosition().getPledgedAfter()).isEqualTo(193_000_000L);
    }

    @Test
    void oneCellPerLineATransactionsNatureWrappedAfterTheHoldersName() {
        String text = "PLEDGE OF SHARES\n\nDetails of the release and the New Pledge are summarised below:\n\nName of\npledgor\nNature of\n"
                + "transaction\nNumber of\nShares\nApproximate\n% of total\nissued\nShares\nDate of\npledge\nDate of\nrelease\nPledgee\n"
                + "Ambrose Crest\nRelease of\npledge\n200,000,000\n12.50%\n18 March\n2022\n26 February\n2025\nPacific Orient\nFinance Limited\n"
                + "Ambrose Crest\nPledge\n260,000,000\n16.25%\n27 February\n2025\nN/A\nCrestbridge\nCapital (Asia)\nLimited\n\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Ambrose Crest");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 2, 26));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Pacific Orient Finance Limited", "Crestbridge Capital (Asia) Limited");
    }

    @Test
    void aHongKongTableWithARowTypeAfterTheNameALoneDateAndItsPositionsUnderAChineseHeading() {
        String text = "股份質押及解除質押\n\n本公司董事會接獲本公司控股股東永福控股有限公司（「永福控股」）之通知，詳情如下：\n\n"
                + "永福控股於二零二二年十月十二日以富衡證券有限公司為受益人質押之150,000,000股本公司普通股，已於二零二四年十一月五日全數解除質押。\n\n"
                + "於二零二四年十一月六日，永福控股以華信銀行（香港）有限公司（「華信銀行」）為受益人，質押其持有之200,000,000股股份，"
                + "質押期限為兩年，至二零二六年十一月五日屆滿。\n\n上述解除質押及質押之詳情載列如下：\n\n"
                + "股東名稱\n事項\n股份數目\n佔其所持\n股份之概約\n百分比\n日期\n質權人\n"
                + "永福控股\n解除質押\n150,000,000\n24.19%\n二零二四年\n十一月五日\n富衡證券有限公司\n"
                + "永福控股\n質押\n200,000,000\n32.26%\n二零二四年\n十一月六日\n華信銀行\n\n"
                + "累計質押情況\n\n股東名稱\n持有股份數目\n本次變動前已質押股份數目\n本次變動後已質押股份數目\n"
                + "永福控股\n620,000,000\n150,000,000\n200,000,000\n";
        var p = extractor.extract(text).payload();
        var t = p.getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2022, 10, 12));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(t.get(1).getPledgee()).isEqualTo("華信銀行（香港）有限公司");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(200_000_000L);
    }

    @Test
    void aNatureColumnInAReleaseTableAndTheProsesOwnDates() {
        String text = "RELEASE AND PLEDGE OF SHARES\n\n(i)\tthe pledge over 96,000,000 ordinary shares of the Company (the \"Shares\") created by "
                + "Goldpeak Global Limited on 15 July 2023 in favour of Regent Harbour Finance Limited has been released on 3 July 2025; and\n"
                + "(ii)\ton 4 July 2025, Goldpeak Global Limited pledged 110,000,000 Shares in favour of Tai Kwong Securities Limited for a "
                + "term of two years expiring on 3 July 2027.\n\nDetails of the Release and the New Pledge are set out below:\n\n"
                + "Pledgor\nNature\nNumber of\nShares\nDate\nPledgee\nGoldpeak\nRelease\n96,000,000\n3 July 2025\nRegent Harbour\n"
                + "Finance Limited\nGoldpeak\nPledge\n110,000,000\n4 July 2025\nTai Kwong Securities\nLimited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 7, 15));
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2027, 7, 3));
    }

    @Test
    void chineseChargesByTheIssuersControllingShareholderAndItsChairman() {
        String text = "控股股東押記股份\n\n作為借款人於融資協議項下責任之抵押品之一，本公司控股股東盛輝投資有限公司（「盛輝投資」）已於二零二四年五月八日"
                + "以貸款人為受益人，就其實益擁有之180,000,000股本公司普通股簽立股份押記。盛輝押記股份約佔盛輝投資所持本公司股份總數之37.50%，"
                + "及約佔本公司於本公告日期已發行股份總數之15.00%。\n同日，董事會主席兼執行董事黃俊輝先生（「黃先生」）亦以貸款人為受益人，"
                + "就其個人實益擁有之30,000,000股本公司普通股簽立股份押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("盛輝投資有限公司", "黃俊輝先生");
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(37.5);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(15.0);
    }

    @Test
    void aPurposeInTheProseAboveATableIsNoColumnOfIt() {
        String text = "PLEDGE OF SHARES\n\nMr. Kwok and Brilliant Hope pledged Shares as security for loan facilities granted to Mr. Kwok for his "
                + "personal investment purposes. Details of the pledges are set out below:\n\nName of pledgor\nNumber of\nShares pledged\n"
                + "Pledgee\nDate of pledge\nMr. Kwok\n100,000,000\nHarbour Crest\nSecurities Limited\n2 September 2024\n"
                + "Brilliant Hope\n80,000,000\nGolden Reef Finance\nLimited\n3 September 2024\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(100_000_000L, 80_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Harbour Crest Securities Limited", "Golden Reef Finance Limited");
    }

    @Test
    void anAPlusHIssuersMainlandCopyDatesWrappedAfterTheirMonths() {
        String text = "A股代码：603597　　A股简称：景润医药\nH股代码：01956\n\n关于控股股东部分股份质押的公告\n\n1、本次股份质押基本情况\n"
                + "股东名称\n本次质押股数\n质押起始日\n质押到期日\n质权人\n景润集团\n38,000,000\n2024年6月\n21日\n2026年6月\n20日\n"
                + "招商银行股\n份有限公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(t.get(0).getExpiryDate()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(t.get(0).getPledgee()).isEqualTo("招商银行股份有限公司");
        assertThat(dev.hkfilings.classify.HeaderReader.stockCodes(text)).containsExactly("01956");
    }

    @Test
    void anAggregateLeadInIsNoPledgeAndTheNextSentenceStatesTheExpiry() {
        String text = "PLEDGE OF SHARES BY A SUBSTANTIAL SHAREHOLDER\n\nThe Board has been informed by Upton Crest Investments Limited (\"Upton "
                + "Crest\"), a substantial shareholder of the Company, that it has pledged an aggregate of 200,000,000 ordinary shares of the "
                + "Company (the \"Shares\") in the following manner:\n\n(a)\ton 2 June 2025, Upton Crest pledged 120,000,000 Shares in favour "
                + "of Dah Cheong Commercial Bank Limited. Such pledge shall remain in effect until the said facility has been repaid in full; and\n\n"
                + "(b)\ton 4 June 2025, Upton Crest pledged 80,000,000 Shares in favour of Kingsmead Securities Limited. Such pledge will "
                + "expire on 3 June 2026 unless renewed by the parties.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(120_000_000L, 80_000_000L);
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(null, LocalDate.of(2026, 6, 3));
    }

    @Test
    void aChineseReleaseOfTheChargeReferredToWithItsCountInTheNextSentence() {
        String text = "控股股東解除股份押記\n\n本公告乃由本公司按自願基準作出。\n\n茲提述本公司日期為二零二二年九月二十九日之公告，內容有關本公司控股股東朗暉投資有限公司（「朗暉投資」）以"
                + "招商永隆銀行有限公司（「承押人」）為受益人，就其所持有之120,000,000股本公司股份（「押記股份」）設立股份押記。\n\n"
                + "董事會獲朗暉投資告知，由於上述貸款融資已於二零二四年六月十四日悉數償還，承押人已於同日（即二零二四年六月十四日）解除押記股份之押記。"
                + "押記股份合共120,000,000股，佔朗暉投資所持"
                + "本公司股份約14.55%，及佔本公司於本公告日期已發行股份總數1,500,000,000股約8.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("朗暉投資有限公司");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(14.55);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(8.0);
    }

    @Test
    void oneCellPerLineRowsThatOpenWithTheirDateAndType() {
        String text = "控股股東解除質押及質押股份\n\n本公司董事會獲控股股東明暉有限公司（「明暉」）知會，明暉已解除其以信興銀行有限公司（「信興銀行」）為受益人之股份質押，"
                + "並於次日以泰豐證券有限公司（「泰豐證券」）為受益人質押本公司股份。詳情如下：\n\n"
                + "日期\n事項\n股東\n股份數目\n佔其所持股份之概約百分比\n佔本公司已發行股份總數之概約百分比\n質權人\n"
                + "二零二五年三月三日\n解除質押\n明暉\n90,000,000\n15.00%\n7.50%\n信興銀行\n"
                + "二零二五年三月四日\n質押\n明暉\n120,000,000\n20.00%\n10.00%\n泰豐證券\n\n"
                + "於本公告日期，明暉持有600,000,000股本公司股份，佔本公司已發行股份總數約50.00%。\n";
        SharePledge p = extractor.extract(text).payload();
        assertThat(p.getKind()).isEqualTo(PledgeKind.BOTH);
        var t = p.getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(90_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(7.5);
        assertThat(t.get(1).getAction()).isEqualTo(PledgeAction.PLEDGE);
        assertThat(t.get(1).getShares()).isEqualTo(120_000_000L);
        assertThat(t.get(1).getStartDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(t.get(1).getPercentOfHolding()).isEqualTo(20.0);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("明暉有限公司");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("信興銀行有限公司", "泰豐證券有限公司");
    }

    @Test
    void aTableOneCellPerLineWithWrappedLabelsIsNotCutIntoRowsByItsLabelCount() {
        // eight label lines for six columns: read as before, by the first row's name and figures
        String text = "PLEDGE OF SHARES\n\nDetails of the pledge are as follows:\n\nName of pledgor\nNumber of\nShares pledged\n"
                + "Percentage of\nShares held\nDate of pledge\nPledgee\nPurpose\nBrightwater Holdings Limited\n50,000,000\n25.00%\n"
                + "2 May 2025\nHarbour Credit Limited\nLoan facility\n\nNotes: none.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Brightwater Holdings Limited");
        assertThat(t.get(0).getShares()).isEqualTo(50_000_000L);
    }

    @Test
    void aPartnershipsFormWrappedAloneOntoTheLinesBelowItsRow() {
        String text = "1. Basic information on the pledge\n"
                + "Name of shareholder\tNumber of pledged shares\tCommencement date\tPledgee\n"
                + "Hangzhou Ruiqi Equity\t25,000,000\t22 October 2025\tHuaxi Zhongcheng\n"
                + "Investment Partnership\t\t\tSecurities Co., Ltd.\n(Limited Partnership)\n"
                + "Total\t25,000,000\t/\t/\n\n"
                + "2. Cumulative pledge of shares\n"
                + "Name of shareholder\tNumber of shares held\tNumber of shares pledged before the pledge\tNumber of shares pledged after the pledge\n"
                + "Ningbo Kenli Equity Investment\t24,870,000\t0\t0\nPartnership (Limited\nPartnership) (Note 2)\n"
                + "Total\t24,870,000\t0\t0\n\nNote 2: an employee shareholding platform.\n";
        SharePledge p = extractor.extract(text).payload();
        assertThat(p.getTransactions().get(0).getPledgor()).isEqualTo("Hangzhou Ruiqi Equity Investment Partnership (Limited Partnership)");
        assertThat(p.getPositions().get(0).getShareholder()).isEqualTo("Ningbo Kenli Equity Investment Partnership (Limited Partnership)");
    }

    @Test
    void releasesListedAfterTheHoldersWhoToldTheBoardNameEachHolderByTheSharesItHeld() {
        String text = "RELEASE OF PLEDGE OF DOMESTIC SHARES\n\nThe Board has been informed by Tongfu Holding Group Co., Ltd. (\"Tongfu Holding\") and "
                + "Mr. Lu Weiming (\"Mr. Lu\") that, following the full repayment of the relevant loans:\n\n"
                + "(a) on 4 March 2025, the pledge over 90,000,000 Domestic Shares held by Tongfu Holding in favour of the Bank was released; and\n\n"
                + "(b) on 5 March 2025, the pledge over 6,000,000 Domestic Shares held by Mr. Lu in favour of the Bank was released.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsOnly(PledgeAction.RELEASE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Tongfu Holding Group Co., Ltd.", "Mr. Lu Weiming");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(90_000_000L, 6_000_000L);
    }

    @Test
    void aChineseListItemThatOpensWithTheHolderWhoPledgesInFavourOfTheLender() {
        String text = "控股股東質押股份\n\n本公司董事會獲本公司控股股東嘉航投資有限公司（「嘉航投資」）及董事會主席林永康先生（「林先生」）知會，於2025年6月3日：\n\n"
                + "(i) 嘉航投資以富達證券有限公司（「承押人」）為受益人，將其持有之90,000,000股本公司普通股作出質押，佔嘉航投資所持本公司股份約30.00%，"
                + "以及佔本公司已發行股份總數約9.00%；及\n\n"
                + "(ii) 林先生以承押人為受益人，將其個人持有之12,000,000股本公司普通股作出質押，佔林先生個人所持本公司股份之100%，"
                + "以及佔本公司已發行股份總數約1.20%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("嘉航投資有限公司", "林永康先生");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(90_000_000L, 12_000_000L);
    }

    @Test
    void aChargeTableWithAChargeeColumnAboveANoteThatQuotesTheHolding() {
        String text = "CHARGE OF SHARES BY THE CONTROLLING SHAREHOLDER\n\nTHE SHARE CHARGE\n\n"
                + "On 14 August 2025, Harwood Pacific Limited (\"Harwood Pacific\"), the controlling shareholder of the Company, executed a share "
                + "charge in favour of the Lender. Details are as follows:\n\n"
                + "Name of chargor\tNumber of Shares charged\tApproximate percentage of the total number of issued Shares\tDate of the Share Charge\tChargee\n"
                + "Harwood Pacific Limited (Note)\t540,000,000\t36.00%\t14 August 2025\tPacific Orient Bank Limited\n\n"
                + "Note: Harwood Pacific is wholly owned by Mr. Leung. As at the date of this announcement, the Shares held by Harwood Pacific are "
                + "810,000,000.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Harwood Pacific Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Pacific Orient Bank Limited");
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2025, 8, 14));
    }

    @Test
    void aChineseLenderWhoseDefinedTermsBracketGoesOnWithADescription() {
        String text = "主要股東押記股份\n\n董事會接獲本公司主要股東雅信環球有限公司（「雅信環球」）之通知，於2025年8月12日，雅信環球以信達財務有限公司（「承押人」，"
                + "一間根據香港法例第163章《放債人條例》持牌之放債人）為受益人，就其實益擁有之120,000,000股本公司普通股簽立股份押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("雅信環球有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("信達財務有限公司");
    }

    @Test
    void aHolderWhoseNameOpensWithAConjunctionsCharacterKeepsIt() {
        String text = "股東質押股份\n\n董事會獲本公司主要股東和信投資有限公司（「和信投資」）及其董事周文華先生（「周先生」）知會，"
                + "和信投資以富達證券有限公司為受益人，將其持有之30,000,000股本公司普通股作出質押。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("和信投資有限公司");
    }

    @Test
    void wrappedTabLinesThatDropTheEmptyCellsTabsAndNamesClosedByTheirFormBelowTheRow() {
        String text = "Hubei Zhanqiao Environmental Technology Co., Ltd. has published the following announcement on the website of the"
                + " Shanghai Stock Exchange.\n\n1. Basic information on the pledge\nUnit: 10 thousand shares\n"
                + "Name of shareholder\tWhether a controlling shareholder\tNumber of shares pledged\tCommencement date\tExpiry date"
                + "\tPledgee\tAs a % of its shareholding\tAs a % of total share capital\tUse of pledged funds\n"
                + "Hubei Zhanqiao Industrial\tYes\t3,120\t2025-09-08\tUntil pledge\tChangjiang Hengxin\t6.25%\t2.00%\tSupplementing\n"
                + "Investment Group Co., Ltd.\trelease\tSecurities Co., Ltd.\tworking capital\n"
                + "Total\t/\t3,120\t/\t/\t/\t/\t2.00%\t/\n\n"
                + "2. Cumulative pledge of shares\nUnit: 10 thousand shares\n"
                + "Name of shareholder\tNumber of shares held\tShareholding percentage\tPledged shares before this pledge"
                + "\tPledged shares after this pledge\n"
                + "Hubei Zhanqiao Industrial\t49,920\t32.00%\t12,480\t15,600\nInvestment Group Co., Ltd.\n"
                + "Wuhan Zhanqiao Enterprise\t4,680\t3.00%\t0\t1,170\nManagement Partnership (Limited Partnership)\n"
                + "Total\t54,600\t35.00%\t12,480\t16,770\n";
        var p = extractor.extract(text).payload();
        var t = p.getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("Hubei Zhanqiao Industrial Investment Group Co., Ltd.");
        assertThat(t.getPledgee()).isEqualTo("Changjiang Hengxin Securities Co., Ltd.");
        assertThat(t.getPurpose()).isEqualTo("Supplementing working capital");
        assertThat(t.getShares()).isEqualTo(31_200_000L);
        assertThat(t.getShareClass()).isEqualTo(ShareClass.A);
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly(
                "Hubei Zhanqiao Industrial Investment Group Co., Ltd.", "Wuhan Zhanqiao Enterprise Management Partnership (Limited Partnership)");
    }

    @Test
    void aNameOnItsOwnLineAboveARowWithoutANameIsThatRowsName() {
        String text = "PLEDGE OF SHARES\n\nName of pledgor\tNumber of shares pledged\tDate of pledge\tPledgee\n"
                + "Hubei Zhanqiao Industrial\t15,600,000\t3 June 2024\tGrand Meridian Bank Limited\nBright Tern Investments Limited\n"
                + "\t1,170,000\t4 June 2024\tGrand Meridian Bank Limited\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).first().isEqualTo("Hubei Zhanqiao Industrial");
    }

    @Test
    void twoChargesListedInOneSentenceInEachCaseInFavourOfTheLenderWithTheirPercentagesRespectively() {
        String text = "ADDITIONAL CHARGES OF SHARES BY CONTROLLING SHAREHOLDERS\n\n"
                + "Reference is made to the charge of 600,000,000 ordinary shares of HK$0.01 each in the share capital of the Company (the"
                + " \"Shares\") by Zennor Capital Limited (\"Zennor Capital\") in favour of Asia Keystone Capital Limited (the \"Lender\").\n\n"
                + "The Board was informed that on 22 September 2025 (i) Zennor Capital executed a further share charge over 180,000,000"
                + " Shares; and (ii) Bright Tern Investments Limited (\"Bright Tern\") executed a share charge over 60,000,000 Shares"
                + " (together, the \"Additional Charges\"), in each case in favour of the Lender as additional security.\n\n"
                + "The 180,000,000 Shares and 60,000,000 Shares subject to the Additional Charges represent approximately 16.67% and"
                + " 50.00% of the Shares held by Zennor Capital and Bright Tern respectively, and approximately 7.50% and 2.50% of the"
                + " total number of issued Shares respectively.\n\n"
                + "Zennor Capital is a controlling shareholder of the Company and Bright Tern is a party acting in concert with Zennor"
                + " Capital. Details are set out below.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Zennor Capital Limited", "Bright Tern Investments Limited");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(180_000_000L, 60_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("Asia Keystone Capital Limited");
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(16.67, 50.0);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(7.5, 2.5);
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
    }

    @Test
    void aPositionsTableOneCellPerLineWhoseHeaderThePageAfterRepeatsWithTheChargedCountBetweenBeforeAndAfter() {
        String header = "Chargor\nNumber of Shares\nheld\nApproximate %\nof total issued\nShares\nShares charged\nbefore the\n"
                + "Additional Charges\nShares subject\nto the Additional\nCharges\nShares charged\nafter the\nAdditional Charges\n"
                + "Approximate %\nof total issued\nShares\n";
        String text = "CHARGES OF SHARES BY CONTROLLING SHAREHOLDERS\n\nOn 22 September 2025 Zennor Capital Limited executed a share"
                + " charge over 180,000,000 Shares in favour of Asia Keystone Capital Limited.\n\n"
                + "Details of the Shares held and charged immediately before and after the Additional Charges are as follows:\n\n" + header
                + "Zennor Capital Limited (1)\n1,080,000,000\n45.00%\n600,000,000\n180,000,000\n780,000,000\n32.50%\n\n– 1 –\n\n" + header
                + "Bright Tern Investments\nLimited (2)\n120,000,000\n5.00%\nNil\n60,000,000\n60,000,000\n2.50%\n"
                + "Total\n1,200,000,000\n50.00%\n600,000,000\n240,000,000\n840,000,000\n35.00%\n\nNotes:\n\n(1) Zennor Capital is"
                + " wholly owned by Mr. Cheung.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("Zennor Capital Limited", "Bright Tern Investments Limited");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedBefore).containsExactly(600_000_000L, 0L);
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(780_000_000L, 60_000_000L);
        assertThat(p.getPositions()).extracting(PledgePosition::getPercentOfCapitalPledged).containsExactly(32.5, 2.5);
        assertThat(p.getTotalPosition().getPledgedAfter()).isEqualTo(840_000_000L);
    }

    @Test
    void theClassOfTheSharesDefinedOnLinesThatWrapInsideIt() {
        String text = "SHARE CHARGE\n\nReference is made to the charge of 600,000,000 ordinary\nshares of HK$0.01 each in the share"
                + " capital of the Company (the \"Shares\") by Zennor Capital Limited.\n\n"
                + "On 22 September 2025 Zennor Capital Limited executed a further share charge over 180,000,000 Shares in favour of"
                + " Asia Keystone Capital Limited.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShareClass).containsExactly(ShareClass.ORDINARY);
    }

    @Test
    void aChineseReleaseOfPartOfAChargeThenTheReleasedSharesChargedAgainAndAPositionsTableOfChargedShares() {
        String text = "解除部分股份押記\n\n本公司董事會獲本公司控股股東鄱陽投資有限公司（「鄱陽投資」）告知，鄱陽投資於二零二三年六月二十八日"
                + "以恒昌銀行有限公司（「恒昌銀行」）為受益人押記之合共400,000,000股本公司普通股（「股份」）中，其中150,000,000股股份"
                + "（佔鄱陽投資所持股份約14.29%及本公司已發行股份總數約7.50%）已於二零二五年九月十日獲恒昌銀行解除押記。餘下250,000,000股股份"
                + "仍以恒昌銀行為受益人押記。\n\n重新押記股份\n\n董事會進一步獲鄱陽投資告知，於二零二五年九月十二日，鄱陽投資以信匯證券有限公司"
                + "（「信匯證券」）為受益人，將上述已解除押記股份中之120,000,000股股份（佔鄱陽投資所持股份約11.43%及本公司已發行股份總數約"
                + "6.00%）押記。該押記將於二零二八年九月十一日屆滿。\n\n控股股東之股權\n\n"
                + "股東名稱\t所持股份數目\t佔已發行股份\t本次變動前已\t本次變動後已\t佔其所持股份\t佔已發行股份\n"
                + "\t\t總數概約百分比\t押記股份數目\t押記股份數目\t概約百分比\t總數概約百分比\n"
                + "鄱陽投資有限公司\t1,050,000,000\t52.50%\t400,000,000\t370,000,000\t35.24%\t18.50%\n";
        var p = extractor.extract(text).payload();
        var t = p.getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(150_000_000L, 120_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("鄱陽投資有限公司");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("恒昌銀行有限公司", "信匯證券有限公司");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(370_000_000L);
    }

    @Test
    void aReleaseTableOnItsSideWhoseLabelWrapsAboveItsValuesAndAValueWrappedBelowTheTable() {
        String text = "一、股东股份解除质押基本情况\n项目\t第一笔\t第二笔\n股东名称\t茂源控股集团有限公司\t茂源控股集团有限公司\n"
                + "是否为控股股东或第一大股东\n及其一致行动人\t是\t是\n本次解除质押股份数量（万股）\t1,800.00\t950.00\n"
                + "占其所持股份比例\t5.47%\t2.89%\n占公司总股本比例\t1.70%\t0.90%\n起始日\t2023年8月15日\t2024年2月20日\n"
                + "解除日期\t2025年10月9日\t2025年10月10日\n质权人\t国信证券股份有限公司\t中国银河证券股份有限\n公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(18_000_000L, 9_500_000L);
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("国信证券股份有限公司", "中国银河证券股份有限公司");
    }

    @Test
    void aChineseTableWhoseWrappedHeaderAndCellsDropTheTabsOfWholeCellsWithBarePercentages() {
        String text = "1. 本次股份质押基本情况\n单位：万股\n"
                + "股东名称\t是否为控\t本次质押\t是否为\t是否补\t质押起始日\t质押到期日\t质权人\t占其所持\t占公司总\t质押融资资\n"
                + "股股东\t股数\t限售股\t充质押\t股份比例(%)\t股本比例(%)\t金用途\n"
                + "浦禾控股集\t是\t6,500.00\t否\t否\t2025年4月16日\t2026年4月15日\t华鼎证券股份\t11.09\t4.68\t补充流动资金\n"
                + "团有限公司\t有限公司\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("浦禾控股集团有限公司");
        assertThat(t.getPledgee()).isEqualTo("华鼎证券股份有限公司");
        assertThat(t.getSupplementalPledge()).isFalse();
        assertThat(t.getPercentOfHolding()).isEqualTo(11.09);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(4.68);
        assertThat(t.getPurpose()).isEqualTo("补充流动资金");
    }

    @Test
    void aPositionsTableOfChargedSharesOneCellPerLineWhoseLabelsSecondLinesComeAfterTheFirstOnes() {
        String text = "控股股東之股權\n\n緊隨上述解除押記及重新押記後，本公司控股股東所持股份之押記情況如下：\n\n"
                + "股東名稱\n所持股份數目\n佔已發行股份\n本次變動前已\n本次變動後已\n佔其所持股份\n佔已發行股份\n總數概約百分比\n押記股份數目\n"
                + "押記股份數目\n概約百分比\n總數概約百分比\n鄱陽投資有限公司\n1,050,000,000\n52.50%\n400,000,000\n370,000,000\n35.24%\n18.50%\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).isEmpty();
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(370_000_000L);
    }

    @Test
    void topUpSharesPercentagesInTheNextSentenceAndATitledPledgorsNoteNumber() {
        String text = "TOP-UP PLEDGE\n\nOn 12 June 2025, the Trustee executed a supplemental share charge in favour of the Lender, pursuant to"
                + " which the Trustee pledged an additional 45,000,000 Shares (the \"Top-up Shares\") to the Lender.\n\n"
                + "The Top-up Shares represent approximately 5.45% of the Shares held by the Trustee and approximately 3.00% of the"
                + " total number of issued Shares.\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getPercentOfHolding()).isEqualTo(5.45);
        assertThat(t.getPercentOfTotalShareCapital()).isEqualTo(3.0);

        String table = "PLEDGE OF SHARES\n\nName of pledgor\tNumber of Shares pledged\t% of total issued Shares\tPledgee\n"
                + "Ms. Tse Wai Man(2)\t20,000,000\t1.67%\tGrand Meridian Bank Limited\n";
        assertThat(extractor.extract(table).payload().getTransactions().get(0).getPledgor()).isEqualTo("Ms. Tse Wai Man");
    }

    @Test
    void aTabRowsNameClosedOnTheNextTabLineBeforeTheTotal() {
        String text = "II. CUMULATIVE PLEDGE OF SHARES\nUnit: share\n\n"
                + "Name of shareholder\tNumber of shares held\tShareholding percentage\tNumber of shares pledged before the extension"
                + "\tNumber of shares pledged after the extension\n"
                + "Flintmoor Group Corporation\t760,000,000\t38.00%\t210,000,000\t210,000,000\n"
                + "Flintmoor Capital\t40,000,000\t2.00%\t0\t0\nManagement Co., Ltd.\t\t\t\t\n"
                + "Total\t800,000,000\t40.00%\t210,000,000\t210,000,000\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder)
                .containsExactly("Flintmoor Group Corporation", "Flintmoor Capital Management Co., Ltd.");
        assertThat(p.getTotalPosition().getSharesHeld()).isEqualTo(800_000_000L);
    }

    @Test
    void aReleaseOfTheChargedSharesWhoseCountALaterSentenceGives() {
        String text = "RELEASE OF SHARE CHARGE\n\nReference is made to the share charge dated 8 September 2023 (the \"Share Charge\") executed by"
                + " Summit Lane Investments Limited (the \"Chargor\"), the controlling shareholder of the Company, in favour of Eastwind"
                + " Credit Partners Limited (the \"Chargee\") over certain ordinary shares of HK$0.01 each in the share capital of the"
                + " Company (the \"Charged Shares\").\n\nThe Board has been informed by the Chargor that the Chargee has released the"
                + " Charged Shares on 14 August 2025 by way of a deed of release.\n\nThe Charged Shares comprise 215,000,000 ordinary"
                + " shares of the Company, representing approximately 17.92% of the total number of issued shares of the Company.\n";
        var p = extractor.extract(text).payload();
        var t = p.getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(215_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 9, 8));
        assertThat(t.get(0).getPledgee()).isEqualTo("Eastwind Credit Partners Limited");
        assertThat(p.getKind()).isEqualTo(PledgeKind.RELEASE);
    }

    @Test
    void aNoteBelowATableOnItsSideIsNoPartOfItsLastValue() {
        String text = "一、股东股份解除质押基本情况\n项目\t第一笔\t第二笔\n股东名称\t茂源控股集团有限公司\t茂源控股集团有限公司\n"
                + "本次解除质押股份数量（万股）\t1,800.00\t950.00\n占其所持股份比例\t5.47%\t2.89%\n占公司总股本比例\t1.70%\t0.90%\n"
                + "起始日\t2023年8月15日\t2024年2月20日\n解除日期\t2025年10月9日\t2025年10月10日\n质权人\t国信证券股份有限公司\t中国银河证券股份有限\n"
                + "注：本公告中的万股均指公司A股股份\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgee).noneMatch(p -> p != null && p.contains("注"));
    }

    @Test
    void aChineseTopUpChargeWithItsPurposeStatedInTheNextSentence() {
        String text = "控股股東追加押記股份\n\n茲提述本公司日期為2024年9月3日之公告，內容有關本公司控股股東輝博投資有限公司（「輝博」）就寶泰證券有限公司"
                + "（「寶泰證券」）向本公司全資附屬公司授出之定期貸款融資（「該融資」），以150,000,000股本公司股份作出之押記。\n\n"
                + "本公司董事會獲輝博告知，於2025年4月28日，輝博已以寶泰證券為受益人，額外押記合共58,000,000股本公司普通股（「追加押記股份」），"
                + "作為該融資之追加抵押品（「追加押記」）。追加押記之目的為補足原押記項下之抵押品價值，該融資之其他主要條款維持不變。\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getShares()).isEqualTo(58_000_000L);
        assertThat(t.getPledgee()).isEqualTo("寶泰證券有限公司");
        assertThat(t.getSupplementalPledge()).isTrue();
        assertThat(t.getPurpose()).isEqualTo("補足原押記項下之抵押品價值");
    }

    @Test
    void aTablesPledgesTakeThePurposeTheSentenceBelowStates() {
        String text = "控股股東押記股份\n\n押記人\t承押記人\t押記股份數目\t佔本公司已發行股份總數之概約百分比\t押記日期\n"
                + "高陽投資控股有限公司\t環海證券有限公司\t360,000,000\t15.00%\t2025年5月6日\n"
                + "卓域國際有限公司\t永港財務有限公司\t84,000,000\t3.50%\t2025年5月8日\n\n"
                + "上述股份押記乃為本集團獲授之融資提供擔保。環海證券有限公司已向本公司之全資附屬公司授出定期貸款融資。\n";
        var p = extractor.extract(text);
        assertThat(p.payload().getTransactions()).extracting(PledgeTransaction::getPurpose)
                .containsExactly("為本集團獲授之融資提供擔保", "為本集團獲授之融資提供擔保");
        assertThat(p.missingFields()).noneMatch(m -> m.endsWith(".purpose"));
        var aimed = extractor.extract(text.replace("上述股份押記乃為", "股份押記旨在為")).payload().getTransactions();
        assertThat(aimed).extracting(PledgeTransaction::getPurpose).containsOnly("為本集團獲授之融資提供擔保");
    }

    @Test
    void aBranchAfterACommaAndThePurposeInTheNextSentence() {
        String text = "PLEDGE OF H SHARES BY A SUBSTANTIAL SHAREHOLDER\n\nThe Board has been notified by Westlake Vita Capital Fund L.P."
                + " (\"Westlake Vita\"), a substantial shareholder of the Company, that on 20 February 2025, Westlake Vita pledged"
                + " 42,000,000 H shares of the Company (the \"Pledged Shares\") in favour of Meridian Pacific Bank Limited, Hong Kong Branch"
                + " (the \"Pledgee\"). The pledge was made to secure a term loan facility granted by the Pledgee to Westlake Vita, and will"
                + " expire on 19 February 2027 unless released earlier upon repayment of the facility.\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getPledgee()).isEqualTo("Meridian Pacific Bank Limited, Hong Kong Branch");
        assertThat(t.getPurpose()).isEqualTo("to secure a term loan facility granted by the Pledgee to Westlake Vita");
    }

    @Test
    void twoChargesOfOrdinarySharesInOneRespectivelySentence() {
        String text = "THE SHARE CHARGES\n\nThe Board has been informed that, as security for the obligations of the Borrower under the"
                + " Facility Agreement, on 14 March 2025, Brindle Crest Investments Limited (\"Brindle Crest\") and Evercourt Global Limited"
                + " (\"Evercourt\"), each being a member of the controlling shareholders' group of the Company, executed share charges in"
                + " favour of the Lender over 180,000,000 ordinary shares and 95,500,000 ordinary shares of the Company (the \"Charged"
                + " Shares\"), representing approximately 12.00% and 6.37% of the total number of issued shares of the Company as at the"
                + " date of this announcement, respectively.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Brindle Crest Investments Limited", "Evercourt Global Limited");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(180_000_000L, 95_500_000L);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(12.0, 6.37);
    }

    @Test
    void aLoneShanghaiReleaseDatedPledgeeAndClassInItsSentences() {
        String text = "关于控股股东部分股份解除质押的公告\n\n公司于2025年6月11日收到控股股东广诚控股集团有限公司的通知，获悉其于2023年6月8日质押给"
                + "华东证券股份有限公司的部分公司股份已办理解除质押手续，具体情况如下：\n\n一、本次股份解除质押情况\n"
                + "股东名称\t广诚控股集团有限公司\n本次解质股份（股）\t60,000,000\n占其所持股份比例\t14.29%\n占公司总股本比例\t5.00%\n"
                + "解质时间\t2025年6月10日\n注：本次解除质押的股份为无限售条件流通A股，质权人为华东证券股份有限公司。\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.getPledgee()).isEqualTo("华东证券股份有限公司");
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2023, 6, 8));
        assertThat(t.getRestrictedShares()).isFalse();
    }

    @Test
    void releasesOneCellPerLineWithTheHeaderRepeatedUnderACentredPageNumber() {
        String text = "Burnhamvale Group Holdings Limited\n\nRELEASE OF SHARE CHARGES\n\nReference is made to the charges over shares of the"
                + " Company created on\n22 August 2023 by Burnhamvale Venture Holdings Limited and Mr. Ho Kin Sang. The Share Charges have"
                + " been released as follows:\n"
                + "Name of chargor\nName of chargee\nNumber of\nShares\nreleased\nApproximate\npercentage of the\ntotal issued Shares\nDate of release\n"
                + "Burnhamvale Venture\nHoldings Limited\nSterling Pacific Finance\nLimited\n210,000,000\n16.41%\n18 June 2025\n\n"
                + "                                              – 1 –\n\n\n\n"
                + "Name of chargor\nName of chargee\nNumber of\nShares\nreleased\nApproximate\npercentage of the\ntotal issued Shares\nDate of release\n"
                + "Ho Kin Sang\nLakeland Crown\nSecurities Limited\n36,000,000\n2.81%\n19 June 2025\nTotal\n246,000,000\n19.22%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Burnhamvale Venture Holdings Limited", "Mr. Ho Kin Sang");
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(16.41, 2.81);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsOnlyNulls();
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2023, 8, 22));
    }

    @Test
    void linesThatCloseTheOpenNameOfTheRowAboveEndThatRow() {
        String text = "1. Basic information on the pledge\n"
                + "Name of shareholder\tNumber of shares pledged\tAs a percentage of its shareholding\tPledgee\n"
                + "Ningbo Meishan\t12,500,000\t30.64%\tSouthern Ridge\nBonded Port Area\t\t\tSecurities\nBaijiang\t\t\tCo., Ltd.\n"
                + "Investment\t\t\t\nPartnership\t\t\t\n(Limited\t\t\t\nPartnership)\t\t\t\n"
                + "Zhuhai Hengqin\t6,800,000\t33.33%\tBank of Lingxi\nBaijiang Tongying\t\t\tCo., Ltd.\nEnterprise\t\t\t\n"
                + "Partnership\t\t\t\n(Limited\t\t\t\nPartnership)\t\t\t\nTotal\t19,300,000\t—\t—\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly(
                "Ningbo Meishan Bonded Port Area Baijiang Investment Partnership (Limited Partnership)",
                "Zhuhai Hengqin Baijiang Tongying Enterprise Partnership (Limited Partnership)");
    }

    @Test
    void chargorsCountsInATableAndTheirOneChargeeAndDateInTheSentenceAbove() {
        String text = "本公司董事會獲本公司控股股東明輝投資有限公司（「明輝投資」）及海德環球有限公司（「海德環球」，連同明輝投資統稱「押記人」）知會，"
                + "於2025年8月5日，押記人各自以泓峰證券有限公司（「承押記人」）為受益人簽立股份押記（「股份押記」），將其各自持有的本公司股份押記予承押記人。\n"
                + "根據股份押記所押記股份的詳情載列如下：\n押記人\t於本公告日期\t已押記\t佔押記人所持\t佔本公司已發行\n"
                + "\t所持股份數目\t股份數目\t股份概約百分比\t股份總數概約百分比\n明輝投資有限公司\t860,000,000\t300,000,000\t34.88%\t15.00%\n"
                + "海德環球有限公司\t240,000,000\t120,000,000\t50.00%\t6.00%\n總計\t1,100,000,000\t420,000,000\t38.18%\t21.00%\n"
                + "股份押記將於明輝投資在貸款融資項下的所有責任獲全數清償後解除。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsOnly(PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("泓峰證券有限公司");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2025, 8, 5));
    }

    @Test
    void aChineseChargeRecalledThenReleasedWholeAndTheIssuersTotalInBrackets() {
        String text = "有關控股股東解除股份押記之公告\n茲提述本公司日期為二零二三年八月二十一日之公告（「該公告」）。\n誠如該公告所披露，於二零二三年八月十八日，永昇投資有限公司以匯德銀行有限公司（「匯德銀行」）為受益人，"
                + "就其實益擁有之420,000,000股本公司普通股（「押記股份」）簽立股份押記（「股份押記」）。\n本公司董事會接獲永昇投資通知，"
                + "匯德銀行已於二零二五年六月十日簽立解除契據，全數解除股份押記。押記股份佔永昇投資所持本公司股份約46.67%，及佔本公司於本公告日期"
                + "已發行股份總數（即1,500,000,000股股份）約28.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(420_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(28.0);
    }

    @Test
    void anEnglishTableOnItsSideWhoseLabelsWrapBelowTheirValues() {
        String text = "Particulars of the Pledges are set out below:\n\tPledge A\tPledge B\n"
                + "Name of pledgor\tTallow Crest Investments\tTallow Crest Investments\n\tLimited\tLimited\n"
                + "Name of pledgee\tKingsmark Securities\tOrient Summit Bank\n\t(Hong Kong) Limited\tLimited\n"
                + "Date of pledge\t18 March 2025\t20 March 2025\nNumber of Shares\t120,000,000\t85,000,000\npledged\n"
                + "Approximate % of the\t15.38%\t10.90%\nShares held by Tallow\nCrest\n"
                + "Approximate % of the\t9.23%\t6.54%\ntotal number of issued\nShares\n"
                + "Purpose\tTo secure a term loan\tTo secure a revolving\n\tfacility granted to Tallow\tcredit facility granted to\n\tCrest\tTallow Crest\n\n"
                + "To the best of the knowledge of the Directors, each pledgee is independent of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(15.38, 10.9);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(9.23, 6.54);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 20));
        assertThat(t.get(1).getPurpose()).isEqualTo("To secure a revolving credit facility granted to Tallow Crest");
    }

    @Test
    void anIdentificationStarAndATermThatOpensWithItsStart() {
        String text = "PRINCIPAL TERMS OF THE PLEDGE\nPledgor:\tJiangsu Hanhai Investment Group Co., Ltd.*\n"
                + "Pledgee:\tWujiang Rural Commercial Bank Co., Ltd.*\n"
                + "Number of pledged shares:\t150,000,000 domestic shares of the Company of nominal value RMB1.00 each\n"
                + "Term of the pledge:\tFrom 14 April 2025 until the date of release of the pledge\n";
        var t = extractor.extract(text).payload().getTransactions().get(0);
        assertThat(t.getPledgor()).isEqualTo("Jiangsu Hanhai Investment Group Co., Ltd.");
        assertThat(t.getPledgee()).isEqualTo("Wujiang Rural Commercial Bank Co., Ltd.");
        assertThat(t.getStartDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(t.getExpiryDate()).isNull();
    }

    @Test
    void aDefinedLendersBranchAfterAComma() {
        String text = "The Company entered into a facility agreement with Kingsland Commercial Bank Limited, Hong\nKong Branch (the \"Lender\"),"
                + " as lender.\n\nTHE SHARE CHARGE\n\nOn 18 March 2025, Fortune Cairn Limited (\"Fortune Cairn\"), the controlling shareholder"
                + " of the Company, executed a share charge in favour of the Lender, pursuant to which Fortune Cairn charged 450,000,000"
                + " ordinary shares of the Company.\n";
        assertThat(extractor.extract(text).payload().getTransactions().get(0).getPledgee())
                .isEqualTo("Kingsland Commercial Bank Limited, Hong Kong Branch");
    }

    @Test
    void aCopysTitleUnderEachPageNumberIsNoPledgorsName() {
        String text = "泰恒化工股份有限公司\n关于控股股东及其一致行动人部分股份质押的公告\n\n一、本次股份质押基本情况\n"
                + "股东名称\t是否为控股股东\t本次质押股数\t是否为限售股\t是否补充质押\t质押起始日\t质押到期日\t质权人\t占其所持股份比例\t占公司总股本比例\t质押融资资金用途\n"
                + "泰恒集团有限公司\t是\t55,000,000\t否\t否\t2025/8/12\t2026/8/11\t华宸证券股份有限公司\t7.21\t2.52\t补充流动资金\n\n1\n\n"
                + "泰恒化工股份有限公司关于控股股东及其一致行动人部分股份质押的公告\n\n"
                + "李正恒\t是\t8,000,000\t否\t否\t2025/8/13\t2026/8/12\t华宸证券股份有限公司\t12.23\t0.37\t个人资金需求\n"
                + "合计\t/\t63,000,000\t/\t/\t/\t/\t/\t7.61\t2.89\t/\n\n2\n\n泰恒化工股份有限公司关于控股股东及其一致行动人部分股份质押的公告\n";
        assertThat(extractor.extract(text).payload().getTransactions()).extracting(PledgeTransaction::getPledgor)
                .containsExactly("泰恒集团有限公司", "李正恒");
    }

    @Test
    void aReleasesParticularsInABulletedListUnderASentenceThatDefinesTheParties() {
        String text = "RELEASE OF SHARE CHARGE BY THE CONTROLLING SHAREHOLDER\n\nReference is made to the announcement of the Company dated"
                + " 12 September 2023 in relation to the charge of shares in the Company by Denholme Ventures Limited (the \"Chargor\"),\n"
                + "the controlling shareholder of the Company, in favour of Orient Pearl Finance Limited (the \"Chargee\") pursuant to a\n"
                + "share charge dated 11 September 2023 (the \"Share Charge\").\n"
                + "The Board has been informed by the Chargor that the Chargee has released all the Shares charged under the Share\n"
                + "Charge. Details of the release are as follows:\n"
                + "\u2022\tNumber of Shares released: 180,000,000 Shares\n\u2022\tDate of release: 26 May 2025\n"
                + "\u2022\tApproximate percentage of the Shares held by the Chargor as at the date of this\n\tannouncement: 41.86%\n"
                + "\u2022\tApproximate percentage of the total number of issued Shares as at the date of this\n\tannouncement: 12.00%\n";
        var p = extractor.extract(text);
        var t = p.payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Denholme Ventures Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Orient Pearl Finance Limited");
        assertThat(t.get(0).getShares()).isEqualTo(180_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 9, 11));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(41.86);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(12.0);
        assertThat(p.missingFields()).noneMatch(m -> m.endsWith(".pledgor") || m.endsWith(".pledgee"));
    }

    @Test
    void aTermThatGivesOnlyItsEndIsTheExpiry() {
        String text = "Particulars of the Pledges are set out below:\n\tPledge A\tPledge B\n"
                + "Name of pledgor\tTallow Crest Investments Limited\tTallow Crest Investments Limited\n"
                + "Name of pledgee\tKingsmark Securities Limited\tOrient Summit Bank Limited\n"
                + "Date of pledge\t18 March 2025\t20 March 2025\nNumber of Shares pledged\t120,000,000\t85,000,000\n"
                + "Term of pledge\tUntil 17 March 2027\tUntil full repayment of the facility\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 20));
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2027, 3, 17), null);
    }

    @Test
    void oneCellPerLineWrappedTextCellsUnderLabelsAndAMaturityProfileThatPledgesNothing() {
        String text = "1. Basic information on the pledges\n\nName of shareholder\nWhether controlling shareholder\n\n\n"
                + "Pledgee\nNumber of shares pledged (shares)\nWhether restricted shares\nWhether supplemental pledge\n"
                + "Commencement date of pledge\nExpiry date of pledge\nAs a percentage of its shareholding\n"
                + "As a percentage of the Company's total share capital\nUse of the financing funds\n"
                + "Solvane Group Co., Ltd.\nYes\nIndustrial Bank Co., Ltd.\nHangzhou Branch\n24,000,000\nNo\nNo\n10 June 2025\n"
                + "9 June 2026\n5.86%\n1.84%\nReplenishing working capital\nSolvane Group Co., Ltd.\nYes\nZheshang Securities Co., Ltd.\n"
                + "15,500,000\nNo\nYes\n11 June 2025\nUntil the date on which the\npledgee applies for release of\nthe pledge\n3.78%\n"
                + "1.19%\nSupplemental pledge for an\nexisting financing\nTotal\n/\n/\n39,500,000\n/\n/\n/\n/\n9.64%\n3.03%\n/\n\n"
                + "II. Other information\n\n1. Of the shares pledged by the controlling shareholder and its party acting in concert, "
                + "54,000,000 shares, representing 28.80% of the shares pledged by them and 4.15% of the total share capital of the "
                + "Company, will become due within the next six months.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(24_000_000L, 15_500_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsOnly("Solvane Group Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getPledgee)
                .containsExactly("Industrial Bank Co., Ltd. Hangzhou Branch", "Zheshang Securities Co., Ltd.");
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(LocalDate.of(2026, 6, 9), null);
        assertThat(t).extracting(PledgeTransaction::getPurpose)
                .containsExactly("Replenishing working capital", "Supplemental pledge for an existing financing");
        assertThat(t).extracting(PledgeTransaction::getSupplementalPledge).containsExactly(false, true);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(1.84, 1.19);
    }

    @Test
    void oneCellPerLineLabelsWrappedOverLinesAndRowsOfBothKindsUnderOneDateColumn() {
        String text = "I. BASIC INFORMATION ON THE RELEASE OF PLEDGE AND PLEDGE OF SHARES BY THE SHAREHOLDERS\n\n"
                + "Name of shareholder\nPledge /\nRelease\nWhether the\ncontrolling\nshareholder or\nits concert party\nNumber of\nshares\n"
                + "involved (10\nthousand\nshares)\nAs % of its\nshareholding\nAs % of total\nshare capital\nof the\nCompany\nRestricted\nshares\n"
                + "Supplemental\npledge\nCommencement\ndate\nRelease date /\nExpiry date\nPledgee\nPurpose\n"
                + "Hubei Stonebay\nInvestment Holding\nCo., Ltd.\nRelease\nYes\n4,900\n6.25%\n2.00%\nNo\nN/A\n11 April 2024\n5 March 2026\n"
                + "China Merchants\nBank Co., Ltd.\nWuhan Branch\nN/A\n"
                + "Hubei Stonebay\nInvestment Holding\nCo., Ltd.\nRelease\nYes\n3,136\n4.00%\n1.28%\nNo\nN/A\n20 September\n2024\n6 March 2026\n"
                + "Industrial Bank\nCo., Ltd. Wuhan\nBranch\nN/A\n"
                + "Xu Hongkai\nPledge\nYes\n1,470\n20.00%\n0.60%\nNo\nNo\n6 March 2026\n5 March 2027\nGuotai Haitong\nSecurities Co.,\nLtd.\n"
                + "Personal\nfinancing needs\n\nNote: The shares pledged above are not subject to any obligation of compensation.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgor)
                .containsExactly("Hubei Stonebay Investment Holding Co., Ltd.", "Hubei Stonebay Investment Holding Co., Ltd.", "Xu Hongkai");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(49_000_000L, 31_360_000L, 14_700_000L);
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), null);
        assertThat(t).extracting(PledgeTransaction::getExpiryDate).containsExactly(null, null, LocalDate.of(2027, 3, 5));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("China Merchants Bank Co., Ltd. Wuhan Branch",
                "Industrial Bank Co., Ltd. Wuhan Branch", "Guotai Haitong Securities Co., Ltd.");
        assertThat(t.get(2).getPurpose()).isEqualTo("Personal financing needs");
    }

    @Test
    void aTableOfChargorsUnderTheOneChargeeTheSentenceAboveNamesAndTheirHoldingsInTheNotes() {
        String text = "On 18 November 2025, the Company entered into a facility agreement with Pacific Orient Bank Limited (the \"Bank\").\n\n"
                + "CHARGE OVER SHARES\n\nAs security for the Facility, on 18 November 2025, Sable Crest Investments Limited (\"Sable Crest\") and\n"
                + "Mr. Lam Chi Wai (\"Mr. Lam\"), the chairman of the Board, each executed a share charge in favour of the Bank over ordinary\n"
                + "shares of the Company as set out below.\n\n"
                + "Name of chargor\tNumber of Shares\tApproximate % of\n\tcharged\tissued Shares (Note 3)\n"
                + "Sable Crest Investments\t420,000,000\t26.25%\nLimited (Note 1)\nMr. Lam Chi Wai (Note 2)\t60,000,000\t3.75%\n"
                + "Total\t480,000,000\t30.00%\n\nNotes:\n\n"
                + "1. As at the date of this announcement, Sable Crest holds 912,000,000 Shares. The 420,000,000 Shares charged by Sable\n"
                + "Crest represent approximately 46.05% of the Shares held by it.\n\n"
                + "2. The 60,000,000 Shares charged by Mr. Lam represent approximately 68.18% of the Shares held by him personally.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Sable Crest Investments Limited", "Mr. Lam Chi Wai");
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(26.25, 3.75);
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(46.05, 68.18);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("Pacific Orient Bank Limited");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2025, 11, 18));
        // one cell per line: "Approximate % of" / "charged" / "issued Shares (Note 3)" still labels the issuer's percentage
        var lines = extractor.extract(text.replace("\t", "\n")).payload().getTransactions();
        assertThat(lines).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(26.25, 3.75);
    }

    @Test
    void theClassOfTheSentenceAboveATableAndAHeadersLastLineOverTheRowsCounts() {
        String text = "The Company was informed that the registration procedures for the following pledge of A Shares had been completed.\n\n"
                + "Name of\tControlling\tNumber of\tPledge\tPledgee\n"
                + "shareholder\tshareholder\tShares pledged\tstart date\n"
                + "\tor not\t(10 thousand\n\t\tshares)\n"
                + "Chongqing Stonebridge\tYes\t3,600\t2025/11/19\tIndustrial Bank\n"
                + "Industrial Group Co., Ltd.\t\t\t\tCo., Ltd.\n\n"
                + "III. CUMULATIVE PLEDGE OF SHARES\n\n"
                + "Name of shareholder\tNumber of\tShareholding\tNumber of\tNumber of\n"
                + "\tShares held\tpercentage\tShares pledged\tShares pledged\n"
                + "\t\t\tbefore the\tafter the\n\t\t\tchange\tchange\n"
                + "Chongqing Stonebridge\t486,200,000\t31.82%\t142,000,000\t178,000,000\n"
                + "Industrial Group Co., Ltd.\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getTransactions()).extracting(PledgeTransaction::getPledgor).containsExactly("Chongqing Stonebridge Industrial Group Co., Ltd.");
        assertThat(p.getTransactions()).extracting(PledgeTransaction::getShareClass).containsExactly(ShareClass.A);
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("Chongqing Stonebridge Industrial Group Co., Ltd.");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedBefore).containsExactly(142_000_000L);
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(178_000_000L);
    }

    @Test
    void aChineseNameCutInTheMiddleOfAWordGoesOnOnTheLineBelowItsRow() {
        String text = "三、 股东累计质押股份情况\n截至本公告披露日，上述股东及其一致行动人累计质押股份情况如下：\n单位：万股\n"
                + "股东名称\t持股数量\t持股比例\t本次质押前\t本次质押后\t占其所持\t占公司总\n"
                + "\t\t（%）\t累计质押数量\t累计质押数量\t股份比例\t股本比例\n\n"
                + "延河控股集团有\t40,800.00\t34.00\t12,000.00\t15,600.00\t38.24\t13.00\n限公司\t\t\t\t\t\t\n"
                + "陈永明\t5,400.00\t4.50\t1,000.00\t2,200.00\t40.74\t1.83\n"
                + "合计\t46,200.00\t38.50\t13,000.00\t17,800.00\t38.53\t14.83\n";
        var p = extractor.extract(text).payload();
        assertThat(p.getPositions()).extracting(PledgePosition::getShareholder).containsExactly("延河控股集团有限公司", "陈永明");
        assertThat(p.getPositions()).extracting(PledgePosition::getPledgedAfter).containsExactly(156_000_000L, 22_000_000L);
        assertThat(p.getTotalPosition().getPledgedAfter()).isEqualTo(178_000_000L);
    }

    @Test
    void labelledParticularsWhoseLabelWrapsBesideItsValueAndAPercentageOfBothKinds() {
        String text = "THE SHARE PLEDGE\n\nAs a condition to the Lender making the Facility available to the Company, Grand Elm Ventures Limited,"
                + " the controlling shareholder of the Company, has executed a share charge in favour of the Lender on 3 March 2026.\n\n"
                + "Chargor:\tGrand Elm Ventures Limited\n\nChargee:\tBank of Communications Co., Ltd. Hong Kong Branch\n\n"
                + "Number and class of\t225,000,000 ordinary shares of HK$0.10 each in the share\n"
                + "shares charged:\tcapital of the Company (the \"Charged Shares\")\n\n"
                + "Percentage:\tthe Charged Shares represent approximately 16.67% of the total\n"
                + "\tissued shares of the Company and approximately 30.30% of its\n\tshareholding in the Company\n\n"
                + "Pledge period:\tfrom 3 March 2026 until the date of release\n\n"
                + "Purpose:\tto secure the Facility granted by the Lender to the Company\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Grand Elm Ventures Limited");
        assertThat(t.get(0).getPledgee()).isEqualTo("Bank of Communications Co., Ltd. Hong Kong Branch");
        assertThat(t.get(0).getShares()).isEqualTo(225_000_000L);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(16.67);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(30.30);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(t.get(0).getPurpose()).isEqualTo("to secure the Facility granted by the Lender to the Company");
        // one cell per line the label's first line stands alone above the value, its second line under it
        var lines = extractor.extract(text.replace("\n\t", " ").replace('\t', '\n')).payload().getTransactions();
        assertThat(lines).extracting(PledgeTransaction::getShares).containsExactly(225_000_000L);
        assertThat(lines).extracting(PledgeTransaction::getPledgor).containsExactly("Grand Elm Ventures Limited");
    }

    @Test
    void bulletedParticularsUnderAShareChargeHeadingWithLabelsWrappedInTheirOwnColumn() {
        String text = "THE SHARE CHARGE\n\nAs one of the conditions precedent to the drawdown of the Facility, Silver Heron Investments Limited"
                + " (\"Silver Heron\"), the controlling shareholder of the Company, executed a share charge in favour of the Lender.\n\n"
                + "\u2022\tChargor:\tSilver Heron Investments Limited, a company incorporated in the\n\t\tBritish Virgin Islands\n"
                + "\u2022\tChargee:\tEastern Harbour Banking Corporation Limited\n"
                + "\u2022\tNumber of Shares charged:\t312,500,000 Shares\n"
                + "\u2022\tApproximate percentage of\t25.00%\n\tthe total number of issued\n\tShares:\n"
                + "\u2022\tApproximate percentage of\t41.67%\n\tthe Shares held by the\n\tChargor:\n"
                + "\u2022\tTerm of the Share Charge:\tuntil all obligations of the Borrower have been discharged in full\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.PLEDGE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Silver Heron Investments Limited");
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(25.0);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(41.67);
    }

    @Test
    void releasesOfTwoChargesEachInAnItemTakeTheirChargorsAndTheDatesOfTheChargesReferredTo() {
        String text = "Reference is made to the announcements of the Company dated 8 June 2022 and 2 March 2023 in relation to (i) the"
                + " charge of 120,000,000 Shares by Lofty Harbour Limited (\"Lofty Harbour\") in favour of Pacific Gate Finance Limited"
                + " created on 8 June 2022; and (ii) the charge of 24,000,000 Shares by Mr. Wong Kin Fai (\"Mr. Wong\") in favour of"
                + " Golden Bay Bank Limited created on 2 March 2023 (together, the \"Share Charges\").\n\n"
                + "The Board has been informed by Lofty Harbour and Mr. Wong that each of the Share Charges was released on 9 May 2025."
                + " Accordingly:\n\n(a) all of the 120,000,000 Shares charged by Lofty Harbour in favour of Pacific Gate Finance Limited,"
                + " representing approximately 9.00% of the total number of issued Shares, were released on 9 May 2025; and\n\n"
                + "(b) all of the 24,000,000 Shares charged by Mr. Wong in favour of Golden Bay Bank Limited, representing approximately"
                + " 1.80% of the total number of issued Shares, were released on the same date.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.RELEASE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("Lofty Harbour Limited", "Mr. Wong Kin Fai");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(120_000_000L, 24_000_000L);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2022, 6, 8), LocalDate.of(2023, 3, 2));
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2025, 5, 9), LocalDate.of(2025, 5, 9));
    }

    @Test
    void aDirectorInChargeOfAFunctionPledgesNothing() {
        String text = "On 2 May 2025 Mr. Lam, who is in charge of the treasury of the Group, sold 3,000,000 Shares on the market.";
        assertThat(extractor.extract(text).payload().getTransactions()).isEmpty();
    }

    @Test
    void aChineseChargeRecalledThenReleasedInTheNextSentenceIsOneRelease() {
        String text = "董事會獲本公司控股股東瑞峰投資有限公司（「瑞峰」）及本公司主席何志強先生（「何先生」）知會，彼等先前所設立的全部押記已獲解除，詳情如下：\n"
                + "(i) 瑞峰於2022年6月1日以永信證券有限公司為受益人，就其持有的180,000,000股股份設立押記。於2025年3月3日，上述180,000,000股股份的押記已獲全部解除，"
                + "該等股份佔瑞峰所持股份約40.00%，佔本公司已發行股份總數約18.00%；及\n"
                + "(ii) 何先生於2023年9月9日以康泰財務有限公司為受益人，就其個人持有的20,000,000股股份設立押記。於2025年3月4日，上述20,000,000股股份的押記已獲全部解除，"
                + "該等股份即何先生個人所持股份的100%，佔本公司已發行股份總數約2.00%。\n"
                + "何先生及瑞峰為本公司的一組控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.RELEASE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("瑞峰投資有限公司", "何志強先生");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("永信證券有限公司", "康泰財務有限公司");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 9, 9));
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(40.0, 100.0);
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void aChineseHolderThatIsNotAControllingShareholderIsNotFlaggedByTheGroupStatement() {
        String text = "本公司獲股東遠達投資有限公司（「遠達」）知會，遠達於2025年2月3日以華興銀行有限公司為受益人，就其持有的50,000,000股股份設立押記。"
                + "遠達並非為本公司控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getControllingShareholder()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void aChineseTableOneCellPerLineWhoseLabelsAndCellsWrapped() {
        String text = "本公司於2025年9月2日收到控股股東恒達控股的通知，具體情況如下：\n\n一、本次股份解除質押及質押的基本情況\n\n單位：萬股\n"
                + "股東名稱\n類型\n是否為控\n股股東\n股份數量\n是否為限\n售股\n起始日\n到期日\n解除日期\n質權人\n佔其所持\n股份比例\n佔公司總\n股本比例\n"
                + "融資資金\n用途\n"
                + "恒達控股集團有\n限公司\n解除質押\n是\n1,500.00\n否\n2024年3月1日\n-\n2025年9月1日\n招商銀行股份有\n限公司杭州分行\n4.00\n1.50\n-\n"
                + "恒達控股集團有\n限公司\n質押\n是\n1,200.00\n否\n2025年9月2日\n2026年9月1日\n-\n浙商銀行股份有限\n公司杭州分行\n3.20\n1.20\n補充流動資金\n\n"
                + "註:本次解除質押的股份為恒達控股於2024年3月1日質押予招商銀行股份有限公司杭州分行的部分股份。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("恒達控股集團有限公司", "恒達控股集團有限公司");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(15_000_000L, 12_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("招商銀行股份有限公司杭州分行", "浙商銀行股份有限公司杭州分行");
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(4.0, 3.2);
        assertThat(t).extracting(PledgeTransaction::getPurpose).containsExactly(null, "補充流動資金");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(t.get(1).getExpiryDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void aRowsWrappedLineAboveTheTotalAndBarePercentagesUnderAsPercentOfLabels() {
        String text = "1. Basic information on this pledge\n\nUnit: in 10 thousand shares\n"
                + "Name of\tNumber of\tCommencement\tPledgee\tAs % of its\tAs % of total\n"
                + "shareholder\tshares pledged\tdate\tshareholding\tshare capital\n"
                + "Ridgefield Holdings Co.,\t2,000.00\t2025-05-06\tMinsheng Securities\t6.10\t2.40\n"
                + "Ltd.\tCompany Limited\n"
                + "Total\t2,000.00\t/\t/\t6.10\t2.40\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Ridgefield Holdings Co., Ltd.");
        assertThat(t.get(0).getPledgee()).isEqualTo("Minsheng Securities Company Limited");
        assertThat(t.get(0).getShares()).isEqualTo(20_000_000L);
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(6.10);
        assertThat(t.get(0).getPercentOfTotalShareCapital()).isEqualTo(2.40);
    }

    @Test
    void aHeaderOfSeveralLinesOneCellPerLineAboveRowsThatOpenWithTheirDatesAcrossAPageBreak() {
        String text = "DETAILS OF THE PLEDGES\n\nDetails of the Pledges are set out below:\n\n"
                + "Date of pledge\nNumber of\nPledgee\nPercentage of\nPercentage of\nShares pledged\nShares held by\ntotal issued\n"
                + "Silver Crane\nShares\n2 June 2025\n\n\n\n30,000,000\nEastwick Securities Limited\n5.00%\n2.50%\n"
                + "9 June 2025\n12,000,000\nHarbour Fort Bank Limited\n2.00%\n1.00%\n"
                + "Total\n42,000,000\n7.00%\n3.50%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 9));
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(30_000_000L, 12_000_000L);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("Eastwick Securities Limited", "Harbour Fort Bank Limited");
        // "Percentage of" twice: the holding's first, the issuer's second
        assertThat(t).extracting(PledgeTransaction::getPercentOfHolding).containsExactly(5.0, 2.0);
        assertThat(t).extracting(PledgeTransaction::getPercentOfTotalShareCapital).containsExactly(2.5, 1.0);
        // a pledgee wrapped over two cells shifts the row from under its labels: no percentage read from the wrong column
        var shifted = extractor.extract(text.replace("Eastwick Securities Limited", "Eastwick Securities\nLimited")
                .replace("Harbour Fort Bank Limited", "Harbour Fort Bank\nLimited")).payload().getTransactions();
        assertThat(shifted).allSatisfy(x -> assertThat(x.getPercentOfTotalShareCapital()).isNotIn(5.0, 2.0));
    }

    @Test
    void aPledgeesBranchAloneOnTheLineUnderItsRowBelongsToThatCell() {
        String text = "一、股份質押基本情況\n\n"
                + "股東名稱\t是否為控股股東\t本次質押數量（萬股）\t佔其所持股份比例\t佔公司總股本比例\t質押起始日\t質押到期日\t質權人\t質押用途\n"
                + "順溢集團有限公司\t是\t2,000.00\t8.16%\t1.67%\t2025年11月20日\t2026年11月19日\t廣發銀行股份有限公司佛山\t自身生產經營\n"
                + "分行\n"
                + "何美玲\t是\t350.00\t25.00%\t0.29%\t2025年11月20日\t2026年11月19日\t華泰證券股份有限公司\t個人資金需求\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("順溢集團有限公司", "何美玲");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("廣發銀行股份有限公司佛山分行", "華泰證券股份有限公司");
        assertThat(t).extracting(PledgeTransaction::getPurpose).containsExactly("自身生產經營", "個人資金需求");
    }

    @Test
    void aNamesRestOverTwoLinesUnderItsRowIsWholeOnlyTogether() {
        String text = "II. ACCUMULATED PLEDGE OF SHARES\n\n"
                + "Name of shareholder\tNumber of shares held\tShareholding percentage\tNumber of shares pledged before this pledge\t"
                + "Number of shares pledged after this pledge\tPercentage of its shareholding\tPercentage of total share capital\n"
                + "Zhejiang Sanmu Holding Group Co., Ltd.\t412,560,000\t32.07%\t105,000,000\t133,000,000\t32.24%\t10.34%\n"
                + "Ningbo Sanmu Equity\t15,200,000\t1.18%\t0\t0\t0.00%\t0.00%\n"
                + "Investment Partnership\n"
                + "(Limited Partnership)\n"
                + "Total\t427,760,000\t33.25%\t105,000,000\t133,000,000\t31.09%\t10.34%\n";
        var positions = extractor.extract(text).payload().getPositions();
        assertThat(positions).extracting(p -> p.getShareholder()).containsExactly("Zhejiang Sanmu Holding Group Co., Ltd.",
                "Ningbo Sanmu Equity Investment Partnership (Limited Partnership)");
    }

    @Test
    void thePurposeAfterThePledgeeInChinese() {
        String text = "股份押記\n\n作為融資的條件之一，本公司之控股股東鼎豪投資有限公司（「鼎豪投資」）已於2025年3月18日以貸款人為受益人簽立一份股份押記，"
                + "據此，鼎豪投資將其持有之420,000,000股本公司普通股（「押記股份」）押記予貸款人，為該融資提供擔保。押記股份佔鼎豪投資所持本公司股份約56.09%，"
                + "並佔本公司於本公告日期已發行股份總數約33.65%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(420_000_000L);
        assertThat(t.get(0).getPurpose()).isEqualTo("為該融資提供擔保");
    }

    @Test
    void pledgorsTheTextCallsCollectivelyTheControllingShareholdersAreEachControlling() {
        String text = "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDERS\n\nThe Board has been notified by each of Lorncastle Capital Holdings Limited"
                + " (\"LCH\") and Mr. Lam Chi Shing (\"Mr. Lam\") (collectively, the \"Pledgors\") that they have pledged Shares as follows:\n\n"
                + "Pledgor\tNumber of Shares pledged\tApproximate % of the Pledgor's shareholding\tApproximate % of the total issued Shares\tPledgee\tDate of pledge\n"
                + "Lorncastle Capital Holdings Limited\t300,000,000\t31.25%\t12.50%\tOcean Pearl Bank Limited\t15 July 2025\n"
                + "Lam Chi Shing\t18,000,000\t37.50%\t0.75%\tMeridian Ridge Securities Limited\t18 July 2025\n\n"
                + "As at the date of this announcement, LCH directly holds 960,000,000 Shares and Mr. Lam personally holds 48,000,000 Shares."
                + " The Pledgors are therefore together interested in 1,008,000,000 Shares, representing 42.00% of the issued Shares, and are"
                + " collectively the controlling shareholders (as defined in the Listing Rules) of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(2);
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsExactly(true, true);
    }

    @Test
    void aUseOfPledgeFinancingColumnIsThePurpose() {
        String text = "1. Basic information of the share pledge\nUnit: 10,000 shares\n"
                + "Name of shareholder\tControlling shareholder or not\tNumber of shares pledged\tCommencement date of pledge\tPledgee\t"
                + "Percentage of its shareholding\tPercentage of total share capital\tUse of pledge financing\n"
                + "Hangzhou Longsheng Venture Capital Co., Ltd.\tYes\t2,150\t12 April 2024\tHuaxia Tongda Securities Co., Ltd.\t24.88%\t1.43%\t"
                + "Own production and operation\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose()).isEqualTo("Own production and operation");
    }

    @Test
    void aReferredChargeReleasedWholeBesideANewChargeIsItsRelease() {
        String text = "茲提述本公司日期為2023年3月6日之公告，內容有關本公司控股股東盈泰投資有限公司（「盈泰投資」）於2023年3月3日以恒昇財務有限公司"
                + "（「原貸款人」）為受益人就其所持\n有之420,000,000股本公司普通股股份（「原押記股份」）訂立股份押記（「原股份押記」），以作為原貸款人"
                + "向盈泰投資授出之貸款融資之抵押。\n\n解除原股份押記\n\n"
                + "董事會獲盈泰投資告知，由於盈泰投資已悉數償還原貸款人授出之貸款融資項下所有未償還款項，原股份押記已於2025年6月18日獲解除。"
                + "原押記股份佔盈泰投資所持本公司股份約46.67%及本公司於本公告日期已發行股份總數約28.00%。\n\n新股份押記\n\n"
                + "董事會亦獲盈泰投資告知，於同日（即2025年6月18日），盈泰投資以匯嘉資本有限公司（「新貸款人」）為受益人訂立股份押記，據此，盈泰投資"
                + "將其所持有之450,000,000股本公司普通股股份押記予新貸款人，佔盈泰投資所持本公司股份約50.00%及本公司於本公告日期已發行股份總數約30.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(420_000_000L, 450_000_000L);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(46.67);
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("恒昇財務有限公司", "匯嘉資本有限公司");
    }

    @Test
    void aShanghaiReleasesParticularsOneToALineGiveTheHoldersPositionAfterIt() {
        String text = "公司于2025年5月13日收到控股股东瑞邦集团的通知，获悉瑞邦集团将其质押给华泰证券股份有限公司的公司A股股份18,500,000股办理了解除质押手续。"
                + "本次解除质押前，瑞邦集团累计质押公司股份\n114,500,000股。具体情况如下：\n\n一、本次股份解除质押情况\n\n"
                + "股东名称\n瑞邦集团有限公司\n本次解质股份\n18,500,000股\n占其所持股份比例\n6.43%\n占公司总股本比例\n2.31%\n解质时间\n2025年5月12日\n"
                + "持股数量\n287,600,000股\n持股比例\n35.95%\n剩余被质押股份数量\n96,000,000股\n剩余被质押股份数量占其所持\n股份比例\n33.38%\n"
                + "剩余被质押股份数量占公司总\n股本比例\n12.00%\n\n注：本次解除质押的股份暂无用于后续质押的计划。\n";
        var pledge = extractor.extract(text).payload();
        assertThat(pledge.getTransactions()).extracting(PledgeTransaction::getShares).containsExactly(18_500_000L);
        assertThat(pledge.getPositions()).hasSize(1);
        var p = pledge.getPositions().get(0);
        assertThat(p.getShareholder()).isEqualTo("瑞邦集团有限公司");
        assertThat(p.getSharesHeld()).isEqualTo(287_600_000L);
        assertThat(p.getPercentHeld()).isEqualTo(35.95);
        assertThat(p.getPledgedBefore()).isEqualTo(114_500_000L);
        assertThat(p.getPledgedAfter()).isEqualTo(96_000_000L);
        assertThat(p.getPercentOfHoldingPledged()).isEqualTo(33.38);
        assertThat(p.getPercentOfCapitalPledged()).isEqualTo(12.0);
    }

    @Test
    void piecesUnderARowThatEachMakeTheirOpenCellWholeGoUnderThoseCells() {
        String text = "一、本次股份质押基本情况\n\n"
                + "股东名称\t是否为控股股东\t本次质押数量（万股）\t占其所持股份比例\t占公司总股本比例\t质押起始日\t质押到期日\t质权人\t质押用途\n"
                + "瑞和控股集团有限公司\t是\t3,600\t9.51%\t2.84%\t2025年4月8日\t2026年4月7日\t中信建投证券股份\t偿还到期债务及补充\n"
                + "有限公司\t流动资金\n"
                + "合计\t—\t3,600\t9.51%\t2.84%\t—\t—\t—\t—\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("瑞和控股集团有限公司");
        assertThat(t.get(0).getPledgee()).isEqualTo("中信建投证券股份有限公司");
        assertThat(t.get(0).getPurpose()).isEqualTo("偿还到期债务及补充流动资金");
    }

    @Test
    void aHolderThatIsSomethingElseAndNotAControllingShareholderAndAPledgeMadeForAPurpose() {
        String text = "The Board has been informed by Mayfield Harbour Investments Limited (\"Mayfield Harbour\"), a substantial shareholder of the"
                + " Company, that on 14 August 2025, Mayfield Harbour pledged 86,400,000 ordinary shares of the Company in favour of Golden Pagoda"
                + " Securities Limited. The Pledged Shares represent approximately 59.59% of the 145,000,000 shares held by Mayfield Harbour and"
                + " approximately 7.20% of the total number of issued shares of the Company. The pledge was made for the purpose of\nmargin financing.\n\n"
                + "Mayfield Harbour is a passive financial investor and is not a controlling shareholder of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getControllingShareholder()).isFalse();
        assertThat(t.get(0).getPurpose()).isEqualTo("margin financing");
    }

    @Test
    void aLoneReleaseTakesThePledgeeInFavourOfWhomItsSharesWereChargedAndTheHoldersRoles() {
        String text = "RELEASE OF SHARE CHARGE BY THE CHAIRMAN\n\nReference is made to the announcement of the Company dated 13 March 2024"
                + " (the \"Previous Announcement\") in relation to the charge over 150,000,000 ordinary shares of HK$0.10 each in the share"
                + " capital of the Company (the \"Shares\") created by Mr. Edmund Tsang Ka Lok (\"Mr. Tsang\"), the chairman of the board"
                + " of directors of the Company (the \"Board\"), an executive director and a controlling shareholder of the Company, in"
                + " favour of Kwong Wah Commercial Bank Limited (the \"Bank\") pursuant to a share charge dated 12 March 2024.\n\n"
                + "The Board has been informed by Mr. Tsang that the Bank executed a deed of release on 21 August 2025, pursuant to which"
                + " the 150,000,000 Shares subject to the Share Charge were released and discharged in full with effect from 21 August 2025.\n\n"
                + "The Released Shares represent approximately 29.30% of the 512,000,000 Shares beneficially owned by Mr. Tsang and"
                + " approximately 9.38% of the total number of issued Shares.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgee()).isEqualTo("Kwong Wah Commercial Bank Limited");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
    }

    @Test
    void aChineseTermDefinedBeforeWhatThePartyIsNamesIt() {
        String text = "於2025年8月12日，鵬泰投資有限公司（「鵬泰投資」，本公司之控股股東）與華信財務有限公司（「貸款人」，一間根據香港法例註冊成立之持牌放債人）"
                + "訂立股份押記，據此，鵬泰投資以貸款人為受益人，押記其實益擁有之420,000,000股本公司普通股，佔鵬泰投資所持本公司股份約60.87%及"
                + "本公司已發行股份總數約35.00%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgee()).isEqualTo("華信財務有限公司");
    }

    @Test
    void aSentenceThatStatesThePurposeOutweighsTheClauseOfThePledgesSentence() {
        String text = "本公司董事会获本公司控股股东云南盘龙投资集团有限公司（「盘龙投资」）告知，于2025年10月9日，盘龙投资与港信国际财务有限公司"
                + "（「质权人」）订立股份质押协议，据此，盘龙投资以质权人为受益人，将其实益拥有的本公司\n60,000,000股H股（「质押股份」）质押予质权人，"
                + "作为质权人向盘龙投资提供的贷款融资\n的担保。质押股份占盘龙投资所持本公司股份的40.00%，占本公司已发行股份总数的8.00%。\n\n"
                + "质押股份登记于香港中央结算（代理人）有限公司名下，并由盘龙投资透过其于一家香港持牌证券公司开立的托管账户持有。香港中央结算（代理人）"
                + "有限公司仅作为代名人持有质押股份，并非质押协议的订约方。\n\n"
                + "本次质押旨在为盘龙投资自身融资提供担保，相关贷款所得款项将用于补充盘龙投资的营运资金。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose()).isEqualTo("为盘龙投资自身融资提供担保");
    }

    @Test
    void anExtensionsLabelledParticularsTakeTheClassThePledgesSentenceGives() {
        String text = "On 16 September 2025, the Company was notified by Elstow Group that it has completed the procedures for the"
                + " extension of the pledge of 45,000,000 A\nshares of the Company. Details of the extension are as follows:\n\n"
                + "I. BASIC INFORMATION ON THE EXTENSION OF PLEDGE\nName of shareholder: Elstow Group Co., Ltd.\n"
                + "Whether a controlling shareholder: Yes\nNumber of shares subject to the extension (shares): 45,000,000\n"
                + "Commencement date of pledge: 15 September 2023\nExpiry date of pledge after extension: 15 September 2026\n"
                + "Pledgee: Huaxia Tongda Securities Co., Ltd.\nAs a percentage of its shareholding: 18.00%\n"
                + "As a percentage of the total share capital of the Company: 4.50%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShareClass()).isEqualTo(ShareClass.A);
    }

    @Test
    void aReleasesLabelledParticularsGiveItsDateAndTheHoldersPositionWithThePercentagesInTheValues() {
        String text = "RELEASE OF PART OF THE SHARE CHARGE\n\nParticulars of the Release are set out below:\n\n"
                + "Chargor:\tJetmoor Ventures Limited\nChargee:\tPacific Crest Bank Limited\nDate of the Release:\t17 October 2025\n"
                + "Number of Shares released:\t75,000,000 Shares\n"
                + "Number of Shares held by the Chargor:\t540,000,000 Shares (approximately 60.00% of the total number of issued Shares)\n"
                + "Number of Shares remaining subject to the share charge after the Release:\t45,000,000 Shares (representing approximately"
                + " 8.33% of the Shares held by the Chargor and approximately 5.00% of the total number of issued Shares)\n";
        var pledge = extractor.extract(text).payload();
        assertThat(pledge.getTransactions()).hasSize(1);
        assertThat(pledge.getTransactions().get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(pledge.getPositions()).hasSize(1);
        var p = pledge.getPositions().get(0);
        assertThat(p.getSharesHeld()).isEqualTo(540_000_000L);
        assertThat(p.getPercentHeld()).isEqualTo(60.0);
        assertThat(p.getPledgedAfter()).isEqualTo(45_000_000L);
        assertThat(p.getPercentOfHoldingPledged()).isEqualTo(8.33);
        assertThat(p.getPercentOfCapitalPledged()).isEqualTo(5.0);
    }

    @Test
    void aSectionWhoseFirstLineIsAFigureOneCellPerLineIsReadWithoutFailing() {
        // one cell per line, the section cut right at a row's figures: nothing stands above its first line
        assertThat(TableBlock.read(new java.util.ArrayList<>(java.util.List.of("4,500", "Yunfeng Holding", "Yes")))).isNotNull();
        assertThat(TableBlock.read(new java.util.ArrayList<>(java.util.List.of("10.5%", "x", "12")))).isNotNull();
    }

    @Test
    void aSupplementalChargeInChineseIsFlaggedSo() {
        String text = "補充押記\n\n董事會獲雅文投資告知，雅文投資已於二零二五年四月十一日以該銀行為受益人簽立補充股份押記（「補充押記」），將額外"
                + "36,000,000股本公司普通股（「補充押記股份」）押記予該銀行。補充押記股份佔雅文投資所持本公司股份約6.00%及本公司已發行股份總數約3.60%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getShares()).isEqualTo(36_000_000L);
        assertThat(t.get(0).getSupplementalPledge()).isTrue();
    }

    @Test
    void chargesRecalledByTheirMakingAndReleasedInALaterSentenceAreReleases() {
        String text = "解除控股股東股份押記\n\n茲提述本公司的公告，內容有關本公司控股股東錦盛投資有限公司（「錦盛投資」）以本公司股份設立押記。\n"
                + "董事會獲錦盛投資告知，於2025年10月20日，錦盛投資就以下兩項股份押記獲得解除：\n"
                + "（i） 錦盛投資於2022年11月8日以鴻泰銀行有限公司（「鴻泰銀行」）為受益人，就其持有的120,000,000股本公司普通股設立的押記，該等股份佔錦盛投資所持股份約17.78%"
                + "及本公司已發行股份總數約9.60%。該押記乃作為鴻泰銀行向本公司授出的貸款融資的擔保。由於有關貸款已於2025年10月17日悉數償還，鴻泰銀行已於2025年10月20日解除該押記；及\n"
                + "（ii） 錦盛投資於2023年6月30日以安泰證券有限公司（「安泰證券」）為受益人，就其持有的45,000,000股股份設立的押記，該等股份佔錦盛投資所持股份約6.67%及本公司已發行股份"
                + "總數約3.60%。該押記乃作為安泰證券向本公司授出的孖展融資的擔保。安泰證券亦已於同日（即2025年10月20日）解除該押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.RELEASE);
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("錦盛投資有限公司", "錦盛投資有限公司");
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsExactly("鴻泰銀行有限公司", "安泰證券有限公司");
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2022, 11, 8), LocalDate.of(2023, 6, 30));
        assertThat(t).extracting(PledgeTransaction::getReleaseDate).containsExactly(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 20));
    }

    @Test
    void aPartReleasedOfTheSharesPledgedBeforeByAConcertPartyOfTheControllingShareholder() {
        String text = "关于控股股东一致行动人部分股份解除质押的公告\n\n重要内容提示：\n\n"
                + "昆明龙腾投资合伙企业（有限合伙）（以下简称“龙腾投资”）为昆龙化工股份有限公司（以下简称“公司”）控股股东云南昆龙集团有限公司（以下简称“昆龙集团”）的一致行动人。\n"
                + "公司于2025年9月5日接到龙腾投资的通知，获悉其于2024年3月15日质押给滇池证券股份有限公司的38,000,000股公司A股股份中的12,000,000股已于2025年9月4日办理完毕解除质押登记手续。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getShares()).isEqualTo(12_000_000L);
        assertThat(t.get(0).getPledgor()).isEqualTo("昆明龙腾投资合伙企业（有限合伙）");
        assertThat(t.get(0).getControllingShareholder()).isTrue();
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 9, 4));
    }

    @Test
    void aSubstantialShareholderNamedInTwoScriptsAndSaidNotToControlWithItsPurposeLabelled() {
        String text = "主要股東質押股份\n本公司董事會獲本公司主要股東鴻基資本有限公司（Hung Kee Capital Limited）（「鴻基資本」）知會，鴻基資本已將其持有之若干本公司普通股質押予一名獨立第三方。"
                + "有關質押之詳情如下：\n質押日期：\t2025年8月12日\n出質人：\t鴻基資本有限公司\n質權人：\t港灣信貸財務有限公司\n質押股份數目：\t96,000,000股股份\n"
                + "質押目的：\t為出質人之一間聯屬公司獲授之貸款融資提供擔保\n\n鴻基資本持有150,000,000股股份。鴻基資本並非本公司之控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose()).isEqualTo("為出質人之一間聯屬公司獲授之貸款融資提供擔保");
        assertThat(t.get(0).getControllingShareholder()).isFalse();
    }

    @Test
    void aReferredChargeReleasedWholeInAClauseAndItsChargorAfterItsDateAndTerm() {
        String text = "RELEASE OF SHARE CHARGE BY THE CONTROLLING SHAREHOLDER\n\nReference is made to the announcement of the Company dated 15 March 2023 "
                + "in relation to the share charge dated 14 March 2023 (the \"Share Charge\") executed by Bryn Ventures Limited (the \"Controlling Shareholder\"), the "
                + "controlling shareholder of the Company, in favour of Harcourt Commercial Bank Limited (the \"Lender\") over 520,000,000 ordinary shares of the "
                + "Company (the \"Charged Shares\") as security for a term loan facility granted by the Lender to the Company. The Board announces that the "
                + "Facility was repaid in full on 29 September 2025. Following such repayment, on 2 October 2025, the Lender executed a deed of release pursuant "
                + "to which the Share Charge over the Charged Shares was fully released and discharged.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getPledgor()).isEqualTo("Bryn Ventures Limited");
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 10, 2));
    }

    @Test
    void aChargorCalledByARoleTheTextDefinedAsItsTermIsTheNameItStandsFor() {
        String text = "根據上市規則第13.18條作出之公告\n\n貸款協議\n\n根據貸款協議之條款，倘發生以下任何情況，即構成違約事件：\n\n(i)  寶裕集團有限公司（「控股股東」）不再為本公司之單一最大股東；\n\n"
                + "作為貸款協議項下本公司責任之抵押，控股股東已於二零二五年八月二十八日以匯泰銀行有限公司為受益人簽立股份押記契據，將其持有之480,000,000股本公司普通股押記予貸款人。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("寶裕集團有限公司");
    }

    @Test
    void aLoneCompanyFormUnderATabRowClosesTheNameCutInsideItsFormNotAPersonsName() {
        String text = "一、本次股份解除质押的基本情况\n\n股东名称\t是否为控股股东\t本次解除质押股份数量（万股）\t占其所持股份比例\t占公司总股本比例\t质押起始日\t解除质押日期\t质权人\n"
                + "刘建邦\t是\t860\t18.19%\t0.87%\t2024年3月15日\t2025年7月10日\t中国银河证券股份\n有限公司\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("刘建邦");
        assertThat(t.get(0).getPledgee()).isEqualTo("中国银河证券股份有限公司");
    }

    @Test
    void aPurposeEndsBeforeAPartysDefinedTerm() {
        String text = "SHARE CHARGE BY THE CONTROLLING SHAREHOLDER\n\nOn 20 August 2025, Harmony Crest Limited, the controlling shareholder, executed a share "
                + "charge over 180,000,000 Shares held by it in favour of the Lender. The Share Charge was created to secure a term loan facility of up to "
                + "HK$450,000,000 granted by the Lender to Harbour Summit Trading Limited (\"Harbour Summit\"), a fellow subsidiary of the Company, for a "
                + "term of 36 months.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose()).isEqualTo("to secure a term loan facility of up to HK$450,000,000 granted by the Lender to Harbour Summit Trading Limited");
    }

    @Test
    void aPositionGivenAsLabelledLinesIsReadWhereTheTemplateHasATable() {
        String text = "I. BASIC INFORMATION ON THIS SHARE PLEDGE\n\nName of shareholder:          Shanghai Juntai Industrial Investment Co., Ltd.\n"
                + "Number of shares pledged:     42,000,000\nPledgee:                      Industrial Securities Co., Ltd.\n\n"
                + "II. CUMULATIVE PLEDGE OF SHARES\n\nAs at the date of this announcement, the cumulative pledge of shares by Shanghai Juntai is as follows:\n\n"
                + "Name of shareholder:                              Shanghai Juntai Industrial Investment\n"
                + "                                                  Co., Ltd.\n"
                + "Number of shares held:                            186,420,000\n"
                + "Shareholding percentage:                          11.74%\n"
                + "Number of shares pledged before this pledge:      60,000,000\n"
                + "Number of shares pledged after this pledge:       102,000,000\n"
                + "Percentage of the shares held by the shareholder: 54.72%\n"
                + "Percentage of the total share capital of the Company: 6.42%\n"
                + "Restricted shares among the pledged shares:       0\n"
                + "Frozen shares among the pledged shares:           0\n"
                + "Restricted shares among the unpledged shares:     0\n"
                + "Frozen shares among the unpledged shares:         0\n\nIII. OTHER INFORMATION\n";
        var positions = extractor.extract(text).payload().getPositions();
        assertThat(positions).hasSize(1);
        PledgePosition p = positions.get(0);
        assertThat(p.getShareholder()).isEqualTo("Shanghai Juntai Industrial Investment Co., Ltd.");
        assertThat(p.getSharesHeld()).isEqualTo(186_420_000L);
        assertThat(p.getPercentHeld()).isEqualTo(11.74);
        assertThat(p.getPledgedBefore()).isEqualTo(60_000_000L);
        assertThat(p.getPledgedAfter()).isEqualTo(102_000_000L);
        assertThat(p.getPercentOfHoldingPledged()).isEqualTo(54.72);
        assertThat(p.getPercentOfCapitalPledged()).isEqualTo(6.42);
        assertThat(p.getRestrictedFrozenPledged()).isEqualTo(0L);
        assertThat(p.getRestrictedFrozenUnpledged()).isEqualTo(0L);
    }

    @Test
    void theItemsOfAChineseListTakeTheDateOfItsLeadIn() {
        String text = "質押股份\n\n本公司董事會獲本公司控股股東遠航投資有限公司（「遠航投資」）及董事會主席陳志揚先生（「陳先生」）知會，於2025年11月5日：\n\n"
                + "(i) 遠航投資以億達證券有限公司（「承押人」）為受益人，將其持有之162,000,000股本公司普通股作出質押。遠航質押股份佔遠航投資所持本公司股份約33.33%；及\n\n"
                + "(ii) 陳先生以承押人為受益人，將其個人持有之27,000,000股本公司普通股作出質押，佔陳先生個人所持本公司股份之100%。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSizeGreaterThanOrEqualTo(2);
        assertThat(t.subList(0, 2)).extracting(PledgeTransaction::getStartDate).containsExactly(LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 5));
    }

    @Test
    void aFigureAloneOnAShortWrappedLineOfProseIsNoTable() {
        // a PDF wrapped the paragraph short: "… Dr. Liang is interested in" / "86,400,000" / "H shares, representing …"
        String text = "VOLUNTARY ANNOUNCEMENT\n"
                + "PLEDGE OF H SHARES BY THE CHAIRMAN\n"
                + "\n"
                + "This announcement is made by Ardmore Medical Technology Co., Ltd. (the \"Company\") on a voluntary basis to\n"
                + "keep the\n"
                + "shareholders and potential investors of the Company informed of the latest information in relation to the\n"
                + "shareholding\n"
                + "of the chairman of the board of directors of the Company (the \"Board\").\n"
                + "\n"
                + "The Board was informed by Dr. Liang Wenhao (\"Dr. Liang\"), the chairman of the Board and an executive\n"
                + "director of the\n"
                + "Company, that on 30 September 2025, Dr. Liang pledged in his personal capacity 50,000,000 H shares of the\n"
                + "Company\n"
                + "(the \"Pledged Shares\") beneficially owned by him in favour of Lindqvist Private Bank AG, Hong Kong Branch\n"
                + "(the\n"
                + "\"Bank\") as security for a personal credit facility granted by the Bank to Dr. Liang (the \"Pledge\"). The Pledge will\n"
                + "remain in effect until all amounts outstanding under the credit facility have been repaid in full.\n"
                + "\n"
                + "The Pledged Shares represent:\n"
                + "\n"
                + "(a) approximately 57.87% of the 86,400,000 H shares held by Dr. Liang;\n"
                + "(b) approximately 16.00% of the total number of issued H shares of the Company; and\n"
                + "(c) approximately 4.00% of the total number of issued shares of the Company.\n"
                + "\n"
                + "As at the date of this announcement, the total number of issued shares of the Company is 1,250,000,000\n"
                + "shares,\n"
                + "comprising 312,500,000 H shares and 937,500,000 unlisted domestic shares. Dr. Liang is interested in\n"
                + "86,400,000\n"
                + "H shares, representing approximately 27.65% of the total number of issued H shares and approximately\n"
                + "6.91% of the\n"
                + "total number of issued shares of the Company. Dr. Liang is not a controlling shareholder (as defined in the\n"
                + "Rules\n"
                + "Governing the Listing of Securities on The Stock Exchange of Hong Kong Limited) of the Company.";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Dr. Liang Wenhao");
        assertThat(t.get(0).getShares()).isEqualTo(50_000_000L);
    }

    @Test
    void aPageBreakAmongATablesLabelsOneCellPerLineLeavesThemOneHeader() {
        // "Number of" / "A Shares" / "involved" / blank lines / "(shares)": the label goes on past the page's end
        String text = "I. BASIC INFORMATION ON THE RELEASE OF PLEDGE AND RE-PLEDGE\n"
                + "\n"
                + "Name of\n"
                + "shareholder\n"
                + "Type\n"
                + "Controlling\n"
                + "shareholder\n"
                + "or not\n"
                + "Number of\n"
                + "A Shares\n"
                + "involved\n"
                + "\n"
                + "\n"
                + "\n"
                + "(shares)\n"
                + "Percentage\n"
                + "of its\n"
                + "shareholding\n"
                + "Percentage\n"
                + "of total share\n"
                + "capital of the\n"
                + "Company\n"
                + "Restricted\n"
                + "shares or\n"
                + "not\n"
                + "Supplemental\n"
                + "pledge or not\n"
                + "Commencement\n"
                + "date of pledge\n"
                + "Date of\n"
                + "release\n"
                + "Expiry date of\n"
                + "pledge\n"
                + "Pledgee\n"
                + "Use of\n"
                + "proceeds\n"
                + "Anxu Energy\n"
                + "Group Co., Ltd.\n"
                + "Release\n"
                + "Yes\n"
                + "52,000,000\n"
                + "10.40%\n"
                + "2.60%\n"
                + "No\n"
                + "N/A\n"
                + "15 September\n"
                + "2023\n"
                + "22 September\n"
                + "2025\n"
                + "N/A\n"
                + "Huaxia Harbour\n"
                + "Securities Co.,\n"
                + "Ltd.\n"
                + "N/A\n"
                + "Anxu Energy\n"
                + "Group Co., Ltd.\n"
                + "Pledge\n"
                + "Yes\n"
                + "48,000,000\n"
                + "9.60%\n"
                + "2.40%\n"
                + "No\n"
                + "No\n"
                + "23 September\n"
                + "2025\n"
                + "N/A\n"
                + "Until the date on\n"
                + "\n"
                + "\n"
                + "\n"
                + "which the pledgor\n"
                + "and the pledgee\n"
                + "apply for release\n"
                + "of the pledge\n"
                + "Jiangbei Rural\n"
                + "Commercial Bank\n"
                + "Co., Ltd.\n"
                + "Replenishing\n"
                + "working capital\n"
                + "of its\n"
                + "subsidiaries\n"
                + "";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getAction).containsExactly(PledgeAction.RELEASE, PledgeAction.PLEDGE);
        assertThat(t.get(1).getPledgee()).isEqualTo("Jiangbei Rural Commercial Bank Co., Ltd.");
    }

    @Test
    void theValueALabelAwaitsIsNoLabelThoughItNamesAField() {
        String text = "主要股東質押股份\n\n有關質押之詳情如下：\n\n質押日期：\n2025年8月12日\n出質人：\n鴻基資本有限公司\n質權人：\n港灣信貸財務有限公司\n"
                + "質押股份數目：\n96,000,000股股份\n質押目的：\n為出質人之一間聯屬公司獲授之貸款融資提供擔保\n\n"
                + "據董事經作出一切合理查詢後所深知、全悉及確信，港灣信貸財務有限公司及其最終實益擁有人均為獨立第三方。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("鴻基資本有限公司");
        assertThat(t.get(0).getPurpose()).isEqualTo("為出質人之一間聯屬公司獲授之貸款融資提供擔保");
    }

    @Test
    void aChineseDateCutByALineEndIsWhole() {
        String text = "解除股份押記\n\n茲提述本公司有關股份押記的公告。\n董事會獲錦盛投資有限公司告知，其於2022年11月8日以鴻泰銀行有限公司為受益人，就其持有的120,000,000股本公司普通股設立的押記。"
                + "鴻泰銀行已於2025年1\n0月20日解除該押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void holdersThatMortgageTheirSharesAsPartsOfAWholeChargeTakeItsDateAndBeneficiaryAndTheSumIsNoChargeOfItsOwn() {
        String text = "控股股東抵押股份\n\n董事會謹此宣佈，於二零二五年九月十八日，本公司控股股東陳志榮先生透過其全資擁有之兩間代名人公司，以恒邦銀行有限公司（「貸款人」）為受益人"
                + "就彼等所持有之普通股訂立股份押記（「股份押記」），作為借款人於融資協議項下責任之擔保。其中，榮德投資有限公司（「榮德投資」）已抵押其持有之180,000,000股股份，"
                + "佔榮德投資所持股份約42.86%及本公司已發行股份總數約16.36%；而朗峰環球有限公司（「朗峰環球」）則已抵押其持有之95,000,000股股份，佔朗峰環球所持股份約57.58%"
                + "及本公司已發行股份總數約8.64%。根據股份押記合共被抵押之275,000,000股股份，佔本公司已發行股份總數約25.00%。\n\n陳先生、榮德投資及朗峰環球均為本公司之控股股東。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgor).containsExactly("榮德投資有限公司", "朗峰環球有限公司");
        assertThat(t).extracting(PledgeTransaction::getShares).containsExactly(180_000_000L, 95_000_000L);
        assertThat(t).extracting(PledgeTransaction::getStartDate).containsOnly(LocalDate.of(2025, 9, 18));
        assertThat(t).extracting(PledgeTransaction::getPledgee).containsOnly("恒邦銀行有限公司");
        assertThat(t).extracting(PledgeTransaction::getControllingShareholder).containsOnly(true);
    }

    @Test
    void aNumberedListOfParticularsIsReadAsLabelledLinesNotAsHeadings() {
        String text = "I. PARTICULARS OF THE PLEDGE\n\n1. Name of shareholder: Jiangsu Wenxiang Industrial Investment\nHoldings Co., Ltd.\n"
                + "2. Whether a controlling shareholder: Yes\n3. Number of shares pledged in this pledge: 45,000,000 A shares\n4. Whether restricted shares: No\n"
                + "5. Whether supplemental pledge: No\n6. Commencement date of pledge: 10 October 2025\n7. Pledgee: Bank of Jiangnan Commerce Co., Ltd.\n"
                + "8. Percentage of shares held by the shareholder: 14.13%\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("Jiangsu Wenxiang Industrial Investment Holdings Co., Ltd.");
        assertThat(t.get(0).getShares()).isEqualTo(45_000_000L);
        assertThat(t.get(0).getRestrictedShares()).isFalse();
        assertThat(t.get(0).getPercentOfHolding()).isEqualTo(14.13);
    }

    @Test
    void theChargedSharesReleasedFromADateReleaseTheChargeReferredTo() {
        String text = "有關股份押記之公告\n\n茲提述本公司日期為二零二三年六月八日的公告，內容有關本公司控股股東和興創投有限公司（「和興創投」）於二零二三年六月七日訂立以信昌銀行有限公司"
                + "（「承押人」）為受益人的股份押記，據此，和興創投將其持有的210,000,000股本公司普通股（「押記股份」）押記予承押人。\n\n"
                + "解除股份押記\n董事會謹此宣佈，承押人已於二零二五年九月三十日簽署解除契據，據此，押記股份已自二零二五年九月三十日起獲解除及免除股份押記項下的所有押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getReleaseDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aDirectorsChargeInHisOwnNameToALender() {
        String text = "股份押記\n\n董事會獲本公司主席陳國雄先生（「陳先生」）知會，於二零二五年八月二十七日，陳先生以其個人名義將其實益擁有之38,000,000股本公司普通股"
                + "以股份押記方式押記予宏泰財務有限公司（「承押人」），作為承押人向陳先生提供之個人貸款融資之抵押。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPledgor()).isEqualTo("陳國雄先生");
        assertThat(t.get(0).getPledgee()).isEqualTo("宏泰財務有限公司");
    }

    @Test
    void aFurtherChargeProvidedAsSupplementalSecurityIsSupplementalWithThatPurpose() {
        String text = "FURTHER CHARGE OF SHARES BY THE CONTROLLING SHAREHOLDER\n\nOn 9 October 2025, Oldbury Crest executed a further share charge (the "
                + "\"Further Charge\") in favour of the Lender over an additional 45,000,000 Shares. The Further Charge was provided as supplemental security "
                + "to secure the obligations of the borrower under the Facility, following a decline in the market price of the Shares.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getSupplementalPledge()).isTrue();
        assertThat(t.get(0).getPurpose()).isEqualTo("as supplemental security to secure the obligations of the borrower under the Facility");
    }

    @Test
    void aReleasesOwnSentenceDatesThePledgeBeforeAnotherPledgeTheTextMentions() {
        String text = "RELEASE OF SHARE PLEDGE BY A SUBSTANTIAL SHAREHOLDER\n"
                + "\n"
                + "This announcement is made by Corvedale Logistics Holdings Limited (the \"Company\") on a voluntary basis to keep the\n"
                + "shareholders of the Company and potential investors informed of the latest information in relation to the Company.\n"
                + "\n"
                + "The board of directors of the Company (the \"Board\") has been informed by Harcourt Ridge Capital Limited (\"Harcourt\n"
                + "Ridge\"), a substantial shareholder of the Company, that on 14 October 2025, the pledge over 60,000,000 ordinary shares of\n"
                + "HK$0.10 each in the share capital of the Company (the \"Shares\") created by Harcourt Ridge on 25 August 2023 in favour of\n"
                + "Orient Harvest Securities Limited as security for a term loan facility granted to Harcourt Ridge was released in full\n"
                + "following the repayment of the said facility (the \"Release\"). The Shares so released represent approximately 27.96% of the\n"
                + "Shares held by Harcourt Ridge and approximately 4.00% of the total number of issued Shares as at the date of this\n"
                + "announcement.\n"
                + "\n"
                + "As at the date of this announcement, Harcourt Ridge is interested in 214,600,000 Shares, representing approximately 14.31%\n"
                + "of the 1,500,000,000 Shares in issue. Harcourt Ridge is wholly owned by Mr. Ng Chi Fung, a non-executive Director. Neither\n"
                + "Harcourt Ridge nor Mr. Ng is a controlling shareholder (as defined in the Rules Governing the Listing of Securities on The\n"
                + "Stock Exchange of Hong Kong Limited (the \"Listing Rules\")) of the Company.\n"
                + "\n"
                + "Immediately following the Release, 45,000,000 Shares held by Harcourt Ridge, representing approximately 20.97% of its\n"
                + "shareholding and approximately 3.00% of the total number of issued Shares, remain pledged in favour of Tidal Crest Finance\n"
                + "Limited under a share pledge dated 3 March 2025, which has previously been disclosed by Harcourt Ridge in its disclosure of\n"
                + "interests filing. Save as disclosed above, none of the Shares held by Harcourt Ridge is subject to any pledge or\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t.get(0).getAction()).isEqualTo(PledgeAction.RELEASE);
        assertThat(t.get(0).getStartDate()).isEqualTo(LocalDate.of(2023, 8, 25));
    }

    @Test
    void theMainlandQuestionsWithoutTheirCopula() {
        String text = "一、本次股份质押基本情况\n\n股东名称：翠屏集团\n本次质押股数：6,800万股\n是否为控股股东：是\n是否限售股：否\n是否补充质押：否\n质押起始日：2025年11月3日\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getSupplementalPledge()).isFalse();
        assertThat(t.get(0).getRestrictedShares()).isFalse();
    }

    @Test
    void aPledgeCreatedAsSecurityForALoanWhoseAmountHasThousandsSeparators() {
        String text = "PLEDGE OF SHARES BY A DIRECTOR\n\nOn 15 September 2025, Mr. Lam pledged 96,000,000 Shares in favour of Pak Shek Finance Limited (the "
                + "\"Pledgee\").\n\n5. What is the purpose of the Pledge?\nThe Pledge was created as security for a personal term loan of HK$30,000,000 granted by the Pledgee to Mr. Lam for his "
                + "personal investment purposes. The loan is not related to the business of the Company.\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).hasSize(1);
        assertThat(t.get(0).getPurpose()).isEqualTo("as security for a personal term loan of HK$30,000,000 granted by the Pledgee to Mr. Lam for his personal investment purposes");
    }

    @Test
    void sharesChargedUnderTheChargesAboveNameNoChargee() {
        // "押記予以押記": charged by way of the charges, no party after 予
        String text = "股份押記\n\n於二零二五年三月三日，建誠投資有限公司以恒信財務有限公司為受益人簽立股份押記，將其持有之50,000,000股本公司普通股押記予恒信財務有限公司。"
                + "建誠投資所持有之合共92,000,000股股份（佔本公司已發行股份總數約23.00%）已根據上述兩份股份押記予以押記。\n";
        var t = extractor.extract(text).payload().getTransactions();
        assertThat(t).extracting(PledgeTransaction::getPledgee).doesNotContain("以押記");
    }
}

package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementClassifierTest {

    private final AnnouncementClassifier classifier = new AnnouncementClassifier();

    private Classification text(String t) {
        return classifier.classify(t, List.of(), null, null);
    }

    @Test
    void mainlandPledgeTemplateIsAPledgeInEveryScript() {
        assertThat(text("PLEDGE OF CERTAIN SHARES BY CONTROLLING SHAREHOLDER. Number of pledged shares (in 10 thousand). Pledgee").type())
                .isEqualTo(AnnouncementType.PLEDGE);
        Classification hant = text("關於控股股東部分股份質押的公告。質權人：中信證券股份有限公司，質押用途：自身生產經營");
        assertThat(hant.type()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(hant.evidence()).anyMatch(e -> e.startsWith("text:\"股份质押"));
        assertThat(text("关于控股股东部分股份解除质押的公告。质权人：国泰君安证券股份有限公司").type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void pollResultsNeedVotesNotANotice() {
        Classification poll = text("POLL RESULTS OF THE ANNUAL GENERAL MEETING. Computershare Hong Kong Investor Services Limited acted as the scrutineer. "
                + "The total number of shares entitling the holders to attend and vote was 1,000,000.");
        assertThat(poll.type()).isEqualTo(AnnouncementType.POLL);
        assertThat(poll.confidence()).isBetween(0.5, 1.0);
        Classification notice = text("NOTICE IS HEREBY GIVEN that the annual general meeting will be held on 1 June 2023. "
                + "All resolutions will be voted by way of poll and the poll results will be published.");
        assertThat(notice.type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(notice.evidence()).anyMatch(e -> e.startsWith("-text:\"notice is hereby given"));
    }

    @Test
    void assetPledgesUnderRule1318StayOther() {
        assertThat(text("DISCLOSURE PURSUANT TO RULE 13.18. Facility agreement with specific performance obligations: it is an event of default "
                + "if shares held by the controlling shareholder are pledged.").type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aChineseShareChargeSignedByTheControllingShareholderBesideRule1318ObligationsIsAPledge() {
        assertThat(text("根據上市規則第13.17條及第13.18條作出之公告 控股股東質押股份及附有控股股東特定履約責任之融資協議。本公司與貸款人訂立融資協議。"
                + "作為本公司於融資協議項下責任之抵押，東山控股已於2025年7月15日以貸款人為受益人簽立股份押記，將其持有之225,000,000股本公司普通股押記予貸款人。")
                .type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aRule1318AnnouncementWhoseControllingShareholderExecutedAShareChargeIsAPledge() {
        // the rule and the specific obligations it imposes are one sign, not two that outweigh the charge itself
        assertThat(text("根據上市規則第13.18條作出之公告 貸款協議載有對控股股東施加特定責任之條件。本公司與貸款人訂立貸款協議。作為貸款協議項下本公司責任之抵押，"
                + "控股股東已於二零二五年八月二十八日以貸款人為受益人簽立股份押記契據，將其持有之480,000,000股本公司普通股（「押記股份」）押記予貸款人。")
                .type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aDirectorsOwnPledgeOfHSharesIsAPledge() {
        Classification c = text("VOLUNTARY ANNOUNCEMENT PLEDGE OF H SHARES BY THE CHAIRMAN. The Board was informed that Dr. Liang pledged in his "
                + "personal capacity 50,000,000 H shares of the Company in favour of the Bank as security for a personal credit facility.");
        assertThat(c.type()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(c.evidence()).contains("text:\"pledge of h shares by the chairman\"", "text:\"pledged in his personal capacity 50,000,000 h shares\"");
    }

    @Test
    void aChargeOverHSharesByTheChairmansCompanyIsAPledge() {
        Classification c = text("VOLUNTARY ANNOUNCEMENT CHARGE OVER H SHARES BY THE CHAIRMAN'S INVESTMENT COMPANY. Rongxin Investment has created a "
                + "charge over part of the H Shares held by it in favour of a securities firm. Number of H Shares charged: 50,000,000 H Shares. Chargee: Harbour Summit Securities Limited.");
        assertThat(c.type()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(c.evidence()).contains("text:\"charge over h shares by the chairman's investment company\"", "text:\"number of h shares charged\"");
    }

    @Test
    void aChangeOfDirectorsWhoseBiographyNamesSharePledgeFinancingStaysOther() {
        assertThat(text("自願公告 非執行董事變更。蔡先生已辭任本公司非執行董事。韋先生曾於一家銀行負責上市公司主要股東之股份質押融資業務。"
                + "概無其他資料須根據上市規則第13.51(2)(h)至(v)條予以披露。").type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aPledgeOfDepositsThatSaysNoSharesArePledgedStaysOther() {
        Classification c = text("关于全资子公司以存单质押及资产抵押申请银行授信的公告。子公司以定期存单提供质押担保，质权人为海岱银行。"
                + "本次质押、抵押的资产不涉及公司或任何股东所持有的公司股份，亦不涉及控股股东股份质押。");
        assertThat(c.type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(c.evidence()).anyMatch(e -> e.startsWith("-text:\"不涉及"));
    }

    @Test
    void aChargeOverSharesByTheControllingShareholderBesideRule1318ObligationsIsAPledge() {
        assertThat(text("ANNOUNCEMENT PURSUANT TO RULES 13.17 AND 13.18. FACILITY AGREEMENT WITH SPECIFIC PERFORMANCE OBLIGATIONS AND CHARGE "
                + "OVER SHARES BY THE CONTROLLING SHAREHOLDER. On 8 December 2025, Tide Harbour, the controlling shareholder, executed a "
                + "charge over the shares (the \"Share Charge\") in respect of 612,000,000 ordinary shares (the \"Charged Shares\")."
                + " The Charged Shares represent approximately 30.60% of the total issued share capital.").type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aShareChargeExecutedUnderARule1318FacilityAndAShareMortgageAreSharePledges() {
        assertThat(text("DISCLOSURE PURSUANT TO RULE 13.18 OF THE LISTING RULES. FACILITY AGREEMENT WITH SPECIFIC PERFORMANCE OBLIGATIONS ON"
                + " THE CONTROLLING SHAREHOLDER AND CHARGE OVER SHARES BY THE CONTROLLING SHAREHOLDER. The Borrower entered into a facility"
                + " agreement. Crestfield, wholly owned by Mr. Lau, executed a share charge dated 14 March 2024 (the \"Share Charge\") in"
                + " favour of the Lender, pursuant to which Crestfield charged 386,500,000 ordinary shares of HK$0.01 each in the share"
                + " capital of the Company.").type()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(text("VOLUNTARY ANNOUNCEMENT. SHARE MORTGAGE BY CONTROLLING SHAREHOLDER. On 9 September 2024, Silverpine executed a deed of"
                + " share mortgage (the \"Share Mortgage\") in favour of Tak Lee Credit Limited (the \"Mortgagee\"). The 132,000,000"
                + " mortgaged Shares represent approximately 52.38% of the Shares held by Silverpine.").type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aChargeOfSharesByTheControllingShareholdersBesideAFacilityWithSpecificPerformanceIsAPledge() {
        assertThat(text("ANNOUNCEMENT PURSUANT TO RULES 13.17 AND 13.18 OF THE LISTING RULES. CHARGE OF SHARES BY THE CONTROLLING"
                + " SHAREHOLDERS AND FACILITY AGREEMENT IMPOSING SPECIFIC PERFORMANCE OBLIGATIONS ON THE CONTROLLING SHAREHOLDER."
                + " As security for the Facility, Sable Crest and Mr. Lam each executed a share charge in favour of the Bank over"
                + " ordinary shares of the Company as set out below.").type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void returnFormsWithAPledgedSharesLineStayOther() {
        assertThat(text("Monthly Return of Equity Issuer on Movements in Securities. Number of shares pledged: 2,000,000 shares pledged."
                + " Pledgee: not applicable").type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(text("翌日披露報表。已質押股份數目：2,000,000股，質權人：不適用").type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void categoryIsAPriorNotTheTruth() {
        String pledgeText = "Ganzhou Geshuo pledged 1,550,000 shares to GF Securities Co., Ltd.; number of pledged shares; pledgee";
        Classification underOrdinaryCategory = classifier.classify(pledgeText, List.of("19810"), null, null);
        assertThat(underOrdinaryCategory.type()).isEqualTo(AnnouncementType.PLEDGE);
        Classification withCategory = classifier.classify("Results of AGM", List.of("14700"), null, "Poll Results of AGM");
        assertThat(withCategory.evidence()).contains("category:14700", "title:\"poll results\"");
        Classification nearMiss = classifier.classify("a notice", List.of("14400"), null, null);
        assertThat(nearMiss.type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(nearMiss.evidence()).contains("category:14400");
    }

    @Test
    void aDischargedShareChargeIsAPledgeReleaseAndAPublicationNoticeNoReport() {
        assertThat(text("VOLUNTARY ANNOUNCEMENT\nDISCHARGE OF SHARE CHARGE BY THE CONTROLLING SHAREHOLDER\n"
                + "Reference is made to the share charge executed by Profit Harvest Limited in favour of Haitong International. "
                + "On 21 November 2024 all of the 210,000,000 Charged Shares were released from the pledge.").type())
                .isEqualTo(AnnouncementType.PLEDGE);
        assertThat(text("公告\n刊發二零二四年環境、社會及管治報告\n本集團之環境、社會及管治報告（「ESG報告」）已根據附錄C2所載之"
                + "《環境、社會及管治報告守則》編製，並已刊載於披露易網站。ESG報告載列本集團於報告期內之關鍵績效指標，包括溫室氣體排放。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aClarificationAndAJudicialFreezeAreNoPledgeAndAMainlandResolutionsAnnouncementIsAPoll() {
        assertThat(text("CLARIFICATION ANNOUNCEMENT\nThe Board has noted press reports which stated that the controlling shareholder had "
                + "pledged 420,000,000 shares of the Company. The Board wishes to clarify that none of the pledged shares reported exist.").type())
                .isEqualTo(AnnouncementType.OTHER);
        assertThat(text("关于控股股东部分股份被司法冻结的公告\n本次股份被冻结基本情况如下。截至本公告披露日，控股股东累计质押公司股份168,000,000股，"
                + "本次被冻结的股份均为未质押股份，不涉及股份质押。").type())
                .isEqualTo(AnnouncementType.OTHER);
        assertThat(text("海外监管公告\n2024年年度股东大会决议公告\n二、议案审议情况\n1、议案名称：关于公司2024年年度报告（含H股年度业绩公告）的议案\n"
                + "审议结果：通过\n表决情况：\n股东类型\t同意\t\t反对\t\t弃权\t\n普通股合计：\t512,245,444\t99.9775\t85,400\t0.0167\t30,000\t0.0058\n"
                + "律师见证结论意见：本次股东大会的表决程序和表决结果合法有效。").type())
                .isEqualTo(AnnouncementType.POLL);
    }

    @Test
    void aClarificationThatRecallsAnEarlierPledgeIsStillNoPledge() {
        assertThat(text("澄清公告\n有關控股股東股份質押之報章報道\n董事會注意到若干報章報道指稱控股股東已將其所持之全部股份質押予多家財務機構，"
                + "且遭質權人追加保證金。茲提述本公司之公告，控股股東於2021年9月2日將其所持之300,000,000股股份質押予一間香港持牌銀行。"
                + "控股股東確認其並無就其所持之任何股份訂立任何新的質押。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aPublicationNoticeQuotingHighlightsAndInterimResultsMentioningPollsAreOther() {
        assertThat(text("PUBLICATION OF 2024 ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT AND ESG PERFORMANCE HIGHLIGHTS\n"
                + "The Company's Environmental, Social and Governance Report, prepared in accordance with the Environmental, Social and "
                + "Governance Reporting Code set out in Appendix C2, has been published today on the websites of the Stock Exchange and "
                + "the Company. Set out below are selected key performance indicators extracted from the report, whose materiality "
                + "assessment is also set out there.\nIndicator\tUnit\t2024\t2023\n"
                + "Total greenhouse gas emissions (Scope 1 and 2)\ttCO2e\t8,642.7\t9,318.5\nWater consumption\tm3\t198,406\t214,773\n"
                + "Total workforce\tpersons\t1,026\t988\n" + "The information above is a summary only. ".repeat(40)).type())
                .isEqualTo(AnnouncementType.OTHER);
        assertThat(text("中期業績公告\n董事會宣佈本集團截至2025年6月30日止六個月之未經審核簡明綜合中期業績。\n每股盈利\t9\n"
                + "本公司於2025年6月5日舉行之股東週年大會上提呈之所有決議案均以投票方式表決並獲正式通過，有關投票表決結果已於同日刊發。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aReleaseOfPledgesOverSharesIsAPledgeAndAPollAnnouncedElsewhereIsNoPoll() {
        assertThat(text("VOLUNTARY ANNOUNCEMENT\nRELEASE OF PLEDGES OVER SHARES\nBY THE CONTROLLING SHAREHOLDER\n"
                + "The Board has been informed by Pearl Bay that, upon full repayment of the relevant loan facilities, each of the "
                + "pledgees has released all the Shares pledged in its favour.").type())
                .isEqualTo(AnnouncementType.PLEDGE);
        Classification auditor = text("建议更换核数师\n本公司于2025年6月18日举行的2024年度股东周年大会上，续聘湘江为本公司2025年度核数师的普通决议案"
                + "已以投票表决方式获得通过（赞成票占出席股东周年大会并投票的股东所持表决权股份总数约99.85%）。有关股东周年大会投票表决结果的详情，"
                + "请参阅本公司日期为2025年6月18日的公告。\n董事会建议委任岳麓会计师事务所为本公司核数师。临时股东大会上的决议案将以投票方式表决。");
        assertThat(auditor.type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aShareChargeBesideARule1318LoanAndAPledgeOfDomesticAndHSharesArePledges() {
        assertThat(text("ANNOUNCEMENT PURSUANT TO RULES 13.17 AND 13.18 OF THE LISTING RULES\nFACILITY AGREEMENT WITH SPECIFIC PERFORMANCE "
                + "OBLIGATIONS ON THE CONTROLLING SHAREHOLDER AND\nCHARGE OVER SHARES BY THE CONTROLLING SHAREHOLDER\n"
                + "As security for the obligations of the Company under the Facility Agreement, on 3 September 2025, Rich Harvest Global "
                + "Limited executed a share charge in favour of the Lender over 450,000,000 ordinary shares of HK$0.01 each in the share "
                + "capital of the Company (the \"Charged Shares\").").type())
                .isEqualTo(AnnouncementType.PLEDGE);
        assertThat(text("VOLUNTARY ANNOUNCEMENT\nPLEDGE OF DOMESTIC SHARES AND H SHARES\nBY A SUBSTANTIAL SHAREHOLDER\n"
                + "The Board has been informed by Bohai Shipping that it has pledged certain Domestic Shares and H Shares of the Company "
                + "held by it.\nPledgor\tPledgee").type())
                .isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void theBoardsOwnResolutionsVotedByItsDirectorsAreNoPoll() {
        assertThat(text("第九届董事会第五次会议决议公告\n（一）审议通过《关于2024年度环境、社会及管治报告的议案》\n表决结果：同意9票，反对0票，弃权0票。\n"
                + "（二）审议通过《关于提请召开2024年年度股东大会的议案》\n表决结果：同意9票，反对0票，弃权0票。\n"
                + "H股股东的投票将以投票表决方式进行，公司H股股份过户登记处将担任点票监察员。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aSubsidiarysEquityPledgedByTheIssuerAndADisclosureOfInterestsFormAreNoPledges() {
        assertThat(text("关于以子公司股权提供质押担保的公告\n公司拟以其持有的新锐铸造100%股权为上述贷款提供质押担保。\n出质人\t芜湖新锐汽车零部件股份有限公司\n"
                + "质权人\t江淮发展银行股份有限公司芜湖分行\n质押用途\t为新锐铸造项目贷款提供担保\n公司将与质权人签署《股权质押合同》。").type())
                .isEqualTo(AnnouncementType.OTHER);
        assertThat(text("表格2\n法團大股東通知\n證券及期貨條例（第571章）第XV部\n6.\t有關事件\n\t1203\t成為持有股份的保證權益的人\n"
                + "附註：該等股份乃根據以本銀行為受益人之股份押記持有。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aQuarterlyReportListingPledgedSharesIsNoPledge() {
        assertThat(text("2025年第一季度报告\n二、股东信息\n前10名股东持股情况\n景德镇陶瓷集团有限公司\t境内非国有法人\t质押\t86,000,000\n"
                + "截至报告期末，控股股东累计质押股份86,000,000股。本报告期内股份质押情况未发生变化。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aPlanToIncreaseAHoldingThatRecallsReleasedPledgesIsNoPledge() {
        assertThat(text("关于控股股东增持公司股份计划的公告\n增持主体名称：山东魁思田投资有限公司\n增持主体承诺：在增持计划实施期间不减持公司股份。\n"
                + "2025年8月，增持主体已办理完毕20,000,000股股份的解除质押手续。").type())
                .isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aJudicialFreezeHeadlineOutweighsThePledgesItRecallsButNotAPledgeAnnouncedWithIt() {
        String background = "截至本公告披露日，飞云控股累计质押公司股份150,000,000股，占其所持公司股份的36.38%，本次被冻结股份中不涉及已质押股份。"
                + "公司于2024年以来未收到任何新增股份质押或解除质押的通知。";
        assertThat(text("关于控股股东所持部分股份被司法冻结的公告。一、本次股份被冻结基本情况。" + background).type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(text("关于控股股东部分股份质押及被司法冻结的公告。一、本次股份质押基本情况。质权人：国泰君安证券股份有限公司。" + background).type())
                .isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aNoticeThatNamesTheRangesOfCodesItsReportCoversAndASubsidiarysEquityPledgeStayOther() {
        String notice = "自願公告\n刊發2024年度環境、社會及管治報告\n\n本公司截至2024年12月31日止年度的環境、社會及管治報告已根據附錄C2《環境、社會及管治報告守則》"
                + "編製，並已於本公告日期在聯交所網站刊發。ESG報告包括關鍵績效指標A1.1至A3.1及B1.1至B8.2的披露，以及溫室氣體排放的表現。";
        assertThat(text(notice).type()).isEqualTo(AnnouncementType.OTHER);

        String subsidiary = "关于以全资子公司股权提供质押担保的公告\n● 质押标的：公司持有的全资子公司盐城永锐新能源材料有限公司100%股权\n"
                + "● 质权人：中国农业银行股份有限公司盐城分行\n本次质押为子公司项目贷款提供担保。";
        assertThat(text(subsidiary).type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aTraditionalChineseJudicialFreezeThatRecallsAPledgeStaysOther() {
        String freeze = "自願性公告\n有關控股股東所持內資股被司法凍結\n\n本公司董事會獲本公司控股股東美隆實業告知，美隆實業所持有的本公司部分內資股已被法院司法凍結。"
                + "\n截至本公告日期，美隆實業累計被司法凍結的本公司股份為86,500,000股。此外，美隆實業先前已將其所持本公司內資股120,000,000股質押予"
                + "一家境內商業銀行，有關質押股份並無因本次司法凍結而發生變動。";
        assertThat(text(freeze).type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aControllingShareholdersChargeOverItsOwnSharesBesideARule1318FacilityIsAPledge() {
        String text = "ANNOUNCEMENT PURSUANT TO RULES 13.17 AND 13.18\n"
                + "OF THE LISTING RULES\n"
                + "FACILITY AGREEMENT WITH SPECIFIC PERFORMANCE OBLIGATIONS\n"
                + "ON THE CONTROLLING SHAREHOLDER AND\n"
                + "CHARGE OVER SHARES BY THE CONTROLLING SHAREHOLDER\n"
                + "\n"
                + "This announcement is made by Otterbourne Holdings Limited (the \"Company\", together with its\n"
                + "subsidiaries, the \"Group\") pursuant to Rules 13.17 and 13.18 of the Rules Governing the Listing of\n"
                + "Securities on The Stock Exchange of Hong Kong Limited (the \"Listing Rules\").\n"
                + "\n"
                + "THE FACILITY AGREEMENT\n"
                + "\n"
                + "The board (the \"Board\") of directors (the \"Directors\") of the Company announces that on 18 March\n"
                + "2025, the Company as borrower entered into a facility agreement (the \"Facility Agreement\") with\n"
                + "Sino Pacific Banking Corporation Limited (the \"Lender\") as lender, pursuant to which the Lender has\n"
                + "agreed to make available to the Company a secured term loan facility in an aggregate principal amount\n"
                + "of up to HK$450,000,000 (the \"Facility\") for a term of 36 months from the date of first drawdown. The\n"
                + "proceeds of the Facility will be applied towards refinancing the existing bank borrowings of the Group\n"
                + "and for general working capital purposes.\n"
                + "\n"
                + "SPECIFIC PERFORMANCE OBLIGATIONS ON THE CONTROLLING SHAREHOLDER\n"
                + "\n"
                + "Pursuant to the Facility Agreement, it shall be an event of default if, among other things, Mr. Lau Ka\n"
                + "Wing (\"Mr. Lau\"), the chairman of the Board, an executive Director and the controlling shareholder\n"
                + "(as defined in the Listing Rules) of the Company, (i) ceases to beneficially own, directly or indirectly,\n"
                + "at least 51% of the total number of issued shares of the Company (the \"Shares\"); or (ii) ceases to be\n"
                + "the chairman of the Board. Upon the occurrence of an event of default, the Lender may, among other\n"
                + "things, declare all outstanding amounts under the Facility, together with accrued interest, to be\n"
                + "immediately due and payable.\n"
                + "\n"
                + "CHARGE OVER SHARES BY THE CONTROLLING SHAREHOLDER\n"
                + "\n"
                + "As security for the obligations of the Company under the Facility Agreement, on 18 March 2025,\n"
                + "Golden Arch Ventures Limited (\"Golden Arch\"), a company incorporated in the British Virgin Islands\n"
                + "which is wholly and beneficially owned by Mr. Lau and a controlling shareholder of the Company,\n"
                + "executed a share charge (the \"Share Charge\") in favour of the Lender over 312,000,000 Shares held by\n"
                + "it, representing approximately 27.45% of the total number of issued Shares as at the date of this\n"
                + "announcement and 50% of the Shares held by Golden Arch.\n"
                + "\n"
                + "As at the date of this announcement, the Company has 1,136,600,000 Shares in issue, of which\n"
                + "624,000,000 Shares, representing approximately 54.90% of the total number of issued Shares, are held\n"
                + "by Golden Arch. Save for the Share Charge, none of the Shares held by Golden Arch is subject to any\n"
                + "pledge or charge. The Share Charge will remain in force until all amounts owing under the Facility\n"
                + "Agreement have been fully repaid and discharged.\n"
                + "\n"
                + "The Company will comply with the continuing disclosure requirements under Rule 13.21 of the Listing\n"
                + "Rules in its interim and annual reports for so long as the circumstances giving rise to the obligations\n"
                + "under Rule 13.18 of the Listing Rules continue to exist.\n"
                + "\n"
                + "By order of the Board\n"
                + "Otterbourne Holdings Limited\n"
                + "Lau Ka Wing\n";
        assertThat(text(text).type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aPledgeesChangeOfNameStaysOther() {
        String text = "关于控股股东股份质押之质权人名称变更的公告\n\n重要内容提示：\n● 本次变更仅涉及质权人名称变更，不涉及质押股份数量、质押期限及其他质押条款的变化，"
                + "不涉及新增质押或解除质押。\n\n公司于2025年8月4日收到控股股东的通知，其此前质押予“东兴信托有限责任公司”的公司股份，因质权人名称变更，"
                + "相关质押登记信息已办理完成质权人名称变更手续。\n\n股东名称\t质押股数\t质押起始日\t变更前质权人名称\t变更后质权人名称\n"
                + "上海宝山重工集团有限公司\t150,000,000\t2024年3月12日\t东兴信托有限责任公司\t东兴国际信托有限责任公司\n\n"
                + "截至本公告披露日，累计质押公司股份230,000,000股，占其所持公司股份的19.97%。详见《关于控股股东部分股份质押的公告》。";
        assertThat(text(text).type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aReleaseOfShareChargesThatRecallsTheLoansSpecificPerformanceIsAPledgeRelease() {
        assertThat(text("VOLUNTARY ANNOUNCEMENT. RELEASE OF SHARE CHARGES BY CONTROLLING SHAREHOLDERS. Reference is made to the charge of"
                + " 210,000,000 ordinary shares of the Company by Rich Summit in favour of Orient Crest Finance Limited. All of the"
                + " 210,000,000 Shares charged by Rich Summit were released on 14 October 2025, and the specific performance obligations"
                + " under the relevant loan agreements ceased.").type()).isEqualTo(AnnouncementType.PLEDGE);
    }

    @Test
    void aChineseRule1318AnnouncementWhoseControllingShareholderChargesItsSharesIsAPledge() {
        String text = "根據上市規則第13.18條作出之公告\n涉及控股股東須履行特定責任之融資協議\n及控股股東押記股份\n\n"
                + "董事會宣佈，於2025年10月17日，本公司（作為借款人）與泓昌銀行有限公司（「貸款人」）訂立一份融資協議。\n\n"
                + "控股股東之特定責任\n\n根據融資協議，倘富華投資不再直接或間接實益擁有本公司已發行股份總數不少於51%，即構成違約事件。\n\n"
                + "股份押記\n\n作為本公司履行融資協議項下責任之抵押，富華投資已於2025年10月17日以貸款人為受益人簽立股\n"
                + "份押記（「股份押記」），將其持有之600,000,000股本公司普通股（「押記股份」）押記予貸款人。押記股份相當於富華投資所持本公司"
                + "股份約76.19%及本公司已發行股份總數約48.00%。";
        assertThat(text(text).type()).isEqualTo(AnnouncementType.PLEDGE);
        // the issuer's loan alone, with its covenants, stays a near miss
        String loanOnly = text.substring(0, text.indexOf("股份押記\n\n作為")).replace("及控股股東押記股份\n", "");
        assertThat(text(loanOnly).type()).isEqualTo(AnnouncementType.OTHER);
    }

    @Test
    void aLineEndInsideAChineseWordIsNoSpace() {
        // "簽立股" / "份押記": one word, as the PDF's page cut it
        assertThat(AnnouncementClassifier.normalize("以貸款人為受益人簽立股\n份押記")).isEqualTo("以贷款人为受益人签立股份押记");
        assertThat(AnnouncementClassifier.normalize("押記 \r\n 股份\n\nShares \n charged")).isEqualTo("押记股份 shares charged");
        assertThat(AnnouncementClassifier.normalize("質押 股份")).isEqualTo("质押 股份");
    }

    @Test
    void theHeadlineOfAControllingShareholdersReleaseOfAChargeIsAPledgeCue() {
        String text = "控股股東解除部分股份押記及重新押記\n\n解除部分股份押記\n\n鄱陽投資以恒昌銀行為受益人押記之合共400,000,000股本公司普通股中，"
                + "其中150,000,000股股份已於二零二五年九月十日獲恒昌銀行解除押記，惟須受有關貸款\n協議之條款規限。";
        assertThat(text(text).type()).isEqualTo(AnnouncementType.PLEDGE);
    }
}

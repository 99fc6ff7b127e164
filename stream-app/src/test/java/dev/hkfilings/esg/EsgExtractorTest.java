package dev.hkfilings.esg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.fields.Extracted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsgExtractorTest {

    private final EsgExtractor extractor = new EsgExtractor();

    private static EsgKpi kpi(EsgReport r, String metric, String unit) {
        return r.getKpis().stream().filter(k -> k.getMetric().equals(metric) && unit.equals(k.getUnit())).findFirst()
                .orElseThrow(() -> new AssertionError("no KPI " + metric + " in " + r.getKpis()));
    }

    @Test
    void readsTheSeedReport() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/seeds/esg_06680_2021.txt"), StandardCharsets.UTF_8);
        EsgReport r = extractor.extract(text).payload();
        assertThat(r.getReportingYear()).isEqualTo(2021);
        assertThat(r.getPeriodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(r.getPeriodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(r.getStandards()).containsExactly("HKEX ESG Reporting Guide", "GRI Standards", "ISO 26000");
        EsgKpi hazardous = kpi(r, "Hazardous waste", "tonne");
        assertThat(hazardous.getCode()).isEqualTo("A1.3");
        assertThat(hazardous.getValues().get(0).getYear()).isEqualTo(2021);
        assertThat(hazardous.getValues().get(0).getValue()).isEqualTo(407.0);
        assertThat(hazardous.getValues().get(1).getValue()).isNull();
        assertThat(hazardous.getValues().get(1).getText()).isEqualTo("/");
        EsgKpi scope2 = r.getKpis().stream().filter(k -> k.getMetric().equals("Scope II") && k.getValues().get(0).getYear() == 2021)
                .findFirst().orElseThrow();
        assertThat(scope2.getUnit()).isEqualTo("tCO2e");
        assertThat(scope2.getValues().get(0).getValue()).isEqualTo(88_443.0);
        assertThat(scope2.getValues().get(1).getValue()).isEqualTo(71_793.0);
        EsgKpi ethnic = kpi(r, "Number of employees from ethnic groups", "Person");
        assertThat(ethnic.getValues().get(0).getValue()).isEqualTo(141.0);
        assertThat(kpi(r, "Total community donations", "million").getCode()).isEqualTo("B8.2");
    }

    @Test
    void readsYearColumnsAndWrappedNamesInBothTableShapes() {
        String tab = "Reporting period: from 1 April 2022 to 31 March 2023\nKPI\tUnit\tFY2023\tFY2022\n"
                + "A2.1\tElectricity consumption by\tMWh\t1,200.5\t1,100\n\tdata centres\n";
        String lines = "Reporting period: from 1 April 2022 to 31 March 2023\nKPI\nUnit\nFY2023\nFY2022\n"
                + "A2.1\nElectricity consumption by\ndata centres\nMWh\n1,200.5\n1,100\n";
        for (String text : List.of(tab, lines)) {
            EsgReport r = extractor.extract(text).payload();
            assertThat(r.getReportingYear()).isEqualTo(2023);
            assertThat(r.getPeriodStart()).isEqualTo(LocalDate.of(2022, 4, 1));
            EsgKpi k = r.getKpis().get(0);
            assertThat(k.getCode()).isEqualTo("A2.1");
            assertThat(k.getMetric()).isEqualTo("Electricity consumption by data centres");
            assertThat(k.getUnit()).isEqualTo("MWh");
            assertThat(k.getValues()).extracting(v -> v.getYear()).containsExactly(2023, 2022);
            assertThat(k.getValues()).extracting(v -> v.getValue()).containsExactly(1200.5, 1100.0);
        }
    }

    @Test
    void aNamesRestBehindATabAfterAFullRowMayLookLikeAUnitOrAFigure() {
        String text = "Reporting period: 1 January 2024 to 31 December 2024\nKPI\tIndicator\tUnit\t2024\t2023\t2022\n"
                + "B1.1\tPart-time and dispatched\tpersons\t52\t55\t57\n\temployees\n"
                + "B1.2\tEmployee turnover rate – aged over\t%\t2.6\t2.9\t3.3\n\t50\n"
                + "Note: Employee turnover rate = number of employees leaving during the year ÷ number of employees at the end of the year.\n";
        List<EsgKpi> k = extractor.extract(text).payload().getKpis();
        assertThat(k).extracting(EsgKpi::getMetric).containsExactly("Part-time and dispatched employees", "Employee turnover rate – aged over 50");
        assertThat(k).extracting(EsgKpi::getUnit).containsExactly("persons", "%");
        assertThat(k.get(1).getValues()).extracting(v -> v.getValue()).containsExactly(2.6, 2.9, 3.3);
    }

    @Test
    void litresInChineseAreAUnit() {
        String text = "報告期：2024年1月1日至12月31日\n指標\t類別\t單位\t2024年\t2023年\n"
                + "A2.1\t柴油\t公升\t612,400\t655,800\n";
        EsgKpi k = extractor.extract(text).payload().getKpis().get(0);
        assertThat(k.getMetric()).isEqualTo("柴油");
        assertThat(k.getUnit()).isEqualTo("公升");
    }

    @Test
    void readsChinesePeriodsAndStandards() {
        EsgReport r = extractor.extract("報告期：2022年1月1日至12月31日。本報告依據聯交所上市規則附錄二十七《環境、社會及管治報告指引》編製，並參考GRI標準及TCFD建議。")
                .payload();
        assertThat(r.getReportingYear()).isEqualTo(2022);
        assertThat(r.getPeriodStart()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(r.getPeriodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(r.getStandards()).containsExactly("HKEX ESG Reporting Guide (Appendix 27)", "GRI Standards", "TCFD");
    }

    @Test
    void aYearEndWithoutAStartLeavesTheStartMissing() {
        Extracted<EsgReport> x = extractor.extract("This report covers the Group's operations for the year ended 31 December 2022.");
        assertThat(x.payload().getReportingYear()).isEqualTo(2022);
        assertThat(x.payload().getPeriodStart()).isNull();
        assertThat(x.missingFields()).contains("periodStart", "standards", "kpis").doesNotContain("periodEnd", "reportingYear");
    }

    @Test
    void aHugeReportCompletes() {
        StringBuilder b = new StringBuilder(5_300_000);
        b.append("Reporting period: 1 January 2023 to 31 December 2023. Prepared under the ESG Reporting Guide.\n");
        String prose = "The Group continued to strengthen its environmental management system and engaged stakeholders "
                + "across all business units during the year, with 2023 targets set for energy, water and waste.\n";
        int table = 0;
        while (b.length() < 5_000_000) {
            for (int i = 0; i < 20; i++) {
                b.append(prose);
            }
            b.append("KPI\tUnit\t2023\t2022\nA1.2\tTotal GHG emissions\ttCO2e\t").append(String.format(java.util.Locale.ROOT, "%,d", 1000L * table++)).append("\t1,000\n");
            // unbalanced brackets, long digit runs and lone separators that a careless pattern would backtrack on
            b.append("((((((((((( 1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9 ------------------------------- ")
                    .append("9".repeat(400)).append(" %%%%\n");
        }
        EsgReport r = extractor.extract(b.toString()).payload();
        assertThat(r.getReportingYear()).isEqualTo(2023);
        assertThat(r.getKpis()).hasSize(table);
    }

    @Test
    void takesACodeWrittenAfterTheName() {
        String text = "Indicator\nUnit\n2023\n2022\nTotal GHG emissions\nA1.2\ntCO2e\n1,234\n1,100\nWater consumption\nA2.2\nm3\n9,876\n9,900\n";
        List<EsgKpi> kpis = extractor.extract(text).payload().getKpis();
        assertThat(kpis).extracting(EsgKpi::getCode).containsExactly("A1.2", "A2.2");
        assertThat(kpis).extracting(EsgKpi::getMetric).containsExactly("Total GHG emissions", "Water consumption");
        assertThat(kpis.get(1).getValues().get(1).getValue()).isEqualTo(9900.0);
    }

    @Test
    void aCodeInTheLastColumnBelongsToItsRowAndTheRowsBelow() {
        String tab = "Indicator\tUnit\tFY2023\tFY2022\tHKEX KPI\n"
                + "Nitrogen oxides (NOx)\tkg\t312.8\t298.4\tA1.1\n"
                + "Sulphur oxides (SOx)\tkg\t1.9\t1.8\n"
                + "Direct GHG emissions (Scope 1)\ttCO2e\t4,218.6\t3,977.1\tA1.2\n";
        var kpis = extractor.extract(tab).payload().getKpis();
        assertThat(kpis).extracting(k -> k.getCode()).containsExactly("A1.1", "A1.1", "A1.2");
    }

    @Test
    void aChineseHeadingAboveARowAndANameAndUnitWrappedTogether() {
        String tab = "指標\t單位\t2023年\t2022年\n"
                + "溫室氣體排放密度\t噸二氧化碳當量／\t0.183\t0.196\n"
                + "（按產量計）\t噸產品\n"
                + "資源使用\n"
                + "耗電量\t兆瓦時\t30,215.4\t31,308.9\n";
        var kpis = extractor.extract(tab).payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("溫室氣體排放密度（按產量計）", "耗電量");
        assertThat(kpis.get(0).getUnit()).isEqualTo("噸二氧化碳當量／噸產品");
    }

    @Test
    void aUnitWrappedBehindATabAndCodesAfterACodeColumnOneCellPerLine() {
        var wrapped = extractor.extract("KPI\tUnit\t2023\t2022\nGHG emissions intensity\ttCO2e/tonne of\t0.218\t0.236\n\tproduct\n")
                .payload().getKpis();
        assertThat(wrapped.get(0).getMetric()).isEqualTo("GHG emissions intensity");
        assertThat(wrapped.get(0).getUnit()).isEqualTo("tCO2e/tonne of product");
        var lines = extractor.extract("指标\n单位\n2023年\n2022年\n指引索引\n范围一温室气体排放量\n吨二氧化碳当量\n152,380\n160,412\nA1.2\n"
                + "有害废弃物\n吨\n21.6\n19.8\nA1.3\n").payload().getKpis();
        assertThat(lines).extracting(k -> k.getMetric()).containsExactly("范围一温室气体排放量", "有害废弃物");
        assertThat(lines).extracting(k -> k.getCode()).containsExactly("A1.2", "A1.3");
    }

    @Test
    void oneCellPerLineANameWrappedAfterItsCodeAndAUnitWrappedBeforeTheFigures() {
        var kpis = extractor.extract("Indicator\nUnit\nFY2024\nFY2023\nA1.2\nEnergy indirect (Scope 2)\nGHG emissions\ntCO2e\n6,931.8\n7,208.4\n"
                + "A1.2\nGHG emissions intensity\ntCO2e/HK$\nmillion revenue\n7.62\n8.15\n"
                + "B1.2\nEmployee turnover rate by gender\nMale\n%\n9.1\n10.4\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("Energy indirect (Scope 2) GHG emissions", "GHG emissions intensity", "Male");
        assertThat(kpis.get(1).getUnit()).isEqualTo("tCO2e/HK$ million revenue");
    }

    @Test
    void aGroupRowsUnitServesTheRowsUnderItAndAChineseRateWrapsItsDenominator() {
        var grouped = extractor.extract("KPI\tEnvironmental indicators\t2024\t2023\n"
                + "A1.1\tAir emissions (kg)\t\t\n\tNitrogen oxides (NOx)\t1,284.6\t1,352.1\n\tSulphur oxides (SOx)\t21.4\t22.9\n"
                + "B3.2\tAverage training hours (hours per employee)\t\t\n\tAverage training hours per employee\t16.4\t14.8\n")
                .payload().getKpis();
        assertThat(grouped).extracting(k -> k.getUnit()).containsExactly("kg", "kg", "hours per employee");
        var wrapped = extractor.extract("指標\n\n單位\n\n2024年\n\n2023年\n\nA1.2\n\n溫室氣體排放密度\n\n噸二氧化碳當量／\n百萬港元收益\n\n4.87\n\n5.31\n\n"
                + "A2.1\n\n能源消耗密度\n\n兆瓦時／百萬港元\n收益\n\n8.97\n\n9.75\n").payload().getKpis();
        assertThat(wrapped).extracting(k -> k.getMetric()).containsExactly("溫室氣體排放密度", "能源消耗密度");
        assertThat(wrapped).extracting(k -> k.getUnit()).containsExactly("噸二氧化碳當量／百萬港元收益", "兆瓦時／百萬港元收益");
    }

    @Test
    void aNameCutAfterPerGoesOnWithTheWordBeforeTheUnit() {
        var kpis = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\n"
                + "B2.2\tLost days due to work injury\tdays\t412\t458\n"
                + "B3.2\tAverage training hours per\n\temployee\thours\t21.6\t19.8\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("Lost days due to work injury", "Average training hours per employee");
        assertThat(kpis.get(1).getUnit()).isEqualTo("hours");

        // the rest of the name on the line below the row's figures, though "employee" could be a unit
        var below = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\n"
                + "B3.2\tAverage training hours per\thours\t21.5\t19.8\n\temployee\n"
                + "B5.1\tNumber of suppliers\tsuppliers\t286\t301\n").payload().getKpis();
        assertThat(below).extracting(k -> k.getMetric()).containsExactly("Average training hours per employee", "Number of suppliers");
        assertThat(below.get(0).getUnit()).isEqualTo("hours");
    }

    @Test
    void aRatesDenominatorWrappedUnderTheUnitAndANameEndingInADashGoOn() {
        var tab = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\n"
                + "\tGreenhouse gas emissions intensity\ttCO2e/occupied\t0.0318\t0.0351\n\t\troom night\t\t\n"
                + "A1.3\tHazardous waste produced\ttonnes\t0.84\t0.91\n").payload().getKpis();
        assertThat(tab).extracting(k -> k.getMetric()).containsExactly("Greenhouse gas emissions intensity", "Hazardous waste produced");
        assertThat(tab.get(0).getUnit()).isEqualTo("tCO2e/occupied room night");
        var lines = extractor.extract("KPI\nIndicator\nUnit\n2024\n2023\nB5.1\nNumber of suppliers –\nHong Kong\nnumber\n205\n198\n"
                + "Number of suppliers –\nMainland China\nnumber\n63\n58\n").payload().getKpis();
        assertThat(lines).extracting(k -> k.getMetric()).containsExactly("Number of suppliers – Hong Kong", "Number of suppliers – Mainland China");
    }

    @Test
    void aGroupRowsBracketedUnitRightAfterItsCodeOneCellPerLine() {
        var kpis = extractor.extract("KPI\nEnvironmental indicators\n2024\n2023\nA1.1\nAir emissions (kg)\nNitrogen oxides (NOx)\n1,284.6\n1,352.1\n"
                + "Sulphur oxides (SOx)\n21.4\n22.9\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("Nitrogen oxides (NOx)", "Sulphur oxides (SOx)");
        assertThat(kpis).extracting(k -> k.getUnit()).containsExactly("kg", "kg");
    }

    @Test
    void headingsAboveCodesNamesOpeningABracketAndGluedNoteNumbersOneCellPerLine() {
        var kpis = extractor.extract("指标\n单位\n2024年\n2023年\n排放物\nA1.2\n范围二温室气体排放量\n吨二氧化碳当量\n58,716\n60,083\n"
                + "温室气体排放总量（范围一及\n范围二）\n吨二氧化碳当量\n89,924\n93,540\n资源使用\nA2.1\n综合能源消耗量(2)\n兆瓦时\n186,540\n192,318\n"
                + "发展及培训\nB3.2\n每名员工平均受训\n时数\n小时\n26.4\n23.1\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric())
                .containsExactly("范围二温室气体排放量", "温室气体排放总量（范围一及范围二）", "综合能源消耗量", "每名员工平均受训时数");
        assertThat(kpis).extracting(k -> k.getCode()).containsExactly("A1.2", "A1.2", "A2.1", "B3.2");
    }

    @Test
    void theUnitInTheYearHeaderRowServesItsRowsAndNoteMarksLeaveTheNames() {
        var en = extractor.extract("HKEX KPI\tAir emissions (kg)\t2024\t2023\nA1.1\tNitrogen oxides (NOx)\t1,842.6\t2,013.5\n"
                + "\tSulphur oxides (SOx)\t21.4\t23.9\n\nHKEX KPI\tGreenhouse gas emissions (tCO2e)(1)\t2024\t2023\n"
                + "A1.2\tDirect emissions (Scope 1)\t3,214.7\t3,390.2\n").payload().getKpis();
        assertThat(en).extracting(k -> k.getMetric()).containsExactly("Nitrogen oxides (NOx)", "Sulphur oxides (SOx)", "Direct emissions (Scope 1)");
        assertThat(en).extracting(k -> k.getUnit()).containsExactly("kg", "kg", "tCO2e");
        var lines = extractor.extract("HKEX KPI\nAir emissions (kg)\n2024\n2023\nA1.1\nNitrogen oxides (NOx)\n1,842.6\n2,013.5\n"
                + "Sulphur oxides (SOx)\n21.4\n23.9\n").payload().getKpis();
        assertThat(lines).extracting(k -> k.getUnit()).containsExactly("kg", "kg");

        var zh = extractor.extract("層面\t關鍵績效指標\t單位\t2024年\t2023年\nA1.1\t氮氧化物（NOx）註1\t千克\t8,426.3\t8,912.7\n"
                + "A1.3\t有害廢棄物\t噸\t36.2\t不適用*\nA1.4\t無害廢棄物\t噸\t1,904.5\t2,087.3\n").payload().getKpis();
        assertThat(zh).extracting(k -> k.getMetric()).containsExactly("氮氧化物（NOx）", "有害廢棄物", "無害廢棄物");
        assertThat(zh.get(1).getValues()).hasSize(2);
        assertThat(zh.get(1).getValues().get(1).getValue()).isNull();
    }

    @Test
    void yearsInChineseNumeralsRatesWithABoxDrawingSlashAndMarksAfterABracket() {
        var kpis = extractor.extract("範疇\n\n關鍵績效指標\n\n二零二四年\n\n二零二三年\n\nA1.1\n\n氮氧化物排放（千克）*\n\n45.2\n\n51.8\n\n"
                + "A1.2\n\n溫室氣體排放密度（噸二氧化碳當量╱百萬港元收益）\n\n4.12\n\n4.57\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("氮氧化物排放", "溫室氣體排放密度");
        assertThat(kpis).extracting(k -> k.getUnit()).containsExactly("千克", "噸二氧化碳當量╱百萬港元收益");
        assertThat(kpis.get(0).getValues()).extracting(v -> v.getYear()).containsExactly(2024, 2023);

        var en = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\nA1.2\tEnergy indirect GHG emissions\ttCO2e\t3,916.2\t4,108.7\n"
                + "\t(Scope 2)³\t\t\t\nA1.3\tHazardous waste⁴\ttonnes\t1.2\t1.4\n").payload().getKpis();
        assertThat(en).extracting(k -> k.getMetric()).containsExactly("Energy indirect GHG emissions (Scope 2)", "Hazardous waste");
    }

    @Test
    void oneCellPerLineARatePerCurrencyGoesOnAfterItsFigures() {
        var kpis = extractor.extract("KPI\nIndicator\nUnit\n2024\n2023\nA1.2\nGHG emission intensity\ntCO2e/HK$\n1.86\n2.07\nmillion revenue\n"
                + "A1.3\nHazardous waste\ntonnes\n1.2\n1.4\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("GHG emission intensity", "Hazardous waste");
        assertThat(kpis).extracting(k -> k.getUnit()).containsExactly("tCO2e/HK$ million revenue", "tonnes");
    }

    @Test
    void aTargetsTableIsNoKpiTableAndARatesFirstLineAboveItsRowNotesGluedAndBreakdownRows() {
        var kpis = extractor.extract("Target\tBaseline\tTarget year\tProgress\nReduce GHG emissions intensity by 15%\tFY2022\tFY2027\tOn track (–11.8%)\n"
                + "Divert 30% of waste from landfill\tFY2022\tFY2026\tIn progress (24%)\n\n"
                + "KPI\tIndicator\tUnit\tFY2024\tFY2023\nA1.2\tDirect (Scope 1) GHG emissions1\ttCO2e\t2,416.8\t2,530.4\n"
                + "\t\ttCO2e/HK$\t\t\n\tGHG emissions intensity3\tmillion revenue\t7.42\t8.15\n"
                + "B1.1\tTotal workforce\tpersons\t1,126\t1,084\n\tBy gender – Male\tpersons\t842\t815\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric())
                .containsExactly("Direct (Scope 1) GHG emissions", "GHG emissions intensity", "Total workforce", "By gender – Male");
        assertThat(kpis).extracting(k -> k.getUnit()).containsExactly("tCO2e", "tCO2e/HK$ million revenue", "persons", "persons");
    }

    @Test
    void oneCellPerLineAWholeChineseNameIsNotGoneOnByTheNextRowsFirstLine() {
        var kpis = extractor.extract("指标\n单位\n2024年\n2023年\n供应商总数\n家\n612\n587\n因安全与健康理由而须回收的\n产品百分比\n%\n0\n0\n"
                + "接获关于产品及服务的投诉\n数目\n宗\n7\n—\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("供应商总数", "因安全与健康理由而须回收的产品百分比", "接获关于产品及服务的投诉数目");
    }

    @Test
    void aBracketedUnitOnTheLineAfterItsRowNoteDigitsAfterABracketAndAChineseUnitWrappedBehindTabs() {
        var en = extractor.extract("KPI\tIndicator\t2024\t2023\nA1.2\tDirect GHG emissions (Scope 1)1 (tCO2e)\t2,314.5\t2,406.9\n"
                + "\tEnergy indirect GHG emissions (Scope 2)2\t18,902.3\t19,877.6\n\t(tCO2e)\t\t\n"
                + "\tGHG emissions intensity (tCO2e/HK$ million\t6.18\t6.74\n\trevenue)\t\t\n").payload().getKpis();
        assertThat(en).extracting(k -> k.getMetric())
                .containsExactly("Direct GHG emissions (Scope 1)", "Energy indirect GHG emissions (Scope 2)", "GHG emissions intensity");
        assertThat(en).extracting(k -> k.getUnit()).containsExactly("tCO2e", "tCO2e", "tCO2e/HK$ million revenue");

        var zh = extractor.extract("層面\t指標\t單位\t2024年\t2023年\nA1.2\t直接溫室氣體排放\t噸二氧化碳\t1,025.8\t1,118.4\n\t（範圍1）\t當量\t\t\n"
                + "A1.2\t溫室氣體排放總量\t噸二氧化碳\t4,900.0\t4,820.9\n\t\t當量\t\t\n").payload().getKpis();
        assertThat(zh).extracting(k -> k.getMetric()).containsExactly("直接溫室氣體排放（範圍1）", "溫室氣體排放總量");
        assertThat(zh).extracting(k -> k.getUnit()).containsExactly("噸二氧化碳當量", "噸二氧化碳當量");
    }

    @Test
    void financialYearColumnsAndAUnitWrappedInACellOfItsOwnParagraph() {
        var kpis = extractor.extract("關鍵績效指標\t指標\t2024財政年度\t2023財政年度\nB1.1\t僱員總數（人）\t2,315\t2,208\n"
                + "B1.2\t僱員流失率（%）\t15.2\t17.6\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("僱員總數", "僱員流失率");
        assertThat(kpis.get(0).getValues()).extracting(v -> v.getYear()).containsExactly(2024, 2023);
        assertThat(KpiCells.year("FY2024")).isEqualTo(2024);
        assertThat(KpiCells.year("2024财年")).isEqualTo(2024);
        assertThat(KpiCells.year("二零二四財政年度")).isEqualTo(2024);
    }

    @Test
    void aSpacedNoteNumberAUnitLineAboveACodelessTableAndANameBegunAboveItsCodeRow() {
        var en = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\nA1.2\tScope 2 GHG emissions (1)\ttCO2e\t4,210.6\t4,388.9\n"
                + "A1.3\tHazardous waste generated (2)\ttonnes\t12.6\tN/A\n").payload().getKpis();
        assertThat(en).extracting(k -> k.getMetric()).containsExactly("Scope 2 GHG emissions", "Hazardous waste generated");

        var zh = extractor.extract("關鍵績效指標\t指標\t單位\t2023年\t2022年\nA1.1\t顆粒物排放量\t公斤\t9.8\t11.3\n"
                + "\t範圍一及範圍二溫室氣體\nA1.2\t排放總量\t噸二氧化碳當量\t18,452.3\t19,806.7\n\n"
                + "僱員年齡分佈\n單位：人\n\n年齡組別\t2023年\t2022年\n30歲以下\t298\t331\n30至50歲\t645\t672\n").payload().getKpis();
        assertThat(zh).extracting(k -> k.getMetric()).containsExactly("顆粒物排放量", "範圍一及範圍二溫室氣體排放總量", "30歲以下", "30至50歲");
        assertThat(zh).extracting(k -> k.getCode()).containsExactly("A1.1", "A1.2", null, null);
        assertThat(zh).extracting(k -> k.getUnit()).containsExactly("公斤", "噸二氧化碳當量", "人", "人");
    }

    @Test
    void rowsCentredOnTheirWrappedNameAndAUnitLineBetweenTheNameAndItsCode() {
        var centred = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\nA1.2\tTotal greenhouse gas emissions\ttCO2e\t5,912.8\t6,204.1\n"
                + "\tGreenhouse gas emissions\ttCO2e/HK$ million\nA1.2\tintensity\trevenue\t2.41\t2.66\n"
                + "A1.3\tHazardous waste\ttonnes\t3.62\t4.05\n").payload().getKpis();
        assertThat(centred).extracting(k -> k.getMetric())
                .containsExactly("Total greenhouse gas emissions", "Greenhouse gas emissions intensity", "Hazardous waste");
        assertThat(centred).extracting(k -> k.getUnit()).containsExactly("tCO2e", "tCO2e/HK$ million revenue", "tonnes");

        var oneCellPerLine = extractor.extract("Indicator\nKPI\n2023\n2022\nTotal energy consumption (MWh)\nA2.1\n37,133.7\n38,948.3\n"
                + "Energy consumption intensity\n(MWh/HK$ million revenue)\nA2.1\n12.98\n14.19\nWater consumption (m3)\nA2.2\n286,540\n301,225\n")
                .payload().getKpis();
        assertThat(oneCellPerLine).extracting(k -> k.getMetric())
                .containsExactly("Total energy consumption", "Energy consumption intensity", "Water consumption");
        assertThat(oneCellPerLine.get(1).getUnit()).isEqualTo("MWh/HK$ million revenue");
        assertThat(oneCellPerLine.get(1).getValues().get(0).getValue()).isEqualTo(12.98);
    }

    @Test
    void aRunningHeaderBetweenTwoTablesOneCellPerLineIsNoRow() {
        String cover = "嘉朗置業控股有限公司\n二零二四年環境、社會及管治報告\n\n關於本報告\n\n本報告涵蓋二零二四年一月一日至二零二四年十二月三十一日。\n\n\n\n\n\n\n";
        String table = "指標\n編號\n關鍵績效指標\n單位\n2024年\n2023年\n";
        String page = "嘉朗置業控股有限公司\n二零二四年環境、社會及管治報告\n%d\n\n";
        var kpis = extractor.extract(cover + String.format(page, 41) + "排放物\n\n" + table + "A1.4\n無害廢棄物\n噸\n1,286.3\n1,402.9\n\n"
                + String.format(page, 42)
                + "資源使用\n\n" + table + "A2.1\n外購電力\n兆瓦時\n7,832.6\n8,245.1\nA2.2\n耗水量\n立方米\n186,540\n198,210\n")
                .payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("無害廢棄物", "外購電力", "耗水量");
        assertThat(kpis).extracting(k -> k.getCode()).containsExactly("A1.4", "A2.1", "A2.2");
        assertThat(kpis.get(1).getValues().get(0).getValue()).isEqualTo(7832.6);
    }

    @Test
    void aRunningTitleOverTwoLinesWithThePageNumberAndNoBlankLineAfterIt() {
        String cover = "LARKSPUR HOLDINGS LIMITED\n(Incorporated in the Cayman Islands with limited liability)\n\nEnvironmental, Social and\n"
                + "Governance Report 2024\n\nABOUT THIS REPORT\n\nThis report covers 1 January 2024 to 31 December 2024.\n\n\n\n";
        String page = "Larkspur Holdings Limited\nEnvironmental, Social and\nGovernance Report 2024\n%d\n";
        String table = "KPI\nIndicator\nUnit\n2024\n2023\n";
        var kpis = extractor.extract(cover + String.format(page, 2) + "EMISSIONS\n\n" + table
                + "A1.3\nHazardous waste\ntonnes\n3.62\n4.05\n" + String.format(page, 3) + "USE OF RESOURCES\n\n" + table
                + "A2.1\nTotal energy consumption\nMWh\n37,133.7\n38,948.3\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("Hazardous waste", "Total energy consumption");
        assertThat(kpis.get(1).getValues().get(1).getValue()).isEqualTo(38948.3);
    }

    @Test
    void aYearColumnWithItsNotesMark() {
        var kpis = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\t2022(3)\nA1.1\tNitrogen oxides (NOx)\tkg\t412.6\t438.1\t455.9\n"
                + "A1.1\tParticulate matter (PM)\tkg\t30.4\t32.7\tN/A\n").payload().getKpis();
        assertThat(kpis.get(0).getValues()).extracting(v -> v.getYear()).containsExactly(2024, 2023, 2022);
        assertThat(kpis.get(0).getValues().get(2).getValue()).isEqualTo(455.9);
        assertThat(kpis.get(1).getValues().get(2).getValue()).isNull();
    }

    @Test
    void yearColumnsWithLetterNoteMarks() {
        var kpis = extractor.extract("Indicator\tHKEX\tUnit\t2024(a)\t2023(b)\t2022\n"
                + "Direct GHG emissions (Scope 1)\tA1.2\ttCO2e\t1,126.4\t1,208.9\t1,315.2\n").payload().getKpis();
        assertThat(kpis.get(0).getValues()).extracting(v -> v.getYear()).containsExactly(2024, 2023, 2022);
        assertThat(kpis.get(0).getValues().get(1).getValue()).isEqualTo(1208.9);
    }

    @Test
    void aPlaceholderWithItsNotesNumberAndAUnitCutAfterAChineseSlash() {
        var kpis = extractor.extract("KPI\tIndicator\t2024\t2023\nA2.2\tWater consumption (m³)\t412,630\t438,915\n"
                + "A2.5\tPackaging material used for finished\t1,284.6\tN/A3\n\tproducts (tonnes)\t\t\n"
                + "B1.1\tTotal workforce (persons)\t2,486\t2,531\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getCode()).containsExactly("A2.2", "A2.5", "B1.1");
        assertThat(kpis.get(1).getValues()).extracting(v -> v.getValue()).containsExactly(1284.6, null);

        String oneCellPerLine = "關鍵績效\n指標\n範疇\n單位\n2024年\n2023年\nA1.1\n氮氧化物\n千克\n2,845.2\n3,016.7\n"
                + "A1.2\n溫室氣體排放總量\n噸二氧化碳當量\n46,974.5\n48,990.4\nA1.2\n溫室氣體排放密度\n噸二氧化碳當量╱\n百萬港元收益\n12.43\n13.52\n";
        var intensity = extractor.extract(oneCellPerLine).payload().getKpis().get(2);
        assertThat(intensity.getMetric()).isEqualTo("溫室氣體排放密度");
        assertThat(intensity.getUnit()).isEqualTo("噸二氧化碳當量╱百萬港元收益");
    }

    @Test
    void figuresAndPlaceholdersWithTheirNotesLetterInBrackets() {
        var kpis = extractor.extract("KPI\tIndicator\tUnit\t2024\t2023\nA1.1\tNitrogen oxides (NOx)\tkg\t3,412.6(a)\t3,688.2\n"
                + "A1.1\tParticulate matter (PM)\tkg\t251.4\tN/A(b)\n").payload().getKpis();
        assertThat(kpis).extracting(k -> k.getMetric()).containsExactly("Nitrogen oxides (NOx)", "Particulate matter (PM)");
        assertThat(kpis.get(0).getValues().get(0).getValue()).isEqualTo(3412.6);
        assertThat(kpis.get(1).getValues()).extracting(v -> v.getValue()).containsExactly(251.4, null);
    }

    @Test
    void aRatePerHongKongDollarWrappedOntoTheNextLine() {
        var kpis = extractor.extract("Indicator\tUnit\tFY2025\tFY2024\nGHG emissions intensity\ttCO2e per employee\t2.31\t2.35\n"
                + "GHG emissions intensity\ttCO2e per HK$\t1.86\t2.03\nmillion revenue\nEnergy consumption\tMWh\t4,120.5\t4,388.0\n")
                .payload().getKpis();
        assertThat(kpis.get(1).getMetric()).isEqualTo("GHG emissions intensity");
        assertThat(kpis.get(1).getUnit()).isEqualTo("tCO2e per HK$ million revenue");
    }

    @Test
    void aNoteWrittenOutAfterAMetricLeavesItsName() {
        var en = extractor.extract("KPI\tIndicator\tUnit\t2025\t2024\nA1.2\tDirect GHG emissions (Scope 1) (Note 1)\ttCO2e\t3,214.7\t3,390.2\n"
                + "A1.2\tEnergy indirect GHG emissions (Scope 2) (Notes 1 and 2)\ttCO2e\t5,120.4\t5,388.0\n").payload().getKpis();
        assertThat(en).extracting(k -> k.getMetric()).containsExactly("Direct GHG emissions (Scope 1)", "Energy indirect GHG emissions (Scope 2)");
    }

    @Test
    void aNotesLetterGluedToAFigureLeavesTheFigure() {
        var kpis = extractor.extract("KPI\tIndicator\tUnit\tFY2024\tFY2023\nA1.2\tScope 2 GHG emissions\ttCO2e\t9,865.1a\t10,214.6a\n"
                + "A1.5\tWater consumption\tm3\t52,310\t54,118\n").payload().getKpis();
        assertThat(kpis.get(0).getValues()).extracting(v -> v.getValue()).containsExactly(9865.1, 10214.6);
    }

    @Test
    void aTabRowsNameWrappedToTheMarginAfterItsFiguresAndARatesDenominatorAfterThemOneCellPerLine() {
        String text = "Environmental KPIs\n\nKPI\tIndicator\tUnit\t2025\t2024\n"
                + "A1.1\tSulphur oxides (SOx) from\tkg\t41.6\t44.0\nboilers and vehicles\n"
                + "A1.2\tDirect greenhouse gas emissions\ttCO2e\t1,204.7\t1,318.2\n(Scope 1)\n"
                + "A1.2\tNitrogen oxides (NOx)\tkg\t12.5\t13.1\n"
                + "A1.2\tGHG emissions intensity\tkgCO2e/m2\t30.1\t31.9\nper gross floor area\n";
        List<EsgKpi> kpis = extractor.extract(text).payload().getKpis();
        assertThat(kpis).extracting(EsgKpi::getMetric)
                .containsExactly("Sulphur oxides (SOx) from boilers and vehicles", "Direct greenhouse gas emissions (Scope 1)", "Nitrogen oxides (NOx)",
                        "GHG emissions intensity per gross floor area");
        // what a rate is per, in the name's rest, is no part of its unit
        assertThat(kpis.get(3).getUnit()).isEqualTo("kgCO2e/m2");
        // one cell per line, a rate's unit wrapped below the figures: "revenue" is the denominator's rest
        String lines = "Environmental KPIs\n\nKPI\nIndicator\nUnit\n2025\n2024\nA1.2\nGHG emissions intensity\ntCO2e/HK$ million\n0.41\n0.45\n"
                + "revenue\nA1.3\nHazardous waste\ntonnes\n2.1\n2.4\n";
        List<EsgKpi> one = extractor.extract(lines).payload().getKpis();
        assertThat(one).extracting(EsgKpi::getMetric).containsExactly("GHG emissions intensity", "Hazardous waste");
        assertThat(one.get(0).getUnit()).isEqualTo("tCO2e/HK$ million revenue");
    }

    @Test
    void aFirstColumnsLabelWrappedBelowTheYearsIsNoColumnOfCodesAfterThem() {
        // tab-split, the label's rest at the margin on the line below
        String tab = "香港联交所\t关键绩效指标\t单位\t2024年\t2025年\n指标编号\t\t\t\t\n"
                + "A1.1\t氮氧化物排放量\t千克\t1,020.5\t986.4\nA1.2\t温室气体排放总量\t吨二氧化碳当量\t20,117.0\t19,554.2\n";
        assertThat(extractor.extract(tab).payload().getKpis()).extracting(EsgKpi::getCode).containsExactly("A1.1", "A1.2");
        // one cell per line, "Aspect/" cut at its slash, a first row without a code
        String lines = "ENVIRONMENTAL PERFORMANCE DATA\n\nAspect/\nIndicator\nUnit\nFY2025\nFY2024\nKPI\nTotal output\ntonnes\n9,200\n8,700\n"
                + "A1.1\nNitrogen oxides (NOx)\nkg\n4,210.2\n4,455.0\nA1.2\nTotal GHG emissions\ntCO2e\n25,400.1\n26,010.9\n";
        assertThat(extractor.extract(lines).payload().getKpis()).extracting(EsgKpi::getCode).containsExactly(null, "A1.1", "A1.2");
    }

    @Test
    void aUnitInALongBracketAndANoteMarkInRomanNumeralsAfterTheName() {
        String text = "HKEX KPI\tIndicator\t2025\t2024\n"
                + "A1.2\tGHG emissions intensity (tCO2e/'000 m² GFA under management)\t0.641\t0.687\n"
                + "A1.2\tEnergy indirect (Scope 2) GHG emissions(iii)\t2,100.4\t2,230.9\n";
        List<EsgKpi> kpis = extractor.extract(text).payload().getKpis();
        assertThat(kpis).extracting(EsgKpi::getMetric).containsExactly("GHG emissions intensity", "Energy indirect (Scope 2) GHG emissions");
        assertThat(kpis.get(0).getUnit()).isEqualTo("tCO2e/'000 m² GFA under management");
    }

    @Test
    void aPagesFootWrappedApartFromTheCoverIsNoRowOneCellPerLine() {
        StringBuilder text = new StringBuilder("HOLLYFIELD TEXTILES HOLDINGS LIMITED\nENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT 2025\n\n");
        for (int k = 0; k < 10; k++) {
            text.append("This report describes the Group's policies and performance on environmental and social matters.\n");
        }
        text.append("\nKPI\nIndicator\nUnit\n2025\n2024\nA1.1\nNitrogen oxides (NOx)\nkg\n512.0\n540.2\n\n"
                + "Hollyfield Textiles Holdings\nLimited\nEnvironmental, Social and\nGovernance Report 2025\n14\n\n"
                + "KPI\nIndicator\nUnit\n2025\n2024\nA2.1\nPurchased electricity\nMWh\n8,120.0\n8,333.5\n\n"
                + "Hollyfield Textiles Holdings\nLimited\nEnvironmental, Social and\nGovernance Report 2025\n15\n\n"
                + "KPI\nIndicator\nUnit\n2025\n2024\nA2.2\nWater consumption\nm3\n61,200\n63,450\n");
        assertThat(extractor.extract(text.toString()).payload().getKpis()).extracting(EsgKpi::getMetric)
                .containsExactly("Nitrogen oxides (NOx)", "Purchased electricity", "Water consumption");
    }

    @Test
    void whatWrappedUnderARowWithAChangeColumnStaysItsRest() {
        String text = "報告期：2024年1月1日至12月31日\n指标编号\t关键绩效指标\t单位\t2024年度\t2023年度\t同比变动\n"
                + "A1.2\t温室气体排放总量\t吨二氧化碳当量\t58,736.4\t61,204.9\t-4.03%\n"
                + "\t（范围一及范围二）\t\t\t\t\n"
                + "A1.2\t温室气体排放强度（按营业收入）\t吨二氧化碳当量/\t0.1412\t0.1547\t-8.73%\n"
                + "\t\t万元营业收入\t\t\t\n"
                + "A2.1\t综合能源消耗强度\t兆瓦时/万元\t0.2313\t0.2523\t-8.32%\n"
                + "\t（按营业收入）\t营业收入\t\t\t\n"
                + "A2.1\t综合能源消耗强度\t兆瓦时/人\t30.72\t32.84\t-6.46%\n"
                + "\t（按员工人数）\t\t\t\t\n";
        List<EsgKpi> k = extractor.extract(text).payload().getKpis();
        assertThat(k).extracting(EsgKpi::getMetric).containsExactly("温室气体排放总量（范围一及范围二）", "温室气体排放强度（按营业收入）",
                "综合能源消耗强度（按营业收入）", "综合能源消耗强度（按员工人数）");
        assertThat(k).extracting(EsgKpi::getUnit).containsExactly("吨二氧化碳当量", "吨二氧化碳当量/万元营业收入", "兆瓦时/万元营业收入", "兆瓦时/人");
    }

    @Test
    void aCaretMarksAFootnoteAfterAName() {
        String text = "報告期：2024年4月1日至2025年3月31日\n指標\t類別\t單位\t2025年\t2024年\t2023年\n"
                + "A2.1\t柴油^\t兆瓦時\t1,125.8\t1,098.4\t1,012.6\n";
        EsgKpi k = extractor.extract(text).payload().getKpis().get(0);
        assertThat(k.getMetric()).isEqualTo("柴油");
    }

    @Test
    void aTableThatRepeatsItsCodesLeavesARowWithAnEmptyCodeCellWithoutOne() {
        String text = "Reporting period: 1 January 2024 to 31 December 2024\nKPI\tIndicator\tUnit\t2024\t2023\n"
                + "A2.1\tPurchased electricity\t'000 kWh\t18,426.3\t19,105.8\n"
                + "A2.1\tTotal energy consumption\tMWh\t21,636.8\t22,478.1\n"
                + "A2.5\tPackaging material\ttonnes\tN/A\tN/A\n"
                + "\tPaper consumption\t'000 sheets\t36,820\t41,265\n";
        List<EsgKpi> k = extractor.extract(text).payload().getKpis();
        assertThat(k).extracting(EsgKpi::getMetric).containsExactly("Purchased electricity", "Total energy consumption", "Packaging material",
                "Paper consumption");
        assertThat(k).extracting(EsgKpi::getCode).containsExactly("A2.1", "A2.1", "A2.5", null);
        assertThat(k.get(3).getUnit()).isEqualTo("'000 sheets");
        // a table that gives a group's code once, on its heading, leaves it to the rows under it
        String grouped = "Reporting period: 1 January 2024 to 31 December 2024\nKPI\tIndicator\t2024\t2023\t2022\n"
                + "A1.2\tGreenhouse gas emissions (tCO2e)\t\t\t\n\tDirect emissions (Scope 1)\t2,436.8\t2,571.4\t2,690.3\n"
                + "A1.2\tGHG emissions intensity (tCO2e/tonne of products)\t\t\t\n\tTotal GHG emissions intensity\t0.41\t0.44\t0.47\n";
        assertThat(extractor.extract(grouped).payload().getKpis()).extracting(EsgKpi::getCode).containsExactly("A1.2", "A1.2");
    }

    @Test
    void aNotesMarkAfterAUnitIsNoPartOfItButASuperscriptIs() {
        String text = "Reporting period: 1 January 2024 to 31 December 2024\nKPI\tIndicator\tUnit\t2024\t2023\n"
                + "A1.2\tScope 1 GHG emissions\ttCO2e(1)\t4,105.6\t4,388.2\n"
                + "A1.3\tHazardous waste\ttonnes*\t12.4\t13.0\n"
                + "A2.2\tWater consumption\tm³\t48,215\t51,630\n";
        assertThat(extractor.extract(text).payload().getKpis()).extracting(EsgKpi::getUnit).containsExactly("tCO2e", "tonnes", "m³");
    }

    @Test
    void aUnitsRestBehindTabsAtItsOwnStopGoesOnWithTheUnit() {
        String text = "Reporting period: 1 January 2024 to 31 December 2024\nKPI\tIndicator\tUnit\t2024\t2023\n"
                + "A2.1\tTotal energy consumption\tMWh\t35,037.6\t33,504.2\n"
                + "A2.1\tEnergy consumption intensity\tkWh per room\t57.21\t61.04\n\t\tnight\n";
        List<EsgKpi> k = extractor.extract(text).payload().getKpis();
        assertThat(k.get(1).getMetric()).isEqualTo("Energy consumption intensity");
        assertThat(k.get(1).getUnit()).isEqualTo("kWh per room night");
    }

    @Test
    void placeholdersWithANotesMarkAreNoFigureButStillAYear() {
        String text = "报告期：2024年1月1日至12月31日\n指标\t类别\t单位\t2024年\t2023年\t2022年\n"
                + "A1.1\t颗粒物排放量\t吨\t92.3\t98.6\t不适用（注1）\n"
                + "A1.3\tHazardous waste\ttonnes\t3.6\tN/A¹\t4.1\n";
        List<EsgKpi> k = extractor.extract(text).payload().getKpis();
        assertThat(k).hasSize(2);
        assertThat(k.get(0).getValues()).extracting(v -> v.getValue()).containsExactly(92.3, 98.6, null);
        assertThat(k.get(1).getValues()).extracting(v -> v.getValue()).containsExactly(3.6, null, 4.1);
    }
}

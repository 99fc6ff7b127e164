package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellParagraphsTest {

    @Test
    void aCellWrappedInsideATableOfOneCellPerParagraphBecomesOneLine() {
        String text = "指標\n\n單位\n\n2024財政年度\n\n2023財政年度\n\nA1.2\n\n溫室氣體排放總量\n\n噸二氧化碳當量\n\n4,793.5\n\n5,021.4\n\n"
                + "A1.2\n\n溫室氣體排放密度\n\n噸二氧化碳當量╱\n百萬港元收益\n\n2.18\n\n2.46\n";
        assertThat(CellParagraphs.join(text)).contains("\n噸二氧化碳當量╱百萬港元收益\n").contains("\n\n2.18\n\n");

        String en = "Name of shareholder\n\nOrvanta Group\n\nOrvanta Group\n\nNumber of shares released from\npledge (shares)\n\n"
                + "36,000,000\n\n24,500,000\n\nPledgee\n\nChina Merchants Securities\nCo., Ltd.\n\nIndustrial Bank Co., Ltd.\nChangsha Branch\n";
        assertThat(CellParagraphs.join(en).lines())
                .contains("Number of shares released from pledge (shares)", "China Merchants Securities Co., Ltd.",
                        "Industrial Bank Co., Ltd. Changsha Branch");
    }

    @Test
    void valuesUnderEachOtherProseAndTablesWithoutBlankLinesStayAsTheyAre() {
        // codes or figures under each other are cells of their own, not one wrapped cell
        String codes = "KPI\n\nA1.1\nA1.2\nA1.3\n\n12.5\n\n13.1\n\nUnit\n\ntonnes\n\n3.4\n\n3.9\n\nTotal\n\n20\n";
        assertThat(CellParagraphs.join(codes)).isEqualTo(codes);
        String prose = "The Board announces that on 3 March 2025 the controlling shareholder pledged 10,000,000 Shares to a bank\n"
                + "as security for a loan.\n\nBy order of the Board\nAcme Holdings Limited\nChan Tai Man\nChairman\n";
        assertThat(CellParagraphs.join(prose)).isEqualTo(prose);
        String lines = "Name\nShares\nAcme Limited\n1,000\n2,000\n";
        assertThat(CellParagraphs.join(lines)).isSameAs(lines);
    }
}

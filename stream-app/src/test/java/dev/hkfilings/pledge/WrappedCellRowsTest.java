package dev.hkfilings.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WrappedCellRowsTest {

    private static final List<String> LABELS = List.of("Name of shareholder", "Number of shares pledged", "Pledgee", "Purpose");

    @Test
    void aRowsLastTextColumnAndTheNextRowsNameAreCutWhereANewPhraseOpens() {
        List<Cell> run = cells("Rosmead Group Co., Ltd.", "24,000,000", "Replenishing working", "capital", "Tang Weiming", "15,500,000",
                "Personal needs");
        List<Cell> rows = WrappedCellRows.rows(run, List.of("Name of shareholder", "Number of shares pledged", "Purpose"));
        assertThat(rows).extracting(Cell::text).containsExactly("Rosmead Group Co., Ltd.", "24,000,000", "Replenishing working capital",
                "Tang Weiming", "15,500,000", "Personal needs");
        assertThat(rows).extracting(Cell::rowEnd).containsExactly(false, false, true, false, false, true);
    }

    @Test
    void twoWaysOfCuttingAreADoubtNotAnAnswer() {
        // "Alpha Holdings" / "Beta Capital" / "Gamma Trust": which two lines make the pledgee and which the purpose, nothing tells
        List<Cell> run = cells("Omega Limited", "1,000,000", "Alpha Holdings", "Beta Capital", "Gamma Trust");
        assertThat(WrappedCellRows.rows(run, LABELS)).isNull();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLongRunOfTextLinesWithManyPlacesToCutIsGivenUpOnInTime() {
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            lines.add(String.format("%,d", 1_000_000 + g));
            for (int k = 0; k < 6; k++) {
                lines.add("Phrase Number " + g + " Part " + k);
            }
        }
        assertThat(WrappedCellRows.rows(cells(lines.toArray(String[]::new)), List.of("Name", "Number of shares", "Pledgee", "Purpose", "Remark",
                "Other", "Date of pledge"))).isNull();
    }

    private static List<Cell> cells(String... lines) {
        List<Cell> out = new ArrayList<>();
        for (String l : lines) {
            out.add(Cell.of(l, false));
        }
        return out;
    }

    @Test
    void chineseLabelsEndWhereATablesLabelsEnd() {
        List<Cell> lines = cells("單位：萬股", "股東名稱", "是否為控", "股股東", "本次質押", "股數", "佔其所持", "股份比例", "質押起始日", "質權人", "融資資金", "用途");
        assertThat(WrappedCellRows.chineseLabels(lines)).containsExactly("單位：萬股", "股東名稱", "是否為控股股東", "本次質押股數", "佔其所持股份比例",
                "質押起始日", "質權人", "融資資金用途");
        // the lines run into the first row's name: no label ends them
        assertThat(WrappedCellRows.chineseLabels(cells("股東名稱", "質權人", "恒達控股集團有"))).isNull();
    }

    @Test
    void threeTextColumnsSideBySideAreCutFromOneRunOfLines() {
        // a term, the pledgee and the purpose run together; "Commercial Bank" goes on with the bank's name above it
        List<Cell> run = cells("Anxu Energy", "Group Co., Ltd.", "Pledge", "48,000,000", "23 September 2025", "Until the date on",
                "which the pledgor", "and the pledgee", "apply for release", "of the pledge", "Jiangbei Rural", "Commercial Bank", "Co., Ltd.",
                "Replenishing", "working capital", "of its", "subsidiaries");
        List<Cell> rows = WrappedCellRows.rows(run, List.of("Name of shareholder", "Type", "Number of A Shares involved", "Commencement date",
                "Expiry date of pledge", "Pledgee", "Use of proceeds"));
        assertThat(rows).extracting(Cell::text).containsExactly("Anxu Energy Group Co., Ltd.", "Pledge", "48,000,000", "23 September 2025",
                "Until the date on which the pledgor and the pledgee apply for release of the pledge", "Jiangbei Rural Commercial Bank Co., Ltd.",
                "Replenishing working capital of its subsidiaries");
    }

    @Test
    void chineseRunsAreCutWhereANameOrATermEndsAndWhereTheFirstRowsHolderOpensAgain() {
        List<Cell> run = cells("滨鸿控股集团", "有限公司", "30,000,000", "2025年6月16日", "至办理解除质", "押登记手续之", "日", "中信证券股份", "有限公司",
                "自身生产经营", "滨鸿控股集团", "有限公司", "8,500,000", "2025年6月17日", "2026年6月16日", "国泰君安证券", "股份有限公司", "补充质押");
        List<Cell> rows = WrappedCellRows.rows(run, List.of("股东名称", "本次质押数量（股）", "质押起始日", "质押到期日", "质权人", "质押用途"));
        assertThat(rows).extracting(Cell::text).containsExactly("滨鸿控股集团有限公司", "30,000,000", "2025年6月16日", "至办理解除质押登记手续之日",
                "中信证券股份有限公司", "自身生产经营", "滨鸿控股集团有限公司", "8,500,000", "2025年6月17日", "2026年6月16日", "国泰君安证券股份有限公司", "补充质押");
    }

    @Test
    void aChineseLabelGoesOnPastAConjunctionAndTakesItsUnitInBrackets() {
        List<Cell> lines = cells("股东名称", "是否为控股股东", "或第一大股东及", "其一致行动人", "本次质押数量", "（股）", "占其所持", "股份比例");
        assertThat(WrappedCellRows.chineseLabels(lines)).containsExactly("股东名称", "是否为控股股东或第一大股东及其一致行动人", "本次质押数量（股）", "占其所持股份比例");
    }
}

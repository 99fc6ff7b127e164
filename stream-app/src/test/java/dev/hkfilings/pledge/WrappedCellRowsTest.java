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
}

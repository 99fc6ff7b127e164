package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The additions made for poll and ESG reading; the earlier forms keep working. */
class DatesTest {

    @Test
    void readsAbbreviatedMonthsWithoutASpace() {
        assertThat(Dates.first("Reporting period: From Jan.1, 2021 to Dec. 31, 2021")).contains(LocalDate.of(2021, 1, 1));
        assertThat(Dates.first("held on 17 May 2023")).contains(LocalDate.of(2023, 5, 17));
        assertThat(Dates.first("2022年10月26日")).contains(LocalDate.of(2022, 10, 26));
    }

    @Test
    void readsChineseNumerals() {
        assertThat(Dates.first("於二零二三年五月二十六日舉行")).contains(LocalDate.of(2023, 5, 26));
        assertThat(Dates.first("二〇二一年十二月三十一日")).contains(LocalDate.of(2021, 12, 31));
        assertThat(Dates.first("二零二二年十月十日")).contains(LocalDate.of(2022, 10, 10));
    }

    @Test
    void listsEveryDateOnceInTextOrder() {
        assertThat(Dates.all("from 1 January 2021 to 31 December 2021; 2022年3月1日"))
                .extracting(Dates.Found::date)
                .containsExactly(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 3, 1));
    }

    @Test
    void doesNotReadAMonthInsideAWord() {
        assertThat(Dates.first("Summary 1, 2022")).isEmpty();
    }
}

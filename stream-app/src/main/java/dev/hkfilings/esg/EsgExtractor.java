package dev.hkfilings.esg;

import dev.hkfilings.avro.EsgKpi;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.fields.Extracted;
import dev.hkfilings.fields.PayloadExtractor;
import dev.hkfilings.text.Cells;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a standalone ESG report: the year and period it covers, the standards it references, and the
 * KPI rows of its data tables. One pass per reader, so 100-page reports stay cheap.
 */
public class EsgExtractor implements PayloadExtractor<EsgReport> {

    public EsgExtractor() {
    }

    @Override
    public Extracted<EsgReport> extract(String text) {
        String t = Numbers.normalizeWidth(text == null ? "" : text).replace("**", "");
        ReportingPeriodReader.Period period = ReportingPeriodReader.read(t);
        List<String> standards = StandardsReader.read(t);
        List<EsgKpi> kpis = KpiTableReader.read(Cells.of(CentredRows.join(RunningHeaders.blank(t))));
        EsgReport report = EsgReport.newBuilder()
                .setReportingYear(period.year())
                .setPeriodStart(period.start())
                .setPeriodEnd(period.end())
                .setStandards(standards)
                .setKpis(kpis)
                .build();
        List<String> missing = new ArrayList<>();
        if (period.year() == null) {
            missing.add("reportingYear");
        }
        if (period.start() == null) {
            missing.add("periodStart");
        }
        if (period.end() == null) {
            missing.add("periodEnd");
        }
        if (standards.isEmpty()) {
            missing.add("standards");
        }
        if (kpis.isEmpty()) {
            missing.add("kpis");
        }
        for (int i = 0; i < kpis.size(); i++) {
            EsgKpi k = kpis.get(i);
            if (k.getUnit() == null) {
                missing.add("kpis[" + i + "].unit");
            }
            for (int v = 0; v < k.getValues().size(); v++) {
                if (k.getValues().get(v).getValue() == null) {
                    missing.add("kpis[" + i + "].values[" + v + "].value");
                }
            }
        }
        return new Extracted<>(report, missing);
    }
}

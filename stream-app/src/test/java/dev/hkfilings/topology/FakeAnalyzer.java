package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgeKind;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.classify.Analysis;
import dev.hkfilings.classify.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** In-memory analyzer for topology unit tests: keyword classes, stock codes from "Stock Code: N". */
public final class FakeAnalyzer implements Analyzer {

    private static final Pattern CODE = Pattern.compile("Stock Code: ([0-9A-Z]+)");

    @Override
    public Analysis analyze(FilingText text) {
        String s = text.getText();
        if (s.contains("BOOM")) {
            throw new IllegalArgumentException("analyzer bug");
        }
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            codes.add(m.group(1));
        }
        if (s.contains("PLEDGE")) {
            SharePledge p = SharePledge.newBuilder().setKind(PledgeKind.PLEDGE)
                    .setTransactions(List.of(PledgeTransaction.newBuilder().setAction(PledgeAction.PLEDGE).setShares(1_550_000L)
                            .setStartDate(java.time.LocalDate.of(2022, 10, 25)).build()))
                    .build();
            return new Analysis(AnnouncementType.PLEDGE, 0.9, List.of("text:PLEDGE"), p, List.of(), codes, null, null, null, "en", "fake-1");
        }
        return new Analysis(AnnouncementType.OTHER, 0.8, List.of("no cue"), null, List.of(), codes, null, null, null, "en", "fake-1");
    }
}

package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.Cells;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The meeting cues' {@link FirstCharScan#firstInRegion} finds what {@code matcher(text).region(from, to).find()} finds,
 * and {@link VoteCells#section}'s {@code lookingAt()} what {@code find()} found, on every test text.
 */
class RegionScanEquivalenceTest {

    private static List<String> testTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String variant : TestTexts.variants()) {
            texts.add(Numbers.normalizeWidth(variant).replace("**", ""));
        }
        assertThat(texts).hasSizeGreaterThan(30);
        return texts;
    }

    private static int reference(FirstCharScan scan, String text, int from, int to, int before) {
        Matcher m = scan.pattern().matcher(text).region(from, to);
        return m.find() && m.start() < before ? m.start() : -1;
    }

    @Test
    void meetingCuesFindTheRegionMatches() throws Exception {
        List<String> texts = new ArrayList<>(testTexts());
        // Region edges inside and right after cue words, where \b and the cut at the region's end matter.
        texts.addAll(List.of("the AGM", "AGMs", "xEGM held", "H shares class meeting", "h - share class meeting", "A-Shareholders' Class Meeting", "a\tshares class general meeting",
                "class meeting of the holders of A shares", "H股類別股東大會", "A股类别股东会", "AH share class meeting", "本公司臨時股東大會", "annual general meetingx"));
        Random random = new Random(3);
        int found = 0;
        for (FirstCharScan scan : MeetingReader.cueScans()) {
            for (String t : texts) {
                int n = t.length();
                List<int[]> regions = new ArrayList<>(List.of(new int[] {0, n}, new int[] {0, Math.min(n, 60_000)}));
                for (int k = 0; k < 40; k++) {
                    int from = random.nextInt(n + 1);
                    regions.add(new int[] {from, Math.min(n, from + random.nextInt(500))});
                }
                Matcher any = scan.pattern().matcher(t);
                while (any.find()) {
                    // Regions starting or ending at, inside and just around each match.
                    for (int d = -2; d <= 2; d++) {
                        regions.add(new int[] {Math.max(0, any.start() + d), n});
                        regions.add(new int[] {0, Math.max(0, Math.min(n, any.end() + d))});
                    }
                }
                for (int[] r : regions) {
                    for (int before : new int[] {Integer.MAX_VALUE, r[0] + (r[1] - r[0]) / 2}) {
                        int expected = reference(scan, t, r[0], r[1], before);
                        assertThat(scan.firstInRegion(t, r[0], r[1], before)).as(scan.pattern() + " " + r[0] + "-" + r[1])
                                .isEqualTo(expected);
                        found += expected >= 0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void sectionLooksAtTheStartOnly() throws Exception {
        int sections = 0;
        for (String t : testTexts()) {
            for (Cells.Cell cell : Cells.of(t)) {
                for (String c : List.of(cell.text(), cell.text().strip(), " " + cell.text())) {
                    Matcher byFind = VoteCells.SECTION.matcher(c.strip());
                    VoteCells.ResolutionKindHint expected = c.length() > 90 || !byFind.find() ? null
                            : byFind.group(1) != null || byFind.group(3) != null || byFind.group(5) != null ? VoteCells.ResolutionKindHint.ORDINARY
                            : VoteCells.ResolutionKindHint.SPECIAL;
                    assertThat(VoteCells.section(c)).as(c).isEqualTo(expected);
                    sections += expected != null ? 1 : 0;
                }
            }
        }
        assertThat(sections).isGreaterThan(20);
    }
}

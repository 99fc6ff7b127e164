package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the accumulated-pledge table: per shareholder, shares held, the share of capital, pledged shares before
 * and after the changes, the pledged proportions and the restricted/frozen shares among pledged and unpledged
 * shares. Values are taken in the template's column order; the header says whether the "before" column exists.
 */
final class PositionTableReader {

    /** Slots of the full template, in order: N = share count, P = percentage. */
    private static final String FULL = "NPNNPPNPNP";
    private static final String NO_BEFORE = "NPNPPNPNP";

    private PositionTableReader() {
    }

    static void read(TableBlock table, List<PledgePosition> out, PledgePosition[] total) {
        long unit = Numbers.isTenThousandUnit(table.header) ? 10_000L : 1L;
        String h = table.foldedHeader();
        boolean before = Keywords.lineContainsAny(h, "before", "前");
        List<Cell> cells = table.cells;
        int i = 0;
        while (i < cells.size()) {
            List<String> name = new ArrayList<>();
            while (i < cells.size() && cells.get(i).kind() == Cell.Kind.TEXT) {
                name.add(cells.get(i++).text());
            }
            List<Cell> values = new ArrayList<>();
            while (i < cells.size() && cells.get(i).kind() != Cell.Kind.TEXT) {
                Cell c = cells.get(i++);
                values.add(c);
                if (c.rowEnd()) {
                    break;
                }
            }
            String shareholder = Names.join(name);
            if (shareholder == null || values.isEmpty() || shareholder.length() > 150) {
                continue;
            }
            out.add(position(shareholder, values, before, unit, h));
        }
        if (table.total != null && !table.total.isEmpty()) {
            total[0] = position("Total", table.total, before, unit, h);
        }
    }

    private static PledgePosition position(String shareholder, List<Cell> values, boolean before, long unit, String header) {
        if (before && countBetweenBeforeAndAfter(header)) {
            values = withoutThirdCount(values);
        }
        boolean ofCapitalAfter = before && percentAfterIsOfCapital(header);
        String slots = slotsFor(values, before);
        // Without a "before" column the second share count is the one after the changes.
        boolean withBefore = slots.length() > 3 ? slots.charAt(3) == 'N' : before;
        // "held | pledged before | pledged after | % of issued Shares pledged after", as Hong Kong issuers lay it out: no
        // percentage beside the holding, so the template's order does not say what a percentage is
        boolean countsFirst = before && slots.startsWith("NNN");
        withBefore |= countsFirst;
        PledgePosition.Builder p = PledgePosition.newBuilder().setShareholder(shareholder);
        StringBuilder source = new StringBuilder(shareholder);
        int n = 0;
        int pc = 0;
        for (int k = 0; k < values.size() && k < slots.length(); k++) {
            Cell c = values.get(k);
            source.append(' ').append(c.text());
            boolean empty = c.kind() == Cell.Kind.EMPTY;
            if (slots.charAt(k) == 'N') {
                // "–" for a count in a positions table is none pledged
                // "Nil" says so in words
                Long v = empty ? (countsFirst || c.text().equalsIgnoreCase("nil") ? Long.valueOf(0L) : null) : Numbers.shares(c.text(), unit).orElse(null);
                int meaning = withBefore ? n++ : (n++ == 0 ? 0 : n);
                switch (meaning) {
                    case 0 -> p.setSharesHeld(v);
                    case 1 -> p.setPledgedBefore(v);
                    case 2 -> p.setPledgedAfter(v);
                    case 3 -> p.setRestrictedFrozenPledged(v);
                    case 4 -> p.setRestrictedFrozenUnpledged(v);
                    default -> {
                    }
                }
            } else {
                Double v = empty ? null : percent(c);
                if (countsFirst && pc == 0) {
                    // the pledged shares' percentages follow the counts: of the holding and of the issued shares, or the one
                    // the header names
                    long percents = slots.chars().filter(ch -> ch == 'P').count();
                    pc = percents >= 2 || !Keywords.containsAny(header, "issued", "share capital", "总股本") ? 1 : 2;
                }
                if (pc == 1 && ofCapitalAfter && n >= 3) {
                    // "Shares charged after ... | Approximate % of total issued Shares": the one percentage after the counts
                    pc = 2;
                }
                switch (pc++) {
                    case 0 -> p.setPercentHeld(v);
                    case 1 -> p.setPercentOfHoldingPledged(v);
                    case 2 -> p.setPercentOfCapitalPledged(v);
                    case 3 -> p.setPercentRestrictedFrozenPledged(v);
                    case 4 -> p.setPercentRestrictedFrozenUnpledged(v);
                    default -> {
                    }
                }
            }
        }
        for (int k = slots.length(); k < values.size(); k++) {
            source.append(' ').append(values.get(k).text());
        }
        p.setSourceText(source.toString());
        return p.build();
    }

    /**
     * "Shares charged before the Additional Charges | Shares subject to the Additional Charges | Shares charged after the
     * Additional Charges": the count this announcement charges stands between the two cumulative ones.
     */
    private static boolean countBetweenBeforeAndAfter(String header) {
        int before = header.indexOf("before");
        int after = header.indexOf("after", Math.max(0, before));
        if (before < 0 || after < 0) {
            return false;
        }
        String between = header.substring(before, after);
        return between.contains("subject to") || between.contains("shares of this pledge") || between.contains("shares of this charge");
    }

    /** Whether the labels after the cumulative count "after" name a percentage of the issued shares and none of the holding. */
    private static boolean percentAfterIsOfCapital(String header) {
        int after = header.lastIndexOf("after");
        if (after < 0) {
            return false;
        }
        String tail = header.substring(after);
        return (tail.contains("issued") || tail.contains("share capital")) && !tail.contains("holding") && !tail.contains("held");
    }

    /** The row's values without its third share count (this pledge's own, between the cumulative counts). */
    private static List<Cell> withoutThirdCount(List<Cell> values) {
        int counts = 0;
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k).kind() != Cell.Kind.PERCENT && ++counts == 3) {
                List<Cell> out = new ArrayList<>(values);
                out.remove(k);
                return out;
            }
        }
        return values;
    }

    /** The slot pattern that fits the row: the template's when the count matches, else read from the cells' kinds. */
    private static String slotsFor(List<Cell> values, boolean before) {
        int n = values.size();
        for (String candidate : List.of(FULL, NO_BEFORE, FULL.substring(0, 6), NO_BEFORE.substring(0, 5))) {
            if (candidate.length() == n && fits(candidate, values) && (before == (candidate.charAt(3) == 'N'))) {
                return candidate;
            }
        }
        StringBuilder b = new StringBuilder();
        for (Cell c : values) {
            b.append(c.kind() == Cell.Kind.PERCENT ? 'P' : 'N');
        }
        return b.toString();
    }

    private static boolean fits(String slots, List<Cell> values) {
        for (int k = 0; k < slots.length(); k++) {
            Cell.Kind kind = values.get(k).kind();
            if (slots.charAt(k) == 'N' && kind == Cell.Kind.PERCENT || slots.charAt(k) == 'P' && kind == Cell.Kind.NUMBER
                    && values.get(k).text().contains(",")) {
                return false;
            }
        }
        return true;
    }

    private static Double percent(Cell c) {
        if (c.kind() == Cell.Kind.PERCENT) {
            return Numbers.percent(c.text()).orElse(null);
        }
        return Numbers.firstDecimal(c.text()).map(d -> d.doubleValue()).orElse(null);
    }
}

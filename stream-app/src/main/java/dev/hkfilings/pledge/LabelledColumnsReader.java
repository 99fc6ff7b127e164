package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Pledge tables that Hong Kong issuers lay out themselves ("Name of pledgor | Relationship with the Company | Date of
 * the Pledge | Pledgee | Number of Shares pledged | % of shareholding | % of total issued Shares") put text columns
 * before the figures, where {@link TransactionTableReader} expects the Shanghai template's order. When the rows kept
 * their cells (tab-split) and each row has one cell per labelled column, the labels say what each cell is.
 */
final class LabelledColumnsReader {

    private enum Role { NAME, RELATIONSHIP, CONTROLLING, SHARE_CLASS, SHARES, PERCENT_OF_HOLDING, PERCENT_OF_CAPITAL, RESTRICTED, SUPPLEMENTAL,
        DATE, EXPIRY, TERM, RELEASE_DATE, TYPE, PLEDGEE, PURPOSE, OTHER }

    private LabelledColumnsReader() {
    }

    /**
     * Whether the table is a layout the Shanghai order does not fit, to be read by its labels: the pledgee's column before
     * the number of shares; a column of the holding ("Number of Shares held") before the pledged shares (Hong Kong); or
     * "质押类型", a column that says of each row whether it pledges or releases, one table for both, whose labels say
     * which date is which. The labels are read once for the three.
     */
    static boolean readByLabels(TableBlock table) {
        List<String> labels = labels(table.header);
        List<Role> roles = roles(labels);
        int shares = roles.indexOf(Role.SHARES);
        int pledgee = roles.indexOf(Role.PLEDGEE);
        // "質押人 | 與控股股東之關係 | 質押股份數目": the older reader would take the relationship for the pledgor's name's end
        int relationship = roles.indexOf(Role.RELATIONSHIP);
        if (pledgee >= 0 && shares > pledgee || roles.contains(Role.TYPE) || relationship >= 0 && shares > relationship) {
            return true;
        }
        for (int c = 0; c < shares; c++) {
            if (roles.get(c) == Role.OTHER && Keywords.containsAny(PledgeExtractor.fold(labels.get(c)), "shares held")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the table's transactions; false (nothing added) when its rows and labels do not line up. A table of one
     * holder's pledges may list only the pledgees ("Pledgee | Number of Domestic Shares pledged | ..."), the holder
     * named in the sentence above it: its rows come without a pledgor, for the caller to take from the prose.
     */
    static boolean read(TableBlock table, PledgeAction action, List<PledgeTransaction> out, List<String> missing) {
        List<String> labels = labels(table.header);
        List<Role> roles = roles(labels);
        boolean named = roles.contains(Role.NAME);
        if (!named && !roles.contains(Role.PLEDGEE) || !roles.contains(Role.SHARES)) {
            return false;
        }
        List<List<Cell>> rows = rows(table.cells);
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.size() != roles.size())) {
            return false;
        }
        long unit = Numbers.isTenThousandUnit(table.header) ? 10_000L : 1L;
        boolean releaseColumn = roles.contains(Role.RELEASE_DATE);
        int type = roles.indexOf(Role.TYPE);
        for (List<Cell> row : rows) {
            PledgeAction rowAction = type < 0 ? action : actionOf(row.get(type).text(), action);
            PledgeTransaction.Builder t = PledgeTransaction.newBuilder().setAction(rowAction);
            StringBuilder source = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).text();
                source.append(c == 0 ? "" : "\t").append(text);
                switch (roles.get(c)) {
                    case NAME -> t.setPledgor(Names.clean(text));
                    case RELATIONSHIP -> {
                        String f = PledgeExtractor.fold(text);
                        if (f.contains("controlling") || f.contains("控股股东") || f.contains("concert") || f.contains("一致行动")) {
                            t.setControllingShareholder(true);
                        }
                    }
                    case CONTROLLING -> t.setControllingShareholder(yesNo(text));
                    case SHARE_CLASS -> t.setShareClass(shareClass(PledgeExtractor.fold(text)));
                    case RESTRICTED -> t.setRestrictedShares(yesNo(text));
                    case SUPPLEMENTAL -> t.setSupplementalPledge(yesNo(text));
                    case SHARES -> {
                        t.setShares(Numbers.shares(text, unit).orElse(null));
                        if (t.getShareClass() == null) {
                            // "Number of Domestic Shares pledged", "质押A股数量": the label names the class
                            t.setShareClass(classNamedIn(PledgeExtractor.fold(labels.get(c))));
                        }
                    }
                    case PERCENT_OF_HOLDING -> t.setPercentOfHolding(percent(text));
                    case PERCENT_OF_CAPITAL -> t.setPercentOfTotalShareCapital(percent(text));
                    case RELEASE_DATE -> {
                        var d = Dates.first(text).orElse(null);
                        if (rowAction == PledgeAction.PLEDGE && Keywords.containsAny(PledgeExtractor.fold(labels.get(c)), "expir", "到期")) {
                            // "Release date / Expiry date" over rows of both kinds: a pledge's date there is its end
                            t.setExpiryDate(d);
                        } else {
                            t.setReleaseDate(d);
                        }
                    }
                    case DATE -> {
                        var d = Dates.first(text).orElse(null);
                        if (rowAction == PledgeAction.RELEASE && !releaseColumn) {
                            t.setReleaseDate(d);
                        } else {
                            t.setStartDate(d);
                        }
                    }
                    case EXPIRY -> {
                        if (rowAction == PledgeAction.RELEASE) {
                            break;
                        }
                        var d = Dates.first(text).orElse(null);
                        t.setExpiryDate(d);
                        t.setExpiryText(d == null ? Names.clean(text) : null);
                    }
                    case TERM -> {
                        // "From 18 December 2024 to 17 December 2027", "自2024年12月18日至2027年12月17日"
                        List<Dates.Found> dates = Dates.all(text);
                        if (dates.size() == 1 && TERM_END_ONLY.matcher(text).lookingAt()) {
                            // "Until 17 March 2027": the term's end alone
                            if (rowAction == PledgeAction.PLEDGE) {
                                t.setExpiryDate(dates.get(0).date());
                            }
                        } else if (!dates.isEmpty() && t.getStartDate() == null) {
                            t.setStartDate(dates.get(0).date());
                        }
                        if (rowAction == PledgeAction.PLEDGE && dates.size() >= 2) {
                            t.setExpiryDate(dates.get(1).date());
                        }
                    }
                    case PLEDGEE -> t.setPledgee(Names.clean(text));
                    case PURPOSE -> t.setPurpose(rowAction == PledgeAction.RELEASE || PLACEHOLDER.matcher(text.strip()).matches() ? null : Names.clean(text));
                    default -> {
                    }
                }
            }
            if (named && t.getPledgor() == null || t.getShares() == null) {
                continue;
            }
            t.setSourceText(source.toString());
            out.add(t.build());
            ProsePledgeReader.listMissing(out.get(out.size() - 1), out.size() - 1, missing);
        }
        return true;
    }

    /**
     * The holders' positions after the event from columns the labels name ("Number of shares held", "Shareholding
     * percentage", "Number of remaining pledged shares", "... as a percentage of its shareholding / of total share
     * capital"), as the Shanghai release template gives them beside the release's own figures. Adds nothing when the
     * labels name no holding and no remaining pledge.
     */
    static void positions(TableBlock table, List<PledgePosition> out) {
        List<String> labels = labels(table.header);
        int name = -1;
        int held = -1;
        int percentHeld = -1;
        int after = -1;
        int percentOfHolding = -1;
        int percentOfCapital = -1;
        for (int c = 0; c < labels.size(); c++) {
            String l = PledgeExtractor.fold(labels.get(c));
            boolean percent = Keywords.containsAny(l, "%", "percentage", "proportion", "比例", "占");
            boolean remaining = Keywords.containsAny(l, "remaining", "剩余", "after");
            if (c == 0 && Keywords.containsAny(l, "name", "名称", "姓名")) {
                name = c;
            } else if (remaining && percent && Keywords.containsAny(l, "share capital", "issued", "总股本")) {
                percentOfCapital = c;
            } else if (remaining && percent) {
                percentOfHolding = c;
            } else if (remaining && Keywords.containsAny(l, "pledged", "质押")) {
                after = c;
            } else if (!remaining && percent && Keywords.containsAny(l, "shareholding percentage", "持股比例")) {
                percentHeld = c;
            } else if (!remaining && Keywords.containsAny(l, "number of shares held", "持股数量")) {
                held = c;
            }
        }
        List<List<Cell>> rows = rows(table.cells);
        if (name < 0 || held < 0 || after < 0 || rows.isEmpty() || rows.stream().anyMatch(r -> r.size() != labels.size())) {
            return;
        }
        long unit = Numbers.isTenThousandUnit(table.header) ? 10_000L : 1L;
        for (List<Cell> row : rows) {
            PledgePosition.Builder p = PledgePosition.newBuilder().setShareholder(Names.clean(row.get(name).text()))
                    .setSharesHeld(Numbers.shares(row.get(held).text(), unit).orElse(null))
                    .setPledgedAfter(Numbers.shares(row.get(after).text(), unit).orElse(null));
            if (percentHeld >= 0) {
                p.setPercentHeld(percent(row.get(percentHeld).text()));
            }
            if (percentOfHolding >= 0) {
                p.setPercentOfHoldingPledged(percent(row.get(percentOfHolding).text()));
            }
            if (percentOfCapital >= 0) {
                p.setPercentOfCapitalPledged(percent(row.get(percentOfCapital).text()));
            }
            StringBuilder source = new StringBuilder();
            for (Cell c : row) {
                source.append(source.length() == 0 ? "" : "\t").append(c.text());
            }
            p.setSourceText(source.toString());
            if (p.getShareholder() != null && p.getSharesHeld() != null) {
                out.add(p.build());
            }
        }
    }

    /** The column labels {@link TableBlock} gathered from the header rows, in column order. */
    private static List<String> labels(String header) {
        int at = header.indexOf(" | ");
        List<String> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        for (String l : header.substring(at + 3).split(" \\| ")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern TERM_END_ONLY = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:until\\b|till\\b|up\\s+to\\b|expir\\w*\\s+on\\b|至|直至)");

    private static List<Role> roles(List<String> labels) {
        List<Role> roles = new ArrayList<>(labels.size());
        List<Integer> unnamedPercents = new ArrayList<>();
        for (String label : labels) {
            String l = PledgeExtractor.fold(label);
            boolean percent = Keywords.containsAny(l, "%", "percentage", "proportion", "比例", "占");
            boolean oneClass = percent && ofOneClass(l);
            Role r;
            if (oneClass) {
                // "Percentage of total issued Domestic Shares" beside "... of total issued share capital": a share of the
                // class, which the schema has no field for
                r = Role.OTHER;
            } else if (percent && Keywords.containsAny(l, "issued", "in issue", "share capital", "总股本", "已发行")) {
                r = Role.PERCENT_OF_CAPITAL;
            } else if (percent && Keywords.containsAny(l, "shareholding", "held", "holding", "所持")) {
                r = Role.PERCENT_OF_HOLDING;
            } else if (Keywords.containsAny(l, "质押类型", "type of transaction", "transaction type", "pledge/release", "pledge/ release",
                    "pledge / release", "pledge or release", "nature of transaction", "nature of the transaction") || l.equals("type")
                    || l.equals("transaction") || l.equals("nature") || l.equals("类型") || l.equals("事项")) {
                r = Role.TYPE;
            } else if (Keywords.containsAny(l, "controlling shareholder", "控股股东") && !Keywords.containsAny(l, "relationship", "关系")) {
                r = Role.CONTROLLING;
            } else if (Keywords.containsAny(l, "supplement", "补充")) {
                r = Role.SUPPLEMENTAL;
            } else if (Keywords.containsAny(l, "restricted", "限售")) {
                r = Role.RESTRICTED;
            } else if (l.equals("class") || Keywords.containsAny(l, "class of", "share class", "股份类别", "股份种类", "股份性质")) {
                r = Role.SHARE_CLASS;
            } else if (Keywords.containsAny(l, PartyLabels.PLEDGEE)) {
                r = Role.PLEDGEE;
            } else if (Keywords.containsAny(l, "name", "名称", "姓名") || Keywords.containsAny(l, PartyLabels.PLEDGOR) || l.equals("shareholder")
                    || l.equals("股东")) {
                r = Role.NAME;
            } else if (Keywords.containsAny(l, "relationship", "capacity", "关系", "身份")) {
                r = Role.RELATIONSHIP;
            } else if (Keywords.containsAny(l, "shares held", "持股数量", "持有数量")) {
                // the holding beside the transaction ("Number of shares held", 持股数量) is no number of pledged shares
                r = Role.OTHER;
            } else if (Keywords.containsAny(l, "number of", "股数", "数量", "股份数目", "解质股份", "解押股份", "质押股份")) {
                r = Role.SHARES;
            } else if (Keywords.containsAny(l, TransactionTableReader.RELEASE_DATE_LABELS)) {
                r = Role.RELEASE_DATE;
            } else if (Keywords.containsAny(l, "expir", "maturity", "到期", "届满") && Keywords.containsAny(l, "date", "日期", "日")) {
                // "質押期限屆滿日期" over its column: the term's end date, not the term
                r = Role.EXPIRY;
            } else if (Keywords.containsAny(l, "term of", "period of", "pledge period", "质押期限", "质押期间")) {
                r = Role.TERM;
            } else if (Keywords.containsAny(l, "expir", "maturity", "到期", "届满")) {
                r = Role.EXPIRY;
            } else if (Keywords.containsAny(l, "date", "日期", "日")) {
                r = Role.DATE;
            } else if (Keywords.containsAny(l, "purpose", "use of", "用途")) {
                r = Role.PURPOSE;
            } else {
                r = Role.OTHER;
            }
            if (percent && !oneClass && r != Role.PERCENT_OF_CAPITAL && r != Role.PERCENT_OF_HOLDING) {
                // a percentage whose label names neither whose share it is
                unnamedPercents.add(roles.size());
            }
            roles.add(roles.contains(r) && r != Role.OTHER ? Role.OTHER : r);
        }
        if (unnamedPercents.size() == 2 && !roles.contains(Role.PERCENT_OF_HOLDING) && !roles.contains(Role.PERCENT_OF_CAPITAL)) {
            // "Approximate % of" twice, the words that told them apart on the header's lower lines: the holding's share
            // comes first, the issuer's second, as the templates give them
            roles.set(unnamedPercents.get(0), Role.PERCENT_OF_HOLDING);
            roles.set(unnamedPercents.get(1), Role.PERCENT_OF_CAPITAL);
        }
        return roles;
    }

    private static boolean ofOneClass(String label) {
        return Keywords.containsAny(label, " h shares", " a shares", "domestic shares", "unlisted shares", "h股", "a股", "内资股")
                && !Keywords.containsAny(label, "share capital", "总股本", "股本总", "shareholding", "held", "holding", "所持");
    }

    /** An empty cell's mark: "—", "-", "/", "不适用", "N/A". */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("[-—–－/／]*|不适用|不適用|(?i:n/?a)");

    private static PledgeAction actionOf(String typeCell, PledgeAction otherwise) {
        String f = PledgeExtractor.fold(typeCell);
        if (Keywords.containsAny(f, "解除", "解押", "解质", "releas")) {
            return PledgeAction.RELEASE;
        }
        return Keywords.containsAny(f, "质押", "pledge") ? PledgeAction.PLEDGE : otherwise;
    }

    private static List<List<Cell>> rows(List<Cell> cells) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (Cell c : cells) {
            row.add(c);
            if (c.rowEnd()) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return row.isEmpty() ? rows : List.of();
    }

    /** Yes / No (是 / 否) as the cell states it; null for anything else. */
    /** "是", "Yes (controlling shareholder)": true; "否", "No": false; anything else null. */
    static Boolean yesNo(String text) {
        String f = PledgeExtractor.fold(text);
        if (f.startsWith("yes") || f.startsWith("是")) {
            return true;
        }
        return f.startsWith("no") || f.startsWith("否") ? Boolean.FALSE : null;
    }

    /** "A Shares", "H股", "Domestic Shares": the class a cell names, null when it names none. */
    private static ShareClass shareClass(String folded) {
        if (folded.startsWith("a share") || folded.startsWith("a股")) {
            return ShareClass.A;
        }
        if (folded.startsWith("h share") || folded.startsWith("h股")) {
            return ShareClass.H;
        }
        if (folded.startsWith("domestic") || folded.startsWith("内资股")) {
            return ShareClass.DOMESTIC;
        }
        return folded.startsWith("ordinary") || folded.startsWith("普通股") ? ShareClass.ORDINARY : null;
    }

    private static final java.util.regex.Pattern CLASS_IN_LABEL = java.util.regex.Pattern.compile("\\b(a|h|domestic) shares?\\b|(a|h)股|(内资)股");

    private static ShareClass classNamedIn(String foldedLabel) {
        java.util.regex.Matcher m = CLASS_IN_LABEL.matcher(foldedLabel);
        if (!m.find()) {
            return null;
        }
        String c = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return switch (c) {
            case "a" -> ShareClass.A;
            case "h" -> ShareClass.H;
            default -> ShareClass.DOMESTIC;
        };
    }

    private static Double percent(String text) {
        return Numbers.firstDecimal(text).map(d -> d.doubleValue()).orElse(null);
    }
}

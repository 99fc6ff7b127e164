package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a basic-information table of pledges or releases. Columns are recognised by the kind of
 * value (yes/no, number, percentage, date, text) in the template's order, and the header says which optional
 * columns exist, so the reader does not depend on the cells keeping their column positions.
 */
final class TransactionTableReader {

    private static final Pattern H_SHARES = Pattern.compile(".*(\\bh shares|h股).*");
    private static final Pattern A_SHARES = Pattern.compile(".*(\\ba shares|a股).*");

    private static final int MAX_NAME = 150;
    /** The first label of a count: "(万股)" marks the pledged shares' column, whatever comes before it. */
    private static final String[] SHARES_LABELS = {"number of", "股数", "股份数目", "数量", "万股"};
    private static final Pattern DEFINED_TERM = Pattern.compile("^the [A-Z][a-z]+(?: [A-Z][a-z]+)?$");
    /** "Changjiang Everbright" + "Securities Co., Ltd.": a line of generic words and a suffix alone names no one. */
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "^(?:(?:securities|bank|trust|finance|financial|investments?|holdings?|group|capital|insurance|international|industrial|"
                    + "development|asset management|leasing|futures|commercial|technology|\\(hong kong\\)|\\(asia\\))\\s+)+"
                    // "China Merchants" / "Securities Co.," / "Ltd.": the form itself may wrap after "Co.,"
                    + "(?:co\\.?,?\\s*ltd\\.?|co\\.,?|company limited|limited|ltd\\.?|corporation|corp\\.|inc\\.|plc)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_WORD = Pattern.compile(
            "^(?:International|Securities|Holdings?|Group|Capital|Finance|Financial|Investments?|Asia|Pacific|Bank)"
                    // "Crestbridge" / "Capital (Asia)" / "Limited"
                    + "(?:\\s+\\((?:Asia|Hong Kong|HK|China|International)\\))?$"
                    // "Jiangbei Rural" / "Commercial Bank": a bank's kind and the word, the tail of its name
                    + "|^(?:Commercial|Merchants|Development|Investment|Private|Savings|Construction|Industrial|Agricultural|Rural|Communications)\\s+Bank$");
    /** A line that is a company's suffix and nothing else. */
    private static final Pattern BARE_SUFFIX = Pattern.compile("^(?:co\\.?,?\\s*ltd\\.?|company limited|limited|ltd\\.?|corporation|inc\\.|plc)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CORPORATE_TAIL = Pattern.compile(
            "^(?:co\\.|co,|company\\b|limited\\b|ltd\\b|corporation\\b|corp\\.|branch\\b|inc\\.|plc\\b|partnership\\b|\\(limited|holdings\\b|group\\b|"
                    + "有限|股份|公司|分行|支行|集团|集團|合伙|合夥|银行|銀行|证券|證券|[(（]).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_END = Pattern.compile(".*(?:,|&|-|\\band|\\bof|\\bfor|\\bthe|\\bis|股份|有限|证券|證券)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BRANCH_END = Pattern.compile(".*(?:\\bbranch|\\bsub-branch|分行|支行|营业部)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_END = Pattern.compile(".*(?:ltd\\.?|limited|bank|company|公司|银行)$", Pattern.CASE_INSENSITIVE);
    /** Endings after which a Chinese cell is complete: entity suffixes, dates, and the usual words that close a purpose. */
    static final Pattern ZH_TERMINAL = Pattern.compile(
            ".*(?:公司|银行|分行|支行|营业部|中心|合伙[)）]|[)）]|止|日|期|需求|需要|经营|融资|债务|资金|投资|质押|消费|周转|用途|业务|贷款|担保|先生|女士|小姐|博士)$");

    private static int occurrences(String s, String word) {
        int n = 0;
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /** A release's own date column: "解质时间" in the Shanghai template. */
    static final String[] RELEASE_DATE_LABELS = {"release date", "date of release", "解除日", "解除质押日", "解除日期", "解押日", "解质时间",
        "解除质押时间", "解押时间", "解质日"};

    private TransactionTableReader() {
    }

    private record Columns(boolean controlling, boolean restricted, boolean supplemental, boolean start, boolean end,
            boolean pledgee, boolean pledgeeFirst, boolean pledgeeBeforePledgor, boolean bothParties, boolean purpose, boolean percentsWithoutSign,
            boolean classPercent, boolean capitalPercentOnly, boolean pledgorAfterShares, boolean typeColumn, boolean classColumn,
            long unit, ShareClass shareClass) {

        static Columns of(TableBlock t, PledgeAction action) {
            String h = t.foldedHeader();
            // the parties' order is read from the labels alone: the prose above may name "the Pledgee" before any figure
            String labels = t.foldedLabels();
            // "是否补 / 充质押", "supple- / mental": a label wrapped inside a word, joined again for its flags
            String w = TableBlock.withoutWordBreaks(h);
            // lineContainsAny per keyword list, with the header's line terminators looked for once
            boolean oneLine = !Keywords.hasLineTerminator(h);
            // an expiry or a purpose the prose above the table states ("質押期限為兩年，至…屆滿", "for his personal investment
            // purposes") is no column of it: the labels say
            String lw = TableBlock.withoutWordBreaks(labels);
            boolean end = action == PledgeAction.RELEASE
                    ? oneLine && Keywords.containsAny(w, RELEASE_DATE_LABELS)
                    : oneLine && Keywords.containsAny(lw, "expir", "maturity", "到期", "届满", "终止日");
            boolean start = oneLine && Keywords.containsAny(w, "commencement", "start date", "starting date", "pledge start", "date of pledge", "date of the pledge",
                    "date of charge", "date of the charge", "pledge date", "charge date", "起始", "开始日", "质押日", "押记日");
            if (action == PledgeAction.RELEASE && !end) {
                end = true;
            }
            // one cell per line, "Date of" and "pledge" fell apart among the other labels: a second date beside the expiry's
            start |= action == PledgeAction.PLEDGE && end && occurrences(w, "date") >= 2;
            return new Columns(
                    oneLine && Keywords.containsAny(w, "controlling shareholder", "largest shareholder", "控股股东", "第一大股东", "一致行动"),
                    oneLine && Keywords.containsAny(w, "restricted", "限售"),
                    oneLine && Keywords.containsAny(w, "supplement", "补充质押"),
                    start, end,
                    oneLine && Keywords.containsAny(h, PartyLabels.PLEDGEE),
                    pledgeeBeforeShares(labels),
                    pledgeeBeforePledgor(labels),
                    firstOf(labels, PartyLabels.PLEDGEE) >= 0 && pledgorColumn(labels, 0) >= 0,
                    oneLine && Keywords.containsAny(lw, "purpose", "use of funds", "use of proceeds", "use of pledged funds",
                            "use of pledged proceeds", "use of the funds", "use of the proceeds", "use of the pledged funds",
                            "use of pledged financing", "use of the pledged financing", "use of financing", "use of pledge financing",
                            "use of the pledged proceeds", "用途"),
                    h.contains("%"),
                    classPercent(h),
                    capitalPercentOnly(h, labels),
                    pledgeeBeforeShares(labels) && pledgorColumn(inColumnOrder(labels), 0) > firstOf(inColumnOrder(labels), SHARES_LABELS),
                    h.startsWith("type ") || Keywords.containsAny(h, " type ", "质押类型", "type of transaction", "transaction type",
                            "nature of transaction", "nature of the transaction", " nature ", "事项"),
                    Keywords.containsAny(h, "class of shares", "share class", "股份类别", "股份种类"),
                    Numbers.isTenThousandUnit(t.header) ? 10_000L : 1L,
                    shareClass(h));
        }

        /**
         * "股東名稱 | 承押人 | 解除押記股份數目 | ...": the pledgee's label before the number of shares, so the text cells
         * before a row's figures are the pledgor's and then the pledgee's. Told from the header's words, which a
         * line-split table keeps in order though it loses their columns.
         */
        private static boolean pledgeeBeforeShares(String header) {
            String h = inColumnOrder(header);
            int pledgee = firstOf(h, PartyLabels.PLEDGEE);
            int shares = firstOf(h, SHARES_LABELS);
            return pledgee >= 0 && shares > pledgee;
        }

        /** "Pledgee | Pledgor | Number of Shares released": the parties before the figures are named in that order. */
        private static boolean pledgeeBeforePledgor(String header) {
            String h = inColumnOrder(header);
            int pledgee = firstOf(h, PartyLabels.PLEDGEE);
            return pledgee >= 0 && pledgorColumn(h, 0) > pledgee;
        }

        /**
         * Where a pledgor's label names a column, from {@code from}: not "shares held by the pledgor" or "the
         * pledgor's holding", which are a percentage's label.
         */
        private static int pledgorColumn(String h, int from) {
            int first = -1;
            for (String w : PartyLabels.PLEDGOR) {
                for (int at = h.indexOf(w, from); at >= 0; at = h.indexOf(w, at + 1)) {
                    boolean ofAFigure = h.startsWith("the ", Math.max(0, at - 4)) && at >= 4 || h.startsWith("'s", at + w.length())
                            || h.startsWith("所持", at + w.length());
                    if (!ofAFigure) {
                        first = first < 0 ? at : Math.min(first, at);
                        break;
                    }
                }
            }
            return first;
        }

        /**
         * The header's labels column by column, where its tab rows give the columns ("Pledgee | Pledgor | Number of
         * Shares pledged | Approximate % of the pledgor's holding"): the rows as read put "pledgor's" of a wrapped
         * label above "Pledgee". A header without tab rows keeps its reading order.
         */
        private static String inColumnOrder(String h) {
            int bar = h.indexOf(" | ");
            if (bar < 0) {
                return h;
            }
            String columns = h.substring(bar + 3);
            return columns.chars().anyMatch(Character::isLetter) ? columns : h;
        }

        private static int firstOf(String h, String[] words) {
            int first = -1;
            for (String w : words) {
                int at = h.indexOf(w);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }

        /**
         * "佔已發行股份總數百分比" the only percentage column: the one figure is of the issuer's shares, not the holder's. A
         * holder's share is looked for in the labels only: the prose above names the issuer ("Burnhamvale Group Holdings
         * Limited") and its holders' holdings.
         */
        private static boolean capitalPercentOnly(String h, String labels) {
            return Keywords.containsAny(h, "占已发行股份总数", "占公司总股本", "占本公司已发行", "of total issued shares", "of the total issued shares",
                    "of total issued share capital", "of the issued shares", "of issued shares", "of issued share capital", "of the issued share capital",
                    // one cell per line: "Approximate % of" / "charged" / "issued Shares (Note 3)"
                    "issued shares")
                    && !Keywords.containsAny(labels, "所持", " held", "shareholding", "holding", "持股", "pledgor's", "shareholder's", "its shares");
        }

        /**
         * "% of shares held by the pledgor | % of total issued H Shares | % of total share capital": a percentage of the
         * class between the holder's and the issuer's, which the schema has no field for.
         */
        private static boolean classPercent(String h) {
            return Keywords.containsAny(h, "of total issued h shares", "of the total issued h shares", "of issued h shares",
                    "of the issued h shares", "of total issued a shares", "of the total issued a shares", "of total h shares",
                    "of total issued domestic shares", "of the total issued domestic shares", "of issued domestic shares",
                    "占h股总", "占已发行h股", "占公司h股", "占本公司已发行h股", "占a股总", "占公司a股", "占内资股", "占已发行内资股")
                    && Keywords.containsAny(h, "share capital", "总股本", "已发行股份总数", "of total issued shares", "of the total issued shares");
        }

        /** The regexes (for their word boundary) only where their keywords occur. */
        private static ShareClass shareClass(String h) {
            if (Keywords.lineContainsAny(h, "h shares", "h股") && H_SHARES.matcher(h).matches()) {
                return ShareClass.H;
            }
            if (Keywords.lineContainsAny(h, "a shares", "a股") && A_SHARES.matcher(h).matches()) {
                return ShareClass.A;
            }
            return Keywords.lineContainsAny(h, "domestic shares", "内资股") ? ShareClass.DOMESTIC : null;
        }
    }

    private static boolean closesTheAnnouncement(String cell) {
        String c = cell.strip();
        return c.startsWith("特此公告") || c.startsWith("承董事會命") || c.startsWith("承董事会命")
                || c.regionMatches(true, 0, "By order of the Board", 0, 21);
    }

    static void read(TableBlock table, PledgeAction action, List<PledgeTransaction> out, List<String> missing) {
        Columns cols = Columns.of(table, action);
        // the percentages' columns labelled "(%)" or "As % of its shareholding": their cells are bare decimals
        String labels = table.foldedLabels();
        boolean barePercents = labels.contains("(%)") || labels.contains("（%）") || labels.contains("% of");
        List<Cell> cells = table.cells;
        int i = 0;
        while (i < cells.size()) {
            List<String> nameParts = new ArrayList<>();
            StringBuilder source = new StringBuilder();
            ShareClass classBeforeFigures = null;
            PledgeAction rowAction = action;
            while (i < cells.size() && cells.get(i).kind() == Cell.Kind.TEXT) {
                if (closesTheAnnouncement(cells.get(i).text())) {
                    // "特此公告。 | 董事会 | 2025年8月20日 | 2": the sign-off and a page number, when no blank line or
                    // heading ended the table, are no row
                    return;
                }
                // "Name | A Shares | Yes | 30,000,000": a class column between the name and the figures is no part of the name
                String text = cells.get(i).text();
                ShareClass named = nameParts.isEmpty() ? null : classCell(text);
                if (named == null && !nameParts.isEmpty() && cols.classColumn) {
                    // "the Parent | Domestic | 60,000,000" under "Class of shares": the class without its noun
                    named = classCell(text + " Shares");
                }
                PledgeAction typeWord = cols.typeColumn ? typeCell(text) : null;
                if (typeWord == null && cols.typeColumn && text.strip().endsWith(" of") && !cells.get(i).rowEnd() && i + 1 < cells.size()
                        && cells.get(i + 1).kind() == Cell.Kind.TEXT && typeCell(text.strip() + " " + cells.get(i + 1).text().strip()) != null) {
                    // "Ambrose Crest | Release of | pledge | 200,000,000" under "Nature of transaction": the type wrapped
                    typeWord = typeCell(text.strip() + " " + cells.get(i + 1).text().strip());
                    source.append(cells.get(i++).text()).append(' ');
                }
                if (typeWord != null) {
                    // "Release | the Parent | ..." under a Type column, one cell per line; after the name too
                    rowAction = typeWord;
                } else if (named != null) {
                    classBeforeFigures = named;
                } else {
                    nameParts.add(text);
                }
                source.append(cells.get(i).text()).append(' ');
                if (cells.get(i++).rowEnd()) {
                    nameParts.clear();
                    source.setLength(0);
                    classBeforeFigures = null;
                    rowAction = action;
                }
            }
            List<Cell> typed = new ArrayList<>();
            boolean rowEnded = false;
            // a "Class of shares" column ("2,400.00 | A Shares | No") is one of the row's fields, not its next name
            while (i < cells.size() && (cells.get(i).kind() != Cell.Kind.TEXT || !typed.isEmpty() && classCell(cells.get(i).text()) != null
                    || !typed.isEmpty() && unclosed(typed.get(typed.size() - 1).text()))) {
                Cell c = cells.get(i++);
                source.append(c.text()).append(' ');
                if (c.kind() == Cell.Kind.TEXT && !typed.isEmpty() && unclosed(typed.get(typed.size() - 1).text())) {
                    // "是（高管" / "锁定股）": a typed cell's bracket wrapped onto the next line, which is no column of its own
                    c = typed.remove(typed.size() - 1).joinedWith(c);
                }
                typed.add(c);
                if (c.rowEnd()) {
                    rowEnded = true;
                    break;
                }
            }
            if (typed.isEmpty()) {
                break;
            }
            PledgeTransaction.Builder t = PledgeTransaction.newBuilder().setAction(rowAction).setShareClass(classBeforeFigures);
            int datesSeen = readTyped(typed, cols, t, rowAction);
            int expected = (cols.pledgee && !cols.pledgeeFirst ? 1 : 0) + (cols.purpose && rowAction == PledgeAction.PLEDGE ? 1 : 0)
                    + (cols.pledgorAfterShares ? 1 : 0);
            boolean expiryAsText = rowAction == PledgeAction.PLEDGE && cols.end && datesSeen < (cols.start ? 2 : 1);
            if (expiryAsText) {
                expected++;
            }
            List<String> trailingRaw = new ArrayList<>();
            int percentsAt = -1;
            while (!rowEnded && i < cells.size() && (cells.get(i).kind() == Cell.Kind.TEXT
                    || percentsAt < 0 && trailingPercents(cells, i, t, barePercents) || trailingDate(cells.get(i), cols, t, rowAction)
                    || trailingYesNo(cells.get(i), cols, t))) {
                Cell c = cells.get(i++);
                if (c.kind() == Cell.Kind.YES_NO) {
                    // "... | Pledgee | Supplemental pledge": a flag's column after the parties
                    if (cols.supplemental && t.getSupplementalPledge() == null) {
                        t.setSupplementalPledge(c.yes());
                    } else {
                        t.setRestrictedShares(c.yes());
                    }
                    source.append(c.text()).append(' ');
                } else if (c.kind() == Cell.Kind.DATE) {
                    // a date column after the pledgee ("Pledgor | Shares | % | % | Pledgee | Date of pledge")
                    if (cols.start && t.getStartDate() == null) {
                        t.setStartDate(c.date());
                    } else if (rowAction == PledgeAction.RELEASE) {
                        t.setReleaseDate(c.date());
                    } else {
                        t.setExpiryDate(c.date());
                    }
                    source.append(c.text()).append(' ');
                } else if (c.kind() == Cell.Kind.PERCENT || percentsAt < 0 && barePercent(c, barePercents)) {
                    // Shanghai's template puts the two percentages after the pledgee, before the purpose.
                    percentsAt = trailingRaw.size();
                    setPercent(t, 0, percentOf(c));
                    c = cells.get(i++);
                    setPercent(t, 1, percentOf(c));
                } else if (!PledgeExtractor.isNoteMark(c.text())) {
                    trailingRaw.add(c.text());
                }
                if (c.rowEnd()) {
                    rowEnded = true;
                }
            }
            if (expiryAsText && t.getExpiryDate() != null) {
                // "Harbour Pioneer | 3 June 2025 | 2 June 2026": the dates came after the pledgee, not in place of them
                expiryAsText = false;
                expected--;
            }
            List<List<String>> logical = percentsAt < 0 ? logicalCells(trailingRaw) : new ArrayList<>();
            if (percentsAt >= 0) {
                logical.addAll(logicalCells(trailingRaw.subList(0, percentsAt)));
                logical.addAll(logicalCells(trailingRaw.subList(percentsAt, trailingRaw.size())));
            }
            boolean partiesSplit = false;
            if (!rowEnded && cols.bothParties) {
                List<List<String>> parties = logicalCells(nameParts);
                PartyTails tails = parties.size() == 2 ? PartyTails.of(parties, trailingRaw) : null;
                if (tails != null) {
                    nameParts = tails.names();
                    for (String tail : trailingRaw.subList(0, tails.used())) {
                        source.append(tail).append(' ');
                    }
                    trailingRaw = new ArrayList<>(trailingRaw.subList(tails.used(), trailingRaw.size()));
                    logical = logicalCells(trailingRaw);
                }
                partiesSplit = parties.size() == 2 && logicalCells(nameParts).size() == 2;
                if (partiesSplit && cols.pledgee && !cols.pledgeeFirst) {
                    // the pledgee is one of the two names, not a cell after the figures
                    expected--;
                }
            }
            LineSplitContinuations.Row wrapped = !rowEnded && percentsAt < 0 && expected > 0
                    ? LineSplitContinuations.complete(nameParts, trailingRaw, expected) : null;
            if (wrapped == null && !rowEnded && percentsAt < 0 && expected > 0) {
                wrapped = LineSplitContinuations.headsAbove(nameParts, trailingRaw, expected);
            }
            if (wrapped != null) {
                i -= trailingRaw.size() - wrapped.used();
                trailingRaw = trailingRaw.subList(0, wrapped.used());
                nameParts = wrapped.names();
                logical = wrapped.cells();
            }
            if (!rowEnded && i < cells.size() && logical.size() > expected) {
                // Line-split tables lose rows: the text after this row's last field names the next row.
                int keep = 0;
                for (int k = 0; k < expected; k++) {
                    keep += logical.get(k).size();
                }
                i -= trailingRaw.size() - keep;
                trailingRaw = trailingRaw.subList(0, keep);
                logical = logical.subList(0, expected);
            }
            for (String s : trailingRaw) {
                source.append(s).append(' ');
            }
            int next = 0;
            String pledgorAfter = null;
            if (cols.pledgorAfterShares && next < logical.size()) {
                // "Pledgee | Number of Shares pledged | Pledgor | Date": the holder is the text after the figures
                pledgorAfter = Names.join(logical.get(next++));
            }
            if (expiryAsText && next < logical.size()) {
                t.setExpiryText(Names.join(logical.get(next++)));
            }
            if (cols.pledgee && !cols.pledgeeFirst && next < logical.size()) {
                t.setPledgee(Names.join(logical.get(next++)));
            }
            if (cols.purpose && rowAction == PledgeAction.PLEDGE && next < logical.size()) {
                t.setPurpose(Names.join(logical.get(next++)));
            }
            // a pledgee column the header names, with nothing after the figures, or two names before them: a
            // one-cell-per-line header lost the columns, not the labels' order, and the parties stand in that order
            // ("Ridgeline | the Lender", "Harbour Meridian Capital Limited | Pearl Bay Ventures Limited" under "Pledgee | Pledgor")
            if (pledgorAfter != null) {
                t.setPledgee(Names.join(nameParts));
                nameParts = List.of(pledgorAfter);
            }
            if ((cols.pledgeeFirst || cols.pledgee && logical.isEmpty() || partiesSplit) && t.getPledgee() == null) {
                List<List<String>> parties = twoParties(nameParts);
                if (parties.size() >= 2) {
                    int at = cols.pledgeeBeforePledgor ? 0 : parties.size() - 1;
                    t.setPledgee(Names.join(parties.get(at)));
                    nameParts = new ArrayList<>();
                    for (int k = 0; k < parties.size(); k++) {
                        if (k != at) {
                            nameParts.addAll(parties.get(k));
                        }
                    }
                }
            }
            String name = Names.join(nameParts);
            if (name == null || name.length() > MAX_NAME || t.getShares() == null) {
                continue;
            }
            t.setPledgor(name);
            t.setSourceText(Names.clean(source.toString()));
            out.add(t.build());
            listMissing(t, cols, rowAction, out.size() - 1, missing);
        }
    }

    /**
     * The parties before the figures, where the header puts the pledgee there too. "常青樹" then "富信證券有限公司": a short
     * holder's name and a whole company's, which the reading of wrapped lines would join as one name cut in two; a
     * second line that opens with a company's form ("有限公司") still goes on with the first.
     */
    private static List<List<String>> twoParties(List<String> nameParts) {
        List<List<String>> parties = logicalCells(nameParts);
        if (parties.size() == 1 && nameParts.size() == 2) {
            String second = nameParts.get(1).strip();
            if (isCjk(nameParts.get(0)) && isCjk(second) && !CORPORATE_TAIL.matcher(second).matches()
                    && ZH_TERMINAL.matcher(dev.hkfilings.text.ChineseScript.toSimplified(second)).matches()) {
                return List.of(List.of(nameParts.get(0)), List.of(second));
            }
        }
        return parties;
    }

    /**
     * A line that goes on with a company's name wrapped above it: its form ("Co., Ltd.", "Limited", "(Limited
     * Partnership)"), or generic words ("Securities Co.,", "Capital (Asia)").
     */
    static boolean continuesName(String line) {
        return CORPORATE_TAIL.matcher(line).matches() || GENERIC_TAIL.matcher(line).matches() || GENERIC_WORD.matcher(line).matches();
    }

    /** The second line of a party's name: a suffix ("Limited"), or generic words and one ("(Hong Kong) Limited"). */
    private static boolean nameTail(String line) {
        // "Limited (Note 1)": the suffix with the footnote's mark the name carries
        String l = NOTE_AFTER.matcher(line).replaceFirst("");
        return BARE_SUFFIX.matcher(l).matches() || GENERIC_TAIL.matcher(l).matches();
    }

    private static final Pattern NOTE_AFTER = Pattern.compile("\\s*[(（](?i:notes?)\\s*\\d{1,2}[)）]$");

    /**
     * One cell per line, two names before a row's figures ("Harbour Meridian Capital", "Pearl Bay Ventures") and, after
     * them, the names' second lines ("Limited", "Limited"; or "Limited" alone for the one name left open): the names
     * completed, and how many of the lines after the figures they took.
     */
    private record PartyTails(List<String> names, int used) {

        static PartyTails of(List<List<String>> parties, List<String> after) {
            int tails = 0;
            while (tails < after.size() && tails < parties.size() && nameTail(after.get(tails))) {
                tails++;
            }
            List<Integer> targets = new ArrayList<>();
            for (int k = 0; k < parties.size(); k++) {
                String last = parties.get(k).get(parties.get(k).size() - 1);
                if (tails == parties.size() || !ENTITY_END.matcher(last).matches() || OPEN_END.matcher(last).matches()) {
                    targets.add(k);
                }
            }
            if (tails == 0 || targets.size() != tails) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (int k = 0, tail = 0; k < parties.size(); k++) {
                List<String> party = new ArrayList<>(parties.get(k));
                if (targets.contains(k)) {
                    party.add(after.get(tail++));
                }
                names.add(Names.join(party));
            }
            return new PartyTails(names, tails);
        }
    }

    /** Reads the typed cells of one row; returns how many date-like cells (dates or dashes) followed the percentages. */
    /**
     * "600,000,000 | 150,000,000 | 25.00%": the holder's shares before the pledged ones, as a header that lost its
     * columns cannot tell; the percentage of the holding the second makes of the first tells it. The row without the
     * holding then, else the row itself.
     */
    static List<Cell> withoutHoldingBeforeShares(List<Cell> typed) {
        for (int i = 0; i + 2 < typed.size(); i++) {
            if (typed.get(i).kind() != Cell.Kind.NUMBER) {
                continue;
            }
            if (typed.get(i + 1).kind() != Cell.Kind.NUMBER || typed.get(i + 2).kind() != Cell.Kind.PERCENT) {
                return typed;
            }
            var held = Numbers.shares(typed.get(i).text(), 1);
            var pledged = Numbers.shares(typed.get(i + 1).text(), 1);
            var percent = Numbers.percent(typed.get(i + 2).text());
            if (held.isEmpty() || pledged.isEmpty() || percent.isEmpty() || held.get() <= pledged.get()
                    || Math.abs(pledged.get() * 100.0 / held.get() - percent.get()) > 0.011) {
                return typed;
            }
            List<Cell> out = new ArrayList<>(typed);
            out.remove(i);
            return out;
        }
        return typed;
    }

    private static int readTyped(List<Cell> typed, Columns cols, PledgeTransaction.Builder t, PledgeAction action) {
        typed = withoutHoldingBeforeShares(typed);
        int yesNoAfterShares = 0;
        int percents = 0;
        int dates = 0;
        // "股東名稱 | 佔其所持股份比例 | 佔已發行股份總數比例 | 質押股份數目": percentages before the count, in the same order
        List<Double> beforeCount = new ArrayList<>(2);
        int maxPercents = cols.classPercent ? 3 : 2;
        for (Cell c : typed) {
            switch (c.kind()) {
                case YES_NO -> {
                    if (t.getShares() == null) {
                        t.setControllingShareholder(c.yes());
                    } else if (yesNoAfterShares++ == 0 && cols.restricted) {
                        t.setRestrictedShares(c.yes());
                    } else if (cols.supplemental) {
                        t.setSupplementalPledge(c.yes());
                    }
                }
                case NUMBER -> {
                    if (t.getShares() == null) {
                        t.setShares(Numbers.shares(c.text(), unit(c, cols)).orElse(null));
                        if (t.getShareClass() == null) {
                            t.setShareClass(cols.shareClass);
                        }
                    } else if (percents < maxPercents && dates == 0) {
                        setPercent(t, slot(cols, percents++), Numbers.firstDecimal(c.text()).map(d -> d.doubleValue()).orElse(null));
                    }
                }
                case PERCENT -> {
                    if (t.getShares() != null && percents < maxPercents) {
                        setPercent(t, slot(cols, percents++), Numbers.percent(c.text()).orElse(null));
                    } else if (t.getShares() == null && beforeCount.size() < 2) {
                        beforeCount.add(Numbers.percent(c.text()).orElse(null));
                    }
                }
                case DATE, EMPTY -> {
                    if (t.getShares() == null && c.kind() == Cell.Kind.DATE && action == PledgeAction.RELEASE && t.getReleaseDate() == null) {
                        // "Pledgor | Pledgee | Date of release | Number of Shares released": the date before the figures
                        t.setReleaseDate(c.date());
                        continue;
                    }
                    if (t.getShares() == null || c.kind() == Cell.Kind.EMPTY && percents < maxPercents) {
                        if (c.kind() == Cell.Kind.EMPTY && t.getShares() != null) {
                            percents++;
                        }
                        continue;
                    }
                    int slot = dates++;
                    // a lone "Date" / "日期" column, with no expiry's label or beside a column that says what each row does
                    // (a release table's "Date" is the release's date): a pledge's own date, as a release's is its release
                    boolean isStart = (cols.start || (!cols.end || cols.typeColumn) && action == PledgeAction.PLEDGE) && slot == 0;
                    if (c.kind() == Cell.Kind.EMPTY) {
                        continue;
                    }
                    if (isStart) {
                        t.setStartDate(c.date());
                    } else if (action == PledgeAction.RELEASE) {
                        t.setReleaseDate(c.date());
                    } else {
                        t.setExpiryDate(c.date());
                        t.setExpiryText(c.text());
                    }
                }
                case TEXT -> {
                    ShareClass named = classCell(c.text());
                    if (named != null) {
                        t.setShareClass(named);
                    }
                }
                default -> {
                }
            }
        }
        if (percents == 0 && t.getShares() != null) {
            for (int k = 0; k < beforeCount.size(); k++) {
                setPercent(t, k, beforeCount.get(k));
            }
        }
        return dates;
    }

    private static final Pattern CLASS_CELL = Pattern.compile("^(?:(A|H|domestic|ordinary|unlisted)\\s+shares?|([AH])\\s*股(?:股份)?|(内资股|內資股)|(普通股))$",
            Pattern.CASE_INSENSITIVE);

    /** The class a cell of a "Class of shares" column names ("A Shares", "H股", "內資股"), or null. */
    static ShareClass classCell(String text) {
        if (text.length() > 16) {
            return null;
        }
        Matcher m = CLASS_CELL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String c = m.group(1) != null ? m.group(1) : m.group(2);
        if (c == null) {
            return m.group(3) != null ? ShareClass.DOMESTIC : ShareClass.ORDINARY;
        }
        return switch (c.toLowerCase(Locale.ROOT)) {
            case "a" -> ShareClass.A;
            case "h" -> ShareClass.H;
            case "domestic" -> ShareClass.DOMESTIC;
            case "unlisted" -> ShareClass.UNLISTED;
            default -> ShareClass.ORDINARY;
        };
    }

    /** A date after the row's text cells, in a column the header names that the row has not filled yet. */
    private static boolean trailingYesNo(Cell c, Columns cols, PledgeTransaction.Builder t) {
        return c.kind() == Cell.Kind.YES_NO && t.getShares() != null
                && (cols.supplemental && t.getSupplementalPledge() == null || cols.restricted && t.getRestrictedShares() == null);
    }

    private static boolean trailingDate(Cell c, Columns cols, PledgeTransaction.Builder t, PledgeAction action) {
        if (c.kind() != Cell.Kind.DATE || t.getShares() == null) {
            return false;
        }
        return cols.start && t.getStartDate() == null
                || action == PledgeAction.RELEASE && t.getReleaseDate() == null
                || action == PledgeAction.PLEDGE && cols.end && t.getExpiryDate() == null && t.getExpiryText() == null;
    }

    /** Two percentage cells after the row's text cells, when the row has read none before its dates. */
    private static boolean trailingPercents(List<Cell> cells, int i, PledgeTransaction.Builder t, boolean barePercents) {
        return t.getShares() != null && t.getPercentOfHolding() == null && t.getPercentOfTotalShareCapital() == null
                && i + 1 < cells.size() && !cells.get(i).rowEnd()
                && (cells.get(i).kind() == Cell.Kind.PERCENT && cells.get(i + 1).kind() == Cell.Kind.PERCENT
                    || barePercent(cells.get(i), barePercents) && barePercent(cells.get(i + 1), barePercents));
    }

    /** "11.09" under "占其所持股份比例(%)": a percentage whose sign the label carries. */
    private static boolean barePercent(Cell c, boolean barePercents) {
        return barePercents && c.kind() == Cell.Kind.NUMBER && BARE_DECIMAL.matcher(c.text()).matches() && Double.parseDouble(c.text()) <= 100;
    }

    private static final Pattern BARE_DECIMAL = Pattern.compile("\\d{1,3}\\.\\d{1,4}");

    private static Double percentOf(Cell c) {
        return c.kind() == Cell.Kind.NUMBER ? Double.valueOf(c.text()) : Numbers.percent(c.text()).orElse(null);
    }

    /** "Release", "Pledge", 解除質押, 質押: a Type column's cell. */
    static PledgeAction typeCell(String text) {
        String f = PledgeExtractor.fold(text).strip();
        if (f.equals("release") || f.equals("release of pledge") || f.equals("release of the pledge") || f.equals("release of charge")
                || f.equals("解除质押") || f.equals("解押") || f.equals("本次解除质押")) {
            return PledgeAction.RELEASE;
        }
        return f.equals("pledge") || f.equals("质押") || f.equals("本次质押") ? PledgeAction.PLEDGE : null;
    }

    /** More opening than closing brackets: the cell goes on in the next line. */
    static boolean unclosed(String cell) {
        int depth = 0;
        for (int k = 0; k < cell.length(); k++) {
            char ch = cell.charAt(k);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if ((ch == ')' || ch == '）') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The field of the n-th percentage after the count: the class's share, when the header has one, is skipped. */
    private static int slot(Columns cols, int n) {
        if (cols.capitalPercentOnly) {
            return n == 0 ? 1 : -1;
        }
        return !cols.classPercent ? n : n == 0 ? 0 : n == 2 ? 1 : -1;
    }

    private static void setPercent(PledgeTransaction.Builder t, int slot, Double v) {
        if (slot < 0) {
            return;
        }
        if (slot == 0) {
            t.setPercentOfHolding(v);
        } else {
            t.setPercentOfTotalShareCapital(v);
        }
    }

    private static long unit(Cell c, Columns cols) {
        return c.text().contains("万股") || c.text().contains("萬股") ? 10_000L : cols.unit;
    }

    /** Groups wrapped lines back into cells: a line that continues a name, a phrase or an entity suffix joins the one before. */
    static List<List<String>> logicalCells(List<String> raw) {
        List<List<String>> out = new ArrayList<>();
        for (String s : raw) {
            if (!out.isEmpty()) {
                List<String> cur = out.get(out.size() - 1);
                String prev = cur.get(cur.size() - 1);
                // "the Lender" is a party the text defined, not the rest of the name above it
                boolean lower = !s.isEmpty() && Character.isLowerCase(s.charAt(0)) && !DEFINED_TERM.matcher(s).matches();
                boolean branch = BRANCH_END.matcher(s).matches() && ENTITY_END.matcher(prev).matches() && !ENTITY_END.matcher(s).matches();
                String pf = dev.hkfilings.text.ChineseScript.toSimplified(prev);
                // "至办理解除质押" / "登记之日": a term is whole at its end only, whatever word its first line ends with
                boolean cjkCut = isCjk(prev) && isCjk(s) && (!ZH_TERMINAL.matcher(pf).matches()
                        || pf.startsWith("至") && !pf.endsWith("日") && !pf.endsWith("止"));
                // "Haitong" / "International": a generic word alone on its line goes on with the name above it
                boolean genericWord = GENERIC_WORD.matcher(s).matches() && cur.size() == 1 && !ENTITY_END.matcher(prev).matches()
                        && Character.isUpperCase(prev.charAt(0)) && prev.indexOf(' ') < 0;
                if (lower || branch || cjkCut || genericWord || CORPORATE_TAIL.matcher(s).matches() || OPEN_END.matcher(prev).matches()
                        || GENERIC_TAIL.matcher(s).matches() && !ENTITY_END.matcher(prev).matches()) {
                    cur.add(s);
                    continue;
                }
            }
            List<String> cell = new ArrayList<>();
            cell.add(s);
            out.add(cell);
        }
        return out;
    }

    private static void listMissing(PledgeTransaction.Builder t, Columns cols, PledgeAction action, int index, List<String> missing) {
        String p = "transactions[" + index + "].";
        if (t.getPercentOfHolding() == null) {
            missing.add(p + "percentOfHolding");
        }
        if (t.getPercentOfTotalShareCapital() == null) {
            missing.add(p + "percentOfTotalShareCapital");
        }
        if (cols.controlling && t.getControllingShareholder() == null) {
            missing.add(p + "controllingShareholder");
        }
        if (cols.start && t.getStartDate() == null) {
            missing.add(p + "startDate");
        }
        if (action == PledgeAction.RELEASE && t.getReleaseDate() == null) {
            missing.add(p + "releaseDate");
        }
        if (action == PledgeAction.PLEDGE && cols.end && t.getExpiryText() == null) {
            missing.add(p + "expiryText");
        }
        if (t.getPledgee() == null) {
            missing.add(p + "pledgee");
        }
        if (action == PledgeAction.PLEDGE && cols.purpose && t.getPurpose() == null) {
            missing.add(p + "purpose");
        }
    }

    private static boolean isCjk(String s) {
        return !s.isEmpty() && Names.isCjk(s.charAt(s.length() - 1)) && Names.isCjk(s.charAt(0));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

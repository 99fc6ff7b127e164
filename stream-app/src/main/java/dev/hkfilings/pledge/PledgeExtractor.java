package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgeKind;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.fields.Extracted;
import dev.hkfilings.fields.PayloadExtractor;
import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.PageMarks;
import dev.hkfilings.text.Spaces;
import dev.hkfilings.text.UpperCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads share pledges and releases: the mainland template's basic-information tables (one per pledge or release
 * section) and its accumulated-position table, in tab-split or line-split form, and, when an announcement has no
 * table, the sentences of a prose announcement ({@link ProsePledgeReader}).
 */
public final class PledgeExtractor implements PayloadExtractor<SharePledge> {


    private enum Section { PLEDGE, RELEASE, POSITIONS, NONE }

    private static final int MAX_CHARS = 400_000;
    private static final int MAX_PROSE_CHARS = 60_000;

    static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:[ivx]+[.、)]|\\d+(?:[.)]\\s|、)|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\\d]+[)）]).*", Pattern.CASE_INSENSITIVE);

    @Override
    public Extracted<SharePledge> extract(String text) {
        List<PledgeTransaction> transactions = new ArrayList<>();
        List<PledgePosition> positions = new ArrayList<>();
        boolean positionsBesideRelease = false;
        PledgePosition[] total = new PledgePosition[1];
        List<String> missing = new ArrayList<>();
        // Pledge announcements run to a few pages; a longer text is read only that far, which bounds the time spent.
        String body = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> lines = withoutRepeatedTableHeaders(withoutRunningHeaders(spaceAlignedAsTabs(LineBreaks.split(body))));

        List<int[]> sections = new ArrayList<>();
        List<Section> kinds = new ArrayList<>();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            Section s = headingKind(lines.get(i));
            int numberAlone = s == null ? headingAfterItsNumber(lines, i) : 0;
            if (numberAlone > 0) {
                s = headingKind(joinedLines(lines, i, numberAlone));
                i += numberAlone;
            }
            if (s == null && (current == null || current == Section.NONE) && mayStartTable(lines.get(i))
                    && (TABLE_START.matcher(fold(lines.get(i))).find() || wrappedNameLabel(lines, i))) {
                // A table straight under a title that is no heading (Chinese titles are neither numbered nor upper case).
                s = tableKind(lines.subList(i, Math.min(lines.size(), i + 25)));
                if ((s == Section.POSITIONS || s == Section.NONE) && LABEL_WITH_VALUE.matcher(fold(lines.get(i))).find()) {
                    // "Chargor: Upwell Founders Holdings Limited": particulars as labelled lines, not a table's header, and
                    // the holding they quote ("Shares held by the Chargor") makes no positions table of them
                    s = Section.PLEDGE;
                }
                // header lines above the labelled one, tab-indented, are the upper parts of its labels
                int start = i;
                while (start > 0 && i - start < 3 && lines.get(start - 1).startsWith("\t") && lines.get(i).indexOf('\t') >= 0) {
                    start--;
                }
                if (lines.get(i).indexOf('\t') < 0) {
                    start = cellsOfLabelsAbove(lines, i);
                }
                // the third number: where labelled particulars may begin, a few lines above the label that opened the
                // section ("押記日期", "二零二五年七月八日", then "押記人")
                sections.add(new int[] {start, lines.size(), Math.max(0, start - PARTICULARS_ABOVE)});
                kinds.add(s);
                if (sections.size() > 1) {
                    sections.get(sections.size() - 2)[1] = start;
                }
                current = s;
                continue;
            }
            if (s == Section.NONE && current != null && current != Section.NONE && sections.get(sections.size() - 1)[0] == i) {
                // "PLEDGE AND SUPPLEMENTAL PLEDGE OF DOMESTIC SHARES" / "BY A SUBSTANTIAL SHAREHOLDER": a headline wrapped
                // onto a second upper-case line goes on with its section rather than closing it
                sections.get(sections.size() - 1)[0] = i + 1;
                sections.get(sections.size() - 1)[2] = i + 1;
                continue;
            }
            if (s != null) {
                current = s;
                sections.add(new int[] {i + 1, lines.size(), i + 1});
                kinds.add(s);
                if (sections.size() > 1) {
                    sections.get(sections.size() - 2)[1] = i;
                }
            }
        }
        for (int k = 0; k < sections.size(); k++) {
            Section kind = kinds.get(k);
            if (kind == Section.NONE) {
                continue;
            }
            List<String> section = lines.subList(sections.get(k)[0], sections.get(k)[1]);
            int particularsFrom = Math.max(sections.get(k)[2], k > 0 ? sections.get(k - 1)[0] : 0);
            List<String> particulars = lines.subList(particularsFrom, sections.get(k)[1]);
            if (kind != Section.POSITIONS && KeyValuePledgeReader.read(particulars,
                    kind == Section.RELEASE ? PledgeAction.RELEASE : PledgeAction.PLEDGE,
                    transactions, missing)) {
                if (positions.isEmpty()) {
                    // "持股数量 / 287,600,000股 / … / 剩余被质押股份数量 / 96,000,000股": the Shanghai release's particulars end with
                    // the holder's position after it
                    PledgePosition beside = KeyValuePledgeReader.position(particulars, transactions.get(transactions.size() - 1).getPledgor());
                    if (beside != null) {
                        positions.add(beside);
                        positionsBesideRelease = true;
                    }
                }
                continue;
            }
            TableBlock table = TableBlock.read(TransposedTable.rewrite(section));
            if (table == null) {
                PledgePosition labelled = kind == Section.POSITIONS && positions.isEmpty() ? KeyValuePledgeReader.positionParticulars(section) : null;
                if (labelled != null) {
                    // "Name of shareholder: …", "Number of shares held: …", …: the position as labelled lines, no table
                    positions.add(labelled);
                }
                continue;
            }
            if (kind == Section.POSITIONS || looksLikePositionsTable(table)) {
                if (positionsBesideRelease) {
                    // a positions table of its own is the better witness than the columns beside a release
                    positions.clear();
                    positionsBesideRelease = false;
                }
                PositionTableReader.read(table, positions, total);
            } else if (looksLikeTransactionTable(table)) {
                PledgeAction action = kind == Section.RELEASE ? PledgeAction.RELEASE : PledgeAction.PLEDGE;
                int before = transactions.size();
                // a pledgee column before the figures is no Shanghai order: the labels say what each cell is
                boolean byLabels = LabelledColumnsReader.readByLabels(table)
                        && LabelledColumnsReader.read(table, action, transactions, missing) && transactions.size() > before;
                if (!byLabels) {
                    TransactionTableReader.read(table, action, transactions, missing);
                }
                if (transactions.size() == before) {
                    LabelledColumnsReader.read(table, action, transactions, missing);
                }
                if (positions.isEmpty()) {
                    LabelledColumnsReader.positions(table, positions);
                    positionsBesideRelease = !positions.isEmpty();
                }
            }
        }
        if (transactions.isEmpty() && kinds.stream().allMatch(k -> k == Section.NONE)) {
            // particulars under a heading that is neither numbered nor upper case ("質押詳情" then "出質人：…")
            KeyValuePledgeReader.read(lines, PledgeAction.PLEDGE, transactions, missing);
        }
        if (positions.isEmpty()) {
            positionsTableInProse(lines, sections, positions, total);
        }
        String prose = body.length() > MAX_PROSE_CHARS ? body.substring(0, MAX_PROSE_CHARS) : body;
        // A pledgor that reads as a column label means the table was misread (a table on its side, cut into one cell
        // per line): the prose is the better witness then. "The Shareholder" is no label where the text defined it.
        // Nor is a "table" whose pledgor is a run of prose: a figure alone on a line of a paragraph that a PDF wrapped short
        // ("… Dr. Liang is interested in" / "86,400,000" / "H shares, representing …").
        if (!transactions.isEmpty() && transactions.stream().allMatch(t -> labelRead(t, prose)
                || t.getPledgor() != null && PROSE_RUN.matcher(t.getPledgor()).matches())) {
            transactions.clear();
            missing.removeIf(m -> m.startsWith("transactions["));
        }
        ProseText proseText = new ProseText(prose);
        if (transactions.isEmpty()) {
            ProsePledgeReader.read(proseText, transactions, missing);
            lonePledgee(proseText, transactions, missing);
        } else {
            // what the sentences say of the pledges, read once and only when a table row lacks what they may give
            List<PledgeTransaction> fromSentences = new ArrayList<>();
            boolean[] read = {false};
            java.util.function.Supplier<List<PledgeTransaction>> sentences = () -> {
                if (!read[0]) {
                    ProsePledgeReader.read(proseText, fromSentences, new ArrayList<>());
                    read[0] = true;
                }
                return fromSentences;
            };
            if (transactions.stream().anyMatch(t -> t.getPledgee() == null || t.getAction() == PledgeAction.RELEASE && t.getStartDate() == null)) {
                fromProse(proseText, sentences.get(), transactions, missing);
            }
            if (transactions.stream().anyMatch(t -> t.getPledgor() == null)) {
                pledgorFromProse(sentences.get(), transactions, missing);
            }
        }
        if (transactions.isEmpty()) {
            missing.add("transactions");
        }
        withoutNoteMarks(transactions, positions);
        ProsePledgeReader.definedParties(proseText, transactions, positions);
        ProsePledgeReader.percentsStatedPerHolder(proseText, transactions);
        ProsePledgeReader.respectivePercents(proseText, transactions);
        ProsePledgeReader.statedPurpose(proseText, transactions);
        ProsePledgeReader.flagNamedControlling(proseText, transactions);
        ProsePledgeReader.titledHolders(prose, transactions, positions);
        ProsePledgeReader.pledgedBefore(proseText, positions);
        classOfTheEvent(prose, transactions);
        stillMissing(transactions, missing);
        boolean pledge = transactions.stream().anyMatch(t -> t.getAction() == PledgeAction.PLEDGE);
        boolean release = transactions.stream().anyMatch(t -> t.getAction() == PledgeAction.RELEASE);
        PledgeKind kind = pledge && release ? PledgeKind.BOTH : pledge ? PledgeKind.PLEDGE : release ? PledgeKind.RELEASE : PledgeKind.UNKNOWN;
        SharePledge payload = SharePledge.newBuilder()
                .setKind(kind)
                .setTransactions(transactions)
                .setPositions(positions)
                .setTotalPosition(total[0])
                .build();
        return new Extracted<>(payload, missing);
    }

    private static final int PARTICULARS_ABOVE = 4;
    private static final int MAX_LABEL_CELLS_ABOVE = 16;
    private static final int MAX_LABEL_CELL = 40;

    /**
     * One cell per line, the upper lines of a header's labels stand above the label that opened the table ("Number of
     * Shares" / "charged before" / ... / "Name of chargor"): the table starts at the first of them, after the blank
     * line or the prose above. Lines with a figure, or that end a sentence, are no label's.
     */
    private static int cellsOfLabelsAbove(List<String> lines, int i) {
        int start = i;
        while (start > 0 && i - start < MAX_LABEL_CELLS_ABOVE) {
            String above = lines.get(start - 1).strip();
            if (above.isEmpty() || above.length() > MAX_LABEL_CELL || lines.get(start - 1).indexOf('\t') >= 0
                    || above.endsWith(".") || above.endsWith(":") || above.endsWith("：") || above.endsWith("。")
                    || !TableBlock.isHeaderish(above) && Cell.of(above, false).kind() != Cell.Kind.TEXT) {
                break;
            }
            start--;
        }
        return start;
    }

    /**
     * "本次解除质押的股份原质权人为交通银行股份有限公司宁波分行", "将原质押给X的部分公司股份办理了解除质押手续": the Shanghai
     * template names a lone release's pledgee in its sentences, not in the release's table. Null unless the text names one.
     */
    private static final String PLEDGEE_NAME = "([^，。；、的\\s]{2,40}?(?:公司|银行|分行|支行|营业部))";
    private static final Pattern FORMER_PLEDGEE = Pattern.compile(
            "(?:原质权人(?:为|是)|原质押给|原质押予|解除质押的股份[^。；]{0,30}?质权人(?:为|是))" + PLEDGEE_NAME + "(?=的|。|，|；|$)"
            // "获悉其于2023年6月8日质押给华东证券股份有限公司的部分公司股份已办理解除质押手续"
            + "|(?:于(\\d{4}年\\d{1,2}月\\d{1,2}日))?质押给" + PLEDGEE_NAME + "的(?:部分)?(?:公司)?股份(?:已)?(?:办理(?:了)?)?解除质押");

    private static String formerPledgee(String folded, String orig) {
        if (!folded.contains("原质") && !folded.contains("解除质押")) {
            return null;
        }
        Matcher m = FORMER_PLEDGEE.matcher(folded);
        String found = null;
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            String name = orig.substring(m.start(g), m.end(g));
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }

    /**
     * "the charges over shares of the Company created on 22 August 2023 by X and Y": the one date of every charge the
     * releases end; null unless the text gives one date so.
     */
    private static final Pattern CREATED_ON = Pattern.compile(
            "\\b(?:charges?|pledges?|mortgages?)\\s+over\\s+(?:[\\w,]+\\s+){0,8}?shares\\b[^.;]{0,80}?\\bcreated\\s+on\\s+"
            + "(\\d{1,2}\\s+[A-Z][a-z]{2,8},?\\s+\\d{4}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4})");

    private static java.time.LocalDate createdOn(String text) {
        Matcher m = CREATED_ON.matcher(text);
        java.time.LocalDate found = null;
        while (m.find()) {
            java.time.LocalDate date = dev.hkfilings.text.Dates.first(m.group(1)).orElse(null);
            if (date == null || found != null && !found.equals(date)) {
                return null;
            }
            found = date;
        }
        return found;
    }

    /** "本次解除质押的股份为无限售条件流通A股": whether a lone release's shares were restricted. */
    private static final Pattern RELEASED_RESTRICTED = Pattern.compile("解除质押的股份(?:均)?为(无)?(?:限售条件|限售)");

    /** "获悉其于2023年6月8日质押给…的部分公司股份已办理解除质押手续": the date of the pledge a lone release ends; null for none. */
    private static java.time.LocalDate formerPledgeDate(String folded) {
        if (!folded.contains("解除质押")) {
            return null;
        }
        Matcher m = FORMER_PLEDGEE.matcher(folded);
        java.time.LocalDate found = null;
        while (m.find()) {
            java.time.LocalDate date = m.group(2) == null ? null : dev.hkfilings.text.Dates.first(m.group(2)).orElse(null);
            if (date != null && found != null && !found.equals(date)) {
                return null;
            }
            found = date != null ? date : found;
        }
        return found;
    }

    /** "Starlit Horizon (Note 1)", "Mr. Ngai (Note 2)", "周先生（附註1）", "Holdings Limited (Note)": a table cell's reference to its footnote. */
    private static final Pattern NOTE_MARK = Pattern.compile(
            "\\s*[(（]\\s*(?:(?i:notes?)(?:\\s*\\d+(?:\\s*(?:,|and|&)\\s*\\d+)*)?|(?:附註|附注|註|注)(?:\\s*\\d+)?)\\s*[)）]\\s*$"
                    // "Zennor Capital Limited (1)": a bare number after a name its form closes
                    + "|(?<=(?i:limited|ltd\\.|inc\\.|company|corporation|partnership\\))|公司|先生|女士)\\s*[(（]\\d{1,2}[)）]\\s*$");

    /** The names without the footnote marks after them: the mark is no part of the name, nor of the term it may be. */
    private static void withoutNoteMarks(List<PledgeTransaction> transactions, List<PledgePosition> positions) {
        for (PledgeTransaction t : transactions) {
            t.setPledgor(withoutNoteMark(t.getPledgor()));
            t.setPledgee(withoutNoteMark(t.getPledgee()));
        }
        for (PledgePosition p : positions) {
            p.setShareholder(withoutNoteMark(p.getShareholder()));
        }
    }

    /** A cell that is a footnote's mark and nothing else: one cell per line, "(Note 3)" under its name lands anywhere in the row. */
    static boolean isNoteMark(String cell) {
        String c = cell.strip();
        return c.length() >= 3 && c.length() <= 14 && (c.charAt(0) == '(' || c.charAt(0) == '（') && NOTE_MARK.matcher(c).matches();
    }

    static String withoutNoteMark(String name) {
        if (name != null && name.length() > 1 && name.endsWith("*")) {
            // "Jiangsu Hanhai Investment Group Co., Ltd.*": the star marks an English name given for identification only
            name = name.substring(0, name.length() - 1).strip();
        }
        // a name that closes no bracket has no mark to lose: most are left without the pattern
        if (name == null || name.isEmpty() || name.charAt(name.length() - 1) != ')' && name.charAt(name.length() - 1) != '）') {
            return name;
        }
        // a mark holds one opening bracket, the last, so a match can only start at the spaces before it: the pattern's
        // look-behind tried at every position of the name had cost more than the rest of the names' cleaning
        int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
        while (open > 0 && Spaces.isRegexSpace(name.charAt(open - 1))) {
            open--;
        }
        Matcher mark = NOTE_MARK.matcher(name).useTransparentBounds(true).useAnchoringBounds(false);
        String n = open >= 0 && mark.region(open, name.length()).lookingAt() ? name.substring(0, mark.start()) : name;
        if (n.equals(name)) {
            // "Ms. Tse Wai Man(2)": a titled person's name with its note's number
            Matcher person = TITLED_WITH_NUMBER.matcher(name);
            n = person.matches() ? person.group(1) : n;
        }
        return n.isEmpty() ? name : n;
    }

    private static final Pattern TITLED_WITH_NUMBER = Pattern.compile(
            "^((?:Mr|Ms|Mrs|Mdm|Madam|Dr)\\.?\\s+[A-Z][A-Za-z'\\-]*(?:\\s+[A-Z][A-Za-z'\\-]*){0,4})\\s*[(（]\\d{1,2}[)）]$");
    static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(?:\\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}、)\\s*$");
    private static final Pattern LABEL_WITH_VALUE = Pattern.compile("^\\s*(?:name of (?:the )?)?(?:shareholder|pledgor|chargor|mortgagor|出质人|质押人|押记人)\\s*[:：]\\s*\\S");
    static final Pattern TABLE_START = Pattern.compile("^\\s*(?:股东名称|股东姓名|股东\\s*$|出质人|质押人|押记人|name of (?:the )?(?:shareholder|pledgor|chargor)|shareholder'?s? name|pledgor\\b|chargor\\b|mortgagor\\b"
            // "質權人 | 出質人 | 數目 ...": the pledgee's column first, the pledgor's in the same tab row
            + "|(?:质权人|承押人|pledgee|chargee)\\b\\s*\\t(?=.*(?:出质人|质押人|押记人|股东名称|pledgor|chargor)))");

    /**
     * Whether {@link #TABLE_START} may find the folded line. An ASCII line folds to its lower case, in which only the
     * English openings can match, after the leading spaces; any other line is left to the pattern. Lines before the
     * first heading were each folded (three copies) and searched.
     */
    static boolean mayStartTable(String line) {
        int i = 0;
        while (i < line.length() && Spaces.isRegexSpace(line.charAt(i))) {
            i++;
        }
        for (int k = i; k < line.length(); k++) {
            if (line.charAt(k) >= 0x80) {
                return true;
            }
        }
        if (i == line.length()) {
            return false;
        }
        // by the first letter: seven case-insensitive comparisons on every line of every section had shown in profiles
        return switch (Character.toLowerCase(line.charAt(i))) {
            case 'n' -> line.regionMatches(true, i, "name of", 0, 7);
            case 's' -> line.regionMatches(true, i, "shareholder", 0, 11);
            case 'p' -> line.regionMatches(true, i, "pledgor", 0, 7) || line.regionMatches(true, i, "pledgee", 0, 7);
            case 'c' -> line.regionMatches(true, i, "chargor", 0, 7) || line.regionMatches(true, i, "chargee", 0, 7);
            case 'm' -> line.regionMatches(true, i, "mortgagor", 0, 9);
            default -> false;
        };
    }

    /**
     * Whether {@link #BARE_NUMBER} may match: its first character after the spaces opens a number. Lines of a table one
     * cell per line are mostly short enough to be tried, and a matcher was made for each.
     */
    static boolean mayBeBareNumber(String line) {
        int i = 0;
        while (i < line.length() && Spaces.isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * "1." / "Basic information on the pledge" (/ "pledge"): a numbered heading whose tab stop the PDF made a line break,
     * its words wrapped once more at the page's width. How many lines after the number make the heading; 0 for none.
     */
    private static int headingAfterItsNumber(List<String> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).length() > 12 || !mayBeBareNumber(lines.get(i))
                || !BARE_NUMBER.matcher(lines.get(i)).matches()) {
            return 0;
        }
        Section one = headingKind(joinedLines(lines, i, 1));
        boolean third = i + 2 < lines.size() && !lines.get(i + 2).isBlank() && lines.get(i + 2).strip().length() < 40;
        if ((one == null || one == Section.NONE) && third) {
            Section two = headingKind(joinedLines(lines, i, 2));
            if (two != null && two != Section.NONE) {
                return 2;
            }
        }
        return one != null ? 1 : 0;
    }

    /** Line {@code i} and the {@code more} lines after it, stripped and joined by spaces. */
    private static String joinedLines(List<String> lines, int i, int more) {
        StringBuilder b = new StringBuilder(lines.get(i).strip());
        for (int k = 1; k <= more; k++) {
            b.append(' ').append(lines.get(i + k).strip());
        }
        return b.toString();
    }

    /** A running header's cells are the issuer's name and the announcement's number, not a table's words ("Securities"). */
    private static final int MIN_HEADER_CELL = 15;
    /** How far down a page header may repeat the document's first lines (the issuer's names). */
    private static final int HEADER_LINES = 30;

    /**
     * The lines with each page's running header blanked: after a page mark ("– 2 –"), a line the document opened with
     * (the issuer's name). Inside a table the page break cut, it would end the table (an upper-case line is a heading)
     * or join the next row's name.
     */
    private static List<String> withoutRunningHeaders(List<String> lines) {
        List<String> out = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() < 8) {
                continue;
            }
            String l = lines.get(i).strip();
            boolean repeated = false;
            if (i >= HEADER_LINES && l.indexOf('\t') > 0 && !lines.get(i).startsWith("\t")) {
                // "Junhao Pharmaceutical Group Co., Ltd. | Announcement No.: Lin 2024-058": a running header whose cells the
                // document's first lines hold, each on its own or as a cell of the stock-code line; its page number may
                // stand alone at the margin, where no page mark is told from a figure
                List<String> cells = TableBlock.nonBlankParts(l);
                repeated = cells.size() >= 2 && inFirstLines(lines, i, cells.get(0).strip())
                        && cells.stream().allMatch(cell -> cell.strip().length() >= MIN_HEADER_CELL && inFirstLines(lines, HEADER_LINES, cell.strip()));
            }
            String before = repeated ? "" : previousNonBlank(lines, i);
            // "泰恒化工股份有限公司关于…质押的公告" under each page's number ("1", "2"), inside a table too: the copy's own
            // title, whose issuer and title stand on two lines at its top
            boolean title = !repeated && l.endsWith("公告") && l.indexOf('\t') < 0 && PageMarks.isBareNumber(before);
            // page marks are short ("– 2 –", "Page 2 of 5"): most lines are ruled out without the pattern
            if (!repeated && !title && (before.isEmpty() || before.length() > 24 || !PageMarks.isPageMark(before))) {
                continue;
            }
            for (int k = 0; k < Math.min(i, HEADER_LINES) && !repeated && !title; k++) {
                repeated = lines.get(k).strip().equals(l);
            }
            repeated = repeated || title && underAnotherPageNumber(lines, i, l);
            if (repeated) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i, "");
            }
        }
        return out == null ? lines : out;
    }

    /** How many lines, one label per line, a table's header must repeat after a page mark to be taken for it. */
    private static final int MIN_REPEATED_HEADER = 3;

    /**
     * The lines with a one-cell-per-line table's header blanked where the next page repeats it: after a page mark
     * ("– 1 –"), "Chargor" / "Number of Shares" / "held" / ... as the lines above the first page's rows hold them. Left
     * in, the labels read as the next row's name.
     */
    private static List<String> withoutRepeatedTableHeaders(List<String> lines) {
        List<String> out = null;
        for (int m = 0; m < lines.size(); m++) {
            String mark = lines.get(m);
            // "– 1 –" centred: its spaces do not count against the bound
            if (mark.isBlank() || strippedLength(mark) > 24 || !PageMarks.isPageMark(mark)) {
                continue;
            }
            int i = m + 1;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            if (i == lines.size() || lines.get(i).indexOf('\t') >= 0) {
                continue;
            }
            String first = lines.get(i).strip();
            for (int j = 0; j < m; j++) {
                if (!lines.get(j).strip().equals(first)) {
                    continue;
                }
                // the first page's header may hold blank lines where the repeated one has none
                int run = 0;
                int at = j;
                while (i + run < lines.size() && at < m && !lines.get(i + run).isBlank() && lines.get(i + run).indexOf('\t') < 0) {
                    while (at < m && lines.get(at).isBlank()) {
                        at++;
                    }
                    if (at == m || !lines.get(i + run).strip().equals(lines.get(at).strip())) {
                        break;
                    }
                    run++;
                    at++;
                }
                if (run >= MIN_REPEATED_HEADER) {
                    out = out == null ? new ArrayList<>(lines) : out;
                    for (int k = i; k < i + run; k++) {
                        out.set(k, "");
                    }
                    break;
                }
            }
        }
        return out == null ? lines : out;
    }

    /** Whether the line stands below another page's number too. */
    private static boolean underAnotherPageNumber(List<String> lines, int at, String line) {
        for (int k = 1; k < lines.size(); k++) {
            if (k != at && lines.get(k).strip().equals(line) && PageMarks.isBareNumber(previousNonBlank(lines, k))) {
                return true;
            }
        }
        return false;
    }

    private static int strippedLength(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to - from;
    }

    private static boolean inFirstLines(List<String> lines, int i, String cell) {
        for (int k = 0; k < Math.min(i, HEADER_LINES); k++) {
            String first = lines.get(k);
            if (first.strip().equals(cell) || first.indexOf('\t') >= 0 && first.contains(cell)
                    && TableBlock.nonBlankParts(first).stream().anyMatch(p -> p.strip().equals(cell))) {
                return true;
            }
        }
        return false;
    }

    private static String previousNonBlank(List<String> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).strip();
            }
        }
        return "";
    }

    /** "Name of" / "shareholder": the first label of a table one cell per line, wrapped over two lines. */
    private static boolean wrappedNameLabel(List<String> lines, int i) {
        // alone on its line (one cell per line) or the first cell of a tab-split header row ("Name of | | Number of")
        String label = firstCell(lines.get(i));
        if (i + 1 < lines.size() && (label.equals("股东") || label.equals("股東"))) {
            // "股东" / "名称": the Chinese label wrapped in its narrow column
            String next = firstCell(lines.get(i + 1));
            return next.equals("名称") || next.equals("名稱") || next.equals("姓名");
        }
        if (i + 1 >= lines.size() || !(label.equalsIgnoreCase("name of") || label.equalsIgnoreCase("name of the"))) {
            return false;
        }
        String next = firstCell(lines.get(i + 1)).toLowerCase(Locale.ROOT);
        return next.startsWith("shareholder") || next.startsWith("pledgor") || next.startsWith("chargor");
    }

    private static String firstCell(String line) {
        int tab = line.indexOf('\t');
        return (tab < 0 ? line : line.substring(0, tab)).strip();
    }

    static String fold(String line) {
        return ChineseScript.toSimplified(Numbers.normalizeWidth(line)).toLowerCase(Locale.ROOT);
    }

    /** What a table that opens without a heading holds, told by its header cells. */
    /**
     * "Immediately after the Pledge, the shareholding and pledge position ... is as follows:" and a table: a positions
     * table that opens inside a section's prose rather than under a heading of its own. Its header lines above the
     * first labelled one (tab-indented) belong to it.
     */
    private static void positionsTableInProse(List<String> lines, List<int[]> sections, List<PledgePosition> positions,
                                              PledgePosition[] total) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') < 0 && HOLDER_LABEL.matcher(line).matches() && !startsSection(sections, i)
                    && positionsOneCellPerLine(lines, i, positions, total)) {
                return;
            }
            if (line.indexOf('\t') < 0 || !mayStartTable(line) || !TABLE_START.matcher(fold(line)).find() || startsSection(sections, i)) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 3 && lines.get(start - 1).startsWith("\t")) {
                start--;
            }
            start = withUnitLineAbove(lines, start);
            List<String> block = lines.subList(start, Math.min(lines.size(), i + 40));
            if (tableKind(block.subList(0, Math.min(block.size(), i - start + 1))) != Section.POSITIONS) {
                continue;
            }
            TableBlock table = TableBlock.read(block);
            if (table != null) {
                PositionTableReader.read(table, positions, total);
                if (!positions.isEmpty()) {
                    return;
                }
            }
        }
    }

    private static final Pattern UNIT_LINE = Pattern.compile("^\\s*(?:单位|單位|unit)\\s*[:：]", Pattern.CASE_INSENSITIVE);

    /** "单位：万股" a line or two above a table's header: the unit of its figures, part of the table. */
    private static int withUnitLineAbove(List<String> lines, int start) {
        int k = start - 1;
        while (k >= 0 && start - k <= 2 && lines.get(k).isBlank()) {
            k--;
        }
        return k >= 0 && start - k <= 3 && UNIT_LINE.matcher(ChineseScript.toSimplified(lines.get(k))).find() ? k : start;
    }

    private static boolean startsSection(List<int[]> sections, int line) {
        for (int[] s : sections) {
            if (s[0] == line || s[0] == line + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "獲悉其將所持有的本公司部分A股股份辦理了質押及解除質押", "所持有的本公司部分A股股份分別質押予", "所持有本公司的部分A股股份已辦理質押登記":
     * the class of what was pledged.
     */
    private static final Pattern ZH_CLASS_OF_EVENT = Pattern.compile(
            "(?:所持有|持有|所持)(?:的|本公司|公司|部分){0,3}(?:无限售(?:条件)?流通)?([AH])股(?:股份)?(?:分别)?已?(?:办理了?|进行了?)?(?:股份)?(?:质押|解除质押|解押)"
            // a table's note: "注：本次质押股份均为无限售流通A股"
            + "|本次(?:解除)?质押(?:的)?股份均为(?:无限售(?:条件)?流通)?([AH])股"
            // "注：鹭江控股所持公司股份均为无限售条件流通A股"
            + "|所持(?:有)?(?:的)?(?:本)?公司股份均为(?:无限售(?:条件)?流通)?([AH])股"
            // "註：上表中的股份均為本公司A股股份", "質押予質權人的本公司部分A股股份已辦理完畢解除質押登記手續"
            + "|(?:上表|上述)(?:中)?(?:的)?股份均为(?:本公司)?(?:无限售(?:条件)?流通)?([AH])股"
            // "對其前期質押之本公司A股股份辦理了補充質押手續"
            + "|(?:本公司|公司)(?:部分)?([AH])股股份(?:已)?办理(?:完毕)?(?:了)?(?:补充质押|解除质押|质押)");

    /** "part of the A shares of the Company held by Tianrun Group have been pledged, and part of the A shares previously pledged ..." */
    private static final Pattern EN_CLASS_OF_EVENT = Pattern.compile(
            "\\b(?:(?:part|some|all|certain)\\s+of\\s+the|certain)\\s+(?:(?:unrestricted|restricted|tradable|tradeable|circulating)\\s+){0,3}([AH])\\s+shares\\s+(?:of\\s+the\\s+company\\s+)?(?:held\\s+by|previously\\s+pledged|pledged)"
            // "the following pledge and release of pledge of A Shares had been completed", "the extension of the pledge of
            // 45,000,000 A shares of the Company"
            + "|\\b(?:pledge|release)(?:\\s+of\\s+(?:the\\s+)?pledge)?\\s+of\\s+(?:\\d{1,3}(?:,\\d{3})+\\s+)?(?:(?:unrestricted|restricted|tradable|tradeable|circulating)\\s+){0,3}([AH])\\s+shares\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The class of every share the tables and sentences leave unclassed, from the announcement's own words (the
     * sentences above, or 'ordinary shares of HK$0.01 each ... (the "Shares")'), when it agrees with every class they gave.
     */
    private static void classOfTheEvent(String prose, List<PledgeTransaction> transactions) {
        if (transactions.stream().allMatch(t -> t.getShareClass() != null)) {
            return;
        }
        java.util.Set<ShareClass> named = java.util.EnumSet.noneOf(ShareClass.class);
        transactions.stream().map(PledgeTransaction::getShareClass).filter(java.util.Objects::nonNull).forEach(named::add);
        // "600,000,000 ordinary\nshares of HK$0.01 each ... (the "Shares")": a definition the page wrapped is read with its
        // lines joined (one pass over the text; the prose readers' fuller preparation cost as much as the rest of a
        // table's extraction)
        ShareClass c = named.size() > 1 ? null : eventClass(Names.unwrap(prose));
        if (c != null && (named.isEmpty() || named.contains(c))) {
            transactions.stream().filter(t -> t.getShareClass() == null).forEach(t -> t.setShareClass(c));
        }
    }

    private static ShareClass eventClass(String prose) {
        // each pattern only where its class letter occurs: the folded copy of a long text costs more than the rest
        boolean zh = prose.contains("A股") || prose.contains("H股") || prose.contains("Ａ股") || prose.contains("Ｈ股");
        Matcher m = zh ? ZH_CLASS_OF_EVENT.matcher(ChineseScript.toSimplified(Numbers.normalizeWidth(prose))) : null;
        if (m != null && m.find()) {
            String c = null;
            for (int g = 1; c == null && g <= m.groupCount(); g++) {
                c = m.group(g);
            }
            return c.equals("A") ? ShareClass.A : ShareClass.H;
        }
        boolean en = prose.contains(" A share") || prose.contains(" H share") || prose.contains(" A Share") || prose.contains(" H Share");
        m = en ? EN_CLASS_OF_EVENT.matcher(prose) : null;
        if (m != null && m.find()) {
            String c = m.group(1) != null ? m.group(1) : m.group(2);
            return c.equalsIgnoreCase("A") ? ShareClass.A : ShareClass.H;
        }
        ShareClass defined = ProsePledgeReader.definedShareClass(prose);
        return defined != null ? defined : aShareAnnouncement(prose) || mainlandCopy(prose) ? ShareClass.A : null;
    }

    /**
     * "has published the following announcement on the website of the Shanghai Stock Exchange": a copy of a mainland
     * announcement, whose pledges the mainland depository registered, which holds the A shares only.
     */
    private static final Pattern MAINLAND_COPY = Pattern.compile(
            "published\\s+(?:the\\s+following|an?)\\s+announcement\\s+on\\s+the\\s+website\\s+of\\s+the\\s+(?:Shanghai|Shenzhen)\\s+Stock\\s+Exchange",
            Pattern.CASE_INSENSITIVE);

    private static boolean mainlandCopy(String prose) {
        // tried only in the stretch before each "Stock Exchange": the case-insensitive pattern has no literal for the
        // matcher to skip to, and a scan of the whole text cost a tenth of a table-read pledge's extraction
        Matcher m = MAINLAND_COPY.matcher(prose);
        for (int at = prose.indexOf("Stock Exchange"); at >= 0; at = prose.indexOf("Stock Exchange", at + 1)) {
            if (m.region(Math.max(0, at - MAINLAND_COPY_REACH), at + "Stock Exchange".length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** How far before its "Stock Exchange" a match of {@link #MAINLAND_COPY} may start: its words, with room for spaces. */
    private static final int MAINLAND_COPY_REACH = 240;

    /**
     * "证券代码：002951", "Stock code: 603912": the overseas regulatory copy of a Shanghai or Shenzhen announcement, headed by the A-share code
     * (six digits from 0, 3 or 6; B shares open with 2 or 9), reports pledges registered with the mainland depository,
     * which holds the A shares only.
     */
    private static boolean aShareAnnouncement(String prose) {
        if (!(prose.contains("代码") || prose.contains("代碼") || prose.contains("ode:") || prose.contains("ode："))) {
            return false;
        }
        // the pattern is tried only before a six-digit code after a colon: its case-insensitive label has no literal to skip to
        String t = Numbers.normalizeWidth(prose);
        Matcher m = A_SHARE_CODE.matcher(t);
        for (char colon : new char[] {':', '：'}) {
            for (int i = t.indexOf(colon); i >= 0; i = t.indexOf(colon, i + 1)) {
                if (sixDigitCodeAfter(t, i + 1)) {
                    m.region(Math.max(0, i - 24), Math.min(t.length(), i + 12));
                    if (m.find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Spaces, then 0, 3 or 6 and five more digits, then no digit. */
    private static boolean sixDigitCodeAfter(String t, int from) {
        int j = from;
        while (j < t.length() && Spaces.isRegexSpace(t.charAt(j))) {
            j++;
        }
        if (j + 6 > t.length() || "036".indexOf(t.charAt(j)) < 0) {
            return false;
        }
        for (int k = j + 1; k < j + 6; k++) {
            if (!Character.isDigit(t.charAt(k)) || t.charAt(k) > '9') {
                return false;
            }
        }
        return j + 6 == t.length() || !Character.isDigit(t.charAt(j + 6));
    }

    // "A股代码：603597" heads an A+H issuer's copy
    private static final Pattern A_SHARE_CODE = Pattern.compile("(?:(?:证券|證券|股票|A股)代(?:码|碼)|(?i:stock|securities)\\s+code)\\s*[:：]\\s*[036]\\d{5}(?!\\d)");

    /**
     * A table without a pledgee column (the Shanghai release table) leaves the pledgee to the sentence above it ("the
     * pledge of 38,000,000 A shares previously pledged by Minjiang Group to China Zheshang Bank"): a transaction the
     * prose reads with the same action and number of shares gives it. So does a release for the date of the pledge it
     * ends, when the table gives only the release's.
     */
    private static void fromProse(ProseText prose, List<PledgeTransaction> read, List<PledgeTransaction> transactions, List<String> missing) {
        // read once, and only when a row needs it: every pledge row without a pledgee asks the same question of the text
        ProsePledgeReader.Beneficiary[] beneficiary = new ProsePledgeReader.Beneficiary[1];
        boolean[] beneficiaryRead = {false};
        for (int k = 0; k < transactions.size(); k++) {
            PledgeTransaction t = transactions.get(k);
            PledgeTransaction classed = t.getShareClass() == null ? sameCount(read, t, r -> r.getShareClass() != null) : null;
            if (classed != null) {
                // "解除…之180,000,000股本公司普通股": the sentence that reports the row's count names the class
                t.setShareClass(classed.getShareClass());
                missing.remove("transactions[" + k + "].shareClass");
            }
            PledgeTransaction held = t.getPercentOfHolding() == null ? sameCount(read, t, r -> r.getPercentOfHolding() != null) : null;
            if (held != null) {
                // "The 420,000,000 Shares charged by Sable Crest represent approximately 46.05% of the Shares held by it": a
                // note under a table that gives the issuer's percentage only
                t.setPercentOfHolding(held.getPercentOfHolding());
                missing.remove("transactions[" + k + "].percentOfHolding");
            }
            boolean lone = t.getAction() == PledgeAction.RELEASE
                    && transactions.stream().filter(x -> x.getAction() == PledgeAction.RELEASE).count() == 1;
            if (t.getAction() == PledgeAction.RELEASE && t.getStartDate() == null) {
                // "the pledge of 180,000,000 Shares ... created on 15 August 2022 ... was released": the table gives the release's date only
                for (PledgeTransaction r : read) {
                    // only a date the release's own sentence states: one folded in from an announcement referred to may
                    // be that announcement's
                    if (r.getAction() == PledgeAction.RELEASE && r.getStartDate() != null && java.util.Objects.equals(r.getShares(), t.getShares())
                            && statesDate(r.getSourceText(), r.getStartDate())) {
                        t.setStartDate(r.getStartDate());
                        if (t.getRestrictedShares() == null) {
                            // "…的2,400万股无限售流通A股": the sentence that dates the pledge says what shares it held
                            t.setRestrictedShares(r.getRestrictedShares());
                        }
                        break;
                    }
                }
            }
            java.time.LocalDate pledged = lone && t.getStartDate() == null ? formerPledgeDate(prose.folded()) : null;
            if (pledged == null && t.getAction() == PledgeAction.RELEASE && t.getStartDate() == null && prose.text().contains("created on")) {
                pledged = createdOn(prose.text());
            }
            if (pledged != null) {
                t.setStartDate(pledged);
            }
            Matcher restricted = lone && t.getRestrictedShares() == null && prose.text().contains("售") ? RELEASED_RESTRICTED.matcher(prose.folded()) : null;
            if (restricted != null && restricted.find()) {
                // "注：本次解除质押的股份为无限售条件流通A股"
                t.setRestrictedShares(restricted.group(1) == null);
            }
            if (t.getAction() == PledgeAction.PLEDGE && t.getExpiryDate() == null) {
                // "質押期限為兩年，至二零二六年十一月五日屆滿" in the sentence that reports the pledges the table lists
                for (PledgeTransaction r : read) {
                    // the same count, or the sentence names this row's count too ("分別…質押其持有之200,000,000股股份及30,000,000股股份")
                    if (r.getAction() == PledgeAction.PLEDGE && r.getExpiryDate() != null && java.util.Objects.equals(r.getStartDate(), t.getStartDate())
                            && (java.util.Objects.equals(r.getShares(), t.getShares()) || t.getShares() != null && r.getSourceText() != null
                                && r.getSourceText().contains(String.format(java.util.Locale.ROOT, "%,d", t.getShares())))) {
                        t.setExpiryDate(r.getExpiryDate());
                        break;
                    }
                }
            }
            if (t.getPledgee() != null) {
                continue;
            }
            PledgeTransaction r = sameCount(read, t, x -> x.getPledgee() != null);
            if (r != null) {
                t.setPledgee(r.getPledgee());
                if (t.getStartDate() == null && r.getStartDate() != null) {
                    t.setStartDate(r.getStartDate());
                    missing.remove("transactions[" + k + "].startDate");
                }
            }
            if (t.getPledgee() == null && t.getShares() != null) {
                t.setPledgee(ProsePledgeReader.pledgeeAfter(prose.orig(), t.getShares()));
            }
            if (t.getPledgee() == null && lone) {
                t.setPledgee(formerPledgee(prose.folded(), prose.orig()));
            }
            if (t.getPledgee() == null && t.getAction() == PledgeAction.PLEDGE && !beneficiaryRead[0]) {
                beneficiary[0] = ProsePledgeReader.soleBeneficiary(prose);
                beneficiaryRead[0] = true;
            }
            ProsePledgeReader.Beneficiary sole = t.getPledgee() == null && t.getAction() == PledgeAction.PLEDGE ? beneficiary[0] : null;
            if (sole != null) {
                // "押記人各自以泓峰證券有限公司（「承押記人」）為受益人簽立股份押記" above a table of the chargors' counts
                t.setPledgee(sole.pledgee());
                if (t.getStartDate() == null && sole.date() != null) {
                    t.setStartDate(sole.date());
                    missing.remove("transactions[" + k + "].startDate");
                }
            }
            if (t.getPledgee() != null) {
                missing.remove("transactions[" + k + "].pledgee");
            }
        }
    }

    /**
     * A lone transaction the sentences read without its pledgee ("the Bank executed a deed of release …"): the party named
     * in favour of whom its count was charged, or the one beneficiary the text names.
     */
    private static void lonePledgee(ProseText prose, List<PledgeTransaction> transactions, List<String> missing) {
        if (transactions.size() != 1 || transactions.get(0).getPledgee() != null || transactions.get(0).getShares() == null) {
            return;
        }
        PledgeTransaction t = transactions.get(0);
        String pledgee = ProsePledgeReader.pledgeeAfter(prose.orig(), t.getShares());
        if (pledgee == null) {
            ProsePledgeReader.Beneficiary sole = ProsePledgeReader.soleBeneficiary(prose);
            pledgee = sole == null ? null : sole.pledgee();
        }
        if (pledgee != null) {
            t.setPledgee(pledgee);
            missing.remove("transactions[0].pledgee");
        }
    }

    private static final List<String> CORE_FIELDS = List.of("pledgor", "shares", "percentOfHolding", "percentOfTotalShareCapital",
            "startDate", "releaseDate", "pledgee");

    /**
     * "崇源控股集团有限公司    是    3,600    8.73%": a table whose cells an extraction kept apart by runs of spaces rather than
     * tabs. A line of three cells or more has its runs made tabs; a label and its value ("Pledgee:     X") are left to
     * the labelled-lines reader, which reads the run itself.
     */
    private static List<String> spaceAlignedAsTabs(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf('\t') >= 0 || !l.contains("   ")) {
                continue;
            }
            String tabbed = KeyValuePledgeReader.COLUMN_GAP.matcher(l.strip()).replaceAll("\t");
            long gaps = tabbed.chars().filter(c -> c == '\t').count();
            // an indented line of two cells is a header's second line under its columns ("（万股）   （万股）")
            if (gaps >= 2 || gaps == 1 && l.startsWith("   ")) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i, (l.startsWith("   ") ? "\t" : "") + tabbed);
            }
        }
        return out == null ? lines : out;
    }

    /**
     * A field one reader listed as missing that a later step found (the prose's pledgee, a controlling flag the sentences
     * state, the class of the event) is no longer missing.
     */
    private static void stillMissing(List<PledgeTransaction> transactions, List<String> missing) {
        // the fields every transaction has a place for are listed whichever reader read it: the readers list what their
        // layout has a place for (a table's purpose column), and differed on these
        for (int k = 0; k < transactions.size(); k++) {
            PledgeTransaction t = transactions.get(k);
            for (String field : CORE_FIELDS) {
                String entry = "transactions[" + k + "]." + field;
                boolean applies = !field.equals("startDate") || t.getAction() == PledgeAction.PLEDGE;
                applies &= !field.equals("releaseDate") || t.getAction() == PledgeAction.RELEASE;
                if (applies && !missing.contains(entry)) {
                    missing.add(entry);
                }
            }
        }
        missing.removeIf(m -> {
            if (!m.startsWith("transactions[")) {
                return false;
            }
            int close = m.indexOf("].");
            int k = close < 0 ? -1 : Integer.parseInt(m.substring("transactions[".length(), close));
            if (k < 0 || k >= transactions.size()) {
                return false;
            }
            org.apache.avro.Schema.Field f = PledgeTransaction.getClassSchema().getField(m.substring(close + 2));
            return f != null && transactions.get(k).get(f.pos()) != null;
        });
    }

    /** The first transaction the sentences read with the row's action and count that {@code has} what the row lacks. */
    private static PledgeTransaction sameCount(List<PledgeTransaction> read, PledgeTransaction row,
                                               java.util.function.Predicate<PledgeTransaction> has) {
        for (PledgeTransaction r : read) {
            if (has.test(r) && r.getAction() == row.getAction() && java.util.Objects.equals(r.getShares(), row.getShares())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Rows of a table that lists only the pledgees get the one holder the prose says pledged (or released) its shares:
     * "Shandong Oristel ... ("Oristel Capital"), the controlling shareholder of the Company, pledged an aggregate of
     * 276,000,000 domestic shares ... in favour of BOCOM Jinan and CEB Jinan". Nothing when the prose names several.
     */
    private static void pledgorFromProse(List<PledgeTransaction> read, List<PledgeTransaction> transactions, List<String> missing) {
        java.util.Set<String> pledgors = new java.util.LinkedHashSet<>();
        Boolean controlling = null;
        for (PledgeTransaction r : read) {
            if (r.getPledgor() != null) {
                pledgors.add(r.getPledgor());
                controlling = r.getControllingShareholder();
            }
        }
        if (pledgors.size() != 1) {
            return;
        }
        String pledgor = pledgors.iterator().next();
        for (int k = 0; k < transactions.size(); k++) {
            PledgeTransaction t = transactions.get(k);
            if (t.getPledgor() == null) {
                t.setPledgor(pledgor);
                missing.remove("transactions[" + k + "].pledgor");
                if (t.getControllingShareholder() == null && controlling != null) {
                    t.setControllingShareholder(controlling);
                    missing.remove("transactions[" + k + "].controllingShareholder");
                }
            }
        }
    }

    private static boolean statesDate(String source, java.time.LocalDate date) {
        return source != null && dev.hkfilings.text.Dates.all(source).stream().anyMatch(d -> date.equals(d.date()));
    }

    /** The holder's label of a positions table one cell per line, alone on its line. */
    /** A row whose pledgor is one of the table's labels ("Number of shares released from pledge (shares)"), not a term. */
    private static boolean labelRead(PledgeTransaction t, String prose) {
        return t.getPledgor() != null && TableBlock.isHeaderish(t.getPledgor()) && !ProsePledgeReader.quotedTerm(prose, t.getPledgor());
    }

    /** A label, its colon and its value on one line, after a list's number. */
    private static final Pattern LABEL_AND_VALUE = Pattern.compile("^\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)、]\\s*[^:：]{2,60}[:：]\\s*\\S.*");

    /** A long run of words in lower case first ("the Parent" is a term), or a sentence's end inside: prose, no party's name. */
    private static final Pattern PROSE_RUN = Pattern.compile("^\\p{Ll}.{40,}|.*\\p{Ll}{3,}\\. \\p{Lu}.*");

    private static final Pattern HOLDER_LABEL = Pattern.compile("^\\s*(?:(?:name of )?(?:the )?shareholders?|股東名稱|股东名称)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LABEL_LINES = 40;
    private static final int MAX_LABEL_LINE = 30;

    /**
     * "Immediately before and after the Additional Pledge, the Shares held and pledged ... are as follows:" and a positions
     * table one cell per line: its labels, the upper ones wrapped above the holder's ("Number of", "Shares pledged",
     * "before the", ...), are short lines after the sentence; the words "before" and "after" among them mark it.
     */
    private static boolean positionsOneCellPerLine(List<String> lines, int i, List<PledgePosition> positions, PledgePosition[] total) {
        int start = i;
        while (start > 0 && i - start < MAX_LABEL_LINES && !lines.get(start - 1).isBlank()
                && lines.get(start - 1).strip().length() <= MAX_LABEL_LINE && lines.get(start - 1).indexOf('\t') < 0) {
            start--;
        }
        String labels = fold(String.join(" ", lines.subList(start, i + 1)));
        boolean beforeAndAfter = labels.contains("before") && labels.contains("after") && labels.contains("pledge")
                || Keywords.containsAny(labels, "质押前", "质押后") && labels.contains("持股");
        if (start == i || !beforeAndAfter) {
            return false;
        }
        TableBlock table = TableBlock.read(lines.subList(start, Math.min(lines.size(), i + 60)));
        if (table == null) {
            return false;
        }
        PositionTableReader.read(table, positions, total);
        return !positions.isEmpty();
    }

    private static Section tableKind(List<String> head) {
        String h = fold(String.join(" ", head));
        // The lines read here (and a header's lines above its rows) run into the prose, where a "Chargee" the text
        // defined is no column: only the words for a pledgee column that prose rarely uses.
        // The table's own first line is no prose: a "Chargee" or "Name of chargor" column there makes a transaction table,
        // whatever holding a note under it quotes ("the Shares held by Wardlow Pacific")
        String first = fold(head.get(0));
        if (Keywords.containsAny(h, "accumulat", "cumulative", "累计", "shares held", "持股数量")
                && !Keywords.containsAny(h, "pledgee", "质权人") && !Keywords.containsAny(first, PartyLabels.PLEDGEE)
                && !Keywords.containsAny(first, PartyLabels.PLEDGOR)) {
            return Section.POSITIONS;
        }
        if (Keywords.containsAny(h, "releas", "解除") && Keywords.containsAny(UNTIL_RELEASE.matcher(h).replaceAll(" "), "releas", "解除")) {
            return Section.RELEASE;
        }
        return Section.PLEDGE;
    }

    /**
     * A pledge's term written as its end ("至辦理解除質押登記手續之日", "until the release of the pledge is registered"):
     * a cell of a pledge row, no sign of a release table.
     */
    private static final Pattern UNTIL_RELEASE = Pattern.compile(
            "(?:至|直至)[^\\s]{0,8}解除[^\\s]{0,12}?(?:之日|为止|止)|\\buntil\\s+(?:the\\s+)?(?:completion\\s+of\\s+(?:the\\s+)?)?releas"
            // "股份押記將於…所有責任獲全數清償後解除", "will be released upon repayment": when the pledge is to end
            + "|(?:清偿|清償|偿还|償還|偿付|償付)[^\\s。]{0,8}(?:后|後)解除|\\bwill\\s+be\\s+released\\b");

    /**
     * Holdings with the shares pledged (charged) before and after the event ("Shares pledged before the pledge | ... after
     * the pledge"), and no pledgee: a positions table, whatever the heading above it says.
     */
    private static boolean looksLikePositionsTable(TableBlock table) {
        String h = table.foldedHeader();
        // one cell per line the header's words come out of order: "Number of Shares pledged | Number of | immediately
        // before the | immediately after the | Name | Shares held | additional pledges"
        boolean beforeAndAfter = h.contains("immediately before") && h.contains("immediately after") && h.contains("pledged");
        return (beforeAndAfter || Keywords.containsAny(h, "pledged before", "pledged after", "pledged shares before", "pledged shares after",
                        "shares pledged before", "shares pledged after", "before the pledge", "after the pledge", "质押前", "质押后",
                        // a charge's table: "Number of Shares charged before the Supplemental Share Charge"
                        "charged before", "charged after", "before the charge", "after the charge",
                        // "Number of Shares pledged immediately before the additional pledges"
                        "pledged immediately before", "pledged immediately after",
                        "前已押记", "后已押记", "前已质押", "后已质押")
                    // "本次變動前已押記股份數目 | 本次變動後已押記股份數目": one cell per line the labels' second lines come after all
                    // the first ones ("本次變動前已 | 本次變動後已 | … | 押記股份數目")
                    || Keywords.containsAny(h, "变动前已", "变动后已"))
                && Keywords.containsAny(h, "shares held", "holding", "持股")
                && !Keywords.containsAny(h, "pledgee", "质权人");
    }

    private static boolean looksLikeTransactionTable(TableBlock table) {
        String h = table.foldedHeader();
        // 解质 ("本次解质股份"): the Shanghai template's short word for a release
        return h.contains("pledge") || h.contains("质押") || h.contains("released") || h.contains("押记") || h.contains("解质")
                || Keywords.containsAny(h, PartyLabels.PLEDGOR) || Keywords.containsAny(h, PartyLabels.PLEDGEE);
    }

    /**
     * "3.股东累计质押股份情况": a mainland heading's number without a space before its Chinese words; short and without the
     * punctuation of the numbered sentences that the same template lists ("1.伊德瑞控股未来半年内无到期的质押股份；…").
     */
    private static final Pattern CJK_AFTER_NUMBER = Pattern.compile("^\\d{1,2}\\.(?=\\p{IsHan})[^，。；,;：:]{2,30}$");

    private static final int MAX_CJK_HEADING = 16;
    private static final Pattern CJK_POSITIONS_HEADING = Pattern.compile("^[^，。；：:,]*(?:累计|累积)(?:质押|押记)[^，。；：:,]*情况$");

    /** A roman or Chinese heading number, as {@link #NUMBERED_HEADING} opens with one. */
    private static final Pattern NUMBER_BEFORE_TAB = Pattern.compile("(?i)[ivx]+[.、)]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\\d]+[)）]");

    /** The kind of section a heading opens, NONE for another heading, null for a line that is no heading. */
    static Section headingKind(String line) {
        String l = line.strip();
        int tab = l.indexOf('\t');
        if (tab > 0 && tab <= 4 && l.indexOf('\t', tab + 1) < 0
                && (Character.isDigit(l.charAt(0)) || NUMBER_BEFORE_TAB.matcher(l.substring(0, tab)).matches())) {
            // "1.\tBasic information on the pledge", "II.\tACCUMULATED PLEDGE OF SHARES": the number's tab stop, not a
            // table's columns
            l = l.substring(0, tab) + " " + l.substring(tab + 1).strip();
        }
        if (l.isEmpty() || l.length() > 160 || l.contains("\t")) {
            return null;
        }
        if (l.length() <= MAX_CJK_HEADING && Names.isCjk(l.charAt(0)) && (l.endsWith("情況") || l.endsWith("情况"))
                && CJK_POSITIONS_HEADING.matcher(ChineseScript.toSimplified(l)).matches()) {
            // "累計質押情況" on a line of its own: a Hong Kong issuer's heading, neither numbered nor upper case
            return Section.POSITIONS;
        }
        // Most lines are neither upper case nor numbered: the cheap tests first, the folded copy only for candidates.
        boolean upper = l.length() > 12 && UpperCase.isUpperCase(l) && UpperCase.latinLetters(l) > 8;
        if (!upper && (!mayBeNumbered(l) || numberNotHeading(l))) {
            return null;
        }
        String f = ChineseScript.toSimplified(Numbers.normalizeWidth(l)).toLowerCase(Locale.ROOT).replace("**", "");
        boolean numbered = NUMBERED_HEADING.matcher(f).matches() || CJK_AFTER_NUMBER.matcher(f).matches();
        if (!numbered && !upper) {
            return null;
        }
        if (numbered && !upper && LABEL_AND_VALUE.matcher(f).matches()) {
            // "3. Number of shares pledged in this pledge: 45,000,000 A shares": a numbered particular, no heading
            return null;
        }
        if (Keywords.lineContainsAny(f, "accumulat", "cumulative", "累计", "累積")) {
            return Section.POSITIONS;
        }
        if (Keywords.lineContainsAny(f, "releas", "解除")) {
            return Section.RELEASE;
        }
        // "THE SHARE CHARGE", "CHARGE OF SHARES BY THE CONTROLLING SHAREHOLDER": a Hong Kong issuer's word for a pledge
        if (Keywords.lineContainsAny(f, "pledg", "质押", "share charge", "charge of shares", "charge over", "share mortgage", "押记")) {
            return Section.PLEDGE;
        }
        return Section.NONE;
    }

    /**
     * Whether {@link #NUMBERED_HEADING} may match the folded line: its first character (after the bold markers the
     * fold drops), folded on its own, must be one a numbering starts with. Folding a character alone lower-cases it
     * as the whole line would, but for a few letters that lower-case to two characters; those stay candidates.
     */
    private static boolean mayBeNumbered(String l) {
        int k = 0;
        while (l.startsWith("**", k)) {
            k += 2;
        }
        if (k >= l.length()) {
            return false;
        }
        char c = l.charAt(k);
        if (Character.isSurrogate(c)) {
            return true;
        }
        char f = Character.toLowerCase(ChineseScript.toSimplified(Numbers.normalizeWidth(c)));
        return "ivx0123456789(（一二三四五六七八九十".indexOf(f) >= 0;
    }

    /**
     * Whether the line is plain ASCII opening with a digit run that no {@code .} or {@code )} and a space follow: a
     * figure of a table row, which {@link #NUMBERED_HEADING} cannot match (its folded form is its lower case, and only
     * the heading's digit alternative opens with a digit). Such lines were each folded and matched for nothing.
     */
    static boolean numberNotHeading(String l) {
        if (l.isEmpty() || l.charAt(0) < '0' || l.charAt(0) > '9') {
            return false;
        }
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '*') {
                return false;
            }
        }
        int i = 0;
        while (i < l.length() && l.charAt(i) >= '0' && l.charAt(i) <= '9') {
            i++;
        }
        boolean heading = i + 1 < l.length() && (l.charAt(i) == '.' || l.charAt(i) == ')') && Spaces.isRegexSpace(l.charAt(i + 1));
        return !heading;
    }

    static String name(List<String> fragments) {
        return Names.join(fragments);
    }
}

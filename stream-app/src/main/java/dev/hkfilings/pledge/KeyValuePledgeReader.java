package dev.hkfilings.pledge;

import dev.hkfilings.avro.PledgeAction;
import dev.hkfilings.avro.PledgePosition;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.ShareClass;
import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Particulars of the pledge" written as labelled lines, one field each: "Pledgor:\tMadam Chiu Yuet Ngor",
 * "Pledgee:\tSun Hing Finance Company Limited, a licensed money lender ...", "Number of pledged Shares:\t180,000,000
 * Shares", "Percentage of the Shares\tapproximately 57.69%" with the rest of its label ("in which Madam Chiu is",
 * "interested:") on the lines below, "Date of pledge:\t9 September 2025". A value goes on behind a tab; a label goes
 * on, without one, until its colon. One pledge per block; read only when a pledgor's label is among them.
 */
final class KeyValuePledgeReader {

    private static final int MIN_FIELDS = 3;
    private static final int MAX_LABEL = 80;
    /** A label of a particular the schema has no field for ("Secured obligations"), as short as labels are. */
    private static final int MAX_OTHER_LABEL = 40;
    private static final int MAX_LINES_BEFORE = 12;
    private static final int MAX_BLANKS_BEFORE_VALUE = 3;
    /** Longer lines are prose, not the wrapped rest of a value written one cell per line. */
    private static final int MAX_VALUE_LINE = 90;
    /** A run of three spaces or more between two words: where a PDF's text keeps columns apart without a tab. */
    static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TERM_FROM = Pattern.compile("(?i)\\s*(?:from|commencing\\s+(?:from|on)|自|由|从|從)\\s*");
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern LIST_MARK = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,4}|\\d{1,2})[).]$");
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)]\\s+(?=[A-Z\\p{IsHan}][^:：]{1,60}[:：])");
    private static final Pattern COLON_ENTRY = Pattern.compile("^([^:：\\t]{2,60})[:：]\\s*(\\S.*)$");
    private static final Pattern LONG_COLON_ENTRY = Pattern.compile("^([^:：\\t]{2," + (MAX_LABEL + 30) + "})[:：]\\s*(\\S.*)$");
    /** "Sun Hing Finance Company Limited, a licensed money lender": the name before its description. */
    /** ", a company ...", "，本公司之控股股東": a description after the name. */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s*[,，]\\s*(?:(?:a|an|being|which|the|who|an?\\s+independent)\\b|(?:為|为|乃|即)?(?:本公司|公司)(?:之|的)).*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHOLE_EN_LABEL = Pattern.compile(
            "(?:name of (?:the )?)?(?:pledgor|pledgee|chargor|chargee|mortgagor|mortgagee|shareholder|purpose(?: of (?:the )?(?:pledge|charge))?)",
            Pattern.CASE_INSENSITIVE);
    /** "隆昌投資有限公司，本公司之控股股東" (and not "並非本公司之控股股東"). */
    private static final Pattern CONTROLLING_ZH = Pattern.compile("(?<!並非|并非|不是|非)(?:本公司|公司)(?:之|的)控股股(?:東|东)");

    private enum Field { PLEDGOR, RELATIONSHIP, CONTROLLING, RESTRICTED, SUPPLEMENTAL, PLEDGEE, SHARES, PCT_HOLDING, PCT_CAPITAL, START, RELEASE, TERM,
        PURPOSE }

    private static final class Entry {
        final StringBuilder label = new StringBuilder();
        final StringBuilder value = new StringBuilder();
        boolean labelClosed;
        /** Written with a tab between label and value: its value goes on only behind tabs. */
        boolean tabbed;
        /** A blank line came after it: its value is whole. */
        boolean ended;
    }

    private KeyValuePledgeReader() {
    }

    /** Adds the pledge the block states to {@code out}; whether it read one. */
    static boolean read(List<String> lines, PledgeAction sectionAction, List<PledgeTransaction> out, List<String> missing) {
        int pledgorAt = pledgorLabel(lines);
        if (pledgorAt >= 0 && read(lines, pledgorAt, false, sectionAction, out, missing)) {
            return true;
        }
        // "• Number of Shares released: 180,000,000 Shares", "• Date of release: 26 May 2025": a bulleted list of the
        // particulars under a sentence that names the parties by the terms it defined ("the Chargor"), read by the count
        List<String> bulleted = withoutBullets(lines);
        int countAt = bulleted == null ? -1 : bulletedCount(bulleted);
        return countAt >= 0 && read(bulleted, countAt, true, sectionAction, out, missing);
    }

    private static boolean read(List<String> lines, int pledgorAt, boolean partiesByTerm, PledgeAction sectionAction,
                                List<PledgeTransaction> out, List<String> missing) {
        // the particulars start a few lines above their pledgor's label ("押記日期" before "押記人"), wherever the section puts them
        List<Entry> entries = entries(lines.subList(Math.max(0, pledgorAt - MAX_LINES_BEFORE / 2), lines.size()));
        PledgeTransaction.Builder t = PledgeTransaction.newBuilder().setAction(sectionAction);
        int fields = 0;
        boolean pledgor = false;
        for (Entry e : entries) {
            Field f = field(e.label.toString());
            String v = e.value.toString().strip();
            if (f == Field.PCT_HOLDING && field(e.label + " " + v) == Field.PCT_CAPITAL) {
                // "Percentage of the | approximately 51.00%" then "total number of" / "issued Shares:": the label wrapped
                // under its value
                f = Field.PCT_CAPITAL;
            }
            if (f == null || v.isEmpty()) {
                continue;
            }
            fields++;
            switch (f) {
                case PLEDGOR -> {
                    t.setPledgor(name(v));
                    pledgor = true;
                    // "Crestmark Ventures Limited ("Crestmark"), a company ... and the controlling shareholder of the Company"
                    String lv = v.toLowerCase(Locale.ROOT);
                    if (lv.contains("controlling shareholder") && !lv.contains("not a controlling") && !lv.contains("not the controlling")
                            || CONTROLLING_ZH.matcher(v).find()) {
                        t.setControllingShareholder(true);
                    }
                }
                case CONTROLLING -> {
                    // "是否為控股股東：是", "Whether a controlling shareholder: Yes"
                    Boolean yes = LabelledColumnsReader.yesNo(v);
                    if (yes != null) {
                        t.setControllingShareholder(yes);
                    }
                }
                case RESTRICTED -> t.setRestrictedShares(LabelledColumnsReader.yesNo(v));
                case SUPPLEMENTAL -> t.setSupplementalPledge(LabelledColumnsReader.yesNo(v));
                case RELATIONSHIP -> {
                    // "Relationship with the Company: Controlling shareholder (as defined in the GEM Listing Rules)"
                    String lv = v.toLowerCase(Locale.ROOT);
                    if (lv.startsWith("controlling shareholder") || lv.startsWith("the controlling shareholder")
                            || v.startsWith("控股股東") || v.startsWith("控股股东")) {
                        t.setControllingShareholder(true);
                    }
                }
                case PLEDGEE -> t.setPledgee(name(v));
                case SHARES -> {
                    t.setShares(Numbers.shares(v, Numbers.isTenThousandUnit(e.label + " " + v) ? 10_000L : 1L).orElse(null));
                    percentsInValue(v, t);
                    // "300,000,000股普通股", "120,000,000 H Shares": the class written with the count
                    Matcher cls = CLASS_IN_VALUE.matcher(v);
                    if (cls.find() && t.getShareClass() == null) {
                        t.setShareClass(TransactionTableReader.classCell(cls.group().strip()));
                    } else if (t.getShareClass() == null && (v.contains("之普通股") || v.contains("的普通股"))) {
                        // "210,000,000股本公司每股面值0.05港元之普通股"
                        t.setShareClass(ShareClass.ORDINARY);
                    }
                }
                // "Percentage: ... approximately 16.67% of the total issued shares ... and approximately 30.30% of its
                // shareholding": a value that says what each of its percentages is of
                case PCT_HOLDING -> {
                    if (twoPercents(v)) {
                        percentsInValue(v, t);
                    } else {
                        t.setPercentOfHolding(Numbers.percent(v).orElse(null));
                    }
                }
                case PCT_CAPITAL -> {
                    if (twoPercents(v)) {
                        percentsInValue(v, t);
                    } else {
                        t.setPercentOfTotalShareCapital(Numbers.percent(v).orElse(null));
                    }
                }
                case START -> t.setStartDate(Dates.first(v).orElse(null));
                case RELEASE -> {
                    t.setAction(PledgeAction.RELEASE);
                    t.setReleaseDate(Dates.first(v).orElse(null));
                }
                case TERM -> {
                    t.setExpiryText(Names.clean(v));
                    List<Dates.Found> dates = Dates.all(v);
                    Matcher from = TERM_FROM.matcher(v);
                    if (from.lookingAt() && !dates.isEmpty() && dates.get(0).start() < from.end() + 2) {
                        // "From 14 April 2025 until the date of release of the pledge": the term opens with the start
                        if (t.getStartDate() == null) {
                            t.setStartDate(dates.get(0).date());
                        }
                        t.setExpiryDate(dates.size() > 1 ? dates.get(dates.size() - 1).date() : null);
                    } else {
                        t.setExpiryDate(dates.isEmpty() ? null : dates.get(0).date());
                    }
                }
                case PURPOSE -> t.setPurpose(Names.clean(v));
                default -> {
                }
            }
        }
        if (!pledgor && !partiesByTerm || fields < MIN_FIELDS || t.getShares() == null || t.getPledgor() == null && !partiesByTerm) {
            return false;
        }
        StringBuilder source = new StringBuilder();
        for (Entry e : entries) {
            source.append(e.label).append(' ').append(e.value).append(' ');
        }
        t.setSourceText(Names.clean(source.toString()));
        if (t.getAction() == PledgeAction.RELEASE) {
            t.setPurpose(null);
        }
        out.add(t.build());
        String p = "transactions[" + (out.size() - 1) + "].";
        if (t.getPledgor() == null) {
            missing.add(p + "pledgor");
        }
        if (t.getPledgee() == null) {
            missing.add(p + "pledgee");
        }
        if (t.getPercentOfHolding() == null) {
            missing.add(p + "percentOfHolding");
        }
        if (t.getPercentOfTotalShareCapital() == null) {
            missing.add(p + "percentOfTotalShareCapital");
        }
        if (t.getAction() == PledgeAction.RELEASE ? t.getReleaseDate() == null : t.getStartDate() == null) {
            missing.add(p + (t.getAction() == PledgeAction.RELEASE ? "releaseDate" : "startDate"));
        }
        return true;
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◆·]\\s*");

    /**
     * The lines with their bullets dropped, each item on one line with its wrapped lines (behind a tab) joined to it;
     * null when no line opens with a bullet.
     */
    private static List<String> withoutBullets(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean bullets = false;
        boolean inItem = false;
        // one cell per line the bullet stands alone and the item's words and value follow on lines of their own
        boolean alone = false;
        for (String l : lines) {
            Matcher bullet = BULLET.matcher(l);
            if (bullet.find()) {
                out.add(l.substring(bullet.end()).strip());
                bullets = true;
                inItem = true;
                alone = bullet.end() == l.length();
            } else if (inItem && !l.isBlank() && (l.startsWith("\t") || alone && l.length() <= MAX_VALUE_LINE)) {
                String item = out.get(out.size() - 1);
                int tab = item.indexOf('\t');
                String label = tab > 0 ? item.substring(0, tab).strip() : "";
                if (tab > 0 && l.lastIndexOf('\t') == 0 && !label.endsWith(":") && !label.endsWith("：")) {
                    // "•\tApproximate percentage of\t25.00%" then "\tthe total number of issued" / "\tShares …:": the label
                    // wrapped in its own column, one tab in, where the value's lines stand two tabs in
                    out.set(out.size() - 1, item.substring(0, tab) + " " + l.strip() + item.substring(tab));
                    continue;
                }
                out.set(out.size() - 1, (item.isEmpty() ? "" : item + " ") + l.strip());
            } else {
                out.add(l);
                inItem = false;
            }
        }
        return bullets ? out : null;
    }

    /** The label of a "label: value" line, or null; the colon pattern is tried only on lines that have a colon. */
    private static String colonLabel(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return null;
        }
        Matcher colon = COLON_ENTRY.matcher(line.strip());
        return colon.matches() ? colon.group(1) : null;
    }

    /** The line of a count's label ("Number of Shares released: 180,000,000 Shares"), or -1. */
    private static int bulletedCount(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            String label = colonLabel(lines.get(k));
            if (label != null && field(label) == Field.SHARES) {
                return k;
            }
        }
        return -1;
    }

    private static final String[] PLEDGOR_WORDS = {"pledgor", "chargor", "mortgagor", "出質人", "出质人", "質押人", "质押人", "押記人", "押记人"};

    /** The first line that labels a pledgor (the particulars need one, and most sections have none), or -1. */
    private static int pledgorLabel(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            String l = NUMBERED_ENTRY.matcher(lines.get(k)).replaceFirst("");
            // "Chargor: Upwell Founders Holdings Limited, which is owned as to 60% by ...": the label before a long value
            String colonLabel = colonLabel(l);
            boolean labelled = colonLabel != null;
            String label = labelled ? colonLabel : l;
            if (label.length() <= MAX_LABEL && Keywords.containsAny(label.toLowerCase(Locale.ROOT), PLEDGOR_WORDS)) {
                return k;
            }
            if (labelled && SHAREHOLDER_LABEL.matcher(label.strip()).matches()) {
                // "股東名稱：樂豐實業有限公司"
                return k;
            }
            if (SHAREHOLDER_LABEL.matcher(l.strip()).matches() && labelThenValueBelow(lines, k)) {
                return k;
            }
        }
        return -1;
    }

    /** "Name of shareholder", the pledgor's label of the Shanghai release template laid out as label and value lines. */
    private static final Pattern SHAREHOLDER_LABEL = Pattern.compile("name of (?:the )?shareholder|股东名称|股東名稱", Pattern.CASE_INSENSITIVE);

    /**
     * "Name of shareholder" / "Eastvale Group" / "Number of shares released from pledge (10,000 shares)" / "2,800": a
     * name without figures, then a label that names a field, then a figure. A line-split table's header instead runs
     * on with labels ("是否为控股股东", "本次质押股数", "是否为限售股").
     */
    private static boolean labelThenValueBelow(List<String> lines, int k) {
        List<String> next = new ArrayList<>();
        for (int j = k + 1; j < lines.size() && next.size() < MAX_WRAPPED_LABEL + 2; j++) {
            if (!lines.get(j).isBlank()) {
                next.add(lines.get(j).strip());
            }
        }
        if (next.size() < 3 || DIGIT.matcher(next.get(0)).find() || next.get(0).indexOf('\t') >= 0 || field(next.get(0)) != null) {
            return false;
        }
        if (field(next.get(1)) != null && DIGIT.matcher(next.get(2)).find()) {
            return true;
        }
        // the next label wrapped ("Whether the controlling" / "shareholder or the largest" / ... / "Yes"): its answer a
        // few lines further down
        if (next.get(1).indexOf('\t') >= 0 || field(next.get(1)) == null && !questionLabel(next.get(1))) {
            return false;
        }
        for (int j = 2; j < next.size(); j++) {
            if (DIGIT.matcher(next.get(j)).find() || YES_NO.matcher(next.get(j)).matches()) {
                return field(String.join(" ", next.subList(1, j))) != null;
            }
        }
        return false;
    }

    /** "Whether the controlling ...", "是否为控股股东": a yes/no question's label, whatever words it wraps before. */
    private static boolean questionLabel(String line) {
        return line.regionMatches(true, 0, "whether ", 0, 8) || line.startsWith("是否");
    }

    private static final int MAX_WRAPPED_LABEL = 4;
    private static final Pattern YES_NO = Pattern.compile("(?i)yes|no|是|否");

    private static List<Entry> entries(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        Entry cur = null;
        int read = 0;
        int blanks = 0;
        for (String line : lines) {
            // the particulars stand around their pledgor's label: lines that open no entry by then are read no further
            if (out.isEmpty() && ++read > MAX_LINES_BEFORE) {
                break;
            }
            if (line.isBlank()) {
                // a page break between a label and its value ("占其所持股份比例", blank lines, "14.55%") does not end the entry
                if (cur != null && (cur.value.length() > 0 || ++blanks > MAX_BLANKS_BEFORE_VALUE)) {
                    cur.ended = true;
                }
                continue;
            }
            blanks = 0;
            // a PDF's text may keep the label's column apart by a run of spaces rather than a tab
            String l = COLUMN_GAP.matcher(line.stripTrailing()).replaceAll("\t");
            if (l.startsWith("\t") && cur != null
                    // "Name of shareholder:      Shanghai Juntai Industrial Investment" / "                Co., Ltd.": the value
                    // wrapped under itself, the label's column left blank
                    || cur != null && cur.tabbed && !cur.ended && indent(line) >= MIN_VALUE_INDENT) {
                cur.value.append(' ').append(l.strip().replace('\t', ' '));
                continue;
            }
            List<String> parts = TableBlock.nonBlankParts(l);
            if (parts.size() >= 2 && LIST_MARK.matcher(parts.get(0).strip()).matches()) {
                parts = parts.subList(1, parts.size());
            }
            if (parts.size() > 2) {
                return List.of(); // a table with a column per pledge, not one pledge's labelled lines
            }
            if (parts.size() == 2 && cur != null && cur.tabbed && !cur.ended && !endsWithColon(cur.label.toString())
                    && Character.isLowerCase(parts.get(0).charAt(0))) {
                // "Number and class of | 225,000,000 ordinary shares ... in the share" then "shares charged: | capital of
                // the Company": the label and its value wrapped side by side
                cur.label.append(' ').append(parts.get(0).strip());
                cur.value.append(' ').append(parts.get(1).strip());
                cur.labelClosed = endsWithColon(parts.get(0).strip());
                continue;
            }
            if (parts.size() == 2 && cur != null && !cur.tabbed && !cur.ended && !cur.labelClosed && cur.value.length() == 0
                    && endsWithColon(parts.get(0).strip()) && Character.isLowerCase(parts.get(0).strip().charAt(0))) {
                // "Whether a controlling shareholder" then "or its party acting in concert:      Yes": the label's first
                // line alone, its last beside the value
                cur.label.append(' ').append(parts.get(0).strip());
                cur.value.append(parts.get(1).strip());
                cur.labelClosed = true;
                cur.tabbed = true;
                continue;
            }
            if (parts.size() == 2 && parts.get(0).length() <= MAX_LABEL) {
                cur = entry(parts.get(0), String.join(" ", parts.subList(1, parts.size())), true);
                out.add(cur);
                continue;
            }
            // "1. Name of shareholder: …", "4. Whether restricted shares: No": a numbered list of particulars
            String text = NUMBERED_ENTRY.matcher(l.strip()).replaceFirst("");
            Matcher colon = COLON_ENTRY.matcher(text);
            if (!colon.matches() && text.length() <= MAX_LABEL + 40) {
                // "Approximate percentage of the Shares held by the Chargor as at the date of this announcement: 41.86%":
                // a bulleted item's label runs longer, and says which field it is
                Matcher longer = LONG_COLON_ENTRY.matcher(text);
                colon = longer.matches() && field(longer.group(1)) != null ? longer : colon;
            }
            if (colon.matches() && field(colon.group(1)) != null) {
                cur = entry(colon.group(1) + ":", colon.group(2), false);
                out.add(cur);
                continue;
            }
            if (colon.matches() && !out.isEmpty() && colon.group(1).length() <= MAX_OTHER_LABEL
                    && (Character.isUpperCase(colon.group(1).charAt(0)) || Names.isCjk(colon.group(1).charAt(0)))) {
                // "Secured obligations: a term loan facility of HK$120,000,000 ...": a particular of no field, which ends
                // the value above it and not the block
                cur = entry(colon.group(1) + ":", colon.group(2), false);
                out.add(cur);
                continue;
            }
            // "押記日期" alone on its line, "二零二五年七月八日" below: a Chinese label that names a field is whole without a colon
            // so is "Pledgor" or "Pledgee" alone, "Harbour Crest Capital Limited" below: a party's label is one word
            boolean cjkLabelWhole = cur != null && cur.value.length() == 0 && !cur.tabbed && cur.label.length() > 0
                    && (Names.isCjk(cur.label.charAt(cur.label.length() - 1)) && field(cur.label.toString()) != null
                        || WHOLE_EN_LABEL.matcher(cur.label.toString().strip()).matches());
            // one cell per line, once a label's value has begun its label is over
            boolean open = cur != null && !cur.labelClosed && !cur.ended && !cjkLabelWhole && (cur.tabbed || cur.value.length() == 0);
            boolean figure = DIGIT.matcher(text).find();
            if (open && YES_NO.matcher(text).matches() && cur.label.length() > 0) {
                // "Whether the controlling" / ... / "acting in concert" / "Yes": the answer closes the wrapped label
                cur.value.append(text);
                cur.labelClosed = true;
                continue;
            }
            if (open && !figure && text.length() <= MAX_LABEL) {
                // the label wrapped: "Percentage of the Shares" / "in which Madam Chiu is" / "interested:"
                cur.label.append(' ').append(text);
                cur.labelClosed = endsWithColon(text);
                continue;
            }
            if (!figure && text.length() <= MAX_LABEL && cur != null && cur.value.length() > 0
                    && positionLabel(ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT))) {
                // "質權人" / "華泰證券股份有限公司" / "持股數量（萬股）": the holder's position ends the value above it
                cur = entry(text, "", false);
                out.add(cur);
                continue;
            }
            // a unit in brackets is no value: "Number of shares released from pledge (10,000 shares)"
            boolean figureOutsideBrackets = figure && DIGIT.matcher(BRACKETED.matcher(text).replaceAll("")).find();
            // a label of no field ("Relationship with the Company:") still ends the value above it
            // a sentence ("本次解除质押的股份原质权人为…。截至…") names a field's word without being its label
            // "質押目的：" then "為出質人之一間聯屬公司獲授之貸款融資提供擔保": the value a closed label awaits, though it names a field
            boolean awaited = cur != null && cur.labelClosed && cur.value.length() == 0 && !endsWithColon(text) && field(cur.label.toString()) != null;
            if (text.length() <= MAX_LABEL && !Character.isLowerCase(text.charAt(0)) && text.indexOf('。') < 0 && !awaited
                    && (field(text) != null && (endsWithColon(text) || !figureOutsideBrackets) || endsWithColon(text) && !figure)) {
                // one cell per line: a label alone ("Pledgor:"), its value on the lines below
                cur = entry(text, "", false);
                out.add(cur);
                continue;
            }
            if (cur != null && cur.value.length() > 0 && !figure && questionLabel(text)) {
                // "Whether the controlling" under a value: a question's label opens, though it wraps before its field's words
                cur = entry(text, "", false);
                out.add(cur);
                continue;
            }
            // a long line is prose after the block, unless it is the value a closed label awaits
            if (cur != null && !cur.tabbed && !cur.ended && (text.length() <= MAX_VALUE_LINE || cur.labelClosed && cur.value.length() == 0)) {
                cur.value.append(cur.value.length() == 0 ? "" : " ").append(text);
                continue;
            }
            if (!out.isEmpty()) {
                break; // prose after the block
            }
        }
        return out;
    }

    /**
     * The holder's position the particulars give beside the transaction ("持股数量", "持股比例", "剩余被质押股份数量" and its two
     * percentages), null unless they give its holding and what stays pledged.
     */
    static PledgePosition position(List<String> lines, String holder) {
        int pledgorAt = pledgorLabel(lines);
        if (holder == null || pledgorAt < 0) {
            return null;
        }
        PledgePosition.Builder p = PledgePosition.newBuilder().setShareholder(holder);
        StringBuilder source = new StringBuilder();
        for (Entry e : entries(lines.subList(Math.max(0, pledgorAt - MAX_LINES_BEFORE / 2), lines.size()))) {
            // "剩余被质押股份数量占公司总" / "股本比例": a label wrapped inside a word
            String l = CJK_GAP.matcher(ChineseScript.toSimplified(e.label.toString()).toLowerCase(Locale.ROOT)).replaceAll("");
            String v = e.value.toString().strip();
            if (!positionLabel(l) || v.isEmpty()) {
                continue;
            }
            boolean percent = Keywords.containsAny(l, "percentage", "proportion", "比例", "占");
            boolean remaining = Keywords.containsAny(l, "remaining", "剩余", "余下");
            long unit = Numbers.isTenThousandUnit(l + " " + v) ? 10_000L : 1L;
            if (remaining && percent) {
                Double pct = Numbers.percent(v).orElse(null);
                if (Keywords.containsAny(l, "share capital", "issued", "总股本", "股本总额", "股份总数")) {
                    p.setPercentOfCapitalPledged(pct);
                } else {
                    p.setPercentOfHoldingPledged(pct);
                }
            } else if (remaining) {
                p.setPledgedAfter(Numbers.shares(v, unit).orElse(null));
                // "45,000,000 Shares (representing approximately 8.33% of the Shares held by the Chargor and approximately
                // 5.00% of the total number of issued Shares)"
                PledgeTransaction.Builder percents = PledgeTransaction.newBuilder();
                percentsInValue(v, percents);
                p.setPercentOfHoldingPledged(percents.getPercentOfHolding());
                p.setPercentOfCapitalPledged(percents.getPercentOfTotalShareCapital());
            } else if (percent) {
                p.setPercentHeld(Numbers.percent(v).orElse(null));
            } else {
                p.setSharesHeld(Numbers.shares(v, unit).orElse(null));
                // "540,000,000 Shares (approximately 60.00% of the total number of issued Shares)"
                PledgeTransaction.Builder percents = PledgeTransaction.newBuilder();
                percentsInValue(v, percents);
                p.setPercentHeld(percents.getPercentOfTotalShareCapital());
            }
            source.append(source.length() == 0 ? "" : " ").append(e.label).append(' ').append(v);
        }
        if (p.getSharesHeld() == null || p.getPledgedAfter() == null) {
            return null;
        }
        return p.setSourceText(Names.clean(source.toString())).build();
    }

    private static final Pattern CJK_GAP = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    /**
     * The holder's position as a section of labelled lines of its own, where the Shanghai template has a table: "Name of
     * shareholder: …", "Number of shares held: 186,420,000", "Number of shares pledged before this pledge: 60,000,000",
     * "… after this pledge: 102,000,000", the pledged shares' percentages, the restricted and frozen shares among the
     * pledged and the unpledged. Null without the holder's count and its pledged count after.
     */
    static PledgePosition positionParticulars(List<String> lines) {
        PledgePosition.Builder p = PledgePosition.newBuilder();
        StringBuilder source = new StringBuilder();
        for (Entry e : entries(lines)) {
            String l = CJK_GAP.matcher(ChineseScript.toSimplified(e.label.toString()).toLowerCase(Locale.ROOT)).replaceAll("");
            String v = e.value.toString().strip();
            if (v.isEmpty() || !positionParticular(p, l, v)) {
                continue;
            }
            source.append(source.length() == 0 ? "" : " ").append(e.label).append(' ').append(v);
        }
        if (p.getShareholder() == null || p.getSharesHeld() == null || p.getPledgedAfter() == null) {
            return null;
        }
        return p.setSourceText(Names.clean(source.toString())).build();
    }

    /** The field of a position that a label names, set from its value; false for a label of none. */
    private static boolean positionParticular(PledgePosition.Builder p, String l, String v) {
        long unit = Numbers.isTenThousandUnit(l + " " + v) ? 10_000L : 1L;
        boolean percent = Keywords.containsAny(l, "percentage", "proportion", "比例", "占");
        boolean unpledged = Keywords.containsAny(l, "unpledged", "未质押");
        if (Keywords.containsAny(l, "name of shareholder", "shareholder name", "name of the shareholder", "股东名称")) {
            p.setShareholder(Names.clean(v));
        } else if (Keywords.containsAny(l, "restricted", "frozen", "限售", "冻结")) {
            Long n = Numbers.shares(v, unit).orElse(null);
            if (n == null || percent) {
                return false;
            }
            // "Restricted shares among the pledged shares: 0", "Frozen shares among …: 0": the schema counts the two together
            if (unpledged) {
                p.setRestrictedFrozenUnpledged(p.getRestrictedFrozenUnpledged() == null ? n : p.getRestrictedFrozenUnpledged() + n);
            } else {
                p.setRestrictedFrozenPledged(p.getRestrictedFrozenPledged() == null ? n : p.getRestrictedFrozenPledged() + n);
            }
        } else if (!percent && Keywords.containsAny(l, "before", "质押前")) {
            p.setPledgedBefore(Numbers.shares(v, unit).orElse(null));
        } else if (!percent && Keywords.containsAny(l, "after", "质押后", "累计质押")) {
            p.setPledgedAfter(Numbers.shares(v, unit).orElse(null));
        } else if (percent && Keywords.containsAny(l, "share capital", "总股本", "股本总额", "issued shares")) {
            p.setPercentOfCapitalPledged(Numbers.percent(v).orElse(null));
        } else if (percent && Keywords.containsAny(l, "held by", "its shareholding", "所持")) {
            p.setPercentOfHoldingPledged(Numbers.percent(v).orElse(null));
        } else if (Keywords.containsAny(l, "shareholding percentage", "percentage of shareholding", "持股比例")) {
            p.setPercentHeld(Numbers.percent(v).orElse(null));
        } else if (Keywords.containsAny(l, "number of shares held", "持股数量")) {
            p.setSharesHeld(Numbers.shares(v, unit).orElse(null));
        } else {
            return false;
        }
        return true;
    }

    /** The holder's own position beside the transaction: "Number of shares held", "持股比例", "剩余被质押股份数量". */
    private static boolean positionLabel(String folded) {
        return Keywords.containsAny(folded, "shares held (", "number of shares held", "shareholding percentage", "remaining", "持股数量", "持股比例", "剩余", "余下");
    }

    /** Spaces before a line that is the rest of a value in the column of values, where a label's column stands blank. */
    private static final int MIN_VALUE_INDENT = 16;

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Entry entry(String label, String value, boolean tabbed) {
        Entry e = new Entry();
        e.tabbed = tabbed;
        e.label.append(label.strip());
        e.value.append(value.strip());
        e.labelClosed = endsWithColon(label.strip());
        return e;
    }

    private static boolean endsWithColon(String s) {
        return s.endsWith(":") || s.endsWith("：");
    }

    /** What a label names; percentages first, as "Percentage of the Shares held by the pledgor" names the pledgor too. */
    private static Field field(String label) {
        String l = ChineseScript.toSimplified(label).toLowerCase(Locale.ROOT).replaceAll("[:：]\\s*$", "").strip();
        if (l.isEmpty() || l.length() > 200) {
            return null;
        }
        if (SHAREHOLDER_LABEL.matcher(l).matches()) {
            return Field.PLEDGOR;
        }
        if (l.startsWith("relationship with") || l.startsWith("與本公司") || l.startsWith("与本公司")) {
            return Field.RELATIONSHIP;
        }
        if (l.startsWith("是否为控股股东") || l.startsWith("whether a controlling shareholder") || l.startsWith("whether the controlling shareholder")) {
            return Field.CONTROLLING;
        }
        // "Whether restricted shares: No", "是否为补充质押：否": the mainland template's questions
        if (l.startsWith("whether") && l.contains("restricted") || l.startsWith("是否为限售") || l.startsWith("是否限售")) {
            return Field.RESTRICTED;
        }
        if (l.startsWith("whether") && l.contains("supplementa") || l.startsWith("是否为补充") || l.startsWith("是否补充")) {
            return Field.SUPPLEMENTAL;
        }
        // the holder's own position beside the transaction: "Number of shares held", "Shareholding percentage", "Number
        // of remaining pledged shares"
        if (positionLabel(l)) {
            return null;
        }
        if (Keywords.containsAny(l, "percentage", "proportion", "approximate %", "占", "比例")) {
            return Keywords.containsAny(l, "issued", "total number", "share capital", "已发行", "总股本", "股本总额", "股份总数") ? Field.PCT_CAPITAL : Field.PCT_HOLDING;
        }
        // "Number and class of shares charged", one cell per line its label's first line alone above the value
        if (Keywords.containsAny(l, "number of", "股份数目", "股数", "数量") && Keywords.containsAny(l, "share", "股")
                || l.startsWith("number and class of")
                || Keywords.containsAny(l, "本次质押股份", "本次解除质押股份", "解除质押股份（", "解押股份", "解质股份")) {
            return Field.SHARES;
        }
        if (Keywords.containsAny(l, "date of release", "date of the release", "release date", "deed of release", "date of discharge", "date of the discharge",
                "解除日期", "解除质押日", "解质时间", "解除质押时间", "解押时间", "解质日", "解押日")) {
            return Field.RELEASE;
        }
        if (Keywords.containsAny(l, "expiry", "expiration", "maturity", "到期日", "届满")) {
            // "Expiry date of the Share Charge" names the charge's date too
            return Field.TERM;
        }
        if (l.equals("date") || Keywords.containsAny(l, "date of pledge", "date of the pledge", "date of charge", "date of the charge", "date of mortgage",
                "date of the share charge", "date of share charge", "date of the share pledge", "date of the share mortgage",
                "commencement date", "质押日期", "质押起始日", "押记日期")) {
            return Field.START;
        }
        if (Keywords.containsAny(l, "term of", "expiry", "maturity", "pledge period", "charge period", "period of the", "质押期限", "到期日", "届满")) {
            return Field.TERM;
        }
        if (Keywords.containsAny(l, "purpose", "use of", "用途", "质押目的", "押记目的")) {
            return Field.PURPOSE;
        }
        if (Keywords.containsAny(l, PartyLabels.PLEDGEE)) {
            return Field.PLEDGEE;
        }
        return Keywords.containsAny(l, PartyLabels.PLEDGOR) ? Field.PLEDGOR : null;
    }

    private static final Pattern CLASS_IN_VALUE = Pattern.compile("(?<=\\d\\s?股)(?:普通股|[AH]股|內資股|内资股)|(?<=\\d\\s)(?:ordinary|H|A|domestic) shares?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_OF = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%\\s+of\\s+(?:the\\s+)?((?:(?!\\d+(?:\\.\\d+)?\\s*%)[^,;]){0,40})",
            Pattern.CASE_INSENSITIVE);

    /** "312,500,000 Shares, representing approximately 55.56% of the Shares held by X and 25.00% of the total number of issued Shares". */
    private static boolean twoPercents(String value) {
        int first = value.indexOf('%');
        return first >= 0 && value.indexOf('%', first + 1) >= 0;
    }

    private static void percentsInValue(String value, PledgeTransaction.Builder t) {
        Matcher m = value.indexOf('%') < 0 ? null : PERCENT_OF.matcher(value);
        while (m != null && m.find()) {
            String of = m.group(2).toLowerCase(Locale.ROOT);
            double pct = Double.parseDouble(m.group(1));
            if (Keywords.containsAny(of, "issued", "total number", "share capital", "shares in issue")) {
                if (t.getPercentOfTotalShareCapital() == null) {
                    t.setPercentOfTotalShareCapital(pct);
                }
            } else if (Keywords.containsAny(of, "held by", "shares held", "interested", "shareholding") && t.getPercentOfHolding() == null) {
                t.setPercentOfHolding(pct);
            }
        }
    }

    private static String name(String value) {
        return Names.clean(DEFINED_TERM.matcher(APPOSITION.matcher(value).replaceFirst("")).replaceFirst(""));
    }

    private static final Pattern DEFINED_TERM = Pattern.compile("\\s*\\((?:the\\s+)?[\"“][^\"”]{1,40}[\"”]\\)\\s*$");
}

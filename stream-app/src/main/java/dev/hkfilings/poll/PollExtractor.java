package dev.hkfilings.poll;

import dev.hkfilings.avro.MeetingKind;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.fields.Extracted;
import dev.hkfilings.fields.PayloadExtractor;
import dev.hkfilings.poll.ResolutionTableReader.Figure;
import dev.hkfilings.poll.ResolutionTableReader.Row;
import dev.hkfilings.poll.VoteCells.Column;
import dev.hkfilings.text.Cells;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Keywords;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the poll results of a general meeting (Listing Rule 13.39(5)) from an announcement's text,
 * English or Chinese. Nothing is guessed: a field that cannot be read is null and named in the missing fields.
 */
public class PollExtractor implements PayloadExtractor<PollResult> {

    private static final Pattern SPECIAL_WORDS = Pattern.compile("(?is).*(?:\\(\\s*special\\s+resolution\\s*\\)|（特別決議案）|（特别决议案）|as\\s+a\\s+special\\s+resolution).*");
    private static final Pattern ORDINARY_WORDS = Pattern.compile("(?is).*as\\s+an\\s+ordinary\\s+resolution.*");

    private static final Pattern ROW_SPECIAL = Pattern.compile("(?i)\\(?\\s*special\\s+resolution\\s*\\)?|（?特別決議案）?|（?特别决议案）?");
    private static final Pattern ROW_ORDINARY = Pattern.compile("(?i)\\(\\s*ordinary\\s+resolution\\s*\\)|（普通決議案）|（普通决议案）");

    public PollExtractor() {
    }

    @Override
    public Extracted<PollResult> extract(String text) {
        String t = Numbers.normalizeWidth(text == null ? "" : text).replace("**", "");
        List<String> missing = new ArrayList<>();
        PollResult.Builder b = PollResult.newBuilder();

        MeetingKind kind = MeetingReader.kind(t);
        b.setMeetingKind(kind);
        if (kind == MeetingKind.UNKNOWN) {
            missing.add("meetingKind");
        }
        List<Sentences.Sentence> sentences = Sentences.split(t);
        MeetingReader.Held held = MeetingReader.held(sentences);
        b.setMeetingDate(held.date());
        b.setVenue(held.venue());
        AttendanceReader.Attendance att = AttendanceReader.read(Names.unwrap(t));
        if (att.represented() == null) {
            AttendanceReader.Attendance table = AttendanceTable.read(t, att.entitled());
            att = table != null ? table : att;
        }
        b.setSharesEntitledToVote(att.entitled());
        b.setSharesRepresented(att.represented());
        b.setSharesRepresentedPercent(att.representedPercent());
        b.setScrutineer(ScrutineerReader.read(sentences));

        List<Cells.Cell> cells = Cells.of(t);
        List<Row> rows = ResolutionBlockReader.applies(t) ? ResolutionBlockReader.read(cells) : List.of();
        if (rows.isEmpty()) {
            rows = ResolutionTableReader.read(cells);
            // a "table" of one figure a row is no table of votes: a page number under a heading ("1", "CONSEQUENCES OF
            // THE SPECIAL RESOLUTION …", "2") reads as one; the prose is the better witness then
            boolean figuresAlone = !rows.isEmpty() && rows.stream().allMatch(r -> r.tokens.size() < 2);
            List<Row> table = rows;
            if (rows.isEmpty() || figuresAlone) {
                rows = ProseResultReader.read(t);
            }
            if (rows.isEmpty()) {
                rows = ProseResultReader.sole(t);
            }
            if (rows.isEmpty()) {
                rows = table;
            }
        } else {
            Map<String, ResolutionKind> stated = ResolutionBlockReader.kindsStated(t);
            for (Row r : rows) {
                if (r.kind == ResolutionKind.UNKNOWN) {
                    r.kind = ResolutionBlockReader.statedKind(stated, r.number);
                }
            }
        }
        if (Keywords.containsAny(t, "項決議案", "项决议案", "號決議案", "号决议案", "項普通決議案", "项普通决议案", "項特別決議案", "项特别决议案")) {
            // "第2(a)項決議案：…" then its votes in a sentence: the table readers read only the lines that look like rows
            List<Row> prose = ProseResultReader.chinese(t);
            rows = prose.size() > rows.size() ? prose : rows;
        }
        ProseResultReader.countsStated(t, rows);
        rows = ResolutionTableReader.withoutWithdrawnByNote(t, rows);
        OutcomeStatements.Statements said = OutcomeStatements.read(sentences);
        // a company incorporated in the PRC passes a special resolution with more than two-thirds of the votes
        double specialBar = TWO_THIRDS_SCAN.in(t).find() ? 200.0 / 3 : 75.0;
        List<Resolution> resolutions = new ArrayList<>(rows.size());
        for (Row r : rows) {
            resolutions.add(resolution(r, said, rows.size(), specialBar));
        }
        ordinaryUnlessSpecial(t, resolutions);
        b.setResolutions(resolutions);

        PollResult p = b.build();
        addIfNull(missing, "meetingDate", p.getMeetingDate());
        addIfNull(missing, "venue", p.getVenue());
        addIfNull(missing, "sharesEntitledToVote", p.getSharesEntitledToVote());
        addIfNull(missing, "sharesRepresented", p.getSharesRepresented());
        addIfNull(missing, "sharesRepresentedPercent", p.getSharesRepresentedPercent());
        if (resolutions.isEmpty()) {
            missing.add("resolutions");
        }
        for (int i = 0; i < rows.size(); i++) {
            missingOf(rows.get(i), resolutions.get(i), "resolutions[" + i + "].", missing);
        }
        addIfNull(missing, "scrutineer", p.getScrutineer());
        return new Extracted<>(p, missing);
    }

    /** The words of a mainland meeting's resolutions announcement (决议公告), as A+H issuers file it in Hong Kong. */
    private static final String[] MAINLAND_TEMPLATE = {"议案名称", "議案名稱", "审议结果", "審議結果", "表决结果：", "表決結果：",
        "审议通过了《", "審議通過了《"};

    /**
     * A mainland announcement names its special resolutions ("本议案为特别决议事项", "议案5为特别决议议案") and leaves the
     * others unmarked: under the PRC Company Law they are ordinary. Only where it names one: an announcement that marks
     * none says nothing of kinds.
     */
    private static void ordinaryUnlessSpecial(String t, List<Resolution> resolutions) {
        if (resolutions.stream().noneMatch(r -> r.getKind() == ResolutionKind.SPECIAL)
                || resolutions.stream().noneMatch(r -> r.getKind() == ResolutionKind.UNKNOWN) || !Keywords.containsAny(t, MAINLAND_TEMPLATE)) {
            return;
        }
        resolutions.stream().filter(r -> r.getKind() == ResolutionKind.UNKNOWN).forEach(r -> r.setKind(ResolutionKind.ORDINARY));
    }

    private static final Pattern TWO_THIRDS = Pattern.compile("(?i)\\btwo[- ]thirds\\b|三分之二|2/3");
    /** Over the whole text, so tried only where one of its alternatives can start (a regex opening with (?i) is tried everywhere). */
    static final FirstCharScan TWO_THIRDS_SCAN = FirstCharScan.ofPrefixes(TWO_THIRDS, "two", "三分之二", "2/3");

    private static Resolution resolution(Row r, OutcomeStatements.Statements said, int rowCount, double specialBar) {
        String text = Names.join(r.text);
        ResolutionKind kind = r.kind;
        // The patterns open with ".*" or no literal, so each is tried at every position of the row: a row that has
        // none of their words (most rows) is ruled out by looking for the words. Their (?i) is ASCII-only, which
        // lower case keeps.
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (text != null && (lower.contains("special") || text.contains("別決議案") || text.contains("别决议案"))
                && ROW_SPECIAL.matcher(text).find() && SPECIAL_WORDS.matcher(text).matches()) {
            kind = ResolutionKind.SPECIAL;
        } else if (text != null && (lower.contains("ordinary") || text.contains("普通決議案") || text.contains("普通决议案"))
                && (ROW_ORDINARY.matcher(text).find() || ORDINARY_WORDS.matcher(text).matches())) {
            kind = ResolutionKind.ORDINARY;
        }
        if (kind == ResolutionKind.UNKNOWN) {
            ResolutionKind k = said.kindByNumber().get(r.number);
            if (k == null && r.number != null && r.number.indexOf('(') > 0) {
                // "第1至7項決議案…通過為普通決議案" speaks of 3(a) to 3(c) as parts of resolution 3
                k = said.kindByNumber().get(r.number.substring(0, r.number.indexOf('(')));
            }
            if (k == null && r.number != null && r.number.indexOf('.') > 0) {
                // "Resolutions 7 and 8 were ordinary resolutions voted by way of cumulative voting": 7.01 to 7.03 are 7's candidates
                k = said.kindByNumber().get(r.number.substring(0, r.number.indexOf('.')));
            }
            kind = k != null ? k : said.allKind() != null ? said.allKind() : ResolutionKind.UNKNOWN;
        }
        Map<Column, Figure> f = ResolutionTableReader.figures(r);
        Figure fFor = f.get(Column.FOR);
        Figure fAgainst = f.get(Column.AGAINST);
        Figure fAbstain = f.get(Column.ABSTAIN);
        Resolution.Builder rb = Resolution.newBuilder()
                .setNumber(r.number)
                .setText(text)
                .setKind(kind)
                .setVotesFor(fFor == null ? null : fFor.count())
                .setVotesForPercent(fFor == null ? null : fFor.percent())
                .setVotesAgainst(fAgainst == null ? null : fAgainst.count())
                .setVotesAgainstPercent(fAgainst == null ? null : fAgainst.percent())
                .setVotesAbstain(fAbstain == null ? null : fAbstain.count())
                .setVotesAbstainPercent(fAbstain == null ? null : fAbstain.percent())
                .setSourceText(sourceText(r));
        Boolean passed = r.statedPassed;
        if (passed == null) {
            passed = said.passedByNumber().get(r.number);
        }
        if (passed == null && rowCount == 1) {
            passed = said.singlePassed();
        }
        if (passed == null) {
            passed = derived(kind, rb, specialBar);
        }
        if (passed == null) {
            passed = said.allPassed();
        }
        rb.setPassed(passed);
        return rb.build();
    }

    /**
     * Ordinary resolutions need more than half of the votes, special ones at least three quarters (Hong Kong), or more
     * than two-thirds where the announcement says so (a company incorporated in the PRC).
     */
    static Boolean derived(ResolutionKind kind, Resolution.Builder r, double specialBar) {
        Double pct = r.getVotesForPercent();
        if (pct == null && r.getVotesFor() != null && r.getVotesAgainst() != null) {
            long abstain = r.getVotesAbstain() == null ? 0 : r.getVotesAbstain();
            long total = r.getVotesFor() + r.getVotesAgainst() + abstain;
            pct = total == 0 ? null : 100.0 * r.getVotesFor() / total;
        }
        if (pct == null) {
            return null;
        }
        return switch (kind) {
            case ORDINARY -> pct > 50.0;
            case SPECIAL -> specialBar < 75.0 ? pct > specialBar : pct >= specialBar;
            default -> pct >= 75.0 ? Boolean.TRUE : pct <= 50.0 ? Boolean.FALSE : null;
        };
    }

    private static String sourceText(Row r) {
        StringBuilder sb = new StringBuilder();
        int line = -1;
        for (Cells.Cell c : r.source) {
            if (sb.length() > 0) {
                sb.append(c.line() == line ? '\t' : '\n');
            }
            sb.append(c.text());
            line = c.line();
        }
        return sb.toString();
    }

    private static void missingOf(Row row, Resolution r, String prefix, List<String> missing) {
        addIfNull(missing, prefix + "number", r.getNumber());
        addIfNull(missing, prefix + "text", r.getText());
        if (r.getKind() == ResolutionKind.UNKNOWN) {
            missing.add(prefix + "kind");
        }
        addIfNull(missing, prefix + "votesFor", r.getVotesFor());
        addIfNull(missing, prefix + "votesForPercent", r.getVotesForPercent());
        addIfNull(missing, prefix + "votesAgainst", r.getVotesAgainst());
        addIfNull(missing, prefix + "votesAgainstPercent", r.getVotesAgainstPercent());
        // A table without an abstain column does not omit anything: the announcement gives no abstentions.
        if (row.columns.contains(Column.ABSTAIN) && (row.tokens.size() > 4 || r.getVotesAbstain() != null)) {
            addIfNull(missing, prefix + "votesAbstain", r.getVotesAbstain());
            addIfNull(missing, prefix + "votesAbstainPercent", r.getVotesAbstainPercent());
        }
        addIfNull(missing, prefix + "passed", r.getPassed());
    }

    private static void addIfNull(List<String> missing, String path, Object value) {
        if (value == null) {
            missing.add(path);
        }
    }
}

package dev.hkfilings.classify;

import dev.hkfilings.text.CellParagraphs;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.esg.EsgExtractor;
import dev.hkfilings.fields.Extracted;
import dev.hkfilings.fields.PayloadExtractor;
import dev.hkfilings.pledge.PledgeExtractor;
import dev.hkfilings.poll.PollExtractor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;

/**
 * Classifies a filing's text, then runs the payload extractor of its class. Stock codes come from the metadata,
 * else from the text; names and title from the text's header (the title from the metadata where it has one);
 * the language from the text's script.
 */
public final class AnnouncementAnalyzer implements Analyzer {

    /** A stock code as the metadata may give it: up to five digits. */
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{1,5}");

    /** Bumped whenever cues, weights or extractors change what events say. */
    public static final String CLASSIFIER_VERSION = "cues-1.0";

    private final AnnouncementClassifier classifier = new AnnouncementClassifier();
    private final Map<AnnouncementType, PayloadExtractor<? extends SpecificRecord>> extractors;

    /** The analyzer with the project's extractors for every class. */
    public AnnouncementAnalyzer() {
        this(standardExtractors());
    }

    /** An analyzer with the given extractors; a class without one is classified and its event lists "payload" as missing. */
    public AnnouncementAnalyzer(Map<AnnouncementType, PayloadExtractor<? extends SpecificRecord>> extractors) {
        this.extractors = new EnumMap<>(AnnouncementType.class);
        this.extractors.putAll(extractors);
    }

    private static Map<AnnouncementType, PayloadExtractor<? extends SpecificRecord>> standardExtractors() {
        Map<AnnouncementType, PayloadExtractor<? extends SpecificRecord>> m = new EnumMap<>(AnnouncementType.class);
        m.put(AnnouncementType.PLEDGE, new PledgeExtractor());
        m.put(AnnouncementType.POLL, new PollExtractor());
        m.put(AnnouncementType.ESG, new EsgExtractor());
        return m;
    }

    @Override
    public Analysis analyze(FilingText filing) {
        FilingMetadata md = filing.getMetadata();
        String text = filing.getText() == null ? "" : filing.getText();
        List<String> codes = md == null ? List.of() : md.getStockCodes();
        Classification c = classifier.classify(text,
                md == null ? List.of() : md.getHeadlineCategoryCodes(),
                md == null ? null : md.getHeadlineCategory(),
                md == null ? null : md.getTitle());

        SpecificRecord payload = null;
        List<String> missing = new ArrayList<>();
        List<String> evidence = new ArrayList<>(c.evidence());
        if (c.type() != AnnouncementType.OTHER) {
            PayloadExtractor<? extends SpecificRecord> extractor = extractors.get(c.type());
            if (extractor == null) {
                missing.add("payload");
                evidence.add("no-extractor:" + c.type());
            } else {
                try {
                    // the readers read a table one cell per line; a cell wrapped inside a one-cell-per-paragraph table is one line
                    Extracted<? extends SpecificRecord> e = extractor.extract(CellParagraphs.join(text));
                    payload = e.payload();
                    missing.addAll(e.missingFields());
                } catch (RuntimeException bug) {
                    // An extractor bug must not lose the classification: the event says what failed.
                    missing.add("payload");
                    evidence.add("extractor-failed:" + bug.getClass().getSimpleName() + ": " + bug.getMessage());
                }
            }
        }
        List<String> stockCodes = new ArrayList<>();
        if (codes != null) {
            for (String code : codes) {
                if (code != null && CODE_DIGITS.matcher(code.strip()).matches()) {
                    stockCodes.add(HeaderReader.normalizeCode(code));
                }
            }
        }
        if (stockCodes.isEmpty()) {
            stockCodes.addAll(HeaderReader.stockCodes(text));
        }
        HeaderReader.Header header = HeaderReader.read(text);
        String title = md != null && md.getTitle() != null && !md.getTitle().isBlank() ? md.getTitle() : header.title();
        String language = LanguageDetector.detect(text);
        return new Analysis(c.type(), c.confidence(), evidence, payload, missing, stockCodes,
                header.englishName(), header.chineseName(), title, language, CLASSIFIER_VERSION);
    }
}

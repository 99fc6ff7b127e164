package dev.hkfilings.classify;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Everything the analyzer learned about one filing's text: its class with the evidence, the typed
 * payload (null for {@code OTHER}) and which payload fields could not be read, and the issuers it names.
 *
 * @param stockCodes five-digit codes from the metadata or, where the source gave none, from the text
 */
public record Analysis(
        AnnouncementType type,
        double confidence,
        List<String> evidence,
        SpecificRecord payload,
        List<String> missingFields,
        List<String> stockCodes,
        String companyNameEn,
        String companyNameZh,
        String title,
        String language,
        String classifierVersion) {

    public Analysis {
        evidence = List.copyOf(evidence);
        missingFields = List.copyOf(missingFields);
        stockCodes = List.copyOf(stockCodes);
    }

    /** One event per issuer, keyed downstream by the announcement id (= filing id). */
    public List<AnnouncementEvent> toEvents(FilingText source, Instant processedAt) {
        FilingMetadata md = source.getMetadata();
        List<AnnouncementEvent> events = new ArrayList<>(stockCodes.size());
        for (String code : stockCodes) {
            events.add(AnnouncementEvent.newBuilder()
                    .setAnnouncementId(md.getFilingId())
                    .setStockCode(code)
                    .setCompanyNameEn(companyNameEn)
                    .setCompanyNameZh(companyNameZh)
                    .setTitle(title != null ? title : md.getTitle())
                    .setPublishedAt(md.getPublishedAt())
                    .setLanguage(language)
                    .setType(type)
                    .setConfidence(confidence)
                    .setEvidence(evidence)
                    .setClassifierVersion(classifierVersion)
                    .setSourceUri(md.getSourceUri())
                    .setMissingFields(missingFields)
                    .setProcessedAt(processedAt)
                    .setPayload(payload)
                    .build());
        }
        return events;
    }
}

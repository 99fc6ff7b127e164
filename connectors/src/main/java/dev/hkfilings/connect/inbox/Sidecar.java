package dev.hkfilings.connect.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.connect.HkexText;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Metadata dropped beside a document as JSON: {@code stockCodes}, {@code companyNames}, {@code title},
 * {@code publishedAt} (ISO instant, ISO local time in Hong Kong, or {@code 29/04/2025 17:00}), {@code url},
 * {@code headlineCategory}, {@code headlineCategoryCodes}, {@code market}, {@code language}, and {@code file}
 * (where the document is, relative to the inbox). A sidecar is data, never trusted as a path.
 */
record Sidecar(String file, List<String> stockCodes, List<String> companyNames, String title, Instant publishedAt,
               String url, String headlineCategory, List<String> headlineCategoryCodes, String market, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A sidecar that cannot be used, and why. */
    static final class InvalidSidecarException extends Exception {
        InvalidSidecarException(String message) {
            super(message);
        }
    }

    static Sidecar parse(byte[] bytes, String name) throws InvalidSidecarException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidSidecarException("sidecar " + name + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSidecarException("sidecar " + name + " is not a JSON object");
        }
        List<String> codes = new ArrayList<>();
        for (String raw : strings(root.get("stockCodes"))) {
            codes.add(HkexText.stockCode(raw).orElseThrow(
                () -> new IllegalArgumentException("sidecar " + name + ": stock code '" + raw + "' is not 1 to 5 digits")));
        }
        Instant published = null;
        String publishedText = text(root, "publishedAt");
        if (publishedText != null) {
            published = publishedAt(publishedText).orElseThrow(() -> new IllegalArgumentException("sidecar " + name
                + ": publishedAt '" + publishedText + "' is neither an ISO time nor dd/MM/yyyy HH:mm"));
        }
        return new Sidecar(text(root, "file"), codes, strings(root.get("companyNames")), text(root, "title"), published,
            text(root, "url"), text(root, "headlineCategory"), strings(root.get("headlineCategoryCodes")), text(root, "market"),
            text(root, "language"));
    }

    void applyTo(FilingMetadata.Builder metadata) {
        if (!stockCodes.isEmpty()) {
            metadata.setStockCodes(stockCodes);
        }
        if (!companyNames.isEmpty()) {
            metadata.setCompanyNames(companyNames);
        }
        if (title != null) {
            metadata.setTitle(title);
        }
        if (publishedAt != null) {
            metadata.setPublishedAt(publishedAt);
        }
        if (url != null) {
            metadata.setSourceUri(url);
        }
        if (headlineCategory != null) {
            metadata.setHeadlineCategory(headlineCategory);
        }
        if (!headlineCategoryCodes.isEmpty()) {
            metadata.setHeadlineCategoryCodes(headlineCategoryCodes);
        }
        if (market != null) {
            metadata.setMarket(market);
        }
        if (language != null) {
            metadata.setSourceLanguage(language);
        }
    }

    private static Optional<Instant> publishedAt(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(HkexText.HONG_KONG).toInstant());
        } catch (DateTimeParseException e) {
            // not ISO local
        }
        return HkexText.releaseTime(text);
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(item -> out.add(item.asText().trim()));
        } else {
            out.addAll(HkexText.splitList(value.asText()));
        }
        return out;
    }
}

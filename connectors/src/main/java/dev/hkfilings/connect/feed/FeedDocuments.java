package dev.hkfilings.connect.feed;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** Downloads the document of a listed entry and turns it into a RawFiling, with or without its bytes. */
final class FeedDocuments {

    private final URI base;
    private final PoliteHttp http;
    private final long maxBytes;

    FeedDocuments(URI base, PoliteHttp http, long maxBytes) {
        this.base = base;
        this.http = http;
        this.maxBytes = maxBytes;
    }

    RawFiling fetch(FeedEntry entry, FeedPartition partition, FilingSource source) throws InterruptedIOException {
        URI uri;
        try {
            uri = base.resolve(entry.documentPath().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Filings.absent(metadata(entry, partition, source, entry.documentPath()), ContentStatus.DOWNLOAD_FAILED,
                "the listed document path is not a URL: " + entry.documentPath());
        }
        FilingMetadata.Builder metadata = metadata(entry, partition, source, uri.toString());
        Fetched fetched = http.get(uri, maxBytes);
        if (fetched.contentType() != null) {
            metadata.setContentType(fetched.contentType());
        }
        if (fetched.ok()) {
            if (fetched.body().length == 0) {
                metadata.setContentLength(0L);
                return Filings.absent(metadata, ContentStatus.EMPTY, "the document at " + uri + " is empty");
            }
            return Filings.present(metadata, fetched.body());
        }
        if (fetched.tooLarge()) {
            metadata.setContentLength(fetched.declaredLength());
            return Filings.absent(metadata, ContentStatus.TOO_LARGE, fetched.failure() + " (" + uri + ")");
        }
        return Filings.absent(metadata, ContentStatus.DOWNLOAD_FAILED, fetched.failure());
    }

    private static FilingMetadata.Builder metadata(FeedEntry entry, FeedPartition partition, FilingSource source, String uri) {
        String path = entry.documentPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int query = fileName.indexOf('?');
        if (query >= 0) {
            fileName = fileName.substring(0, query);
        }
        String ext = entry.fileType() != null ? entry.fileType() : fileName.substring(fileName.lastIndexOf('.') + 1);
        String market = entry.market() == null || entry.market().isBlank() ? partition.market() : entry.market().toUpperCase(Locale.ROOT);
        return FilingMetadata.newBuilder()
            .setFilingId(entry.filingId())
            .setSource(source)
            .setSourceUri(uri)
            .setFileName(fileName.isEmpty() ? null : fileName)
            .setStockCodes(entry.stockCodes())
            .setCompanyNames(entry.stockNames())
            .setTitle(entry.title())
            .setHeadlineCategory(entry.headlineCategory())
            .setHeadlineCategoryCodes(entry.categoryCodes())
            .setMarket(market)
            .setSourceLanguage(entry.language())
            .setPublishedAt(entry.releasedAt())
            .setFetchedAt(Instant.now())
            .setContentType(Filings.contentTypeForExtension(ext));
    }
}

package dev.hkfilings.connect.inbox;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.Filings;
import dev.hkfilings.connect.HkexText;
import dev.hkfilings.connect.PathOutsideDirectoryException;
import dev.hkfilings.connect.SafePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an inbox item into a RawFiling: the content and its hash, the sidecar's metadata, or the reason it was refused. */
final class InboxReader {

    private static final Logger LOG = LoggerFactory.getLogger(InboxReader.class);
    private static final Pattern LEADING_STOCK_CODE = Pattern.compile("^(\\d{4,5})(?:[ _.-]|$)");

    private final Path inbox;
    private final long maxBytes;

    InboxReader(Path inbox, long maxBytes) {
        this.inbox = inbox;
        this.maxBytes = maxBytes;
    }

    /** The filing of an item, or null when its files vanished or changed while they were read. */
    RawFiling read(InboxItem item) {
        FilingMetadata.Builder metadata = inferred(item);
        Sidecar sidecar = null;
        try {
            if (item.sidecar() != null) {
                byte[] bytes = Files.readAllBytes(SafePaths.requireInside(inbox, item.sidecar(), "sidecar " + item.sidecar().getFileName()));
                sidecar = Sidecar.parse(bytes, item.sidecar().getFileName().toString());
                checkPointer(item, sidecar);
            }
            if (item.document() == null) {
                throw new IllegalArgumentException("sidecar " + item.key() + " names no document that can be read");
            }
            Path document = SafePaths.requireInside(inbox, item.document(), "document " + inbox.relativize(item.document()));
            if (sidecar != null) {
                sidecar.applyTo(metadata);
            }
            return content(document, metadata);
        } catch (Sidecar.InvalidSidecarException | IllegalArgumentException | PathOutsideDirectoryException e) {
            return refused(item, metadata, e.getMessage());
        } catch (NoSuchFileException e) {
            LOG.warn("Inbox item {} vanished before it was read (removed by someone else?); skipped", item.key());
            return null;
        } catch (IOException e) {
            return refused(item, metadata, "could not read " + item.key() + ": " + e);
        }
    }

    private void checkPointer(InboxItem item, Sidecar sidecar) {
        if (sidecar.file() == null) {
            return;
        }
        Path pointed = SafePaths.resolveInside(inbox, sidecar.file());
        if (item.document() != null && !pointed.equals(item.document())) {
            throw new IllegalArgumentException("sidecar " + item.sidecar().getFileName() + " names '" + sidecar.file()
                + "' but sits beside " + item.document().getFileName());
        }
    }

    private RawFiling content(Path document, FilingMetadata.Builder metadata) throws IOException {
        if (Files.isSymbolicLink(document)) {
            // inside the inbox per its real path, but a link may be repointed between the check and the read
            document = document.toRealPath();
            SafePaths.requireInside(inbox, document, "document " + document);
        }
        long size = Files.size(document);
        metadata.setContentLength(size);
        if (size > maxBytes) {
            metadata.setSha256(hashOf(document));
            String reason = "file is " + size + " bytes, limit is " + maxBytes;
            metadata.setFilingId(metadata.getSha256());
            return Filings.absent(metadata, ContentStatus.TOO_LARGE, reason);
        }
        byte[] content = readStable(document, size);
        if (content == null) {
            LOG.info("Inbox file {} changed while it was read; it is read again once stable", document.getFileName());
            return null;
        }
        String hash = Filings.sha256Hex(content);
        metadata.setFilingId(hash);
        if (content.length == 0) {
            metadata.setContentLength(0L).setSha256(hash);
            return Filings.absent(metadata, ContentStatus.EMPTY, "file " + document.getFileName() + " is empty");
        }
        return Filings.present(metadata, content, hash);
    }

    /** A refused item still gets a record; its id is the hash of what could safely be read, so a retry keeps the key. */
    private RawFiling refused(InboxItem item, FilingMetadata.Builder metadata, String reason) {
        LOG.error("Inbox item {} refused: {}", item.key(), reason);
        byte[] identity;
        try {
            Path readable = item.sidecar() != null ? item.sidecar() : item.document();
            identity = Files.readAllBytes(SafePaths.requireInside(inbox, readable, item.key()));
        } catch (IOException | RuntimeException e) {
            identity = ("refused inbox item " + item.key()).getBytes(StandardCharsets.UTF_8);
        }
        metadata.setFilingId(Filings.sha256Hex(identity));
        return Filings.absent(metadata, ContentStatus.UNREADABLE, reason);
    }

    private FilingMetadata.Builder inferred(InboxItem item) {
        Path named = item.document() != null ? item.document() : item.sidecar();
        String fileName = named.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 ? fileName.substring(dot + 1) : "";
        FilingMetadata.Builder metadata = FilingMetadata.newBuilder()
            .setFilingId("")
            .setSource(FilingSource.INBOX)
            .setSourceUri(named.toUri().toString())
            .setFileName(fileName)
            .setTitle(dot > 0 ? fileName.substring(0, dot) : fileName)
            .setFetchedAt(Instant.now())
            .setContentType(Filings.contentTypeForExtension(extension));
        Matcher code = LEADING_STOCK_CODE.matcher(fileName);
        if (code.find()) {
            metadata.setStockCodes(List.of(HkexText.stockCode(code.group(1)).orElseThrow()));
        }
        return metadata;
    }

    /** Reads a file of a known size, not following links; null when it changed size meanwhile (so it is not stable). */
    private static byte[] readStable(Path document, long size) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(document, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read on until full or at the end
            }
            if (buffer.hasRemaining() || channel.read(ByteBuffer.allocate(1)) > 0) {
                return null;
            }
            return buffer.array();
        }
    }

    private static String hashOf(Path document) throws IOException {
        MessageDigest digest = Filings.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(document, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

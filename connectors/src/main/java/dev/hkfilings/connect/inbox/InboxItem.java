package dev.hkfilings.connect.inbox;

import java.nio.file.Path;

/**
 * What one record is made of: the document, its sidecar, or both. A sidecar not named after its document
 * points at it through its {@code file} field; such a sidecar is the item's key.
 *
 * @param key the item's name relative to the inbox (the document's, or the sidecar's when it leads)
 * @param document the document to read, null when a sidecar names none that may be read
 * @param sidecar the sidecar, or null
 */
record InboxItem(String key, Path document, Path sidecar) {
}

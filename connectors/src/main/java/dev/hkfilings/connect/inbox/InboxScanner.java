package dev.hkfilings.connect.inbox;

import dev.hkfilings.connect.PathOutsideDirectoryException;
import dev.hkfilings.connect.SafePaths;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the items in the top level of the inbox that are ready: every file of an item kept the same size
 * and modification time for the stable period, so a file still being written is left alone.
 */
final class InboxScanner {

    private static final Logger LOG = LoggerFactory.getLogger(InboxScanner.class);
    private static final String SIDECAR_SUFFIX = ".json";
    private static final long MAX_SIDECAR_PEEK = 1024 * 1024;

    private record Observation(long size, long modified, long unchangedSince) {
    }

    private final Path inbox;
    private final List<PathMatcher> patterns = new ArrayList<>();
    private final long stableMillis;
    private final Map<Path, Observation> observations = new HashMap<>();

    InboxScanner(Path inbox, List<String> globs, long stableMillis) {
        this.inbox = inbox;
        this.stableMillis = stableMillis;
        for (String glob : globs) {
            patterns.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.trim().toLowerCase(Locale.ROOT)));
        }
    }

    /** The ready items not in {@code exclude} (keys of items in flight), oldest name first, at most {@code max}. */
    List<InboxItem> ready(Set<String> exclude, int max, long now) throws IOException {
        Map<String, Path> documents = new TreeMap<>();
        Map<String, Path> sidecars = new TreeMap<>();
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // moved away meanwhile
                }
                if (attrs.isDirectory()) {
                    continue;
                }
                attributes.put(path, attrs);
                if (name.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX)) {
                    sidecars.put(name, path);
                } else if (isDocument(name)) {
                    documents.put(name, path);
                }
            }
        }
        observations.keySet().retainAll(attributes.keySet());
        Set<Path> stable = new HashSet<>();
        attributes.forEach((path, attrs) -> {
            if (isStable(path, attrs, now)) {
                stable.add(path);
            }
        });

        List<InboxItem> ready = new ArrayList<>();
        Set<String> pairedSidecars = new HashSet<>();
        Set<Path> claimedDocuments = new HashSet<>();
        for (Map.Entry<String, Path> document : documents.entrySet()) {
            String name = document.getKey();
            String sidecarName = sidecars.containsKey(name + SIDECAR_SUFFIX) ? name + SIDECAR_SUFFIX
                : sidecars.containsKey(baseName(name) + SIDECAR_SUFFIX) ? baseName(name) + SIDECAR_SUFFIX : null;
            if (sidecarName != null) {
                pairedSidecars.add(sidecarName);
            }
        }
        // sidecars not named after a document lead their item and point at the document through 'file'
        for (Map.Entry<String, Path> sidecar : sidecars.entrySet()) {
            if (pairedSidecars.contains(sidecar.getKey()) || !stable.contains(sidecar.getValue())) {
                continue;
            }
            Path target = pointedDocument(sidecar.getValue());
            if (target == null) {
                continue; // waiting for its document, or not a sidecar at all
            }
            if (target.equals(sidecar.getValue())) {
                ready.add(new InboxItem(sidecar.getKey(), null, sidecar.getValue())); // refused when read
                continue;
            }
            claimedDocuments.add(target);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && isStableNow(target, now)) {
                ready.add(new InboxItem(sidecar.getKey(), target, sidecar.getValue()));
            }
        }
        for (Map.Entry<String, Path> document : documents.entrySet()) {
            String name = document.getKey();
            Path path = document.getValue();
            if (claimedDocuments.contains(path) || !stable.contains(path)) {
                continue;
            }
            Path sidecar = sidecars.get(name + SIDECAR_SUFFIX);
            if (sidecar == null) {
                sidecar = sidecars.get(baseName(name) + SIDECAR_SUFFIX);
            }
            if (sidecar != null && !stable.contains(sidecar)) {
                continue;
            }
            ready.add(new InboxItem(name, path, sidecar));
        }
        ready.removeIf(item -> exclude.contains(item.key()));
        ready.sort((a, b) -> a.key().compareTo(b.key()));
        return ready.size() > max ? new ArrayList<>(ready.subList(0, max)) : ready;
    }

    private boolean isDocument(String name) {
        Path lower = Path.of(name.toLowerCase(Locale.ROOT));
        return patterns.stream().anyMatch(p -> p.matches(lower));
    }

    private boolean isStable(Path path, BasicFileAttributes attrs, long now) {
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        Observation seen = observations.get(path);
        if (seen == null || seen.size() != size || seen.modified() != modified) {
            // at first sight a file has been unchanged since its modification time at best
            long since = seen == null ? Math.min(now, modified) : now;
            observations.put(path, new Observation(size, modified, since));
            return seen == null && now - since >= stableMillis;
        }
        return now - seen.unchangedSince() >= stableMillis;
    }

    private boolean isStableNow(Path path, long now) {
        try {
            return isStable(path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), now);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The document a lone sidecar names, resolved inside the inbox; the sidecar itself when what it says cannot be
     * followed (so that it is refused with the reason); null when it names none.
     */
    private Path pointedDocument(Path sidecar) {
        try {
            if (Files.size(sidecar) > MAX_SIDECAR_PEEK) {
                return sidecar;
            }
            Sidecar parsed = Sidecar.parse(Files.readAllBytes(SafePaths.requireInside(inbox, sidecar, sidecar.getFileName().toString())),
                sidecar.getFileName().toString());
            if (parsed.file() == null) {
                return null;
            }
            return SafePaths.resolveInside(inbox, parsed.file());
        } catch (Sidecar.InvalidSidecarException | IllegalArgumentException | PathOutsideDirectoryException e) {
            LOG.debug("Sidecar {} cannot be followed: {}", sidecar, e.getMessage());
            return sidecar;
        } catch (IOException e) {
            return null;
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

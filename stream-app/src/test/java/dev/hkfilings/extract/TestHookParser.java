package dev.hkfilings.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A Tika parser (and the detector for its marker types) that misbehaves on purpose, registered only on the test
 * classpath (META-INF/services under src/test/resources): documents that start with HKFILINGS-TEST-HANG never finish,
 * HKFILINGS-TEST-CRASH kill the JVM the way a native crash would, HKFILINGS-TEST-OOM fill the heap. The worker JVMs
 * get the test classpath, so the hang happens inside a real worker, inside Tika's parse call.
 */
public class TestHookParser implements Parser, Detector {

    public static final byte[] HANG = "HKFILINGS-TEST-HANG\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    public static final byte[] CRASH = "HKFILINGS-TEST-CRASH\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    public static final byte[] OOM = "HKFILINGS-TEST-OOM\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final MediaType HANG_TYPE = MediaType.text("x-hkfilings-test-hang");
    private static final MediaType CRASH_TYPE = MediaType.text("x-hkfilings-test-crash");
    private static final MediaType OOM_TYPE = MediaType.text("x-hkfilings-test-oom");

    /** Marker types are text/x-... so that the engine's supported-type check sees plain text and lets them through. */
    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws java.io.IOException {
        if (input == null) {
            return MediaType.OCTET_STREAM;
        }
        input.mark(32);
        byte[] head = new byte[32];
        int n;
        try {
            n = input.readNBytes(head, 0, head.length);
        } finally {
            input.reset();
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
        if (start.startsWith("HKFILINGS-TEST-HANG")) {
            return HANG_TYPE;
        } else if (start.startsWith("HKFILINGS-TEST-CRASH")) {
            return CRASH_TYPE;
        } else if (start.startsWith("HKFILINGS-TEST-OOM")) {
            return OOM_TYPE;
        }
        return MediaType.OCTET_STREAM;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(HANG_TYPE, CRASH_TYPE, OOM_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType();
        if (HANG_TYPE.equals(type)) {
            hangIgnoringInterrupts();
        } else if (CRASH_TYPE.equals(type)) {
            Runtime.getRuntime().halt(134);
        } else if (OOM_TYPE.equals(type)) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void hangIgnoringInterrupts() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // like a parser stuck in a loop: interrupts do not reach it
            }
        }
    }
}

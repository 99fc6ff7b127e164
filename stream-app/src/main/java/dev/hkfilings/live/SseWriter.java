package dev.hkfilings.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the text/event-stream wire format (WHATWG HTML, "server-sent events") onto a response body. */
final class SseWriter {

    private final OutputStream out;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    /** How long the browser waits before reconnecting after the stream drops. */
    void retry(long millis) throws IOException {
        write("retry: " + millis + "\n\n");
    }

    /** @param id the event's id, or null for none (the client keeps the last id it had) */
    void event(String name, String id, String data) throws IOException {
        StringBuilder b = new StringBuilder(data.length() + 64);
        b.append("event: ").append(name).append('\n');
        if (id != null) {
            b.append("id: ").append(id).append('\n');
        }
        // a data line ends at any line break; a multi-line payload becomes several data lines the client re-joins
        for (String line : data.split("\r\n|\r|\n", -1)) {
            b.append("data: ").append(line).append('\n');
        }
        b.append('\n');
        write(b.toString());
    }

    /** A comment line: ignored by clients, but keeps proxies from closing an idle stream and reveals a gone client. */
    void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    void close() throws IOException {
        out.close();
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

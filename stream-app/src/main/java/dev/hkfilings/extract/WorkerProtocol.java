package dev.hkfilings.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The binary frames between the app and a worker JVM over the worker's stdin/stdout. A request is an op byte, the
 * file name and declared type, and the length-prefixed bytes; a response is one {@link ExtractionResult}.
 * Strings are length-prefixed UTF-8 (-1 for null), so text of any size passes without escaping.
 */
final class WorkerProtocol {

    static final int READY = 0x52;       // 'R', sent once by a worker when it has warmed up
    static final int OP_PARSE = 0x50;    // 'P'
    static final int OP_QUIT = 0x51;     // 'Q'
    static final int RESULT = 0x54;      // 'T'

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, byte[] content, String fileName, String declaredType) throws IOException {
        out.writeByte(OP_PARSE);
        writeString(out, fileName);
        writeString(out, declaredType);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
    }

    record Request(byte[] content, String fileName, String declaredType) {
    }

    /** @return the next request, or null when the app asked the worker to quit or closed the pipe */
    static Request readRequest(DataInputStream in) throws IOException {
        int op = in.read();
        if (op == -1 || op == OP_QUIT) {
            return null;
        }
        if (op != OP_PARSE) {
            throw new IOException("unknown op " + op);
        }
        String fileName = readString(in);
        String declared = readString(in);
        byte[] content = new byte[in.readInt()];
        in.readFully(content);
        return new Request(content, fileName, declared);
    }

    static void writeResult(DataOutputStream out, ExtractionResult r) throws IOException {
        out.writeByte(RESULT);
        writeString(out, r.text());
        writeString(out, r.detectedContentType());
        writeString(out, r.language());
        out.writeInt(r.pageCount() == null ? -1 : r.pageCount());
        out.writeBoolean(r.hasTextLayer());
        out.writeBoolean(r.truncated());
        writeString(out, r.extractor());
        out.writeLong(r.millis());
        writeString(out, r.errorCode());
        writeString(out, r.reason());
        out.flush();
    }

    static ExtractionResult readResult(DataInputStream in) throws IOException {
        int tag = in.read();
        if (tag == -1) {
            throw new EOFException("worker closed its output");
        }
        if (tag != RESULT) {
            throw new IOException("unexpected frame " + tag + " from worker");
        }
        String text = readString(in);
        String type = readString(in);
        String language = readString(in);
        int pages = in.readInt();
        boolean textLayer = in.readBoolean();
        boolean truncated = in.readBoolean();
        String extractor = readString(in);
        long millis = in.readLong();
        String errorCode = readString(in);
        String reason = readString(in);
        return new ExtractionResult(text, type, language, pages < 0 ? null : pages, textLayer, truncated, extractor, millis,
                errorCode, reason);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}

package dev.hkfilings.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * One thread's output buffer for a framed record: a growable byte array without ByteArrayOutputStream's
 * synchronization, with the wire-format header written straight into it.
 */
final class WireBuffer extends OutputStream {

    private byte[] bytes = new byte[4096];
    private int size;

    /** Empties the buffer and starts it with the header: magic byte 0, then the schema id big-endian. */
    void startRecord(int schemaId) {
        size = 0;
        ensure(WireFormat.HEADER_SIZE);
        bytes[0] = WireFormat.MAGIC_BYTE;
        bytes[1] = (byte) (schemaId >>> 24);
        bytes[2] = (byte) (schemaId >>> 16);
        bytes[3] = (byte) (schemaId >>> 8);
        bytes[4] = (byte) schemaId;
        size = WireFormat.HEADER_SIZE;
    }

    @Override
    public void write(int b) {
        ensure(size + 1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(size + len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
        }
    }
}

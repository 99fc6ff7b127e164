package dev.hkfilings.serde;

import org.apache.kafka.common.errors.SerializationException;

/** Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro binary. */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The schema id of a framed payload; a {@link SerializationException} naming the problem when it is not one. */
    public static int schemaId(byte[] payload, String topic, boolean isKey) {
        String what = (isKey ? "key" : "value") + " of a record from topic '" + topic + "'";
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("The " + what + " is " + payload.length + " byte(s) long: too short for "
                    + "the Confluent wire format (magic byte 0, 4-byte schema id, Avro binary)");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte 0x%02x in the %s: expected 0x00, the Confluent wire format (magic byte 0, "
                            + "4-byte schema id, Avro binary); the data was not written by a schema-registry serializer",
                    payload[0], what));
        }
        return ((payload[1] & 0xff) << 24) | ((payload[2] & 0xff) << 16) | ((payload[3] & 0xff) << 8) | (payload[4] & 0xff);
    }
}

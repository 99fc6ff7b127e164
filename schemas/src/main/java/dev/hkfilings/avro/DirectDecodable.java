package dev.hkfilings.avro;

import java.io.IOException;

import org.apache.avro.io.Decoder;

/**
 * A generated record that reads itself straight from a decoder (src/main/velocity/record.vm). Avro's own path,
 * {@code customDecode(ResolvingDecoder)}, resolves the writer schema against the reader's for every value it reads;
 * when both have the same Parsing Canonical Form the bytes are laid out exactly as this class's schema says, and
 * this reads them without that interpretation.
 */
public interface DirectDecodable {

    /**
     * Fills this record's fields from {@code in}. Only for bytes written with a schema whose Parsing Canonical Form
     * equals this class's; anything else is read wrongly or fails.
     */
    void directDecode(Decoder in) throws IOException;
}

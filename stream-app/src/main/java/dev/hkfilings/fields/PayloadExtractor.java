package dev.hkfilings.fields;

import org.apache.avro.specific.SpecificRecord;

/** Reads the typed fields of one announcement class from extracted text (English or Chinese). */
public interface PayloadExtractor<T extends SpecificRecord> {

    /**
     * @param text the text as Tika extracted it: PDF tables arrive as cells split by tabs or by line breaks
     * @return the payload and the fields that were not found; never null
     */
    Extracted<T> extract(String text);
}

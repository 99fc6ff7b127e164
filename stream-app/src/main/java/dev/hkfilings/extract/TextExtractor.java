package dev.hkfilings.extract;

/**
 * Bytes to text. Implementations must not let a hanging or crashing parser stall or kill the caller's
 * thread: bad input comes back as a failed {@link ExtractionResult}, never as an exception.
 */
public interface TextExtractor extends AutoCloseable {

    /**
     * @param content   the document bytes
     * @param fileName  the name as published or dropped (a hint only: the type is detected from the bytes), may be null
     * @param declaredContentType the type the source declared, may be null
     */
    ExtractionResult extract(byte[] content, String fileName, String declaredContentType);

    @Override
    void close();
}

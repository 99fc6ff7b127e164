package dev.hkfilings.extract;

/** The stable codes of {@link ExtractionResult#errorCode()}; they become {@code DeadLetter.errorCode}. */
public enum FailureCode {
    /** Zero bytes, or a document that holds no text at all. */
    EMPTY,
    /** Damaged or truncated bytes that the parser could not read. */
    CORRUPT,
    /** Password-protected. */
    ENCRYPTED,
    /** A PDF with pages but no extractable text (a scan; no OCR is run). */
    NO_TEXT_LAYER,
    /** A type other than PDF, HTML, DOCX/DOC, RTF or plain text, detected from the bytes. */
    UNSUPPORTED_TYPE,
    /** Input over extract.max.input.bytes. */
    TOO_LARGE,
    /** The parse needed more than the worker's heap (e.g. a decompression bomb). */
    OUT_OF_MEMORY,
    /** The parse exceeded extract.timeout.ms; the worker was killed. */
    TIMEOUT,
    /** The worker process died during the parse. */
    PARSER_CRASHED,
    /** The isolated pool could not run the parse (e.g. no worker could be started). */
    UNAVAILABLE
}

package dev.hkfilings.extract;

/**
 * Tika on the caller's thread: no process hop, but also no protection against a parser that hangs (the thread
 * cannot be stopped). For benchmarks and {@code classify --extract-mode in-process}; the stream app and {@code classify}
 * use {@link IsolatedExtractor} by default.
 */
public final class InProcessExtractor implements TextExtractor {

    private final TikaEngine engine;
    private final int maxInputBytes;

    public InProcessExtractor(ExtractConfig config) {
        this.engine = new TikaEngine(config.maxTextChars());
        this.maxInputBytes = config.maxInputBytes();
    }

    @Override
    public ExtractionResult extract(byte[] content, String fileName, String declaredContentType) {
        ExtractionResult refused = InputLimits.check(content, fileName, maxInputBytes);
        return refused != null ? refused : engine.parse(content, fileName, declaredContentType);
    }

    @Override
    public void close() {
        // nothing held: the engine has no threads or files
    }
}

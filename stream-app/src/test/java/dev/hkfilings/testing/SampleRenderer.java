package dev.hkfilings.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the sample announcements {@code samples/text/*.txt} into {@code samples/*.pdf}. Run from the repository
 * root after changing a text (the fat jar brings PDFBox):
 * <pre>
 * java -cp stream-app/target/test-classes:stream-app/target/stream-app.jar dev.hkfilings.testing.SampleRenderer samples
 * </pre>
 * {@code SamplesTest} then checks that the committed PDFs still classify as their names say.
 */
public final class SampleRenderer {

    private SampleRenderer() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        List<Path> texts;
        try (Stream<Path> s = Files.list(samples.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", ".pdf");
            Path pdf = PdfRenderer.renderToFile(Files.readString(text, StandardCharsets.UTF_8), samples.resolve(name));
            System.out.println(text + " -> " + pdf + " (" + Files.size(pdf) + " bytes)");
        }
    }
}

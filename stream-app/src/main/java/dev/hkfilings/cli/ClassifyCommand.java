package dev.hkfilings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.topology.FilingPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Runs the stream's extraction, classification and field extraction on local files, without Kafka.",
                "Prints one JSON object per file and line on stdout: file, type, confidence, evidence and the event as it "
                        + "would be emitted, or deadLetter with the reason it would be dead-lettered. A plain-text file is "
                        + "taken as already-extracted text.",
                "Exit status: 0 when every file was read, 1 otherwise."})
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, HTML, DOCX or text files.")
    List<Path> files;

    // Isolated by default, as in the stream app: a hostile PDF (a ToUnicode range of millions of codes) kept an
    // in-process parse thrashing a 1 GiB heap for 90 s, and an in-process parse cannot be stopped.
    @Option(names = "--extract-mode", defaultValue = "isolated",
            description = "isolated (default: a child JVM, killed and replaced when a parse runs past the timeout or out "
                    + "of memory) or in-process (about 4 s less start-up, but a parse that hangs hangs the command).")
    String extractMode;

    @Option(names = "--extract-timeout-ms", defaultValue = "60000",
            description = "Longest one document may take to parse (isolated mode).")
    long extractTimeoutMs;

    @Spec
    CommandSpec spec;

    private final Components components;

    ClassifyCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("extract.mode", extractMode);
        settings.put("extract.workers", "1");
        settings.put("extract.timeout.ms", Long.toString(extractTimeoutMs));
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        boolean allRead = true;
        try (TextExtractor extractor = components.extractor(settings)) {
            FileClassifier classifier = new FileClassifier(new FilingPipeline(extractor, components.analyzer()));
            for (Path f : files) {
                FileClassifier.Outcome o = classifier.classify(f);
                allRead &= o.read();
                out.println(json.writeValueAsString(o.json()));
                out.flush();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return allRead ? 0 : 1;
    }
}

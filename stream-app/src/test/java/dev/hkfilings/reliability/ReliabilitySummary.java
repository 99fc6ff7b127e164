package dev.hkfilings.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects one {@link SummaryRow} per scenario across all reliability test classes of the JVM, and when the test
 * run ends prints the table and writes it to {@code target/reliability-summary.txt}. Each row is also written as
 * soon as it is recorded, so a run that is killed half-way still leaves the rows it finished.
 */
public final class ReliabilitySummary implements BeforeAllCallback {

    static final Path FILE = Path.of("target", "reliability-summary.txt");
    private static final List<SummaryRow> ROWS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ReliabilitySummary.class.getName(), k -> new Printer(), Printer.class);
    }

    static void record(SummaryRow row) {
        ROWS.add(row);
        write();
    }

    static String table() {
        StringBuilder sb = new StringBuilder("Reliability summary\n").append(SummaryRow.HEADER).append('\n');
        synchronized (ROWS) {
            ROWS.forEach(r -> sb.append(r).append('\n'));
        }
        return sb.toString();
    }

    private static void write() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit when the whole run ends. */
    private static final class Printer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            write();
            System.out.println(table());
        }
    }
}

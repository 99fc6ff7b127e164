package dev.hkfilings.bench;

import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.RawFiling;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's warm-up: rounds of the same documents (under fresh filing ids each round, where a filing id matters),
 * until the JIT compiler threads of every JVM involved (this one and its children, read by {@link CpuByProcess}) used
 * at most a given CPU per document, or a number of rounds passed. A fixed count is not enough on two cores: compilations queue behind the busy
 * threads, and after 4,000 documents the app's and the broker's C2 threads still took a third of the topology's CPU.
 */
public final class WarmUp {

    /** Round {@code n} (from 1) of the side being warmed: its documents through it, returning when all are done. */
    @FunctionalInterface
    public interface Round {
        void run(int n) throws Exception;
    }

    private final int docsPerRound;
    private final int maxRounds;
    private final double quietJitMsPerDoc;

    public WarmUp(int docsPerRound, int maxRounds, double quietJitMsPerDoc) {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("bench.warmup.rounds must be at least 1, was " + maxRounds);
        }
        this.docsPerRound = docsPerRound;
        this.maxRounds = maxRounds;
        this.quietJitMsPerDoc = quietJitMsPerDoc;
    }

    public int maxRounds() {
        return maxRounds;
    }

    public double quietJitMsPerDoc() {
        return quietJitMsPerDoc;
    }

    /** Runs rounds until the JIT is quiet; says how many it took and the JIT's CPU per document in the last one. */
    public String run(Round round) throws Exception {
        double jit = 0;
        double total = 0;
        for (int r = 1; r <= maxRounds; r++) {
            CpuByProcess before = CpuByProcess.snapshot();
            round.run(r);
            Map<String, CpuByProcess.Share> cpu = CpuByProcess.snapshot().msPerDocSince(before, docsPerRound);
            jit = cpu.values().stream().mapToDouble(CpuByProcess.Share::jit).sum();
            total = cpu.values().stream().mapToDouble(CpuByProcess.Share::total).sum();
            System.out.printf(Locale.ROOT, "warm-up round %d: %s%n", r, CpuByProcess.format(cpu));
            if (jit <= quietJitMsPerDoc) {
                return String.format(Locale.ROOT, "%d round(s) of %d docs; JIT in the last %.2f of %.2f ms CPU per doc",
                        r, docsPerRound, jit, total);
            }
        }
        return String.format(Locale.ROOT, "%d round(s) of %d docs, JIT still busy: %.2f of %.2f ms CPU per doc in the last",
                maxRounds, docsPerRound, jit, total);
    }

    /** The documents under ids of their own for round {@code round}, so that each is processed and awaited as a new filing. */
    public static List<RawFiling> renamed(List<RawFiling> documents, int round) {
        List<RawFiling> out = new ArrayList<>(documents.size());
        for (RawFiling f : documents) {
            String id = f.getMetadata().getFilingId() + "-r" + round;
            out.add(RawFiling.newBuilder(f)
                    .setMetadata(FilingMetadata.newBuilder(f.getMetadata()).setFilingId(id).setFileName(id + ".pdf").build())
                    .setContent(ByteBuffer.wrap(f.getContent().array()))
                    .build());
        }
        return out;
    }
}

package dev.hkfilings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker pool on real child JVMs: same answers as in-process Tika, and a hang, a crash, a kill from outside, an
 * out-of-memory parse and a decompression bomb each cost one worker, never the caller, and the pool recovers.
 */
class IsolatedExtractorTest {

    private static final long FAULT_TIMEOUT_MS = 4_000;
    private static IsolatedExtractor pool;
    private static IsolatedExtractor faultPool;
    private static final InProcessExtractor inProcess = new InProcessExtractor(ExtractConfig.defaults());
    private static final byte[] SMALL_HTML = Documents.html("Poll results", "All resolutions were passed.");

    @BeforeAll
    static void startPools() throws InterruptedException {
        pool = new IsolatedExtractor(ExtractConfig.with(ExtractConfig.WORKERS, 2, ExtractConfig.WORKER_HEAP_MB, 256));
        faultPool = new IsolatedExtractor(ExtractConfig.with(ExtractConfig.WORKERS, 1, ExtractConfig.WORKER_HEAP_MB, 128,
                ExtractConfig.TIMEOUT_MS, FAULT_TIMEOUT_MS, ExtractConfig.WORKER_WARMUP_PARSES, 5));
        assertThat(pool.awaitReady(120_000)).isTrue();
        assertThat(faultPool.awaitReady(120_000)).isTrue();
    }

    @AfterAll
    static void stopPools() {
        List<Long> pids = new ArrayList<>(pool.workerPids());
        pids.addAll(faultPool.workerPids());
        pool.close();
        faultPool.close();
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void givesTheSameAnswersAsInProcessTika() {
        List<byte[]> documents = new ArrayList<>();
        Seeds.all().forEach(s -> documents.add(s.pdf()));
        documents.add(Documents.docx("Poll results\n股東週年大會投票結果"));
        documents.add(SMALL_HTML);
        documents.add(Documents.encoded("股份質押公告 控股股東質押股份 董事會公告 於二零二二年十月二十六日", "Big5"));
        documents.add(new byte[0]);
        documents.add(Documents.junk(5_000, 3));
        documents.add(Documents.truncated(Seeds.POLL.pdf(), 0.6));
        documents.add(Documents.corrupted(Seeds.POLL.pdf(), 9));
        documents.add(Documents.encrypted(Seeds.POLL.pdf()));
        documents.add(Documents.scanned(2));
        documents.add(Documents.docxEntityBomb());
        for (byte[] doc : documents) {
            ExtractionResult isolated = pool.extract(doc, "doc", null);
            ExtractionResult local = inProcess.extract(doc, "doc", null);
            assertThat(isolated).usingRecursiveComparison().ignoringFields("millis").isEqualTo(local);
        }
        assertThat(Seeds.flat(pool.extract(Seeds.PLEDGE.pdf(), "p.pdf", null).text())).contains(Seeds.PLEDGE.phrases());
    }

    @Test
    void manyCallersShareTheWorkers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractionResult>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                byte[] doc = i % 2 == 0 ? Seeds.POLL.pdf() : SMALL_HTML;
                results.add(callers.submit(() -> pool.extract(doc, "doc", null)));
            }
            for (Future<ExtractionResult> f : results) {
                ExtractionResult r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.ok()).as(r.reason()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aHangingParserTimesOutWithinTheDeadlineAndThePoolRecovers() {
        List<Long> before = faultPool.workerPids();
        long start = System.nanoTime();
        ExtractionResult r = faultPool.extract(TestHookParser.HANG, "hang.txt", null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.errorCode()).isEqualTo("TIMEOUT");
        assertThat(r.reason()).contains("did not finish within " + FAULT_TIMEOUT_MS + " ms", "hang.txt");
        assertThat(ms).isBetween(FAULT_TIMEOUT_MS, FAULT_TIMEOUT_MS + 3_000);
        assertRecovered(before);
    }

    @Test
    void aWorkerThatCrashesGivesParserCrashedAndThePoolRecovers() {
        List<Long> before = faultPool.workerPids();
        ExtractionResult r = faultPool.extract(TestHookParser.CRASH, "crash.txt", null);
        assertThat(r.errorCode()).isEqualTo("PARSER_CRASHED");
        assertThat(r.reason()).contains("worker died during the parse", "exit code 134");
        assertRecovered(before);
    }

    @Test
    void aWorkerKilledMidParseGivesParserCrashed() throws Exception {
        List<Long> before = faultPool.workerPids();
        CompletableFuture<ExtractionResult> hanging = CompletableFuture.supplyAsync(() -> faultPool.extract(TestHookParser.HANG, "x", null));
        long pid = awaitBusyWorker();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ExtractionResult r = hanging.get(FAULT_TIMEOUT_MS * 2, TimeUnit.MILLISECONDS);
        assertThat(r.errorCode()).isEqualTo("PARSER_CRASHED");
        assertThat(r.reason()).contains("signal 9");
        assertRecovered(before);
    }

    @Test
    void anOutOfMemoryParseCostsAWorkerNotTheApp() {
        List<Long> before = faultPool.workerPids();
        ExtractionResult r = faultPool.extract(TestHookParser.OOM, "oom.txt", null);
        assertThat(r.errorCode()).isEqualTo("OUT_OF_MEMORY");
        assertThat(r.reason()).contains("ran out of memory");
        assertRecovered(before);
    }

    @Test
    void aDecompressionBombIsStoppedAndThePoolRecovers() {
        List<Long> before = faultPool.workerPids();
        ExtractionResult r = faultPool.extract(Documents.pdfBomb(4096), "bomb.pdf", null);
        assertThat(r.ok()).isFalse();
        assertThat(r.errorCode()).isIn("TIMEOUT", "OUT_OF_MEMORY");
        assertThat(r.reason()).contains("bomb.pdf");
        assertRecovered(before);
    }

    private static long awaitBusyWorker() throws InterruptedException {
        long deadline = System.currentTimeMillis() + FAULT_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            List<Long> busy = faultPool.busyWorkerPids();
            if (!busy.isEmpty()) {
                return busy.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no worker became busy");
    }

    /** The next document is served (by a new worker: the old one is gone). */
    private static void assertRecovered(List<Long> before) {
        ExtractionResult next = faultPool.extract(SMALL_HTML, "next.html", null);
        assertThat(next.ok()).as(next.reason()).isTrue();
        assertThat(next.text()).contains("All resolutions were passed.");
        assertThat(faultPool.workerPids()).doesNotContainAnyElementsOf(before);
        for (long pid : before) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("old worker " + pid).isFalse();
        }
    }
}

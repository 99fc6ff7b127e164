package dev.hkfilings.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One worker JVM and its pipes. Used by one caller at a time (the pool hands it out). */
final class WorkerProcess {

    private static final int STDERR_TAIL_CHARS = 4_000;

    private final int id;
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final StringBuilder stderrTail = new StringBuilder();
    private volatile boolean broken;
    private int parses;

    private WorkerProcess(int id, Process process) {
        this.id = id;
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Thread drain = new Thread(this::drainStderr, "extract-worker-" + id + "-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts a worker and waits until it has warmed up; kills it if that takes longer than the start timeout. */
    static WorkerProcess start(int id, ExtractConfig config, ScheduledExecutorService watchdog) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + config.workerHeapMb() + "m");
        command.addAll(config.workerJvmOptions());
        command.add("-Dhkfilings.extract.worker=" + id);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.add(Integer.toString(config.maxTextChars()));
        command.add(Integer.toString(config.workerWarmupParses()));
        Process process = new ProcessBuilder(command).start();
        WorkerProcess worker = new WorkerProcess(id, process);
        ScheduledFuture<?> kill;
        try {
            kill = watchdog.schedule(process::destroyForcibly, config.workerStartTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            process.destroyForcibly();
            throw new IOException("the extractor was closed while worker " + id + " was starting", closed);
        }
        try {
            int ready = worker.fromWorker.read();
            if (ready != WorkerProtocol.READY) {
                process.destroyForcibly();
                throw new IOException("extraction worker " + id + " did not start within " + config.workerStartTimeoutMs()
                        + " ms (first byte " + ready + "): " + worker.stderrTail());
            }
        } finally {
            kill.cancel(false);
        }
        return worker;
    }

    ExtractionResult parse(byte[] content, String fileName, String declaredType, long timeoutMs, ScheduledExecutorService watchdog) {
        parses++;
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline;
        try {
            deadline = watchdog.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, timeoutMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            broken = true;
            return ExtractionResult.failure(FailureCode.UNAVAILABLE, "the extractor is closed", null, "none", 0);
        }
        try {
            try {
                WorkerProtocol.writeRequest(toWorker, content, fileName, declaredType);
            } catch (IOException e) {
                if (!timedOut.get()) {
                    // the worker reads a whole request before parsing: it was gone before this document reached a parser
                    broken = true;
                    throw new WorkerGoneException(e);
                }
                throw e;
            }
            ExtractionResult result = WorkerProtocol.readResult(fromWorker);
            if (FailureCode.OUT_OF_MEMORY.name().equals(result.errorCode())) {
                broken = true; // it exits after answering: its heap is suspect
            }
            return result;
        } catch (IOException e) {
            broken = true;
            if (timedOut.get()) {
                return ExtractionResult.failure(FailureCode.TIMEOUT, "parsing did not finish within " + timeoutMs
                        + " ms; the worker was killed" + named(fileName), null, "tika-" + TikaEngine.TIKA_VERSION, timeoutMs);
            }
            String exit = exitDescription();
            String tail = stderrTail();
            FailureCode code = tail.contains("OutOfMemoryError") ? FailureCode.OUT_OF_MEMORY : FailureCode.PARSER_CRASHED;
            return ExtractionResult.failure(code, "the extraction worker died during the parse (" + exit + ")" + named(fileName)
                    + (tail.isBlank() ? "" : ": " + lastLines(tail)), null, "tika-" + TikaEngine.TIKA_VERSION, 0);
        } finally {
            if (!deadline.cancel(false)) {
                broken = true; // the watchdog fired, maybe just after the answer: the process is being killed
            }
        }
    }

    /** The worker died before it received the request; the request can go to another worker. */
    static final class WorkerGoneException extends RuntimeException {
        WorkerGoneException(IOException cause) {
            super("extraction worker gone before the request was sent: " + cause.getMessage(), cause);
        }
    }

    /** Whether the worker can take another request. */
    boolean reusable(int maxParses) {
        return !broken && parses < maxParses && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int id() {
        return id;
    }

    void quit() {
        try {
            toWorker.writeByte(WorkerProtocol.OP_QUIT);
            toWorker.flush();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    private String exitDescription() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                int code = process.exitValue();
                return code > 128 ? "exit code " + code + ", signal " + (code - 128) : "exit code " + code;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return "closed its output";
    }

    private void drainStderr() {
        byte[] buf = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buf)) > 0) {
                synchronized (stderrTail) {
                    stderrTail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderrTail.length() > STDERR_TAIL_CHARS) {
                        stderrTail.delete(0, stderrTail.length() - STDERR_TAIL_CHARS);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone: what was read is the tail
        }
    }

    private String stderrTail() {
        try {
            // give the drain thread a moment to collect the dying words
            process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (stderrTail) {
            return stderrTail.toString();
        }
    }

    private static String lastLines(String tail) {
        String[] lines = tail.strip().split("\\R");
        int from = Math.max(0, lines.length - 3);
        return String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static String named(String fileName) {
        return fileName == null ? "" : " (file " + fileName + ")";
    }
}

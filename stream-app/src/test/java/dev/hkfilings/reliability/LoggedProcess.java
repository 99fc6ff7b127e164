package dev.hkfilings.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process of a scenario (the app, a Connect worker) whose output is appended to one log file across its
 * starts, so that a kill and a restart read as one story when a scenario fails.
 */
final class LoggedProcess {

    private final String name;
    private final List<String> command;
    private final Path log;
    private final Duration stopGrace;
    private Process process;

    /** @param stopGrace how long {@link #stop()} waits after SIGTERM before SIGKILL */
    LoggedProcess(String name, List<String> command, Path log, Duration stopGrace) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.stopGrace = stopGrace;
    }

    void start() throws IOException {
        Files.writeString(log, "=== start " + Instant.now() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = Orphans.guard(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted, no offset flushed. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    String describe() {
        String l = log();
        return name + " " + (isAlive() ? "alive" : process == null ? "not started" : "exited with " + process.exitValue())
                + "; log " + log + ":\n" + (l.length() <= 6000 ? l : "..." + l.substring(l.length() - 6000));
    }

    /** SIGTERM and wait for the shutdown hooks; SIGKILL after the grace period. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}

package dev.hkfilings.testkit.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One child JVM whose output goes to a log file. Every started child is also killed by a JVM shutdown hook,
 * and the child itself halts when this JVM disappears (see {@link ParentWatchdog}), so that neither a normal exit
 * nor a killed test JVM leaves an orphan broker or registry behind.
 */
public final class ChildJvm {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildJvm::killAll, "hkfilings-child-reaper"));
    }

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private volatile Process process;

    /**
     * @param name        a short name used in error messages ("kafka broker", "apicurio registry")
     * @param classpath   the child's class path
     * @param jvmOptions  options such as {@code -Xmx512m} and {@code -Dkey=value}
     * @param mainClass   the class whose {@code main} the child runs (through {@link ParentWatchdog})
     * @param args        arguments of that {@code main}
     * @param environment extra environment variables
     * @param logFile     the file that receives the child's stdout and stderr (appended, so restarts keep history)
     */
    public ChildJvm(String name, String classpath, List<String> jvmOptions, String mainClass, List<String> args,
                    Map<String, String> environment, Path logFile) {
        this.name = name;
        this.logFile = logFile;
        this.environment = new LinkedHashMap<>(environment);
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(jvmOptions);
        cmd.add("-D" + ParentWatchdog.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(ParentWatchdog.class.getName());
        cmd.add(mainClass);
        cmd.addAll(args);
        this.command = List.copyOf(cmd);
    }

    /** Starts the child; it must not be running. */
    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // an argument file keeps a long test class path out of the command line and out of error messages
            Path argFile = logFile.resolveSibling(logFile.getFileName() + ".args");
            Files.write(argFile, command.subList(1, command.size()).stream().map(ChildJvm::quote).toList(),
                    StandardCharsets.UTF_8);
            List<String> launch = new ArrayList<>();
            if (SETSID != null) {
                // its own session and process group: a Ctrl-C in the terminal reaches only the parent, which then
                // stops its children in order (the broker last) instead of all of them at once
                launch.add(SETSID);
            }
            launch.add(command.get(0));
            launch.add("@" + argFile);
            ProcessBuilder builder = new ProcessBuilder(launch)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            Process started = builder.start();
            LIVE.add(started);
            process = started;
            Files.writeString(logFile, "---- " + java.time.Instant.now() + " started " + name + " as pid " + started.pid() + ": "
                    + String.join(" ", launch) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /** Quotes one argument for a java argument file, where a backslash escapes the next character. */
    private static String quote(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The pid of the running child, or -1. */
    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /** Asks the child to stop (SIGTERM), and kills it if it has not stopped within {@code grace}. */
    public synchronized void stop(Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        try {
            p.destroy();
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(p);
            process = null;
        }
    }

    /** Kills the child at once (SIGKILL) and waits until it is gone. */
    public synchronized void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        try {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(p);
            process = null;
        }
    }

    public Path logFile() {
        return logFile;
    }

    public String name() {
        return name;
    }

    /** An exception that says what went wrong and shows the end of the child's log. */
    public IllegalStateException failure(String problem) {
        Process p = process;
        String state = p == null ? "not running" : p.isAlive() ? "running as pid " + p.pid() : "exited with code " + p.exitValue();
        return new IllegalStateException(name + ": " + problem + " (" + state + "). Log " + logFile.toAbsolutePath()
                + " ends with:" + System.lineSeparator() + tail(logFile, 40));
    }

    /** The last {@code lines} lines of a file (reads at most the last 64 KiB). */
    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log file)";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - 65536);
            byte[] bytes = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            int start = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), java.util.Arrays.asList(all).subList(start, all.length));
        } catch (IOException e) {
            return "(could not read the log: " + e + ")";
        }
    }

    /** {@code setsid} (util-linux) when present; it execs in place, so the child's pid stays the JVM's. */
    private static final String SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(f -> Files.isExecutable(Paths.get(f))).findFirst().orElse(null);

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void killAll() {
        for (Process p : LIVE) {
            p.destroyForcibly();
        }
        for (Process p : LIVE) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

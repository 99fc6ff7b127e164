package dev.hkfilings.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kills the child processes a scenario started when the test JVM exits early (a timeout, Ctrl-C), so that no app or
 * Connect worker outlives the harness's broker and keeps retrying against nothing.
 */
final class Orphans {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "reliability-reaper"));
    }

    private Orphans() {
    }

    static Process guard(Process p) {
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }
}

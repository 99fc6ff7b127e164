package dev.hkfilings.testkit.process;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A parent process for tests: starts a {@link Sleeper} through {@link ChildJvm}, prints the sleeper's pid and blocks,
 * so that a test can kill this parent with SIGKILL (no shutdown hook runs) and check that the sleeper goes too.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildJvm child = new ChildJvm("sleeper", System.getProperty("java.class.path"), List.of("-Xmx32m"),
                Sleeper.class.getName(), List.of(), Map.of(), Paths.get(args[0]));
        child.start();
        System.out.println("child pid " + child.pid());
        Thread.currentThread().join();
    }
}

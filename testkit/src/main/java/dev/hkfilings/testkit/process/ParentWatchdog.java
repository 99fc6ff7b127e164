package dev.hkfilings.testkit.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every child JVM: halts the child as soon as the JVM that started it is gone, then runs the real main
 * class. A shutdown hook in the parent does not run when the parent is killed (SIGKILL, a surefire fork timeout), and
 * without this the broker and the registry would keep running as orphans holding their ports.
 */
public final class ParentWatchdog {

    public static final String PARENT_PID_PROPERTY = "hkfilings.parent.pid";

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ParentWatchdog <main class> [args...]");
        }
        String parent = System.getProperty(PARENT_PID_PROPERTY);
        if (parent != null) {
            long pid = Long.parseLong(parent);
            ProcessHandle.of(pid).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(ParentWatchdog::parentGone),
                    ParentWatchdog::parentGone);
        }
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void parentGone() {
        System.err.println("hkfilings: the parent JVM is gone, halting this child");
        Runtime.getRuntime().halt(3);
    }
}

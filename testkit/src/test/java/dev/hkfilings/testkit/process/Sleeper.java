package dev.hkfilings.testkit.process;

/** A child process for tests: says hello, then blocks until it is killed. */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeper up");
        Thread.currentThread().join();
    }
}

package dev.hkfilings.testkit.process;

/** A child process for tests: writes a recognisable line and exits with code 3. */
public final class FailingMain {

    private FailingMain() {
    }

    public static void main(String[] args) {
        System.err.println("failing-main: something recognisable went wrong");
        System.exit(3);
    }
}

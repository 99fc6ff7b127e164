package dev.hkfilings.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a latch the main thread waits on, instead of letting them start the JVM's
 * shutdown. Shutdown hooks run all at once and in no order; the child-JVM reaper among them would kill the broker
 * while the topology and the Connect worker are still committing. Here the main thread stops everything in order,
 * then exits normally.
 */
final class StopSignal {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);

    private final CountDownLatch stop = new CountDownLatch(1);

    private StopSignal() {
    }

    static StopSignal install() {
        StopSignal signal = new StopSignal();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    if (signal.stop.getCount() == 0) {
                        // a second Ctrl-C: the user does not want to wait for the orderly stop
                        LOG.warn("SIG{} again: exiting now", s.getName());
                        System.exit(130);
                    }
                    LOG.info("SIG{} received: stopping", s.getName());
                    signal.stop.countDown();
                });
            } catch (IllegalArgumentException unavailable) {
                // e.g. the JVM runs with -Xrs, or the platform has no such signal: the JVM's own shutdown still applies
                LOG.warn("cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
        return signal;
    }

    void await() throws InterruptedException {
        stop.await();
    }
}

package dev.hkfilings.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports on 127.0.0.1, chosen by the operating system, each handed out once per JVM: the system may offer a
 * port again as soon as it is released, and a test that asks for a broker's, a controller's and a registry's port in
 * a row then got the same one twice.
 */
public final class FreePorts {

    private static final int MAX_TRIES = 100;
    private static final Set<Integer> ISSUED = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            int port = bind();
            if (ISSUED.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no port on 127.0.0.1 that was not handed out already, after " + MAX_TRIES + " tries");
    }

    private static int bind() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}

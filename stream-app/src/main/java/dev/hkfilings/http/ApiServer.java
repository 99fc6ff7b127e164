package dev.hkfilings.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the stream app, on the JDK's {@code com.sun.net.httpserver}: no servlet container, so no
 * clash with the Jetty that Kafka Connect brings along in the embedded run. It is bound first ({@link #bind}),
 * so that an ephemeral port is known before Kafka Streams is told its {@code application.server}, and serves
 * once {@link #start} gives it its route groups.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final HttpServer server;
    private final Router router = new Router();
    private final ExecutorService executor;
    private final List<Routes> groups = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds host:port (port 0 = an ephemeral port); nothing is served until {@link #start}. */
    public static ApiServer bind(String host, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
            // cached, not fixed: a streaming (SSE) client holds its thread for as long as it listens
            ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
            server.setExecutor(executor);
            return new ApiServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the HTTP API to " + host + ":" + port, e);
        }
    }

    /** Registers the route groups and starts serving. */
    public ApiServer start(List<? extends Routes> groups) {
        this.groups.addAll(groups);
        groups.forEach(g -> g.register(router));
        server.createContext("/", this::dispatch);
        server.start();
        LOG.info("HTTP API on port {}: {} routes", port(), router.routes().size());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Router router() {
        return router;
    }

    private void dispatch(HttpExchange ex) {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        var match = router.match("HEAD".equals(method) ? "GET" : method, path);
        ApiExchange api = new ApiExchange(ex, match.map(Router.Match::pathParams).orElse(Map.of()));
        try {
            if (match.isEmpty()) {
                throw router.hasPath(path)
                        ? new ApiException(405, "method " + method + " not allowed on " + path)
                        : ApiException.notFound("no route " + method + " " + path);
            }
            match.get().route().handler().handle(api);
        } catch (ApiException e) {
            error(api, e.status(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("{} {} failed", method, path, e);
            error(api, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (!api.responded()) {
                ex.close();
            }
        }
    }

    private static void error(ApiExchange api, int status, String message) {
        if (api.responded()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message);
        try {
            api.json(status, body);
        } catch (IOException e) {
            LOG.debug("client went away before the error answer", e);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "http-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        // a group that owns resources (the live stream's consumer and client threads) ends with the server
        for (Routes g : groups) {
            if (g instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("closing route group {} failed", g.getClass().getSimpleName(), e);
                }
            }
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.hkfilings.cli;

import dev.hkfilings.registry.RegistryClientConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;

/**
 * Up-front checks that the broker and the registry answer, each bounded to seconds, so a wrong address fails
 * at once with a message naming it instead of a client retrying for minutes.
 */
public final class ClusterCheck {

    private ClusterCheck() {
    }

    /** An admin client on the cluster, after a describe-cluster round trip proved it answers. */
    public static Admin connect(CliSettings settings, String clientId) {
        Admin admin;
        try {
            admin = Admin.create(settings.adminConfig(clientId));
        } catch (KafkaException e) {
            throw new CliFailure(CliFailure.UNREACHABLE, "cannot use the Kafka cluster at " + settings.bootstrapServers()
                    + ": " + rootMessage(e), e);
        }
        try {
            admin.describeCluster().clusterId().get(CliSettings.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return admin;
        } catch (TimeoutException | ExecutionException e) {
            admin.close(Duration.ZERO);
            String why = e instanceof TimeoutException ? "no answer within " + CliSettings.CONNECT_TIMEOUT.toSeconds() + " s"
                    : rootMessage(e);
            throw new CliFailure(CliFailure.UNREACHABLE, "cannot reach the Kafka cluster at " + settings.bootstrapServers()
                    + " (" + why + "): is a broker listening there, and do the security settings match its listener?", e);
        } catch (InterruptedException e) {
            admin.close(Duration.ZERO);
            Thread.currentThread().interrupt();
            throw new CliFailure(CliFailure.FAILED, "interrupted while connecting to " + settings.bootstrapServers(), e);
        }
    }

    /** Checks that the schema registry answers {@code GET /subjects}, with the configured credentials. */
    public static void registry(CliSettings settings) {
        RegistryClientConfig config = settings.registryConfig();
        if (config.mockScope().isPresent()) {
            return;
        }
        for (String url : config.urls()) {
            String base = url.strip().replaceAll("/+$", "");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/subjects"))
                    .timeout(CliSettings.CONNECT_TIMEOUT).GET();
            config.authorizationHeader().ifPresent(h -> request.header("Authorization", h));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int status;
            try {
                status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (HttpConnectTimeoutException e) {
                throw unreachable(base, "no connection within 5 s", e);
            } catch (HttpTimeoutException e) {
                throw unreachable(base, "no answer within " + CliSettings.CONNECT_TIMEOUT.toSeconds() + " s", e);
            } catch (ConnectException e) {
                throw unreachable(base, "connection refused: nothing listens there", e);
            } catch (IOException e) {
                throw unreachable(base, rootMessage(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliFailure(CliFailure.FAILED, "interrupted while checking the schema registry at " + base, e);
            }
            if (status == 401 || status == 403) {
                throw new CliFailure(CliFailure.UNREACHABLE, "the schema registry at " + base + " refused our credentials (HTTP "
                        + status + "): check basic.auth.* or bearer.auth.* in --security-config");
            }
            if (status == 404) {
                throw new CliFailure(CliFailure.UNREACHABLE, "the schema registry URL " + base + " has no /subjects (HTTP 404): "
                        + "give the registry's base URL (for Apicurio: http://host:port/apis/ccompat/v7)");
            }
            if (status / 100 != 2) {
                throw new CliFailure(CliFailure.UNREACHABLE, "the schema registry at " + base + " answered HTTP " + status
                        + " to GET /subjects");
            }
        }
    }

    private static CliFailure unreachable(String url, String why, Exception e) {
        return new CliFailure(CliFailure.UNREACHABLE, "cannot reach the schema registry at " + url + " (" + why + ")", e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}

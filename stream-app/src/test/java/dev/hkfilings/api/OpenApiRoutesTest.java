package dev.hkfilings.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hkfilings.http.Router;
import dev.hkfilings.topology.StreamAppConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/** openapi.yaml describes exactly the routes the app registers: none missing from either side. */
class OpenApiRoutesTest {

    @Test
    void theDocumentAndTheRegisteredRoutesAgreeBothWays() throws Exception {
        StreamAppConfig config = new StreamAppConfig(Map.of("bootstrap.servers", "unused:9092", "schema.registry.url", "mock://openapi"));
        ApiContext context = new ApiContext(config, null, new HostInfo("localhost", 1), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        Router router = new Router();
        RouteGroups.all(context).forEach(g -> g.register(router));
        Set<String> registered = new TreeSet<>();
        router.routes().forEach(r -> registered.add(r.method() + " " + r.path()));

        Set<String> documented = new TreeSet<>();
        JsonNode doc;
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }

        assertThat(registered).isNotEmpty();
        assertThat(documented).as("documented in openapi.yaml").containsExactlyElementsOf(registered);
    }

    @Test
    void everyPathParameterOfARouteIsDescribed() throws Exception {
        JsonNode doc;
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        doc.get("paths").fields().forEachRemaining(p -> {
            if (p.getKey().contains("{code}")) {
                assertThat(p.getValue().get("get").get("parameters").toString()).as(p.getKey()).contains("#/components/parameters/code");
            }
        });
    }
}

package dev.hkfilings.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() {
        Routes companies = router -> router
                .get("/api/companies/{code}", ex -> {
                    String code = ex.pathParam("code");
                    if (!code.matches("\\d{5}")) {
                        throw ApiException.badRequest("not a five-digit stock code: " + code);
                    }
                    ex.json(Map.of("code", code, "type", ex.query("type").orElse("any")));
                })
                .get("/api/companies/top", ex -> ex.json(List.of("literal")))
                .get("/api/boom", ex -> {
                    throw new IllegalStateException("kaput");
                });
        server = ApiServer.bind("127.0.0.1", 0).start(List.of(companies));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pathAndQueryParametersReachTheHandler() throws Exception {
        var r = get("/api/companies/00700?type=pledge%20x");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.get("code").asText()).isEqualTo("00700");
        assertThat(body.get("type").asText()).isEqualTo("pledge x");
    }

    @Test
    void literalSegmentsWinOverParameters() throws Exception {
        assertThat(get("/api/companies/top").body()).isEqualTo("[\"literal\"]");
    }

    @Test
    void errorsAreJsonWithTheirStatus() throws Exception {
        var bad = get("/api/companies/7x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(bad.body()).get("message").asText()).contains("7x");

        var missing = get("/api/nothing/here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(missing.body()).get("error").asText()).isEqualTo("Not Found");

        var failed = get("/api/boom");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Json.MAPPER.readTree(failed.body()).get("message").asText()).contains("kaput");

        var post = client.send(HttpRequest.newBuilder(uri("/api/companies/00700"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aRouteCannotBeRegisteredTwice() {
        assertThatThrownBy(() -> server.router().get("/api/companies/{code}", ex -> { }))
                .hasMessageContaining("twice");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}

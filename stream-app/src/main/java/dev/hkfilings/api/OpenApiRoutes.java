package dev.hkfilings.api;

import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.yaml}: the API's description, checked against the registered routes by a test. */
final class OpenApiRoutes implements Routes {

    static final String RESOURCE = "/openapi.yaml";

    private final byte[] document;

    OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(Router router) {
        router.get("/api/openapi.yaml", ex -> ex.send(200, "application/yaml", document));
    }
}

package dev.hkfilings.live;

import dev.hkfilings.http.ApiException;
import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dashboard page: static files from the classpath folder {@code dashboard/}, at {@code /} and
 * {@code /dashboard/<file>}. Plain HTML, CSS and JavaScript, so there is no front-end build.
 */
public final class DashboardRoutes implements Routes {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]+\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    public void register(Router router) {
        router.get("/", ex -> serve(ex, "index.html"));
        router.get("/dashboard", ex -> serve(ex, "index.html"));
        router.get("/dashboard/{file}", ex -> serve(ex, ex.pathParam("file")));
    }

    private static void serve(dev.hkfilings.http.ApiExchange ex, String file) throws IOException {
        // only plain names of the folder: no path can reach outside it
        if (!FILE.matcher(file).matches()) {
            throw ApiException.notFound("no dashboard file " + file);
        }
        try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream("dashboard/" + file)) {
            if (in == null) {
                throw ApiException.notFound("no dashboard file " + file);
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            ex.send(200, TYPES.get(ext), in.readAllBytes());
        }
    }
}

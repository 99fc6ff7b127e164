package dev.hkfilings.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The route table: method + path template ({@code /api/companies/{code}}) to handler. Templates match
 * segment by segment; a {@code {name}} segment matches any one non-empty segment and becomes a path parameter.
 */
public final class Router {

    /** One registered route; {@link #path()} is the template as written, e.g. {@code /api/companies/{code}}. */
    public record Route(String method, String path, Handler handler) {

        List<String> segments() {
            return split(path);
        }
    }

    /** A matched route with its path parameters. */
    public record Match(Route route, Map<String, String> pathParams) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router get(String path, Handler handler) {
        return add("GET", path, handler);
    }

    public Router add(String method, String path, Handler handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with /: " + path);
        }
        for (Route r : routes) {
            if (r.method().equals(method) && r.path().equals(path)) {
                throw new IllegalArgumentException("route registered twice: " + method + " " + path);
            }
        }
        routes.add(new Route(method, path, handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for a method and request path; literal segments win over parameters. */
    public Optional<Match> match(String method, String requestPath) {
        List<String> actual = split(requestPath);
        Match best = null;
        int bestLiterals = -1;
        for (Route r : routes) {
            if (!r.method().equals(method)) {
                continue;
            }
            List<String> template = r.segments();
            if (template.size() != actual.size()) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            int literals = 0;
            boolean ok = true;
            for (int i = 0; i < template.size() && ok; i++) {
                String t = template.get(i);
                if (t.startsWith("{") && t.endsWith("}")) {
                    params.put(t.substring(1, t.length() - 1), actual.get(i));
                } else if (t.equals(actual.get(i))) {
                    literals++;
                } else {
                    ok = false;
                }
            }
            if (ok && literals > bestLiterals) {
                best = new Match(r, params);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether any method is registered for the path (for a 405 rather than a 404). */
    boolean hasPath(String requestPath) {
        return routes.stream().anyMatch(r -> match(r.method(), requestPath).isPresent());
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}

package dev.hkfilings.api;

import dev.hkfilings.http.Routes;
import dev.hkfilings.live.LiveStream;
import java.util.List;

/** The route groups the stream app serves: add a new group here. */
public final class RouteGroups {

    private RouteGroups() {
    }

    public static List<Routes> all(ApiContext context) {
        return List.of(new HealthRoutes(context), LiveStream.start(context.config()));
    }
}

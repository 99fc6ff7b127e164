package dev.hkfilings.http;

/**
 * A group of routes (companies, metrics, the live stream...). Each group registers its handlers on the
 * server's {@link Router}; the groups the app serves are listed in one place, {@code dev.hkfilings.api.RouteGroups}.
 */
@FunctionalInterface
public interface Routes {

    void register(Router router);
}

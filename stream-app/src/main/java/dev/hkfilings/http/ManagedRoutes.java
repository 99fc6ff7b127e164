package dev.hkfilings.http;

/**
 * A route group that owns running parts (a consumer, client threads): the server starts it once it serves and
 * closes it when it stops. Building and registering it does no I/O, so the route table can be read without a cluster.
 */
public interface ManagedRoutes extends Routes, AutoCloseable {

    void start();

    @Override
    void close();
}

package dev.hkfilings.http;

/** Answers one request. Throw {@link ApiException} for a 4xx/5xx answer with a JSON error body. */
@FunctionalInterface
public interface Handler {

    void handle(ApiExchange exchange) throws Exception;
}

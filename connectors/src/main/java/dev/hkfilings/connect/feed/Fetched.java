package dev.hkfilings.connect.feed;

/**
 * The outcome of a GET: the body, or why there is none.
 *
 * @param body the bytes, or null when the request failed or the body was over the limit
 * @param declaredLength the Content-Length or the bytes read, null when unknown
 * @param tooLarge the body was larger than the limit and was not kept
 * @param failure why there is no body (HTTP status or error, after retries), null on success
 */
public record Fetched(byte[] body, String contentType, Long declaredLength, boolean tooLarge, String failure) {

    public boolean ok() {
        return body != null;
    }
}

package dev.hkfilings.registry;

/**
 * The registry answered a request with an error (4xx): carries the registry's {@code error_code} (40401 subject not
 * found, 40403 schema not found, 42201 invalid schema, 409 incompatible schema...) and message. Match on
 * {@link #errorCode()}: registries word their messages differently.
 */
public class RegistryResponseException extends RegistryException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

    private final int httpStatus;
    private final int errorCode;
    private final String registryMessage;
    private final String url;

    public RegistryResponseException(String method, String url, int httpStatus, int errorCode, String registryMessage) {
        super("Schema registry refused " + method + " " + url + ": HTTP " + httpStatus + ", error_code " + errorCode
                + ": " + registryMessage);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
        this.url = url;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code}; the HTTP status when the body carried none. */
    public int errorCode() {
        return errorCode;
    }

    public String registryMessage() {
        return registryMessage;
    }

    public String url() {
        return url;
    }
}

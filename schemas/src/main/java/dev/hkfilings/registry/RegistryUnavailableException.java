package dev.hkfilings.registry;

/** The registry could not be reached, or kept answering 5xx, through every configured retry. */
public class RegistryUnavailableException extends RegistryException {
    private final String url;

    public RegistryUnavailableException(String message, String url, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    /** The last URL tried. */
    public String url() {
        return url;
    }
}

package dev.hkfilings.connect;

/** The plugin version, from the jar manifest written by the build. */
public final class Version {

    private Version() {
    }

    public static String get() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }
}

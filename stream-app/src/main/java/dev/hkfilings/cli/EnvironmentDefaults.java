package dev.hkfilings.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command also from an environment variable, the usual way to configure a container.
 * One rule: {@code HKF_} + the option's long name without its dashes, upper case, dashes as underscores
 * ({@code --bootstrap-servers} → {@code HKF_BOOTSTRAP_SERVERS}, {@code --security-config} → {@code HKF_SECURITY_CONFIG}).
 * A value on the command line wins over the variable; the variable wins over the option's built-in default.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {

    public static final String PREFIX = "HKF_";

    private final Map<String, String> env;

    public EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static EnvironmentDefaults fromSystem() {
        return new EnvironmentDefaults(System.getenv());
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String value = env.get(variableName(option));
        return value == null || value.isBlank() ? null : value;
    }

    /** The variable of an option, or null for --help and --version, which have none. */
    public static String variableName(OptionSpec option) {
        if (option.usageHelp() || option.versionHelp()) {
            return null;
        }
        return PREFIX + option.longestName().replaceFirst("^-+", "").toUpperCase(Locale.ROOT).replace('-', '_');
    }
}

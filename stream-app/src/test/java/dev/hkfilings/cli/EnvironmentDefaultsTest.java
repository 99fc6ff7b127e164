package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every option from an HKF_ variable; the command line wins over the variable, the variable over the built-in default. */
class EnvironmentDefaultsTest {

    @Test
    void oneNamingRuleForEveryOption() {
        CommandLine cl = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(Map.of()));
        List<String> names = new ArrayList<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String v = EnvironmentDefaults.variableName(o);
                if (v != null) {
                    assertThat(v).matches("HKF_[A-Z0-9_]+");
                    names.add(sub.getCommandName() + " " + o.longestName() + " " + v);
                }
            }
        }
        assertThat(names).contains("replay --bootstrap-servers HKF_BOOTSTRAP_SERVERS",
                "replay --schema-registry-url HKF_SCHEMA_REGISTRY_URL", "replay --security-config HKF_SECURITY_CONFIG",
                "replay --stock-code HKF_STOCK_CODE", "reset --application-id HKF_APPLICATION_ID", "topics --sort HKF_SORT",
                "run --data-dir HKF_DATA_DIR");
    }

    @Test
    void aVariableSetsAnOptionAndTheCommandLineWins() {
        Map<String, String> env = Map.of("HKF_SORT", "records", "HKF_PREFIX", "066", "HKF_DATA_DIR", "/srv/data");
        CommandLine cl = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(env));
        cl.setOut(new PrintWriter(new StringWriter()));

        CommandLine.ParseResult fromEnv = cl.parseArgs("topics");
        TopicsCommand topics = fromEnv.subcommand().commandSpec().commandLine().getCommand();
        assertThat(topics.sort).isEqualTo(TopicsCommand.Sort.records);   // wins over the annotation's default "name"
        assertThat(topics.prefix).isEqualTo("066");

        CommandLine cl2 = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(env));
        TopicsCommand explicit = cl2.parseArgs("topics", "--sort", "name").subcommand().commandSpec().commandLine().getCommand();
        assertThat(explicit.sort).isEqualTo(TopicsCommand.Sort.name);

        RunCommand run = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(env)).parseArgs("run")
                .subcommand().commandSpec().commandLine().getCommand();
        assertThat(run.dataDir).hasToString("/srv/data");
    }

    @Test
    void helpAndVersionHaveNoVariable() {
        CommandLine cl = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(Map.of("HKF_HELP", "true")));
        OptionSpec help = cl.getSubcommands().get("replay").getCommandSpec().findOption("--help");
        assertThat(EnvironmentDefaults.variableName(help)).isNull();
        assertThat(new EnvironmentDefaults(Map.of("HKF_HELP", "true")).defaultValue(help)).isNull();
    }
}

package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md carries every command's usage help and the environment variable of every option, generated from
 * the picocli model; this fails when the page is stale.
 */
class CliReferenceTest {

    static final String REGENERATE = "./mvnw -B -o -pl stream-app -am test -Dtest=CliReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Ddocs.regenerate=true";
    static final String BEGIN = "<!-- BEGIN GENERATED: command reference (CliReferenceTest) -->";
    static final String END = "<!-- END GENERATED: command reference -->";
    private static final List<String> ORDER = List.of("run", "replay", "reset", "topics", "classify");

    @Test
    void theCheckedInReferenceMatchesTheCommands() throws Exception {
        Path file = Path.of(System.getProperty("docs.dir", "../docs"), "cli.md");
        String checkedIn = Files.readString(file, StandardCharsets.UTF_8);
        int b = checkedIn.indexOf(BEGIN);
        int e = checkedIn.indexOf(END);
        assertThat(b).as("%s has no %s marker", file, BEGIN).isNotNegative();
        assertThat(e).as("%s has no %s marker", file, END).isGreaterThan(b);
        String expected = checkedIn.substring(0, b + BEGIN.length()) + "\n" + render() + checkedIn.substring(e);
        if (Boolean.getBoolean("docs.regenerate") && !expected.equals(checkedIn)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            checkedIn = expected;
        }
        assertThat(checkedIn).as("%s is out of date with the commands; regenerate it with:%n  %s", file, REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyCommandAndEveryOptionIsInTheReference() {
        String reference = render();
        CommandLine cl = commandLine();
        assertThat(cl.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(ORDER);
        for (CommandLine sub : cl.getSubcommands().values()) {
            assertThat(reference).contains("## `" + sub.getCommandName() + "`");
            for (OptionSpec o : sub.getCommandSpec().options()) {
                assertThat(reference).contains(o.longestName());
                if (EnvironmentDefaults.variableName(o) != null) {
                    assertThat(reference).contains("| `" + o.longestName() + "` | `" + EnvironmentDefaults.variableName(o) + "` |");
                }
            }
        }
    }

    private static CommandLine commandLine() {
        CommandLine cl = Main.commandLine(RunCommandTest.UNUSED, new EnvironmentDefaults(Map.of()));
        cl.setUsageHelpWidth(110);
        return cl;
    }

    static String render() {
        CommandLine cl = commandLine();
        StringBuilder sb = new StringBuilder();
        sb.append("\n```text\n").append(cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        for (String name : ORDER) {
            CommandLine sub = cl.getSubcommands().get(name);
            sb.append("\n## `").append(name).append("`\n\n```text\n")
                    .append(sub.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n\n");
            sb.append("| option | environment variable |\n|---|---|\n");
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String v = EnvironmentDefaults.variableName(o);
                if (v != null) {
                    sb.append("| `").append(o.longestName()).append("` | `").append(v).append("` |\n");
                }
            }
        }
        return sb.append('\n').toString();
    }
}

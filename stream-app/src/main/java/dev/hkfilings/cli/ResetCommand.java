package dev.hkfilings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reset", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Resets the stream application so that its next start re-processes everything retained: the "
                + "committed offsets of its consumer group on hkex.filings.raw go to the earliest "
                + "offsets, and its internal topics (<application.id>-...-changelog/-repartition) are deleted.",
                "Refused while any instance of the application runs. Asks to type the application id to confirm, "
                        + "unless --yes is given."})
final class ResetCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "The application to reset (default: application.id from --config/-D, else hkfilings-stream).")
    String applicationId;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Spec
    CommandSpec spec;

    /** Where the confirmation is read from; the console's stdin unless a test sets it. */
    InputStream in = System.in;

    @Override
    public Integer call() throws ExecutionException, InterruptedException, IOException {
        CliSettings settings = kafka.settings(null);
        String id = applicationId != null ? applicationId : settings.applicationId();
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = ClusterCheck.connect(settings, id + "-reset-cli")) {
            ApplicationReset reset = new ApplicationReset(admin);
            ApplicationReset.Plan plan = reset.plan(id);
            refuseWhileRunning(plan);
            out.print(plan.describe());
            out.flush();
            if (!yes && !confirmed(out, id)) {
                throw new CliFailure(CliFailure.FAILED, "not confirmed: nothing was changed");
            }
            try {
                reset.execute(plan);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupNotEmptyException || e.getCause() instanceof UnknownMemberIdException) {
                    throw new CliFailure(CliFailure.FAILED, "application '" + id + "' started while resetting: stop every "
                            + "instance and run reset again (" + e.getCause().getMessage() + ")", e);
                }
                throw e;
            }
            out.println("reset done: application '" + id + "' re-processes from the earliest offsets on its next start.");
            out.println("Instances with state stores should also delete their local state directory (state.dir/" + id + ").");
            out.flush();
        }
        return 0;
    }

    private static void refuseWhileRunning(ApplicationReset.Plan plan) {
        if (!plan.activeMembers().isEmpty()) {
            throw new CliFailure(CliFailure.FAILED, "application '" + plan.applicationId() + "' is running: its consumer group has "
                    + plan.activeMembers().size() + " active member(s) (" + String.join(", ", plan.activeMembers())
                    + "). Stop every instance, then run reset again; nothing was changed.");
        }
    }

    private boolean confirmed(PrintWriter out, String id) throws IOException {
        out.print("type the application id (" + id + ") to confirm: ");
        out.flush();
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line != null && line.strip().equals(id);
    }
}

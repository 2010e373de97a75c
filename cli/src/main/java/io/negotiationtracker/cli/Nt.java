package io.negotiationtracker.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The negotiation tracker's command line: nt import | append | status | list | events | alerts | backtest. */
@Command(
        name = "nt",
        mixinStandardHelpOptions = true,
        version = "nt 0.1.0",
        description = "Writes events to and reads views, events and alerts from the negotiation tracker.",
        subcommands = {
            ImportCommand.class,
            AppendCommand.class,
            StatusCommand.class,
            ListCommand.class,
            EventsCommand.class,
            AlertsCommand.class,
            BacktestCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0 done",
            "  1 usage: wrong arguments or an unreadable input file",
            "  2 a service refused the request (the problem and its field are printed)",
            "  3 a service could not be reached",
            "  4 a service failed or answered something unreadable"
        })
public final class Nt implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command: import, append, status, list, events, alerts or backtest");
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    private static void exitCodes(CommandLine command) {
        command.getCommandSpec()
                .exitCodeOnInvalidInput(ExitCode.USAGE)
                .exitCodeOnExecutionException(ExitCode.SERVER_FAILED);
        command.getSubcommands().values().forEach(Nt::exitCodes);
    }

    /** Runs one command line; the environment is passed in so that tests can set NT_TOKEN and the URLs. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Nt());
        cli.setOut(out);
        cli.setErr(err);
        cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
        exitCodes(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof CliFailure failure) {
                commandLine.getErr().println("nt " + commandLine.getCommandName() + ": " + failure.getMessage());
                commandLine.getErr().flush();
                return failure.exitCode();
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

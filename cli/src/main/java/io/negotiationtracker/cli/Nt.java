package io.negotiationtracker.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The negotiation tracker's command line: nt import | append | status | list | events | alerts | backtest | export |
 * subscriptions | rebuild | dead-letters | token | completion.
 */
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
            BacktestCommand.class,
            ExportCommand.class,
            SubscriptionsCommand.class,
            RebuildCommand.class,
            DeadLettersCommand.class,
            TokenCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  export NT_TOKEN=$(nt token)          # a writer token from bin/run's secret",
            "  nt import infra/seed/us-japan-tariffs-2025.ndjson",
            "  nt status us-japan-tariffs-2025",
            "  nt export us-japan-tariffs-2025 tariffs --format ndjson -o -",
            "  source <(nt completion)              # tab completion in bash or zsh",
            "",
            "Services: --ingest-url, --projection-url, --notifier-url (env NT_INGEST_URL, NT_PROJECTION_URL, NT_NOTIFIER_URL);",
            "a token: --token (env NT_TOKEN). Every command shows an example: nt COMMAND --help.",
            "",
            "Exit codes:",
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
                spec.commandLine(),
                "name a command: import, append, status, list, events, alerts, backtest, export, subscriptions, rebuild,"
                        + " dead-letters, token or completion");
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Every command, configured, reading its defaults and JWT_SECRET from {@code environment}. */
    static CommandLine commandLine(Map<String, String> environment) {
        CommandLine cli = new CommandLine(new Nt(), new Factory(environment));
        cli.addSubcommand("completion", completion());
        configure(cli);
        return cli;
    }

    /** picocli's completion script generator, named "completion", with an example like every other command. */
    private static CommandLine completion() {
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion
                .getCommandSpec()
                .usageMessage()
                .description("Prints a bash/zsh completion script for nt (commands, options, datasets, formats).")
                .footerHeading("%nExamples:%n")
                .footer(
                        "  source <(nt completion)                                   # this shell",
                        "  nt completion > /etc/bash_completion.d/nt                 # every new shell");
        return completion;
    }

    /** Makes the commands; {@code nt token} reads JWT_SECRET from the environment given to {@link #run}. */
    private record Factory(Map<String, String> environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == TokenCommand.class) return type.cast(new TokenCommand(environment));
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** Every command: the exit codes, --help and --version, and help text up to 120 columns wide. */
    private static void configure(CommandLine command) {
        command.getCommandSpec()
                .mixinStandardHelpOptions(true)
                .exitCodeOnInvalidInput(ExitCode.USAGE)
                .exitCodeOnExecutionException(ExitCode.SERVER_FAILED);
        command.setUsageHelpWidth(120);
        command.getSubcommands().values().forEach(Nt::configure);
    }

    /** Runs one command line; the environment is passed in so that tests can set NT_TOKEN and the URLs. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(environment);
        cli.setOut(out);
        cli.setErr(err);
        cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
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

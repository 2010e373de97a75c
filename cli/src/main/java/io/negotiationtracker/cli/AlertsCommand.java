package io.negotiationtracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", description = {
        "Prints the deadline alerts after a sequence number; with --follow, also the new ones as they come.",
        "Following uses the notifier's alert stream (Server-Sent Events, resumed with Last-Event-ID), or polls where",
        "there is no stream."})
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Option(names = {"-n", "--negotiation"}, paramLabel = "ID", description = "Only this negotiation's alerts.")
    String negotiationId;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: set, extended, advanced, cancelled, change_signalled, approaching, passed...")
    String kind;

    @Option(names = "--after", paramLabel = "SEQ", defaultValue = "0", description = "Start after this alert sequence number (default 0).")
    long after;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new alerts as they come (Ctrl-C stops).")
    boolean follow;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N alerts.")
    Integer max;

    @Override
    public Integer call() {
        if (after < 0) throw CliFailure.usage("--after must be 0 or more");
        if (max != null && max < 1) throw CliFailure.usage("--max must be 1 or more");
        Output out = services.output();
        new Feed(new NotifierAlerts(services, negotiationId, kind), out, a -> out.line(out.json() ? Json.compact(a) : AlertText.line(a)), max)
                .run(after, follow);
        return ExitCode.OK;
    }
}

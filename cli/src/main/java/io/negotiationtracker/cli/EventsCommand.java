package io.negotiationtracker.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", description = {
        "Prints the stored events after a position; with --follow, also the new ones as they are stored.",
        "Following subscribes to ingest's event stream (Server-Sent Events, resumed with Last-Event-ID after a drop),",
        "or polls where there is no stream.",
        "--json prints one envelope a line (NDJSON), which 'nt import' reads back."})
final class EventsCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Option(names = {"-n", "--negotiation"}, paramLabel = "ID", description = "Only this negotiation's events.")
    String negotiationId;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Only these event types, e.g. DeadlineChanged,RoundHeld.")
    List<String> types;

    @Option(names = "--after", paramLabel = "POSITION", defaultValue = "0", description = "Start after this global position (default 0: from the start).")
    long after;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new events as they are stored (Ctrl-C stops).")
    boolean follow;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N events.")
    Integer max;

    @Override
    public Integer call() {
        if (after < 0) throw CliFailure.usage("--after must be 0 or more");
        if (max != null && max < 1) throw CliFailure.usage("--max must be 1 or more");
        Output out = services.output();
        new Feed(new IngestEvents(services, negotiationId, types), out, e -> out.line(out.json() ? Json.compact(e) : EventText.line(e)), max)
                .run(after, follow);
        return ExitCode.OK;
    }
}

package io.negotiationtracker.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "events",
        description = {
            "Prints the stored events after a position; with --follow, also the new ones as they are stored.",
            "Following subscribes to ingest's event stream (Server-Sent Events, resumed with Last-Event-ID after a drop),",
            "or polls where there is no stream.",
            "--json prints one envelope a line (NDJSON), which 'nt import' reads back."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt events --json > all.ndjson", "  nt events --follow -n us-japan-tariffs-2025"})
final class EventsCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Mixin
    FeedOptions feed;

    @Option(
            names = {"-n", "--negotiation"},
            paramLabel = "ID",
            description = "Only this negotiation's events.")
    String negotiationId;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            split = ",",
            description = "Only these event types, e.g. DeadlineChanged,RoundHeld.")
    List<String> types;

    @Override
    public Integer call() {
        return feed.print(HttpFeed.events(services, negotiationId, types), services.output(), EventText::line);
    }
}

package io.negotiationtracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "alerts",
        description = {
            "Prints the deadline alerts after a sequence number; with --follow, also the new ones as they come.",
            "Following uses the notifier's alert stream (Server-Sent Events, resumed with Last-Event-ID), or polls where",
            "there is no stream."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt alerts -n us-japan-tariffs-2025", "  nt alerts --follow --json"})
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Mixin
    FeedOptions feed;

    @Option(
            names = {"-n", "--negotiation"},
            paramLabel = "ID",
            description = "Only this negotiation's alerts.")
    String negotiationId;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description =
                    "Only this kind: set, extended, advanced, cancelled, change_signalled, approaching, passed...")
    String kind;

    @Override
    public Integer call() {
        return feed.print(HttpFeed.alerts(services, negotiationId, kind), services.output(), AlertText::line);
    }
}

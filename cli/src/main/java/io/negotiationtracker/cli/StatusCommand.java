package io.negotiationtracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "status",
        description =
                "Shows a negotiation's status: rounds, issues, the next deadline, deadlines and how they moved, tariffs.",
        footerHeading = "%nExamples:%n",
        footer = {"  nt status us-japan-tariffs-2025", "  nt status us-japan-tariffs-2025 --as-of 2025-05-31 --json"})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Parameters(paramLabel = "NEGOTIATION", description = "The negotiation id.")
    String negotiationId;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The status as of this world date.")
    String asOf;

    @Option(
            names = "--known-at",
            paramLabel = "INSTANT",
            description = "Only what had been recorded by then (ISO-8601, or a date).")
    String knownAt;

    @Override
    public Integer call() {
        var status = HttpApi.get(
                "projection",
                services.projection(new Query()
                        .add("asOf", asOf)
                        .add("knownAt", knownAt)
                        .on("/api/negotiations/" + Paths.segment(negotiationId) + "/status")));
        Output out = services.output();
        if (out.json()) out.document(status);
        else StatusText.lines(status).forEach(out::line);
        return ExitCode.OK;
    }
}

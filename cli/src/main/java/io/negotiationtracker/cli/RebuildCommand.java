package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "rebuild",
        header = "Rebuilds the projection's views from the event topic, or shows the rebuild's state.",
        description = {
            "Starts a rebuild of the projection's views from the event topic (a writer token; the old views serve",
            "until the new ones have caught up), or with --status shows where the last one stands."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt rebuild --token \"$(nt token)\"", "  nt rebuild --status"})
final class RebuildCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Option(names = "--status", description = "Only show the rebuild's state, start nothing.")
    boolean statusOnly;

    @Override
    public Integer call() {
        JsonNode status = statusOnly
                ? HttpApi.get("projection", services.projection("/api/admin/rebuild"), services.readToken())
                : HttpApi.post(
                        "projection",
                        services.projection("/api/admin/rebuild"),
                        "{}",
                        Map.of("Authorization", "Bearer " + services.writerToken()));
        Output out = services.output();
        if (out.json()) {
            out.document(status);
            return ExitCode.OK;
        }
        out.line("rebuild " + status.path("state").asText() + ": serving generation "
                + status.path("servingGeneration").asText()
                + (status.hasNonNull("rebuildingGeneration")
                        ? ", building generation "
                                + status.path("rebuildingGeneration").asText() + " ("
                                + status.path("appliedRecords").asLong() + " records applied, lag "
                                + status.path("lag").asLong() + ")"
                        : ""));
        return ExitCode.OK;
    }
}

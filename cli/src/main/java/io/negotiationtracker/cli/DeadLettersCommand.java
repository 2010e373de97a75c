package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "dead-letters",
        header = "Lists the records the projection could not read, apply or render (dead letters).",
        description = {
            "Lists the records the projection could not read, apply or render, with the reason and where they came",
            "from (topic/partition/offset). No service offers a retry API yet: a fixed record is replayed by a",
            "rebuild (nt rebuild). The notifier's failed webhook deliveries: nt subscriptions deliveries ID --dead."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt dead-letters", "  nt dead-letters --json | jq '.deadLetters[].reason'"})
final class DeadLettersCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Override
    public Integer call() {
        JsonNode all = HttpApi.get("projection", services.projection("/api/dead-letters"), services.readToken());
        Output out = services.output();
        if (out.json()) {
            out.document(all);
            return ExitCode.OK;
        }
        for (JsonNode d : all.path("deadLetters"))
            out.line(String.format(
                    "%s  %s  %s",
                    d.path("recordedAt").asText(),
                    d.path("source").asText(),
                    d.path("reason").asText()));
        out.line(all.path("deadLetters").size() + " dead letters");
        return ExitCode.OK;
    }
}

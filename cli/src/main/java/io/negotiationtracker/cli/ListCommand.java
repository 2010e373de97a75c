package io.negotiationtracker.cli;

import static io.negotiationtracker.cli.EventText.text;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "list",
        description =
                "Lists the negotiations the projection knows, with rounds held, open issues and the next legal deadline.",
        footerHeading = "%nExamples:%n",
        footer = {"  nt list", "  nt list --json"})
final class ListCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Override
    public Integer call() {
        var answer = HttpApi.get("projection", services.projection("/api/negotiations"));
        Output out = services.output();
        if (out.json()) {
            out.document(answer);
            return ExitCode.OK;
        }
        var negotiations = answer.path("negotiations");
        if (negotiations.isEmpty()) out.line("No negotiation yet.");
        negotiations.forEach(n -> out.line(String.format(
                "%-32s %s  (%d rounds, %d open issues, next legal deadline %s)",
                text(n, "negotiationId"),
                text(n, "title"),
                n.path("roundsHeld").asInt(),
                n.path("openIssues").asInt(),
                n.path("nextDeadline").hasNonNull("dueOn") ? text(n.path("nextDeadline"), "dueOn") : "none")));
        return ExitCode.OK;
    }
}

package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "backtest",
        header = "Replays a negotiation day by day: the alerts a policy would have raised, sent or held back.",
        description = {
            "Replays a negotiation day by day and prints the alerts a policy would have raised from what was published by each",
            "day: sent, or held back and why (moved before the alert day, superseded version, outside the policy)."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt backtest us-japan-tariffs-2025 --from 2025-04-01 --to 2025-08-31 --horizons 7,1"})
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Parameters(paramLabel = "NEGOTIATION", description = "The negotiation id.")
    String negotiationId;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "The first day replayed.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            required = true,
            description = "The last day replayed (at most 5 years after --from).")
    String to;

    @Option(
            names = "--classes",
            paramLabel = "CLASS",
            split = ",",
            description = "Deadline classes followed: legal, target, milestone (default legal).")
    List<String> classes;

    @Option(
            names = "--kinds",
            paramLabel = "KIND",
            split = ",",
            description = "Alert kinds wanted, e.g. approaching,due_today,passed (default all).")
    List<String> kinds;

    @Option(
            names = "--horizons",
            paramLabel = "DAYS",
            split = ",",
            description = "Days before a due date for approaching alerts (default 7,1).")
    List<Integer> horizons;

    @Option(names = "--sent-only", description = "Leave out the alerts held back.")
    boolean sentOnly;

    @Override
    public Integer call() {
        JsonNode result = HttpApi.get(
                "notifier",
                services.notifier(new Query()
                        .add("from", from)
                        .add("to", to)
                        .add("policy", policy())
                        .on("/api/negotiations/" + Paths.segment(negotiationId) + "/alert-backtest")));
        Output out = services.output();
        if (out.json()) {
            out.document(result);
            return ExitCode.OK;
        }
        for (JsonNode a : result.path("alerts")) if (!sentOnly || a.path("sent").asBoolean()) out.line(line(a));
        out.line(result.path("sent").asInt() + " sent, "
                + result.path("suppressed").asInt() + " held back, "
                + result.path("from").asText() + " to " + result.path("to").asText() + ", policy "
                + Json.compact(result.path("policy")));
        return ExitCode.OK;
    }

    /** The policy as the notifier reads it; null (the notifier's default) when no option narrows it. */
    private String policy() {
        if (classes == null && kinds == null && horizons == null) return null;
        ObjectNode p = Json.MAPPER.createObjectNode();
        if (classes != null) classes.forEach(p.putArray("classes")::add);
        if (kinds != null) kinds.forEach(p.putArray("kinds")::add);
        if (horizons != null) horizons.forEach(p.putArray("horizonsDays")::add);
        return Json.compact(p);
    }

    static String line(JsonNode a) {
        String kind = a.path("kind").asText()
                + (a.path("horizonDays").isNumber()
                        ? " " + a.path("horizonDays").asInt() + "d"
                        : "");
        String outcome = a.path("sent").asBoolean()
                ? "sent"
                : "held back (" + a.path("reason").asText() + ")";
        return String.format(
                "%s  %-16s %-50s due %-14s %s",
                a.path("day").asText(),
                kind,
                a.path("deadlineId").asText() + " [" + a.path("deadlineClass").asText() + "]",
                a.path("dueOn").asText(),
                outcome);
    }
}

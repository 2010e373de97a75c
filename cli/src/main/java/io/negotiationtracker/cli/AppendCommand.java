package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "append",
        description = {
            "Appends one event to a negotiation through ingest and prints its version and position.",
            "Example: nt append us-japan-tariffs-2025 '{\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-17\",",
            "  \"source\":{\"publisher\":\"Example Wire\"},\"data\":{\"speaker\":{\"name\":\"Ryosei Akazawa\",\"party\":\"JP\"},\"quote\":\"...\"}}'"
        },
        footerHeading = "%nExamples:%n",
        footer = {"  nt append us-japan-tariffs-2025 --file statement.json --expected-version 37"})
final class AppendCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Parameters(
            index = "0",
            paramLabel = "NEGOTIATION",
            description = "The negotiation id, e.g. us-japan-tariffs-2025.")
    String negotiationId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EVENT", description = "The event as JSON (or use --file).")
    String json;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "Read the event from a file; '-' reads standard input.")
    Path file;

    @Option(
            names = "--expected-version",
            paramLabel = "N",
            description = "Refuse (412) unless the negotiation is at this version: optimistic concurrency.")
    Long expectedVersion;

    @Override
    public Integer call() {
        if ((json == null) == (file == null))
            throw CliFailure.usage(
                    "give the event either as an argument or with --file, not " + (json == null ? "neither" : "both"));
        List<EventFile.Entry> events =
                file != null ? EventFile.read(file, negotiationId) : EventFile.parse(json, "EVENT", negotiationId);
        if (events.size() != 1)
            throw CliFailure.usage(
                    "append takes exactly one event, not " + events.size() + "; use 'nt import' for more");
        var event = events.get(0);
        if (!event.negotiationId().equals(negotiationId))
            throw CliFailure.usage("the event names negotiation '" + event.negotiationId() + "' but the command names '"
                    + negotiationId + "'");
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + services.writerToken()));
        if (expectedVersion != null) headers.put("If-Match", "\"" + expectedVersion + "\"");
        JsonNode answer = HttpApi.post(
                "ingest",
                services.ingest("/api/negotiations/" + Paths.segment(negotiationId) + "/events"),
                event.event().toString(),
                headers);
        Output out = services.output();
        if (out.json()) {
            out.document(answer);
            return ExitCode.OK;
        }
        JsonNode stored = answer.path("events").path(0);
        String type = event.event().path("type").asText();
        out.line(
                stored.path("duplicate").asBoolean()
                        ? String.format(
                                "%s %s was already stored as version %d (position %d); nothing new was written",
                                type,
                                stored.path("eventId").asText(),
                                stored.path("version").asLong(),
                                stored.path("position").asLong())
                        : String.format(
                                "Stored %s %s in %s as version %d (position %d)",
                                type,
                                stored.path("eventId").asText(),
                                negotiationId,
                                stored.path("version").asLong(),
                                stored.path("position").asLong()));
        return ExitCode.OK;
    }
}

package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = {
            "Writes the events of a file (a JSON array, or NDJSON: one event a line) through ingest.",
            "Each negotiation's events go in order, in atomic batches of at most --batch-size. Events with an eventId are",
            "idempotent: importing the same file again stores nothing twice."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  nt import infra/seed/us-japan-tariffs-2025.ndjson",
            "  nt events --json | nt import - --ingest-url http://other:8081"
        })
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Parameters(paramLabel = "FILE", description = "The file to import; '-' reads standard input.")
    Path file;

    @Option(
            names = {"-n", "--negotiation"},
            paramLabel = "ID",
            description = "The negotiation of events that do not name one.")
    String negotiationId;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "500",
            description = "Events per request (1 to 1000; default ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        if (batchSize < 1 || batchSize > 1000)
            throw CliFailure.usage("--batch-size must be between 1 and 1000, not " + batchSize);
        Map<String, List<EventFile.Entry>> byNegotiation = new LinkedHashMap<>();
        for (var entry : EventFile.read(file, negotiationId))
            byNegotiation
                    .computeIfAbsent(entry.negotiationId(), k -> new ArrayList<>())
                    .add(entry);
        String token = services.writerToken();
        Output out = services.output();
        ArrayNode results = Json.MAPPER.createArrayNode();
        for (var e : byNegotiation.entrySet()) {
            ObjectNode result = importOne(e.getKey(), e.getValue(), token);
            results.add(result);
            if (!out.json())
                out.line(String.format(
                        "%s: %d events, %d stored, %d already there (stream version %d, last position %d)",
                        e.getKey(),
                        result.path("events").asInt(),
                        result.path("stored").asInt(),
                        result.path("duplicates").asInt(),
                        result.path("streamVersion").asLong(),
                        result.path("lastPosition").asLong()));
        }
        if (out.json()) out.document(Json.MAPPER.createObjectNode().set("negotiations", results));
        return ExitCode.OK;
    }

    private ObjectNode importOne(String negotiation, List<EventFile.Entry> entries, String token) {
        int stored = 0;
        JsonNode last = null;
        for (int from = 0; from < entries.size(); from += batchSize) {
            ArrayNode batch = Json.MAPPER.createArrayNode();
            entries.subList(from, Math.min(entries.size(), from + batchSize)).forEach(x -> batch.add(x.event()));
            try {
                last = HttpApi.post(
                        "ingest",
                        services.ingest("/api/negotiations/" + Paths.segment(negotiation) + "/events"),
                        batch.toString(),
                        Map.of("Authorization", "Bearer " + token));
            } catch (CliFailure f) {
                throw new CliFailure(
                        f.exitCode(),
                        f.getMessage()
                                + where(f, entries, from)
                                + (from > 0
                                        ? "; the first " + from + " events of " + negotiation
                                                + " were stored, and importing again resumes without duplicates"
                                        : ""));
            }
            for (JsonNode ev : last.path("events")) if (!ev.path("duplicate").asBoolean()) stored++;
        }
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("negotiationId", negotiation)
                .put("events", entries.size())
                .put("stored", stored)
                .put("duplicates", entries.size() - stored)
                .put("streamVersion", last.path("streamVersion").asLong())
                .put("lastPosition", last.path("lastPosition").asLong());
        return result;
    }

    /** Names the line of the file that a refusal's field ("[3].data.dueOn") points at. */
    private static String where(CliFailure f, List<EventFile.Entry> entries, int from) {
        var m = java.util.regex.Pattern.compile("field: \\[(\\d+)]").matcher(f.getMessage());
        if (!m.find()) return "";
        int index = from + Integer.parseInt(m.group(1));
        return index < entries.size() ? " at " + entries.get(index).where() : "";
    }
}

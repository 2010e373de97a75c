package io.negotiationtracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Events to write, read from a JSON array or NDJSON (one event a line). An event names its stream with
 * {@code negotiationId}, or takes the default one. Fields that ingest assigns (version, position, recordedAt) are
 * dropped, so the output of {@code nt events --json} can be imported elsewhere as it is.
 */
final class EventFile {
    private static final Set<String> ASSIGNED_BY_INGEST = Set.of("version", "position", "recordedAt");

    record Entry(String negotiationId, ObjectNode event, String where) {}

    private EventFile() {}

    static List<Entry> read(Path file, String defaultNegotiation) {
        String text;
        try {
            text = "-".equals(file.toString())
                    ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : Files.readString(file);
        } catch (IOException e) {
            throw CliFailure.usage("cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString(), defaultNegotiation);
    }

    static List<Entry> parse(String text, String name, String defaultNegotiation) {
        List<Entry> entries = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.isEmpty()) throw CliFailure.usage(name + " holds no event");
        if (trimmed.startsWith("[")) {
            JsonNode array = node(trimmed, name);
            for (int i = 0; i < array.size(); i++)
                entries.add(entry(array.get(i), name + "[" + i + "]", defaultNegotiation));
        } else {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                entries.add(entry(node(lines[i], name + ":" + (i + 1)), name + ":" + (i + 1), defaultNegotiation));
            }
        }
        return entries;
    }

    private static Entry entry(JsonNode node, String where, String defaultNegotiation) {
        if (!(node instanceof ObjectNode event)) throw CliFailure.usage(where + ": an event must be a JSON object");
        ObjectNode copy = event.deepCopy();
        JsonNode id = copy.remove("negotiationId");
        ASSIGNED_BY_INGEST.forEach(copy::remove);
        String negotiationId = id != null && !id.isNull() ? id.asText() : defaultNegotiation;
        if (negotiationId == null || negotiationId.isBlank())
            throw CliFailure.usage(where + ": the event has no negotiationId; add one or pass --negotiation ID");
        return new Entry(negotiationId, copy, where);
    }

    private static JsonNode node(String json, String where) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw CliFailure.usage(where + ": not JSON" + (at == null ? "" : " (column " + at.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
    }
}

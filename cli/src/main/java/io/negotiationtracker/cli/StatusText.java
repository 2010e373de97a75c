package io.negotiationtracker.cli;

import static io.negotiationtracker.cli.EventText.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A negotiation's status as a few readable lines; fields the projection does not send are left out, not guessed. */
final class StatusText {
    private StatusText() {}

    static List<String> lines(JsonNode s) {
        List<String> out = new ArrayList<>();
        out.add(text(s, "title") + " (" + text(s, "negotiationId") + "), version " + s.path("version").asLong() + ", as of " + text(s, "today"));
        rounds(s.path("rounds"), out);
        JsonNode open = s.path("issues").path("open");
        out.add(String.format("%-15s %d open, %d closed", "Issues", open.size(), s.path("issues").path("closed").size()));
        open.forEach(i -> out.add("  - " + text(i, "title") + (i.hasNonNull("raisedBy") ? " (" + text(i, "raisedBy") + ")" : "")));
        next(s.path("nextDeadline"), out);
        out.add("Deadlines");
        s.path("deadlines").forEach(d -> out.add("  - " + deadline(d)));
        tariffs("Tariffs in force", s.path("tariffs").path("inForce"), out);
        tariffs("Tariffs threatened", s.path("tariffs").path("threatened"), out);
        JsonNode agreements = s.path("agreements");
        out.add(String.format("%-15s %s", "Agreements", agreements.isEmpty() ? "none" : agreements.size()));
        agreements.forEach(a -> out.add("  - " + text(a, "scope") + ": " + text(a, "summary")));
        return out;
    }

    private static void rounds(JsonNode r, List<String> out) {
        List<String> levels = new ArrayList<>();
        r.path("byLevel").properties().forEach(e -> { if (e.getValue().asInt() > 0) levels.add(e.getKey() + " " + e.getValue().asInt()); });
        JsonNode last = r.path("last");
        out.add(String.format("%-15s %d%s%s", "Rounds held", r.path("total").asInt(), levels.isEmpty() ? "" : " (" + String.join(", ", levels) + ")",
                last.isObject() ? "; last: " + text(last, "level") + (last.hasNonNull("location") ? " in " + text(last, "location") : "") + ", "
                        + text(last, "occurredOn") + (last.hasNonNull("outcome") ? " (" + text(last, "outcome") + ")" : "") : ""));
    }

    private static void next(JsonNode n, List<String> out) {
        if (!n.isObject()) {
            out.add(String.format("%-15s none ahead", "Next deadline"));
            return;
        }
        long days = n.path("daysLeft").asLong();
        out.add(String.format("%-15s %s, due %s, %s%s", "Next deadline", text(n, "title"), text(n, "dueOn"),
                days == 0 ? "today" : days > 0 ? "in " + days + (days == 1 ? " day" : " days") : -days + " days ago",
                n.path("changeSignalled").asBoolean() ? " (a change was signalled)" : ""));
    }

    private static String deadline(JsonNode d) {
        List<String> moves = new ArrayList<>();
        d.path("history").forEach(h -> {
            String kind = text(h, "kind");
            if (kind.equals("extended") || kind.equals("advanced")) moves.add(kind + " " + text(h, "from") + " -> " + text(h, "to") + " on " + text(h, "occurredOn"));
            if (kind.equals("signalled")) moves.add("change signalled on " + text(h, "occurredOn"));
        });
        return text(d, "title") + ": " + (d.path("cancelled").asBoolean() ? "cancelled" : "due " + text(d, "dueOn"))
                + (moves.isEmpty() ? "" : " [" + String.join("; ", moves) + "]");
    }

    private static void tariffs(String heading, JsonNode list, List<String> out) {
        out.add(String.format("%-15s %d", heading.replace("Tariffs ", "Tariffs "), list.size()));
        list.forEach(t -> out.add("  - " + (t.hasNonNull("ratePercent") ? text(t, "ratePercent") + "%" : "rate not given") + " on " + text(t, "product")
                + " (" + text(t, "imposedBy") + " on " + text(t, "target") + ")" + (t.hasNonNull("effectiveOn") ? ", " + text(t, "effectiveOn") : "")));
    }
}

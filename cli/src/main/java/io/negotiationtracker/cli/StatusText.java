package io.negotiationtracker.cli;

import static io.negotiationtracker.cli.EventText.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A negotiation's status as a few readable lines, in the dashboard's order: rounds since the opening (with the meetings
 * that capped them), issues with positions, the next legal deadline with its signals, targets and milestones beside
 * it, tariff measures by state, offers, agreements. Fields the projection does not send are left out, not guessed.
 */
final class StatusText {
    private StatusText() {}

    static List<String> lines(JsonNode s) {
        List<String> out = new ArrayList<>();
        out.add(text(s, "title") + " (" + text(s, "negotiationId") + "), version "
                + s.path("version").asLong() + ", as of " + text(s, "today"));
        rounds(s.path("rounds"), out);
        JsonNode open = s.path("issues").path("open");
        out.add(String.format(
                "%-15s %d open, %d closed",
                "Issues", open.size(), s.path("issues").path("closed").size()));
        open.forEach(i -> {
            out.add("  - " + (i.path("blocking").asBoolean() ? "[blocking] " : "") + text(i, "title")
                    + (i.hasNonNull("raisedBy") ? " (" + text(i, "raisedBy") + ")" : ""));
            i.path("positions")
                    .forEach(p -> out.add("      " + text(p, "party") + ": " + text(p, "position")
                            + ("reported"
                                            .equals(p.path("provenance")
                                                    .path("confidence")
                                                    .asText())
                                    ? " (reported)"
                                    : "")));
        });
        next(s.path("nextDeadline"), out);
        s.path("targets")
                .forEach(t -> out.add("  target: " + (t.hasNonNull("owner") ? text(t, "owner") + ": " : "")
                        + text(t, "title") + ", "
                        + (t.path("window").isObject()
                                ? "window " + text(t.path("window"), "from") + " to " + text(t.path("window"), "to")
                                : text(t, "dueOn"))
                        + " [" + text(t, "targetStatus") + "]"));
        s.path("milestones")
                .forEach(m -> out.add(
                        "  milestone: " + text(m, "title") + ", " + text(m, "dueOn") + " (" + text(m, "state") + ")"));
        out.add("Deadlines");
        s.path("deadlines").forEach(d -> out.add("  - " + deadline(d)));
        JsonNode t = s.path("tariffs");
        tariffs("Tariffs in force", t.path("inForce"), out);
        tariffs("Tariffs suspended", t.path("suspended"), out);
        tariffs("Tariffs scheduled", t.path("scheduled"), out);
        tariffs("Tariffs announced", t.path("announced"), out);
        out.add(String.format(
                "%-15s %d", "Tariffs threatened", t.path("threatened").size()));
        t.path("threatened")
                .forEach(m -> out.add("  - " + ("threatened".equals(text(m, "state")) ? "" : "increase of ")
                        + text(m, "product") + " (" + text(m.path("threat"), "rateText") + "), "
                        + text(m.path("threat"), "occurredOn")));
        JsonNode offers = s.path("proposals").path("proposals");
        if (!offers.isEmpty()) {
            out.add(String.format("%-15s %d", "Offers", offers.size()));
            offers.forEach(
                    o -> out.add("  - " + text(o, "party") + ": " + text(o, "title") + " (" + text(o, "status") + ")"));
        }
        JsonNode agreements = s.path("agreements");
        out.add(String.format("%-15s %s", "Agreements", agreements.isEmpty() ? "none" : agreements.size()));
        agreements.forEach(a -> out.add("  - " + text(a, "scope") + ": " + text(a, "summary")));
        return out;
    }

    private static void rounds(JsonNode r, List<String> out) {
        List<String> levels = new ArrayList<>();
        r.path("byLevel").properties().forEach(e -> {
            if (e.getValue().asInt() > 0)
                levels.add(e.getKey() + " " + e.getValue().asInt());
        });
        JsonNode last = r.path("last");
        out.add(String.format(
                "%-15s %d%s%s",
                "Rounds held",
                r.path("total").asInt(),
                levels.isEmpty() ? "" : " (" + String.join(", ", levels) + ")",
                last.isObject()
                        ? "; last: " + text(last, "level")
                                + (last.hasNonNull("location") ? " in " + text(last, "location") : "") + ", "
                                + text(last, "occurredOn")
                                + (last.hasNonNull("outcome") ? " (" + text(last, "outcome") + ")" : "")
                        : ""));
        r.path("capstones")
                .forEach(c -> out.add("  capped by: " + text(c.path("meeting"), "level")
                        + (c.path("meeting").hasNonNull("location") ? " in " + text(c.path("meeting"), "location") : "")
                        + ", " + text(c.path("meeting"), "occurredOn")));
        r.path("beforeOpening")
                .forEach(b -> out.add("  before the opening (not counted): " + text(b, "level")
                        + (b.hasNonNull("location") ? " in " + text(b, "location") : "") + ", "
                        + text(b, "occurredOn")));
    }

    private static void next(JsonNode n, List<String> out) {
        if (!n.isObject()) {
            out.add(String.format("%-15s none ahead", "Next legal deadline"));
            return;
        }
        long days = n.path("daysLeft").asLong();
        String when = "due_today".equals(text(n, "state"))
                ? "today"
                : "in_window".equals(text(n, "state"))
                        ? "window open"
                        : days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days");
        out.add(String.format("%-15s %s, due %s, %s", "Next legal deadline", text(n, "title"), text(n, "dueOn"), when));
        n.path("signals")
                .forEach(sig -> out.add("  signal: " + text(sig, "direction") + ", "
                        + text(sig.path("provenance"), "occurredOn") + " (" + text(sig.path("provenance"), "confidence")
                        + ")" + (sig.hasNonNull("note") ? ": " + text(sig, "note") : "")));
    }

    private static String deadline(JsonNode d) {
        List<String> moves = new ArrayList<>();
        d.path("history").forEach(h -> {
            String kind = text(h, "kind");
            if (kind.equals("extended") || kind.equals("advanced"))
                moves.add(kind + " " + text(h, "from") + " -> " + text(h, "to") + " on " + text(h, "occurredOn"));
            if (kind.equals("signalled")) moves.add("change signalled on " + text(h, "occurredOn"));
        });
        return text(d, "title") + " (" + text(d, "deadlineClass") + "): "
                + ("cancelled".equals(text(d, "state")) ? "cancelled" : "due " + text(d, "dueOn"))
                + (moves.isEmpty() ? "" : " [" + String.join("; ", moves) + "]");
    }

    private static void tariffs(String heading, JsonNode list, List<String> out) {
        if (list.isEmpty() && !heading.endsWith("in force")) return;
        out.add(String.format("%-15s %d", heading, list.size()));
        list.forEach(t -> out.add("  - " + text(t, "rateText") + " on " + text(t, "product")
                + " (" + text(t, "imposedBy") + (t.hasNonNull("target") ? " on " + text(t, "target") : ", global") + ")"
                + (t.hasNonNull("pauseEndsOn")
                        ? (t.path("pauseEnded").asBoolean() ? ", pause ended " : ", paused until ")
                                + text(t, "pauseEndsOn")
                        : "")
                + (t.hasNonNull("effectiveOn") ? ", from " + text(t, "effectiveOn") : "")));
    }
}

package io.negotiationtracker.cli;

import static io.negotiationtracker.cli.EventText.text;

import com.fasterxml.jackson.databind.JsonNode;

/** One readable line per alert: sequence, kind, negotiation, title and the due date (old -> new when it moved). */
final class AlertText {
    private AlertText() {}

    static String line(JsonNode a) {
        String due = a.hasNonNull("previousDueOn") && a.hasNonNull("dueOn")
                ? text(a, "previousDueOn") + " -> " + text(a, "dueOn")
                : a.hasNonNull("dueOn") ? "due " + text(a, "dueOn") : "";
        return String.format(
                "#%-5d %-16s %s  %s%s",
                a.path("seq").asLong(),
                text(a, "kind"),
                text(a, "negotiationId"),
                text(a, "title"),
                due.isEmpty() ? "" : "  (" + due + ")");
    }
}

package io.negotiationtracker.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Before v1, a moved deadline was written as {@code DeadlineMoved {deadlineId, from, to, why}}. v1 calls it
 * {@code DeadlineChanged {deadlineId, previousDueOn, dueOn, cancelled, reason}}; a {@code to} of null meant cancelled.
 */
final class DeadlineMovedUpcaster implements Upcaster {
    @Override
    public boolean canUpcast(ObjectNode event) {
        return "DeadlineMoved".equals(event.path("type").asText());
    }

    @Override
    public void upcast(ObjectNode event) {
        event.put("type", "DeadlineChanged");
        if (!(event.get("data") instanceof ObjectNode old)) return;
        ObjectNode data = event.objectNode();
        data.set("deadlineId", old.get("deadlineId"));
        data.set("previousDueOn", old.get("from"));
        boolean cancelled = !old.hasNonNull("to");
        if (!cancelled) data.set("dueOn", old.get("to"));
        data.put("cancelled", cancelled);
        if (old.hasNonNull("why")) data.set("reason", old.get("why"));
        event.set("data", data);
    }
}

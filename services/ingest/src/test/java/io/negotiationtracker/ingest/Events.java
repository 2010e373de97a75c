package io.negotiationtracker.ingest;

import java.util.UUID;

/** JSON of events as writers send them. */
final class Events {
    private Events() {}

    static String event(UUID id, String type, String occurredOn, String data) {
        return "{" + (id == null ? "" : "\"eventId\":\"" + id + "\",") + "\"type\":\"" + type + "\",\"occurredOn\":\""
                + occurredOn
                + "\",\"source\":{\"publisher\":\"Test Wire\",\"title\":\"Ingest test\"},\"confidence\":\"confirmed\",\"data\":"
                + data + "}";
    }

    static String opened(UUID id) {
        return event(
                id,
                "NegotiationOpened",
                "2025-04",
                "{\"title\":\"US-Japan tariff talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}");
    }

    static String statement(UUID id, String quote) {
        return event(
                id,
                "StatementMade",
                "2025-06-16",
                "{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"" + quote + "\"}");
    }

    static String deadline(UUID id, String dueOn) {
        return event(
                id,
                "DeadlineSet",
                "2025-04-09",
                "{\"deadlineId\":\"pause-end\",\"title\":\"End of the pause\",\"dueOn\":\"" + dueOn + "\"}");
    }

    static String batch(String... events) {
        return "[" + String.join(",", events) + "]";
    }
}

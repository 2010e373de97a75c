package io.negotiationtracker.cli;

/** Events written as a person would type them for the tests. */
final class Events {
    private Events() {}

    static String event(String type, String occurredOn, String data) {
        return "{\"type\":\"" + type + "\",\"occurredOn\":\"" + occurredOn
                + "\",\"source\":{\"publisher\":\"Test Wire\",\"title\":\"CLI test\"},"
                + "\"confidence\":\"confirmed\",\"data\":" + data + "}";
    }

    static String opened(String title) {
        return event(
                "NegotiationOpened",
                "2025-04",
                "{\"title\":\"" + title + "\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},"
                        + "{\"code\":\"JP\",\"name\":\"Japan\"}]}");
    }

    static String deadlineSet(String id, String dueOn) {
        return event(
                "DeadlineSet",
                "2025-04-09",
                "{\"deadlineId\":\"" + id + "\",\"title\":\"End of the pause\",\"dueOn\":\"" + dueOn + "\"}");
    }

    static String statement(String quote) {
        return event(
                "StatementMade",
                "2025-06-16",
                "{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"" + quote + "\"}");
    }
}

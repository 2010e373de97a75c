package io.negotiationtracker.bench.events;

import java.util.UUID;

/** Realistic events of the benchmark: statements of about the size the seed's events have. */
public final class Payloads {
    private static final String QUOTE =
            "Issues remain where we do not share an understanding, and an agreement has yet to be reached as to the entire package";

    private Payloads() {}

    public static String statement(UUID id, int i) {
        return "{\"eventId\":\"" + id
                + "\",\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\",\"confidence\":\"confirmed\","
                + "\"source\":{\"publisher\":\"The Asahi Shimbun\",\"title\":\"No breakthrough in Ishiba-Trump talks in Canada on U.S. tariffs\"},"
                + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"role\":\"Prime Minister\",\"party\":\"JP\"},\"quote\":\""
                + QUOTE + " (" + i + ")\"}}";
    }

    /** A JSON array of {@code size} statements with fresh event ids: the body of one batch append. */
    public static String batch(int size) {
        StringBuilder sb = new StringBuilder(size * 420).append('[');
        for (int i = 0; i < size; i++) sb.append(i == 0 ? "" : ",").append(statement(UUID.randomUUID(), i));
        return sb.append(']').toString();
    }

    /** The size of a stored envelope of such an event (what the raw insert writes per row). */
    public static int envelopeSize() {
        return statement(UUID.randomUUID(), 123).length() + 160;
    }
}

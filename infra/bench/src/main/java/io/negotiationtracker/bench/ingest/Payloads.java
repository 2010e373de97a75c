package io.negotiationtracker.bench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Realistic events of the benchmark: statements of about the size the seed's events have. */
final class Payloads {
    private static final String QUOTE = "Issues remain where we do not share an understanding, and an agreement has yet to be reached as to the entire package";

    private Payloads() {}

    static String opened() {
        return "{\"type\":\"NegotiationOpened\",\"occurredOn\":\"2025-04\",\"source\":{\"publisher\":\"Bench Wire\",\"title\":\"Benchmark\"},"
                + "\"data\":{\"title\":\"Benchmark talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}}";
    }

    static String statement(UUID id, int i) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\",\"confidence\":\"confirmed\","
                + "\"source\":{\"publisher\":\"The Asahi Shimbun\",\"title\":\"No breakthrough in Ishiba-Trump talks in Canada on U.S. tariffs\"},"
                + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"role\":\"Prime Minister\",\"party\":\"JP\"},\"quote\":\"" + QUOTE + " (" + i + ")\"}}";
    }

    static List<String> batches(int count, int size) {
        List<String> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) sb.append(i == 0 ? "" : ",").append(statement(UUID.randomUUID(), i));
            bodies.add(sb.append(']').toString());
        }
        return bodies;
    }

    /** The size of a stored envelope of such an event (what the raw insert writes per row). */
    static int envelopeSize() {
        return statement(UUID.randomUUID(), 123).length() + 160;
    }
}

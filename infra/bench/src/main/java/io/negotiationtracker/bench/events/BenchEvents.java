package io.negotiationtracker.bench.events;

import java.time.LocalDate;
import java.util.UUID;

/** Event JSON as ingest takes it (writer input) and stores it (envelopes), generated deterministically so every run is alike. */
public final class BenchEvents {
    private static final String SOURCE = "{\"publisher\":\"Bench Wire\",\"title\":\"Projection benchmark\"}";

    /** A stored event: the envelope and the columns ingest keeps beside it. */
    public record Stored(UUID eventId, String type, String occurredOn, String envelope) {}

    private BenchEvents() {}

    public static String opened(String title) {
        return "{\"title\":\"" + title
                + "\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}";
    }

    /** The n-th event's type and data in a negotiation: mostly statements, some rounds and issues. */
    public static String[] typeAndData(long n) {
        if (n % 10 == 3)
            return new String[] {
                "RoundHeld",
                "{\"roundId\":\"r-" + n + "\",\"level\":\"working\",\"format\":\"virtual\",\"outcome\":\"progress\","
                        + "\"summary\":\"Working-level round on non-tariff barriers and market access, no breakthrough reported\"}"
            };
        if (n % 10 == 7)
            return new String[] {
                "IssueOpened", "{\"issueId\":\"i-" + n + "\",\"title\":\"Issue number " + n + "\",\"raisedBy\":\"JP\"}"
            };
        return new String[] {
            "StatementMade",
            "{\"speaker\":{\"name\":\"Ryosei Akazawa\",\"party\":\"JP\"},\"quote\":\"We continue to "
                    + "negotiate in good faith on tariffs, autos and investment; statement " + n + ".\"}"
        };
    }

    /** A writer's request body (ingest assigns version, position and recordedAt). */
    public static String proposed(String type, String occurredOn, String data) {
        return "{\"type\":\"" + type + "\",\"occurredOn\":\"" + occurredOn + "\",\"source\":" + SOURCE
                + ",\"confidence\":\"confirmed\",\"data\":" + data + "}";
    }

    /** The n-th single-event append of a negotiation, as a writer would post it. */
    public static String proposed(long n) {
        String[] td = typeAndData(n);
        return proposed(td[0], "2025-06-17", td[1]);
    }

    /** A stored event as ingest would have stored it. Versions count from 1 per negotiation; world dates advance with them. */
    public static Stored stored(String negotiationId, long version, long position) {
        String[] td = version == 1
                ? new String[] {"NegotiationOpened", opened("Bench talks " + negotiationId)}
                : typeAndData(version);
        String day = LocalDate.of(2024, 1, 1).plusDays(version / 4).toString();
        UUID eventId = new UUID(position, version);
        String envelope =
                "{\"eventId\":\"" + eventId + "\",\"negotiationId\":\"" + negotiationId + "\",\"type\":\"" + td[0]
                        + "\",\"version\":" + version + ",\"position\":" + position + ",\"occurredOn\":\"" + day
                        + "\",\"recordedAt\":\"2025-06-17T10:00:00Z\","
                        + "\"source\":" + SOURCE + ",\"confidence\":\"confirmed\",\"data\":" + td[1] + "}";
        return new Stored(eventId, td[0], day, envelope);
    }
}

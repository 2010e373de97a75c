package io.negotiationtracker.domain;

/** Something an event's links can name: an issue, a tariff measure or a deadline of the same negotiation. */
public record Subject(Kind kind, String id) {
    public enum Kind {
        ISSUE,
        MEASURE,
        DEADLINE
    }

    public static Subject issue(String id) {
        return new Subject(Kind.ISSUE, id);
    }

    public static Subject measure(String id) {
        return new Subject(Kind.MEASURE, id);
    }

    public static Subject deadline(String id) {
        return new Subject(Kind.DEADLINE, id);
    }
}

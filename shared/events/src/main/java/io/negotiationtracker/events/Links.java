package io.negotiationtracker.events;

import java.util.List;

/**
 * What an event is about, besides its own subject (v2): the issues, tariff measures and deadlines of the same
 * negotiation it refers to (a statement about the pause, a round that discussed autos). Every id must exist.
 */
public record Links(List<String> issues, List<String> measures, List<String> deadlines) {
    public static final Links NONE = new Links(List.of(), List.of(), List.of());

    public Links {
        issues = Require.slugs(issues, "issues");
        measures = Require.slugs(measures, "measures");
        deadlines = Require.slugs(deadlines, "deadlines");
    }

    public boolean none() {
        return issues.isEmpty() && measures.isEmpty() && deadlines.isEmpty();
    }
}

package io.negotiationtracker.domain;

import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Source;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known of one negotiation after folding its events (see {@link Evolve}). Immutable: every change returns a
 * new state; maps keep the order in which things were first seen.
 */
public record NegotiationState(String negotiationId, boolean opened, String title, String summary, Map<String, Party> parties,
                               Map<String, Round> rounds, Map<String, Issue> issues, Map<String, TariffMeasure> tariffs,
                               Map<String, Deadline> deadlines, List<Agreement> agreements, List<Statement> statements,
                               Set<Source> sources, long version) {

    public NegotiationState {
        parties = copy(parties);
        rounds = copy(rounds);
        issues = copy(issues);
        tariffs = copy(tariffs);
        deadlines = copy(deadlines);
        agreements = AppendOnlyList.of(agreements);
        statements = AppendOnlyList.of(statements);
        sources = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sources));
    }

    public static NegotiationState initial(String negotiationId) {
        return new NegotiationState(negotiationId, false, null, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                List.of(), List.of(), Set.of(), 0);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> m = new LinkedHashMap<>(map);
        m.put(key, value);
        return m;
    }
}

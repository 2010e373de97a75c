package io.negotiationtracker.domain;

import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known of one negotiation after folding its events (see {@link Evolve}). Immutable: every change returns a
 * new state; maps keep the order in which things were first seen. {@code references} lists, per issue, measure and
 * deadline ({@link Subject}), the events that name it in their links.
 */
public record NegotiationState(
        String negotiationId,
        boolean opened,
        WorldDate openedOn,
        String title,
        String summary,
        Map<String, Party> parties,
        Map<String, Round> rounds,
        Map<String, Issue> issues,
        Map<String, TariffMeasure> tariffs,
        Map<String, Deadline> deadlines,
        Map<String, Proposal> proposals,
        List<Concession> concessions,
        List<Agreement> agreements,
        List<Statement> statements,
        Map<Subject, List<EventRef>> references,
        Set<Source> sources,
        long version,
        Ledger ledger) {

    public NegotiationState {
        parties = copy(parties);
        rounds = copy(rounds);
        issues = copy(issues);
        tariffs = copy(tariffs);
        deadlines = copy(deadlines);
        proposals = copy(proposals);
        concessions = AppendOnlyList.of(concessions);
        agreements = AppendOnlyList.of(agreements);
        statements = AppendOnlyList.of(statements);
        references = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
        sources = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sources));
        ledger = ledger == null ? Ledger.EMPTY : ledger;
    }

    public static NegotiationState initial(String negotiationId) {
        return new NegotiationState(
                negotiationId,
                false,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Set.of(),
                0,
                Ledger.EMPTY);
    }

    /** The events whose links name this issue, measure or deadline. */
    public List<EventRef> referencesTo(Subject subject) {
        return references.getOrDefault(subject, List.of());
    }

    NegotiationState withOpening(WorldDate on, String title, String summary, Map<String, Party> parties) {
        return new NegotiationState(
                negotiationId,
                true,
                on,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withRounds(Map<String, Round> rounds) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withIssues(Map<String, Issue> issues) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withTariffs(Map<String, TariffMeasure> tariffs) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withDeadlines(Map<String, Deadline> deadlines) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withProposals(Map<String, Proposal> proposals) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withConcessions(List<Concession> concessions) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withAgreements(List<Agreement> agreements, Map<String, Issue> issues) {
        // an agreement settles the issues it names
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withStatements(List<Statement> statements) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withProvenance(Map<Subject, List<EventRef>> references, Set<Source> sources, long version) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    NegotiationState withLedger(Ledger ledger) {
        return new NegotiationState(
                negotiationId,
                opened,
                openedOn,
                title,
                summary,
                parties,
                rounds,
                issues,
                tariffs,
                deadlines,
                proposals,
                concessions,
                agreements,
                statements,
                references,
                sources,
                version,
                ledger);
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> m = new LinkedHashMap<>(map);
        m.put(key, value);
        return m;
    }
}

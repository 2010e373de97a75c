package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.domain.Issue;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Subject;
import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.domain.TariffStepKind;
import io.negotiationtracker.events.DeadlineClass;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a deadline's alerts are about, for subscriptions by topic: its class; the measures it governs, the measures a
 * pause ends on it, and the measures and issues named together with it by an event's links; the parties (the
 * negotiation's, a target's owner, the measures' imposers and targets); the HS product codes of its measures.
 */
public record AlertSubject(
        String negotiationId,
        String deadlineId,
        DeadlineClass deadlineClass,
        Set<String> parties,
        Set<String> issues,
        Set<String> measures,
        Set<String> productCodes) {

    public static AlertSubject of(NegotiationState s, String deadlineId) {
        Deadline d = s.deadlines().get(deadlineId);
        DeadlineClass cls = d == null ? DeadlineClass.LEGAL : d.deadlineClass();
        Set<UUID> aboutIt = ids(s.referencesTo(Subject.deadline(deadlineId)));
        if (d != null) d.history().forEach(c -> aboutIt.add(c.ref().eventId()));
        Set<String> measures = new LinkedHashSet<>(d == null ? List.of() : d.governs());
        for (TariffMeasure m : s.tariffs().values()) {
            boolean endsOnIt = m.steps().stream()
                    .anyMatch(st -> st.kind() == TariffStepKind.SUSPENDED && deadlineId.equals(st.untilDeadlineId()));
            if (endsOnIt || shares(eventsAbout(s, m), aboutIt)) measures.add(m.measureId());
        }
        Set<UUID> related = new HashSet<>(aboutIt);
        for (String id : measures)
            if (s.tariffs().containsKey(id))
                related.addAll(eventsAbout(s, s.tariffs().get(id)));
        Set<String> issues = new LinkedHashSet<>();
        for (Issue i : s.issues().values()) if (shares(eventsAbout(s, i), related)) issues.add(i.issueId());
        Set<String> parties = new LinkedHashSet<>(s.parties().keySet());
        if (d != null && d.owner() != null) parties.add(d.owner());
        Set<String> products = new LinkedHashSet<>();
        for (String id : measures) {
            TariffMeasure m = s.tariffs().get(id);
            if (m == null) continue;
            if (m.imposedBy() != null) parties.add(m.imposedBy());
            if (m.target() != null) parties.add(m.target());
            products.addAll(m.productCodes());
        }
        return new AlertSubject(
                s.negotiationId(),
                deadlineId,
                cls,
                Set.copyOf(parties),
                Set.copyOf(issues),
                Set.copyOf(measures),
                Set.copyOf(products));
    }

    private static Set<UUID> eventsAbout(NegotiationState s, TariffMeasure m) {
        Set<UUID> ids = ids(s.referencesTo(Subject.measure(m.measureId())));
        m.steps().forEach(st -> ids.add(st.ref().eventId()));
        return ids;
    }

    private static Set<UUID> eventsAbout(NegotiationState s, Issue i) {
        Set<UUID> ids = ids(s.referencesTo(Subject.issue(i.issueId())));
        if (i.opened() != null) ids.add(i.opened().eventId());
        if (i.closed() != null) ids.add(i.closed().eventId());
        i.positions().forEach(p -> ids.add(p.ref().eventId()));
        return ids;
    }

    private static Set<UUID> ids(List<EventRef> refs) {
        return refs.stream().map(EventRef::eventId).collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean shares(Set<UUID> a, Set<UUID> b) {
        return a.stream().anyMatch(b::contains);
    }
}

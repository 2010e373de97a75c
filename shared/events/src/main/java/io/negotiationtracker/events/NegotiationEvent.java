package io.negotiationtracker.events;

/**
 * The v1 vocabulary: every fact the tracker records about a negotiation, in the past tense.
 * A new type does not compile until every fold (evolve, views, alerts) handles it: switches over this type have no default.
 */
public sealed interface NegotiationEvent permits
        NegotiationOpened, RoundHeld, RoundCancelled, IssueOpened, IssueClosed,
        TariffImposed, TariffThreatened, TariffChanged,
        DeadlineSet, DeadlineChanged, DeadlineChangeSignaled,
        StatementMade, AgreementReached {
}

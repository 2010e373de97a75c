package io.negotiationtracker.events;

/**
 * The vocabulary: every fact the tracker records about a negotiation, in the past tense. v1 types keep their shape
 * (new fields are optional); v2 adds the types after the blank line. A new type does not compile until every fold
 * (evolve, views, alerts) handles it: switches over this type have no default.
 * A {@link Correction} is about an earlier event, not about the negotiation: folds read the stream through the domain's
 * {@code Corrections} first, so one case covers the three kinds.
 */
public sealed interface NegotiationEvent
        permits NegotiationOpened,
                RoundHeld,
                RoundCancelled,
                IssueOpened,
                IssueClosed,
                TariffImposed,
                TariffThreatened,
                TariffChanged,
                DeadlineSet,
                DeadlineChanged,
                DeadlineChangeSignaled,
                StatementMade,
                AgreementReached,
                TariffAnnounced,
                TariffSuspended,
                TariffLifted,
                PositionStated,
                ProposalMade,
                ProposalAnswered,
                ConcessionMade,
                IssueMarkedBlocking,
                TargetSettled,
                Correction {}

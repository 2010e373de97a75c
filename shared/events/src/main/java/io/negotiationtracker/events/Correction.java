package io.negotiationtracker.events;

import java.util.UUID;

/**
 * A fact about an earlier event of the same negotiation rather than about the negotiation (v2): it was wrong and is
 * taken back ({@link EventRetracted}), it is replaced by a corrected copy ({@link EventCorrected}), or another source
 * now says the same ({@link SourceAdded}). The store stays append-only: the earlier event keeps its bytes, and every
 * fold reads the stream through the domain's {@code Corrections}, so a view as known before the correction still shows
 * what was believed then. Its envelope's sources are where the correction comes from.
 */
public sealed interface Correction extends NegotiationEvent permits EventRetracted, EventCorrected, SourceAdded {
    /** The event this correction is about, in the same negotiation. */
    UUID eventId();
}

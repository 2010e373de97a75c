package io.negotiationtracker.projection.render;

/** Told how each negotiation was folded, so the consumer's metrics can show how often the fold cache saves a re-fold. */
public interface FoldObserver {
    /** A cached state took the new events. */
    void extended();

    /** The state was folded from all the negotiation's events. */
    void foldedInFull();
}

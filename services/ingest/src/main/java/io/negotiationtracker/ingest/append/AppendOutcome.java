package io.negotiationtracker.ingest.append;

import io.negotiationtracker.domain.RuleViolation;
import java.util.UUID;

/**
 * What became of one append. The writer answers every append with a {@link Final} outcome, so a switch over it needs no
 * default; {@link RetryInNextGroup} only passes from the {@link AppendStep} to the writer, which puts the append into
 * its next group.
 */
public sealed interface AppendOutcome {
    /** An outcome an append is answered with: every kind but {@link RetryInNextGroup}. */
    sealed interface Final extends AppendOutcome {}

    /** At least one event was new and is now stored (the others, in a partial retry, were stored before). */
    record Appended(AppendResult result) implements Final {}

    /** Every event was already stored with the same content: an idempotent retry, answered as its first append was. */
    record Replayed(AppendResult result) implements Final {}

    /** The domain refused the event at {@code index} of the request; nothing of the append was stored. */
    record Refused(int index, RuleViolation violation) implements Final {}

    /** The client expected another stream version; nothing was stored. */
    record VersionConflict(long expected, long current) implements Final {
        public String message() {
            return "expected version " + expected + " but the stream is at version " + current;
        }
    }

    /** The eventId at {@code index} is stored (or repeated in the request) with other content: the key was reused. */
    record DuplicateConflict(int index, UUID eventId) implements Final {
        public String message() {
            return "eventId " + eventId + " is already stored with different content";
        }
    }

    /** Too many appends are waiting, or the store is shutting down: nothing was stored; the client may retry. */
    record Busy(String reason) implements Final {}

    /**
     * The append repeats an eventId that an earlier append of its group is storing: it waits for the next group, which
     * sees that event stored and settles the append as a retry or a conflict.
     */
    record RetryInNextGroup() implements AppendOutcome {}
}

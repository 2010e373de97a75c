package io.negotiationtracker.ingest.store;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.ingest.append.AppendOutcome;
import java.util.List;

/**
 * What an append would do, decided as the writer decides it, with nothing stored: its outcome, the stream as stored
 * (in version order) at its {@code version}, and the new events as they would be stored (versions and positions after the stream's; a
 * concurrent append may take them first).
 */
public record DryRun(
        AppendOutcome.Final outcome, long version, List<EventEnvelope> stream, List<EventEnvelope> proposed) {
    public DryRun {
        stream = List.copyOf(stream);
        proposed = List.copyOf(proposed);
    }
}

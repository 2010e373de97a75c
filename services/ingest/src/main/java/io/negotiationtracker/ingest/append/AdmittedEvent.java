package io.negotiationtracker.ingest.append;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventJson;

/** An event the door let in, with its JSON serialised once: the store digests and stores that same text. */
public record AdmittedEvent(ProposedEvent event, EventJson json) {}

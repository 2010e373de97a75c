package io.negotiationtracker.ingest.append;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import java.util.List;
import java.util.UUID;

/** Events as writers propose them, each with an eventId of its own unless it reuses one. */
final class Events {
    private static final Source SOURCE = new Source(null, "Test Wire", "A report", null);

    private Events() {}

    static ProposedEvent opened() {
        return event(
                UUID.randomUUID(),
                new NegotiationOpened(
                        "US-Japan tariff talks",
                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                        List.of(),
                        null));
    }

    static ProposedEvent statement(String quote) {
        return statement(UUID.randomUUID(), quote);
    }

    /** A statement under an eventId given, e.g. one already used. */
    static ProposedEvent statement(UUID eventId, String quote) {
        return event(eventId, new StatementMade(new Person("Shigeru Ishiba", "PM", "JP"), quote, null));
    }

    static ProposedEvent pauseEnds(String dueOn) {
        return event(
                UUID.randomUUID(),
                new DeadlineSet(
                        "pause-end",
                        "End of the 90-day pause",
                        WorldDate.parse(dueOn),
                        DeadlineKind.EFFECTIVE_DATE,
                        null));
    }

    static ProposedEvent moved(String from, String to) {
        return event(
                UUID.randomUUID(),
                new DeadlineChanged("pause-end", WorldDate.parse(from), WorldDate.parse(to), false, null));
    }

    static ProposedEvent retraction(UUID of) {
        return event(UUID.randomUUID(), new io.negotiationtracker.events.EventRetracted(of, "denied the next day"));
    }

    private static ProposedEvent event(UUID eventId, NegotiationEvent data) {
        return new ProposedEvent(eventId, WorldDate.parse("2025-06-16"), SOURCE, Confidence.CONFIRMED, data);
    }
}

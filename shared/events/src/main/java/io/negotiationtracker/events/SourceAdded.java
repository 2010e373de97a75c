package io.negotiationtracker.events;

import java.util.UUID;

/**
 * Another source now says what an earlier event says (v2): corroboration after the fact. The sources of this event's
 * envelope join the earlier event's; a named source makes a fact reported only by anonymous officials confirmed when
 * this event is recorded as confirmed.
 */
public record SourceAdded(UUID eventId, String note) implements Correction {
    public SourceAdded {
        Require.present(eventId, "eventId");
        note = Require.optionalText(note, "note");
    }
}

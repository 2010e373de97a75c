package io.negotiationtracker.domain;

import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.SourceAdded;
import java.util.Optional;

/**
 * When a correction may be recorded: it names an event of this negotiation that still stands (an id from another
 * negotiation is "no such event here": a correction never moves a fact between negotiations), a retraction is not
 * itself retracted or corrected, and a corrected copy keeps the event's type.
 */
final class CorrectionRules {
    private CorrectionRules() {}

    static Optional<RuleViolation> check(Ledger ledger, Correction correction) {
        Optional<String> type = ledger.typeOf(correction.eventId());
        if (type.isEmpty()) return fail("data.eventId", "no event " + correction.eventId() + " in this negotiation");
        if (ledger.retracted(correction.eventId()))
            return fail("data.eventId", "event " + correction.eventId() + " is already retracted");
        boolean aboutACorrection = EventTypes.classOf(type.get())
                .filter(Correction.class::isAssignableFrom)
                .isPresent();
        return switch (correction) {
            case EventRetracted r ->
                aboutACorrection && type.get().equals("EventRetracted")
                        ? fail("data.eventId", "a retraction cannot be retracted: record the event again")
                        : ok();
            case EventCorrected c ->
                aboutACorrection
                        ? fail(
                                "data.eventId",
                                "a correction corrects a fact: correct the event that " + type.get()
                                        + " is about instead")
                        : !c.eventType().equals(type.get())
                                ? fail(
                                        "data.eventType",
                                        "a correction keeps the event's type: event " + c.eventId() + " is a "
                                                + type.get())
                                : ok();
            case SourceAdded a -> ok();
        };
    }

    private static Optional<RuleViolation> fail(String field, String message) {
        return Optional.of(new RuleViolation(field, message));
    }

    private static Optional<RuleViolation> ok() {
        return Optional.empty();
    }
}

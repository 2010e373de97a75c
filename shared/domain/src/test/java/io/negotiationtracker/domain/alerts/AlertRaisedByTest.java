package io.negotiationtracker.domain.alerts;

import static io.negotiationtracker.domain.alerts.History.cancelled;
import static io.negotiationtracker.domain.alerts.History.given;
import static io.negotiationtracker.domain.alerts.History.legal;
import static io.negotiationtracker.domain.alerts.History.moved;
import static io.negotiationtracker.domain.alerts.History.signalled;
import static io.negotiationtracker.domain.alerts.History.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.TargetOutcome;
import io.negotiationtracker.events.TargetSettled;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a history, when one of its events is asked about, then the alert it raised on a deadline, as the live notifier records it. */
class AlertRaisedByTest {
    @Test
    void eachMoveRaisesTheKindItsHistoryEntrySaysEarlierAsAdvanced() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-05", moved("pause-end", "2025-07-09", "2025-08-01"))
                .published("2025-06-10", moved("pause-end", "2025-08-01", "2025-07-20"))
                .published("2025-06-11", signalled("pause-end"))
                .published("2025-06-12", cancelled("pause-end", "2025-07-20"))
                .published("2025-06-13", moved("pause-end", "2025-07-20", "2025-07-30"));
        assertThat(line(history, "pause-end", 1)).isEqualTo("set 2025-07-09 from null r0");
        assertThat(line(history, "pause-end", 2)).isEqualTo("extended 2025-08-01 from 2025-07-09 r1");
        assertThat(line(history, "pause-end", 3)).isEqualTo("advanced 2025-07-20 from 2025-08-01 r2");
        assertThat(line(history, "pause-end", 4)).isEqualTo("change_signalled 2025-07-20 from null r2");
        assertThat(line(history, "pause-end", 5)).isEqualTo("cancelled null from 2025-07-20 r3");
        assertThat(line(history, "pause-end", 6)).isEqualTo("reinstated 2025-07-30 from 2025-07-20 r4");
    }

    @Test
    void settlingATargetRaisesMetOrMissed() {
        var history = given().published("2025-06-01", target("aim", "2025-06-30"))
                .published("2025-06-12", new TargetSettled("aim", TargetOutcome.MET, "accord reached"));
        assertThat(line(history, "aim", 2)).isEqualTo("target_met 2025-06-30 from null r0");
    }

    @Test
    void anEventThatDidNotTouchTheDeadlineRaisesNothingOnIt() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", legal("other", "2025-09-01"));
        assertThat(raised(history, "pause-end", 2)).isEmpty();
        assertThat(raised(history, "unknown", 1)).isEmpty();
    }

    /** "kind dueOn from previousDueOn r<revision>": what the {@code version}th event raised on {@code deadlineId}. */
    private static String line(History history, String deadlineId, int version) {
        DueAlert a = raised(history, deadlineId, version).orElseThrow();
        return a.kind().wireName() + " " + a.dueOn() + " from " + a.previousDueOn() + " r" + a.revision();
    }

    private static Optional<DueAlert> raised(History history, String deadlineId, int version) {
        NegotiationState state = Evolve.fold(History.NEGOTIATION, history.events());
        UUID eventId = history.events().get(version - 1).eventId();
        return AlertRules.raisedBy(state, deadlineId, eventId);
    }
}

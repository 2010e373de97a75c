package io.negotiationtracker.notifier.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The day's rule as the notifier calls it (the domain's AlertRules), without a database: given a deadline's history and a day, which alert. */
class DeadlinePolicyTest {
    static final List<Integer> HORIZONS = List.of(1, 7);

    static NegotiationState history(NegotiationEvent... events) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (NegotiationEvent e : events) {
            int v = envelopes.size() + 1;
            envelopes.add(new EventEnvelope(
                    UUID.nameUUIDFromBytes(("e" + v).getBytes()),
                    "n",
                    EventTypes.nameOf(e),
                    v,
                    v,
                    WorldDate.parse("2025-06-01"),
                    Instant.parse("2025-06-01T00:00:00Z"),
                    new Source(null, "Test Wire", "test", null),
                    Confidence.CONFIRMED,
                    e));
        }
        return Evolve.fold("n", envelopes);
    }

    static NegotiationState due(String dueOn) {
        return history(new DeadlineSet("d", "Deadline", WorldDate.parse(dueOn), DeadlineKind.HARD, null));
    }

    static NegotiationState movedTo(String dueOn, int times) {
        List<NegotiationEvent> events = new ArrayList<>(
                List.of(new DeadlineSet("d", "Deadline", WorldDate.parse("2025-01-01"), DeadlineKind.HARD, null)));
        String from = "2025-01-01";
        for (int i = 1; i < times; i++) {
            String to = "2025-02-0" + i;
            events.add(new DeadlineChanged("d", WorldDate.parse(from), WorldDate.parse(to), false, null));
            from = to;
        }
        events.add(new DeadlineChanged("d", WorldDate.parse(from), WorldDate.parse(dueOn), false, null));
        return history(events.toArray(NegotiationEvent[]::new));
    }

    static NewAlert on(NegotiationState s, String day) {
        var alerts = DeadlinePolicy.onDay(s, LocalDate.parse(day), HORIZONS);
        assertThat(alerts.size()).isLessThanOrEqualTo(1);
        return alerts.isEmpty() ? null : alerts.get(0);
    }

    @Test
    void approachingTakesTheTightestHorizonTheDayIsInThenDueTodayThenPassed() {
        assertThat(on(due("2025-07-09"), "2025-07-01")).isNull();
        assertThat(on(due("2025-07-09"), "2025-07-02").horizonDays()).isEqualTo(7);
        assertThat(on(due("2025-07-09"), "2025-07-08").horizonDays()).isEqualTo(1);
        assertThat(on(due("2025-07-09"), "2025-07-09").kind()).isEqualTo(AlertKind.DUE_TODAY);
        assertThat(on(due("2025-07-10"), "2025-07-10").message()).contains("due today");
        assertThat(on(due("2025-07-09"), "2025-07-10").kind()).isEqualTo(AlertKind.PASSED);
    }

    @Test
    void theKeySeparatesRevisionsHorizonsAndKindsButNotRepeatedDays() {
        assertThat(on(due("2025-07-09"), "2025-07-02").key())
                .isEqualTo(on(due("2025-07-09"), "2025-07-05").key());
        assertThat(on(due("2025-07-09"), "2025-07-02").key())
                .isNotEqualTo(on(movedTo("2025-07-09", 2), "2025-07-02").key());
        assertThat(on(movedTo("2025-07-09", 2), "2025-07-02").revision()).isEqualTo(2);
        assertThat(on(due("2025-07-09"), "2025-07-02").key())
                .isNotEqualTo(on(due("2025-07-09"), "2025-07-08").key());
        assertThat(on(due("2025-07-09"), "2025-07-02").key()).isEqualTo("n|d|r0|2025-07-09|APPROACHING|7|-");
    }

    @Test
    void aCancelledDeadlineRaisesNothingWithTime() {
        var cancelled = history(
                new DeadlineSet("d", "Deadline", WorldDate.parse("2025-07-09"), DeadlineKind.HARD, null),
                new DeadlineChanged("d", WorldDate.parse("2025-07-09"), null, true, null));
        assertThat(DeadlinePolicy.onDay(cancelled, LocalDate.parse("2025-07-08"), HORIZONS))
                .isEmpty();
        assertThat(DeadlinePolicy.onDay(cancelled, LocalDate.parse("2025-07-10"), HORIZONS))
                .isEmpty();
    }

    @Test
    void horizonsParseSortedAndRejectNonsense() {
        assertThat(Horizons.parse("7, 1,7")).containsExactly(1, 7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Horizons.parse("7,x"))
                .hasMessageContaining("horizons-days");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Horizons.parse("-1"))
                .hasMessageContaining("between 0 and 366");
    }
}

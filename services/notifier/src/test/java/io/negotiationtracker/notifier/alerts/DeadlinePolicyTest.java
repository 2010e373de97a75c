package io.negotiationtracker.notifier.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day's rule, without a database: given a deadline version and a day, which alert (if any). */
class DeadlinePolicyTest {
    static final List<Integer> HORIZONS = List.of(1, 7);

    static TrackedDeadline due(String dueOn, int revision) {
        return new TrackedDeadline("n", "d", "Deadline", "hard", WorldDate.parse(dueOn), WorldDate.parse(dueOn), false, revision);
    }

    static NewAlert on(TrackedDeadline d, String day) {
        return DeadlinePolicy.onDay(d, LocalDate.parse(day), HORIZONS, false).orElse(null);
    }

    @Test
    void approachingTakesTheTightestHorizonTheDayIsIn() {
        assertThat(on(due("2025-07-09", 0), "2025-07-01")).isNull();
        assertThat(on(due("2025-07-09", 0), "2025-07-02").horizonDays()).isEqualTo(7);
        assertThat(on(due("2025-07-09", 0), "2025-07-08").horizonDays()).isEqualTo(1);
        assertThat(on(due("2025-07-09", 0), "2025-07-09").horizonDays()).isEqualTo(1);
        assertThat(on(due("2025-07-09", 0), "2025-07-10").kind()).isEqualTo(AlertKind.PASSED);
    }

    @Test
    void theKeySeparatesRevisionsHorizonsAndKindsButNotRepeatedDays() {
        assertThat(on(due("2025-07-09", 0), "2025-07-02").key()).isEqualTo(on(due("2025-07-09", 0), "2025-07-05").key());
        assertThat(on(due("2025-07-09", 0), "2025-07-02").key()).isNotEqualTo(on(due("2025-07-09", 2), "2025-07-02").key());
        assertThat(on(due("2025-07-09", 0), "2025-07-02").key()).isNotEqualTo(on(due("2025-07-09", 0), "2025-07-08").key());
    }

    @Test
    void aCancelledDeadlineRaisesNothingWithTime() {
        var cancelled = new TrackedDeadline("n", "d", "Deadline", "hard", null, WorldDate.parse("2025-07-09"), true, 1);
        assertThat(DeadlinePolicy.onDay(cancelled, LocalDate.parse("2025-07-08"), HORIZONS, false)).isEmpty();
        assertThat(DeadlinePolicy.onDay(cancelled, LocalDate.parse("2025-07-10"), HORIZONS, false)).isEmpty();
    }

    @Test
    void horizonsParseSortedAndRejectNonsense() {
        assertThat(Horizons.parse("7, 1,7")).containsExactly(1, 7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Horizons.parse("7,x")).hasMessageContaining("horizons-days");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Horizons.parse("-1")).hasMessageContaining("between 0 and 366");
    }
}

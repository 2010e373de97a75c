package io.negotiationtracker.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void sends_are_due_at_even_intervals_from_the_start_whatever_came_before() {
        OpenLoopSchedule s = new OpenLoopSchedule(5_000, 1000, 0, SECOND);
        assertThat(s.intendedStart(0)).isEqualTo(5_000);
        assertThat(s.intendedStart(1)).isEqualTo(5_000 + 1_000_000);
        assertThat(s.intendedStart(999)).isEqualTo(5_000 + 999_000_000);
        assertThat(s.sends()).isEqualTo(1000);
    }

    @Test
    void a_rate_that_does_not_divide_a_second_keeps_the_total_exact_without_drift() {
        OpenLoopSchedule s = new OpenLoopSchedule(0, 3, 0, 10 * SECOND);
        assertThat(s.intendedStart(1)).isEqualTo(333_333_333);
        assertThat(s.intendedStart(2)).isEqualTo(666_666_666);
        assertThat(s.intendedStart(3)).isEqualTo(SECOND);
        assertThat(s.intendedStart(30)).isEqualTo(10 * SECOND);
        assertThat(s.sends()).isEqualTo(30);
    }

    @Test
    void the_warm_up_sends_go_out_but_only_those_due_after_it_are_recorded() {
        OpenLoopSchedule s = new OpenLoopSchedule(0, 2000, 2 * SECOND, 5 * SECOND);
        assertThat(s.sends()).isEqualTo(14_000);
        assertThat(s.firstRecorded()).isEqualTo(4_000);
        assertThat(s.recorded(3_999)).isFalse();
        assertThat(s.recorded(4_000)).isTrue();
        assertThat(s.intendedStart(s.firstRecorded())).isEqualTo(2 * SECOND);
        assertThat(s.recordedSends()).isEqualTo(10_000);
        assertThat(s.recordedSeconds()).isEqualTo(5.0);
    }

    @Test
    void a_warm_up_ending_between_two_sends_records_from_the_next_one() {
        OpenLoopSchedule s = new OpenLoopSchedule(0, 3, SECOND / 2, SECOND);
        assertThat(s.firstRecorded()).isEqualTo(2);
        assertThat(s.intendedStart(1)).isLessThan(SECOND / 2);
        assertThat(s.intendedStart(2)).isGreaterThanOrEqualTo(SECOND / 2);
    }

    @Test
    void refuses_a_rate_or_length_that_cannot_be_scheduled() {
        assertThatThrownBy(() -> new OpenLoopSchedule(0, 0, 0, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLoopSchedule(0, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

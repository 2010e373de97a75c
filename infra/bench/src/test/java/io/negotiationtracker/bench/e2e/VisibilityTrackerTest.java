package io.negotiationtracker.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTrackerTest {
    private static final long MS = 1_000_000L;

    @Test
    void a_write_is_visible_at_the_first_change_of_its_negotiation_at_or_past_its_position() {
        VisibilityTracker t = new VisibilityTracker();
        t.acknowledged("a", 10, 100 * MS, true);
        t.changed(List.of("b"), 12, false, 110 * MS);
        t.changed(List.of("a"), 9, false, 120 * MS);
        t.changed(List.of("a", "c"), 11, false, 130 * MS);
        assertThat(t.visibleMicros().getTotalCount()).isEqualTo(1);
        assertThat(t.visibleMicros().getMaxValue()).isBetween(29_900L, 30_100L);
    }

    @Test
    void a_change_seen_before_the_acknowledgement_counts_but_not_one_before_the_write_was_due() {
        VisibilityTracker t = new VisibilityTracker();
        t.changed(List.of("a"), 50, false, 90 * MS);
        t.changed(List.of("b"), 60, false, 105 * MS);
        t.acknowledged("a", 40, 100 * MS, true);
        t.acknowledged("b", 55, 100 * MS, true);
        assertThat(t.visibleMicros().getTotalCount()).isEqualTo(1);
        assertThat(t.visibleMicros().getMaxValue()).isBetween(4_990L, 5_010L);
    }

    @Test
    void everything_changed_makes_every_write_up_to_its_position_visible() {
        VisibilityTracker t = new VisibilityTracker();
        t.acknowledged("a", 1, 0, true);
        t.acknowledged("b", 2, 0, true);
        t.acknowledged("c", 9, 0, true);
        t.changed(List.of(), 5, true, 7 * MS);
        assertThat(t.visibleMicros().getTotalCount()).isEqualTo(2);
    }

    @Test
    void warm_up_writes_are_matched_but_not_recorded_and_unseen_ones_are_counted() throws Exception {
        VisibilityTracker t = new VisibilityTracker();
        t.acknowledged("a", 1, 0, false);
        t.acknowledged("b", 2, 0, true);
        t.changed(List.of("a"), 1, false, MS);
        assertThat(t.visibleMicros().getTotalCount()).isZero();
        assertThat(t.awaitAllSeen(10)).isEqualTo(1);
        assertThat(t.visibleMicros().getTotalCount()).isEqualTo(1);
    }
}

package io.negotiationtracker.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.platform.http.SubscriberSlots;
import org.junit.jupiter.api.Test;

class SubscriberSlotsTest {
    @Test
    void boundsSubscriptionsPerClientAndInTotalAndGivesSlotsBack() {
        SubscriberSlots slots = new SubscriberSlots(3, 2);
        var a1 = slots.tryTake("a");
        var a2 = slots.tryTake("a");
        assertThat(a1).isNotNull();
        assertThat(a2).isNotNull();
        assertThat(slots.tryTake("a")).isNull();
        assertThat(slots.refusal("a")).contains("max-subscribers-per-client");
        assertThat(slots.tryTake("b")).isNotNull();
        assertThat(slots.tryTake("c")).as("total reached").isNull();
        assertThat(slots.refusal("c"))
                .contains("(tracker.stream.max-subscribers)")
                .doesNotContain("per-client");
        a1.release();
        a1.release();
        assertThat(slots.taken()).isEqualTo(2);
        assertThat(slots.tryTake("c")).isNotNull();
        assertThat(slots.tryTake("a")).as("total reached again").isNull();
    }
}

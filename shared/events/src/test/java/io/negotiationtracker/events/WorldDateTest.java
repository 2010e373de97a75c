package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorldDateTest {
    @Test
    void keepsThePrecisionTheSourceGives() {
        assertThat(WorldDate.parse("2025").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(WorldDate.parse("2025-04").latest()).isEqualTo(LocalDate.parse("2025-04-30"));
        assertThat(WorldDate.parse("2024-02").latest()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(WorldDate.parse("2025").latest()).isEqualTo(LocalDate.parse("2025-12-31"));
        assertThat(WorldDate.parse("2025-06-16T09:30:00+09:00").earliest()).isEqualTo(LocalDate.parse("2025-06-16"));
        assertThat(WorldDate.parse("2025-06-16T09:30:00Z").toString()).isEqualTo("2025-06-16T09:30:00Z");
        assertThat(WorldDate.parse(" 2025-06 ").toString()).isEqualTo("2025-06");
    }

    @Test
    void ordersByFirstDayThenVaguerFirst() {
        assertThat(WorldDate.parse("2025-04")).isLessThan(WorldDate.parse("2025-04-01"));
        assertThat(WorldDate.parse("2025-04-02")).isGreaterThan(WorldDate.parse("2025-04"));
        assertThat(WorldDate.parse("2025-03-31")).isLessThan(WorldDate.parse("2025-04"));
        assertThat(WorldDate.parse("2025-04").onOrBefore(LocalDate.parse("2025-04-01")))
                .isTrue();
        assertThat(WorldDate.parse("2025-05").onOrBefore(LocalDate.parse("2025-04-30")))
                .isFalse();
    }
}

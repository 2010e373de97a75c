package io.negotiationtracker.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StallBoundaryTest {
    record Row(long position, String key, String id) implements OutboxRow {}

    private static List<Row> rows(long from, long to) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(p -> new Row(p, "n", "e" + p))
                .toList();
    }

    private static OutboxStall stuckAt(long position) {
        return new OutboxStall(position, "e" + position, "n", "too large", Instant.EPOCH);
    }

    @Test
    void publishesWhatComesBeforeTheStuckRowApartThenRetriesItAloneAndNeverWhatFollows() {
        assertThat(StallBoundary.cut(rows(1, 5), null))
                .extracting(Row::position)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(StallBoundary.cut(rows(1, 5), stuckAt(3)))
                .extracting(Row::position)
                .containsExactly(1L, 2L);
        assertThat(StallBoundary.cut(rows(3, 5), stuckAt(3)))
                .extracting(Row::position)
                .containsExactly(3L);
        assertThat(StallBoundary.cut(rows(6, 8), stuckAt(3)))
                .extracting(Row::position)
                .containsExactly(6L, 7L, 8L);
    }
}

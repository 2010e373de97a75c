package io.negotiationtracker.ingest.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StallBoundaryTest {
    private static List<StoredRow> rows(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(p -> new StoredRow(p, "e" + p, "n", "T", p, "t", "{}")).toList();
    }

    private static RelayStall stuckAt(long position) {
        return new RelayStall(position, "e" + position, "n", "too large", Instant.EPOCH);
    }

    @Test
    void publishesWhatComesBeforeTheStuckEventApartThenRetriesItAloneAndNeverWhatFollows() {
        assertThat(StallBoundary.cut(rows(1, 5), null)).extracting(StoredRow::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(StallBoundary.cut(rows(1, 5), stuckAt(3))).extracting(StoredRow::position).containsExactly(1L, 2L);
        assertThat(StallBoundary.cut(rows(3, 5), stuckAt(3))).extracting(StoredRow::position).containsExactly(3L);
        assertThat(StallBoundary.cut(rows(6, 8), stuckAt(3))).extracting(StoredRow::position).containsExactly(6L, 7L, 8L);
    }
}

package io.negotiationtracker.projection.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.projection.consume.ViewChanges;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusCacheTest {
    static final LocalDate TODAY = LocalDate.parse("2025-06-17");

    @Test
    void aCommittedChangeDropsTheEntryOfItsNegotiationOnly() {
        ViewChanges changes = new ViewChanges();
        StatusCache cache = new StatusCache(changes, Duration.ofMinutes(1));
        cache.put("a", 1, TODAY, "{\"a\":1}");
        cache.put("b", 1, TODAY, "{\"b\":1}");
        changes.committed(Set.of("a"), 42);
        assertThat(cache.get("a", 1, TODAY)).isEmpty();
        assertThat(cache.get("b", 1, TODAY)).contains("{\"b\":1}");
    }

    @Test
    void anEntryBelongsToOneGenerationOneDayAndExpires() throws InterruptedException {
        StatusCache cache = new StatusCache(new ViewChanges(), Duration.ofMillis(200));
        cache.put("a", 1, TODAY, "{}");
        assertThat(cache.get("a", 2, TODAY)).isEmpty();
        assertThat(cache.get("a", 1, TODAY.plusDays(1))).isEmpty();
        assertThat(cache.get("a", 1, TODAY)).isPresent();
        Thread.sleep(300);
        assertThat(cache.get("a", 1, TODAY)).isEmpty();
    }
}

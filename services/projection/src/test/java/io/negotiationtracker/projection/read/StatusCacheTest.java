package io.negotiationtracker.projection.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.render.Freshness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusCacheTest {
    static final LocalDate TODAY = LocalDate.parse("2025-06-17");
    static final Freshness GENERATION_1_TODAY = new Freshness(1, TODAY);

    @Test
    void aCommittedChangeDropsTheEntryOfItsNegotiationOnly() {
        ViewChanges changes = new ViewChanges();
        StatusCache cache = new StatusCache(changes, new StatusCacheSettings(Duration.ofMinutes(1)));
        cache.put("a", GENERATION_1_TODAY, "{\"a\":1}");
        cache.put("b", GENERATION_1_TODAY, "{\"b\":1}");
        changes.committed(Set.of("a"), 42);
        assertThat(cache.get("a", GENERATION_1_TODAY)).isEmpty();
        assertThat(cache.get("b", GENERATION_1_TODAY)).contains("{\"b\":1}");
    }

    @Test
    void anEntryBelongsToOneGenerationOneDayAndExpires() throws InterruptedException {
        StatusCache cache = new StatusCache(new ViewChanges(), new StatusCacheSettings(Duration.ofMillis(200)));
        cache.put("a", GENERATION_1_TODAY, "{}");
        assertThat(cache.get("a", new Freshness(2, TODAY))).isEmpty();
        assertThat(cache.get("a", new Freshness(1, TODAY.plusDays(1)))).isEmpty();
        assertThat(cache.get("a", GENERATION_1_TODAY)).isPresent();
        Thread.sleep(300);
        assertThat(cache.get("a", GENERATION_1_TODAY)).isEmpty();
    }
}

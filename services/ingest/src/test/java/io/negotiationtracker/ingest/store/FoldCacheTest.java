package io.negotiationtracker.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.NegotiationState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldCacheTest {
    @Test
    void keepsAtMostItsCapacityEvictingTheLeastRecentlyUsed() {
        FoldCache cache = new FoldCache(2);
        cache.putAll(Map.of("a", NegotiationState.initial("a")));
        cache.putAll(Map.of("b", NegotiationState.initial("b")));
        assertThat(cache.get("a")).isNotNull();
        cache.putAll(Map.of("c", NegotiationState.initial("c")));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("b")).as("least recently used").isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
    }
}

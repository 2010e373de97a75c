package io.negotiationtracker.projection.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer's fold cache publishes a batch's folds only once its transaction committed. */
class FoldCacheTest {
    static final Folded A = Folding.all("a", List.of());
    static final Folded B = new Folded(A.state(), 7, LocalDate.parse("2025-06-17"), 3);

    @Test
    void aBatchsFoldsAreSeenOnlyAfterItCommitted() {
        FoldCache cache = new FoldCache(10);
        cache.stage("a", A);
        assertThat(cache.get("a")).isNull();
        cache.commit();
        assertThat(cache.get("a")).isSameAs(A);
    }

    @Test
    void aRolledBackBatchLeavesNothingBehind() {
        FoldCache cache = new FoldCache(10);
        cache.stage("a", A);
        cache.commit();
        cache.stage("a", B);
        cache.stageDrop("a");
        cache.discard();
        assertThat(cache.get("a")).isSameAs(A);
    }

    @Test
    void aNegotiationAdvancedWithoutFoldingIsDroppedWhenTheBatchCommits() {
        FoldCache cache = new FoldCache(10);
        cache.stage("a", A);
        cache.commit();
        cache.stageDrop("a");
        cache.commit();
        assertThat(cache.get("a")).isNull();
    }

    @Test
    void theLeastRecentlyUsedStateIsEvictedBeyondCapacity() {
        FoldCache cache = new FoldCache(2);
        cache.stage("a", A);
        cache.stage("b", B);
        cache.commit();
        cache.get("a");
        cache.stage("c", B);
        cache.commit();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(A);
    }
}

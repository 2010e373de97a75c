package io.negotiationtracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlyListTest {
    @Test
    void branchesDoNotSeeEachOthersElements() {
        AppendOnlyList<String> base = AppendOnlyList.of(List.of("a", "b"));
        AppendOnlyList<String> left = base.plus("left");
        AppendOnlyList<String> right = base.plus("right");
        assertThat(base).containsExactly("a", "b");
        assertThat(left).containsExactly("a", "b", "left");
        assertThat(right).containsExactly("a", "b", "right");
        assertThat(left.plus("more")).containsExactly("a", "b", "left", "more");
    }

    @Test
    void growsPastItsCapacity() {
        AppendOnlyList<Integer> list = AppendOnlyList.of(List.of());
        for (int i = 0; i < 1000; i++) list = list.plus(i);
        assertThat(list).hasSize(1000).startsWith(0, 1, 2).endsWith(998, 999);
    }
}

package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StableIdsTest {
    private final AtomicInteger next = new AtomicInteger(10);

    private StableIds.Result assign(List<List<String>> groups, Map<String, String> old) {
        return StableIds.assign(groups, old::get, () -> "s" + next.getAndIncrement(),
                java.util.Comparator.comparingInt((String s) -> Integer.parseInt(s.substring(1))));
    }

    @Test
    void aGroupThatGrewKeepsItsId() {
        StableIds.Result r = assign(List.of(List.of("a", "b", "c"), List.of("x")), Map.of("a", "s3", "b", "s3"));
        assertThat(r.ids()).containsExactly("s3", "s10");
        assertThat(r.merged()).isEmpty();
    }

    @Test
    void aMergeKeepsTheOlderIdAndTheOtherPointsToIt() {
        // s7 is bigger, but s2 is older: s2 stays
        StableIds.Result r = assign(List.of(List.of("a", "b", "c", "d")), Map.of("a", "s2", "b", "s7", "c", "s7", "d", "s7"));
        assertThat(r.ids()).containsExactly("s2");
        assertThat(r.merged()).containsEntry("s7", "s2");
    }

    @Test
    void aSplitKeepsTheIdOnTheLargerPartAndGivesTheRestANewOne() {
        StableIds.Result r = assign(List.of(List.of("a"), List.of("b", "c")), Map.of("a", "s1", "b", "s1", "c", "s1"));
        assertThat(r.ids().get(1)).isEqualTo("s1");
        assertThat(r.ids().get(0)).isEqualTo("s10");
        assertThat(r.merged()).isEmpty();
    }
}

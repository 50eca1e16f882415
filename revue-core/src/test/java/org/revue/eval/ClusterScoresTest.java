package org.revue.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterScoresTest {
    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        ClusterScores s = ClusterScores.of(gold, Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(s.bcubedF1()).isEqualTo(1.0);
        assertThat(s.pairF1()).isEqualTo(1.0);
    }

    @Test
    void handComputedExample() {
        // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
        ClusterScores s = ClusterScores.of(gold, pred);
        // BCubed precision: a,b: 1; c: 1/3; d,e: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
        assertThat(s.bcubedP()).isCloseTo(11.0 / 15, within(1e-9));
        // BCubed recall: a,b: 2/3; c: 1/3; d,e: 1 -> (2/3+2/3+1/3+1+1)/5 = 11/15
        assertThat(s.bcubedR()).isCloseTo(11.0 / 15, within(1e-9));
        // pairs: gold ab ac bc de (4), predicted ab cd ce de (4), common ab de (2)
        assertThat(s.pairP()).isCloseTo(0.5, within(1e-9));
        assertThat(s.pairR()).isCloseTo(0.5, within(1e-9));
    }
}

package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterTest {
    @Test
    void averageLinkStopsAtTheThreshold() {
        float[][] sim = {
                {0, .9f, .8f, .1f, 0},
                {.9f, 0, .7f, .1f, 0},
                {.8f, .7f, 0, .2f, 0},
                {.1f, .1f, .2f, 0, .6f},
                {0, 0, 0, .6f, 0}};
        assertThat(Agglomerative.cluster(copy(sim), .5)).containsExactly(List.of(0, 1, 2), List.of(3, 4));
        assertThat(Agglomerative.cluster(copy(sim), .65)).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
        // average link: {0,1,2} to {3,4} averages 0.4 / 6 = 0.0667
        assertThat(Agglomerative.cluster(copy(sim), .1)).hasSize(2);
        assertThat(Agglomerative.cluster(copy(sim), .06)).hasSize(1);
    }

    @Test
    void sharedWeekdaysRaiseDisjointOnesLower() {
        Vector fri = new Vector(new int[]{1}, new float[]{1});
        Vector tue = new Vector(new int[]{2}, new float[]{1});
        assertThat(Clusterer.timeFactor(fri, fri, 1)).isEqualTo(2.0);
        assertThat(Clusterer.timeFactor(fri, tue, 1)).isEqualTo(0.5);
        assertThat(Clusterer.timeFactor(fri, Vector.EMPTY, 1)).isEqualTo(1.0);
    }

    @Test
    void timeSignatureReadsWeekdaysAndDatesInSeveralLanguages() {
        List<String> got = new java.util.ArrayList<>();
        TimeSignature.each("Vendredi 7 juillet, puis dimanche; on Friday; am Freitag.", got::add);
        assertThat(got).containsExactly("wd5", "wd7", "wd5", "wd5", "dm7-7");
    }

    @Test
    void containmentFindsACopyWithANewLead() {
        long[] original = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] copy = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] other = {3, 4, 20, 21};
        assertThat(Dedup.containment(copy, original)).isEqualTo(0.9);
        assertThat(Dedup.containment(other, original)).isEqualTo(0.5);
    }

    private static float[][] copy(float[][] m) {
        float[][] c = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}

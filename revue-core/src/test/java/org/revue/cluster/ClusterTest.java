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
        assertThat(SparseAverageLink.cluster(5, edges(sim), .5)).containsExactly(List.of(0, 1, 2), List.of(3, 4));
        assertThat(SparseAverageLink.cluster(5, edges(sim), .65)).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
        // average link: {0,1,2} to {3,4} averages 0.4 / 6 = 0.0667 (missing edges count as 0)
        assertThat(SparseAverageLink.cluster(5, edges(sim), .1)).hasSize(2);
        assertThat(SparseAverageLink.cluster(5, edges(sim), .06)).hasSize(1);
    }

    @Test
    void groupsOfSeveralItemsAverageOverAllTheirPairs() {
        // item 0 stands for 2 elements, item 1 for 3; their 6 pairs sum to 1.2: average 0.2
        List<SparseAverageLink.Edge> e = List.of(new SparseAverageLink.Edge(0, 1, 1.2));
        assertThat(SparseAverageLink.cluster(new int[]{2, 3}, e, 0.19)).hasSize(1);
        assertThat(SparseAverageLink.cluster(new int[]{2, 3}, e, 0.21)).hasSize(2);
    }

    @Test
    void minHashBandsFindNearCopiesNotStrangers() {
        long[] a = new long[200];
        long[] copy = new long[200];
        long[] other = new long[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i;
            copy[i] = i < 180 ? i : 1000 + i; // Jaccard 180/220 = 0.82
            other[i] = 5000 + i;
        }
        long[][] sig = {MinHash.signature(a), MinHash.signature(copy), MinHash.signature(other)};
        assertThat(MinHash.candidatePairs(sig, 3)).containsExactly(1L); // the pair (0, 1) as 0 * 3 + 1
    }

    @Test
    void largeInputsCompareOnlyCandidatesAndStillFindTwins() {
        int n = Candidates.ALL_PAIRS_UP_TO + 500;
        Vector[] v = new Vector[n];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            int base = (i / 2) * 40; // articles 2k and 2k+1 share their 30 strongest terms
            int[] ids = new int[40];
            float[] w = new float[40];
            for (int k = 0; k < 40; k++) {
                ids[k] = k < 30 ? base + k : 10_000_000 + i * 10 + k;
                w[k] = k < 30 ? 1f : 0.1f + r.nextFloat() * 0.1f;
            }
            java.util.Arrays.sort(ids);
            v[i] = new Vector(ids, w).normalized();
        }
        List<SparseAverageLink.Edge> edges = Candidates.pairs(v, 0.5);
        assertThat(edges).hasSize(n / 2);
        assertThat(edges).allSatisfy(e -> assertThat(e.b()).isEqualTo(e.a() + 1));
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
        got.clear();
        TimeSignature.each("Le 1er mai, puis le 10 ou le 11 mai; 31 février; 3 000 mai; 7 May; A320 juin; 12 heures.", got::add);
        assertThat(got).containsExactly("dm5-1", "dm5-11", "dm5-7");
    }

    @Test
    void containmentFindsACopyWithANewLead() {
        long[] original = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] copy = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] other = {3, 4, 20, 21};
        assertThat(Dedup.containment(copy, original)).isEqualTo(0.9);
        assertThat(Dedup.containment(other, original)).isEqualTo(0.5);
    }

    private static List<SparseAverageLink.Edge> edges(float[][] m) {
        List<SparseAverageLink.Edge> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                if (m[i][j] != 0) {
                    out.add(new SparseAverageLink.Edge(i, j, m[i][j]));
                }
            }
        }
        return out;
    }
}

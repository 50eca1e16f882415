package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RollingLinkTest {
    private static SparseAverageLink.Edge e(int a, int b, double w) {
        return new SparseAverageLink.Edge(a, b, w);
    }

    @Test
    void aStoryGoingOnForMonthsChainsThroughItsRecentEvents() {
        // one event every 20 days for 100 days; each similar to its neighbours in time only
        long[] days = {0, 20, 40, 60, 80, 100};
        List<SparseAverageLink.Edge> edges = List.of(e(0, 1, 0.3), e(1, 2, 0.3), e(2, 3, 0.3), e(3, 4, 0.3), e(4, 5, 0.3));
        assertThat(RollingLink.cluster(days, edges, 0.06, 30)).containsExactly(List.of(0, 1, 2, 3, 4, 5));
        // plain average link over the same graph stops early: far pairs count as zeros
        assertThat(SparseAverageLink.cluster(6, edges, 0.06)).hasSizeGreaterThan(1);
    }

    @Test
    void clustersFarApartInTimeNeedMuchMoreSimilarity() {
        long[] days = {0, 200};
        assertThat(RollingLink.cluster(days, List.of(e(0, 1, 0.3)), 0.06, 30)).hasSize(2);
        long[] near = {0, 10};
        assertThat(RollingLink.cluster(near, List.of(e(0, 1, 0.3)), 0.06, 30)).hasSize(1);
    }

    @Test
    void eventsDaysApartNeedLessLexicalEvidence() {
        // 0.05 is below the threshold on words alone; two events two days apart link, undated or far apart they do not
        assertThat(RollingLink.cluster(new long[]{0, 2}, List.of(e(0, 1, 0.05)), 0.06, 30)).hasSize(1);
        long u = RollingLink.UNDATED;
        assertThat(RollingLink.cluster(new long[]{u, u}, List.of(e(0, 1, 0.05)), 0.06, 30)).hasSize(2);
        assertThat(RollingLink.cluster(new long[]{0, 28}, List.of(e(0, 1, 0.05)), 0.06, 30)).hasSize(2);
    }

    @Test
    void undatedItemsAreInEveryWindow() {
        long u = RollingLink.UNDATED;
        long[] days = {u, u, 500};
        List<List<Integer>> out = RollingLink.cluster(days, List.of(e(0, 1, 0.2), e(1, 2, 0.2)), 0.06, 30);
        assertThat(out).containsExactly(List.of(0, 1, 2));
    }

    @Test
    void dissimilarItemsStayApart() {
        long[] days = {0, 1, 2};
        assertThat(RollingLink.cluster(days, List.of(e(0, 1, 0.5), e(1, 2, 0.01)), 0.06, 30))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void theSweptPairWeightEqualsTheSumOverAllPairs() {
        java.util.Random r = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int window = 5 + r.nextInt(60);
            RollingLink.Span a = span(r, 1 + r.nextInt(8));
            RollingLink.Span b = span(r, 1 + r.nextInt(8));
            double brute = 0;
            for (int i = 0; i < a.weeks().length; i++) {
                for (int j = 0; j < b.weeks().length; j++) {
                    brute += (double) a.counts()[i] * b.counts()[j]
                            * RollingLink.decay(RollingLink.weekDistance(a.weeks()[i], b.weeks()[j]), window);
                }
            }
            brute += (double) a.undated() * b.size() + (double) b.undated() * a.size() - (double) a.undated() * b.undated();
            assertThat(a.pairWeight(b, window)).isCloseTo(brute, org.assertj.core.data.Offset.offset(1e-9 * (1 + brute)));
        }
    }

    private static RollingLink.Span span(java.util.Random r, int items) {
        RollingLink.Span s = null;
        for (int k = 0; k < items; k++) {
            RollingLink.Span one = RollingLink.Span.of(r.nextInt(10) == 0 ? RollingLink.UNDATED : r.nextInt(400));
            s = s == null ? one : s.plus(one);
        }
        return s;
    }
}

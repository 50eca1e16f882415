package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {
    /** Two random sorted sets of {@code size} values with Jaccard similarity about {@code j}. */
    private static long[][] pair(Random r, int size, double j) {
        int shared = (int) Math.round(2 * size * j / (1 + j));
        long[] a = new long[size], b = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = r.nextLong();
            b[i] = i < shared ? a[i] : r.nextLong();
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][]{a, b};
    }

    private static boolean shareBand(long[] x, long[] y) {
        for (int band = 0; band < MinHash.BANDS; band++) {
            if (Arrays.equals(x, band * MinHash.ROWS, (band + 1) * MinHash.ROWS, y, band * MinHash.ROWS, (band + 1) * MinHash.ROWS)) {
                return true;
            }
        }
        return false;
    }

    private static double bandRate(double j) {
        Random r = new Random(7);
        int hits = 0, trials = 300;
        for (int t = 0; t < trials; t++) {
            long[][] p = pair(r, 500, j);
            hits += shareBand(MinHash.signature(p[0]), MinHash.signature(p[1])) ? 1 : 0;
        }
        return (double) hits / trials;
    }

    @Test
    void equalSetsHaveEqualSignaturesEvenWhenSmall() {
        long[] few = {3, 99, 12345};
        assertThat(MinHash.signature(few)).isEqualTo(MinHash.signature(few.clone()));
        assertThat(MinHash.signature(few)).doesNotContain(Long.MAX_VALUE); // every bin filled
    }

    @Test
    void bandingFollowsTheTheoreticalCurve() {
        // 1 - (1 - J^3)^21: J = 0.1 → 0.02, J = 0.3 → 0.44, J = 0.5 → 0.94, J = 0.8 → 1.00
        assertThat(bandRate(0.1)).isLessThan(0.07);
        assertThat(bandRate(0.3)).isBetween(0.32, 0.56);
        assertThat(bandRate(0.5)).isGreaterThan(0.88);
        assertThat(bandRate(0.8)).isGreaterThan(0.97);
    }

    @Test
    void theSignaturesBoundKeepsAShortCopyInsideALongTextAndDropsAnUnrelatedOne() {
        Random r = new Random(11);
        long[] longText = new long[2000];
        for (int i = 0; i < longText.length; i++) {
            longText[i] = r.nextLong();
        }
        long[] inside = Arrays.copyOfRange(longText, 100, 400); // a 300-shingle copy of part of it
        long[] other = new long[300];
        for (int i = 0; i < other.length; i++) {
            other[i] = r.nextLong();
        }
        Arrays.sort(longText);
        Arrays.sort(inside);
        Arrays.sort(other);
        long[] sl = MinHash.signature(longText);
        assertThat(Dedup.containmentBound(MinHash.signature(inside), sl, inside.length, longText.length))
                .isGreaterThanOrEqualTo(Dedup.CONTAINMENT);
        assertThat(Dedup.containmentBound(MinHash.signature(other), sl, other.length, longText.length))
                .isLessThan(Dedup.CONTAINMENT);
    }
}

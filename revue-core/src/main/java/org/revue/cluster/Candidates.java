package org.revue.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of articles worth comparing. Small sets: every pair. Large sets: an inverted index over each
 * article's strongest terms finds, for each article, the few articles sharing the most weight with it;
 * only those pairs get an exact cosine. Terms that are strong in too many articles are left out of the
 * index (they find everything and tell nothing).
 */
final class Candidates {
    /** Up to this many articles, every pair is compared. */
    static final int ALL_PAIRS_UP_TO = 2000;
    static final int TOP_TERMS = 25;
    static final int PER_ARTICLE = 40;

    private Candidates() {
    }

    /** Pairs i &lt; j with their cosine, at least {@code floor}; each pair once. */
    static List<SparseAverageLink.Edge> pairs(Vector[] v, double floor) {
        int n = v.length;
        List<SparseAverageLink.Edge> out = new ArrayList<>();
        if (n <= ALL_PAIRS_UP_TO) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = v[i].dot(v[j]);
                    if (s >= floor) {
                        out.add(new SparseAverageLink.Edge(i, j, s));
                    }
                }
            }
            return out;
        }
        int[][] top = new int[n][];
        Map<Integer, int[]> postings = new HashMap<>();
        Map<Integer, Integer> fill = new HashMap<>();
        for (int i = 0; i < n; i++) {
            top[i] = topTerms(v[i]);
            for (int t : top[i]) {
                fill.merge(t, 1, Integer::sum);
            }
        }
        int maxPosting = Math.max(50, (int) Math.sqrt(n) * 3);
        fill.forEach((t, c) -> {
            if (c <= maxPosting) {
                postings.put(t, new int[c]);
            }
        });
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int t : top[i]) {
                int[] p = postings.get(t);
                if (p != null) {
                    p[at.merge(t, 1, Integer::sum) - 1] = i;
                }
            }
        }
        float[] acc = new float[n];
        int[] touched = new int[n];
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int nt = 0;
            for (int t : top[i]) {
                int[] p = postings.get(t);
                if (p == null) {
                    continue;
                }
                for (int j : p) {
                    if (j != i) {
                        if (acc[j] == 0) {
                            touched[nt++] = j;
                        }
                        acc[j] += 1;
                    }
                }
            }
            int[] best = bestByCount(acc, touched, nt, PER_ARTICLE);
            for (int k = 0; k < nt; k++) {
                acc[touched[k]] = 0;
            }
            for (int j : best) {
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                if (!seen.add((long) a * n + b)) {
                    continue;
                }
                double s = v[a].dot(v[b]);
                if (s >= floor) {
                    out.add(new SparseAverageLink.Edge(a, b, s));
                }
            }
        }
        return out;
    }

    private static int[] topTerms(Vector v) {
        int k = Math.min(TOP_TERMS, v.ids().length);
        Integer[] order = new Integer[v.ids().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(v.weights()[b], v.weights()[a]));
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = v.ids()[order[i]];
        }
        return out;
    }

    private static int[] bestByCount(float[] acc, int[] touched, int nt, int k) {
        Integer[] idx = new Integer[nt];
        for (int i = 0; i < nt; i++) {
            idx[i] = touched[i];
        }
        Arrays.sort(idx, (a, b) -> acc[b] != acc[a] ? Float.compare(acc[b], acc[a]) : Integer.compare(a, b));
        int m = Math.min(k, nt);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}

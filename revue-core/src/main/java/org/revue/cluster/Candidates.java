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
        // each article's best partners, in parallel (each worker borrows counters from a pool: no thread
        // locals left behind in the common pool's threads) ...
        int[][] best = new int[n][];
        java.util.concurrent.ConcurrentLinkedQueue<float[]> accs = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.ConcurrentLinkedQueue<int[]> touches = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            float[] acc = accs.poll();
            int[] touched = touches.poll();
            acc = acc != null ? acc : new float[n];
            touched = touched != null ? touched : new int[n];
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
            int[] b = bestByCount(acc, touched, nt, PER_ARTICLE);
            for (int k = 0; k < nt; k++) {
                acc[touched[k]] = 0;
            }
            Arrays.sort(b);
            best[i] = b;
            accs.offer(acc);
            touches.offer(touched);
        });
        // ... then each pair's cosine once: from the smaller index, or from the only side that chose the other;
        // article i spread out in a dense array, so each cosine is one pass over the partner's terms
        int terms = 0;
        for (Vector x : v) {
            terms = Math.max(terms, x.ids().length == 0 ? 0 : x.ids()[x.ids().length - 1] + 1);
        }
        int size = terms;
        java.util.concurrent.ConcurrentLinkedQueue<float[]> denses = new java.util.concurrent.ConcurrentLinkedQueue<>();
        @SuppressWarnings("unchecked")
        List<SparseAverageLink.Edge>[] found = new List[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            List<SparseAverageLink.Edge> mine = null;
            float[] borrowed = denses.poll();
            float[] dense = borrowed != null ? borrowed : new float[size];
            int[] ids = v[i].ids();
            float[] w = v[i].weights();
            for (int k = 0; k < ids.length; k++) {
                dense[ids[k]] = w[k];
            }
            for (int j : best[i]) {
                if (j < i && Arrays.binarySearch(best[j], i) >= 0) {
                    continue; // j chose i too: the pair is j's
                }
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                double s = v[j].dot(dense); // the same sum as v[a].dot(v[b]): common terms in id order
                if (s >= floor) {
                    if (mine == null) {
                        mine = new ArrayList<>();
                    }
                    mine.add(new SparseAverageLink.Edge(a, b, s));
                }
            }
            for (int id : ids) {
                dense[id] = 0;
            }
            denses.offer(dense);
            found[i] = mine;
        });
        for (List<SparseAverageLink.Edge> f : found) {
            if (f != null) {
                out.addAll(f);
            }
        }
        return out;
    }

    /** Ids of the {@code TOP_TERMS} heaviest terms (selection by repeated maximum: k is small). */
    static int[] topTerms(Vector v) {
        int len = v.ids().length;
        int k = Math.min(TOP_TERMS, len);
        float[] w = v.weights().clone();
        int[] out = new int[k];
        for (int x = 0; x < k; x++) {
            int best = 0;
            for (int i = 1; i < len; i++) {
                if (w[i] > w[best]) {
                    best = i;
                }
            }
            out[x] = v.ids()[best];
            w[best] = Float.NEGATIVE_INFINITY;
        }
        return out;
    }

    /** Up to {@code k} of the touched articles sharing the most top terms, ties by index (bucketed by count). */
    private static int[] bestByCount(float[] acc, int[] touched, int nt, int k) {
        int[] byCount = new int[TOP_TERMS + 2];
        for (int i = 0; i < nt; i++) {
            byCount[(int) acc[touched[i]]]++;
        }
        int cut = TOP_TERMS + 1;
        int taken = 0;
        while (cut > 0 && taken + byCount[cut] <= k) {
            taken += byCount[cut--];
        }
        int[] out = new int[Math.min(k, nt)];
        int m = 0;
        java.util.Arrays.sort(touched, 0, nt);
        for (int i = 0; i < nt && m < out.length; i++) {
            if ((int) acc[touched[i]] > cut) {
                out[m++] = touched[i];
            }
        }
        for (int i = 0; i < nt && m < out.length; i++) {
            if ((int) acc[touched[i]] == cut) {
                out[m++] = touched[i];
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }
}

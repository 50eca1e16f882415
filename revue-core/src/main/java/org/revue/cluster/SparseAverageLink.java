package org.revue.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph (a missing edge counts as 0),
 * stopping when no two clusters are more similar than a threshold. Each cluster keeps the sum of edge
 * weights to its neighbours; a priority queue with lazy invalidation picks the next merge. Cost grows with
 * the number of edges, not with n².
 */
final class SparseAverageLink {
    private SparseAverageLink() {
    }

    /** An undirected weighted edge between items {@code a} and {@code b}. */
    record Edge(int a, int b, double w) {
    }

    /** Clusters of single items. */
    static List<List<Integer>> cluster(int n, List<Edge> edges, double threshold) {
        int[] sizes = new int[n];
        java.util.Arrays.fill(sizes, 1);
        return cluster(sizes, edges, threshold);
    }

    /**
     * Clusters of items that are themselves groups of {@code sizes[i]} elements; an edge's weight is the
     * sum of the similarities between their elements. Groups come out in order of their smallest item.
     */
    static List<List<Integer>> cluster(int[] sizes, List<Edge> edges, double threshold) {
        Integer[] states = new Integer[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            states[i] = sizes[i];
        }
        return cluster(states, edges, threshold, new Linkage<>() {
            @Override
            public Integer merge(Integer a, Integer b) {
                return a + b;
            }

            @Override
            public double similarity(double sum, Integer a, Integer b) {
                return sum / ((double) a * b);
            }
        });
    }

    /** What a cluster keeps besides its members, and how two clusters' summed edge weight becomes a similarity. */
    interface Linkage<S> {
        S merge(S a, S b);

        double similarity(double sum, S a, S b);
    }

    /** The merge loop for any {@link Linkage}: the most similar pair first, until none reaches the threshold. */
    static <S> List<List<Integer>> cluster(S[] initial, List<Edge> edges, double threshold, Linkage<S> linkage) {
        int n = initial.length;
        S[] state = initial.clone();
        int[] version = new int[n];
        boolean[] gone = new boolean[n];
        IntDoubleMap[] sums = new IntDoubleMap[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums[i] = new IntDoubleMap();
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            if (e.a() != e.b()) {
                sums[e.a()].add(e.b(), e.w());
                sums[e.b()].add(e.a(), e.w());
            }
        }
        record Pair(double sim, int a, int b, int va, int vb) {
        }
        PriorityQueue<Pair> queue = new PriorityQueue<>((x, y) -> x.sim() != y.sim() ? Double.compare(y.sim(), x.sim())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        for (int i = 0; i < n; i++) {
            int a = i;
            sums[a].forEach((b, v) -> {
                if (a < b) {
                    queue.add(new Pair(linkage.similarity(v, state[a], state[b]), a, b, 0, 0));
                }
            });
        }
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            if (p.sim() < threshold) {
                break;
            }
            if (gone[p.a()] || gone[p.b()] || version[p.a()] != p.va() || version[p.b()] != p.vb()) {
                continue;
            }
            int keep = p.a();
            int drop = p.b();
            IntDoubleMap merged = sums[keep];
            merged.remove(drop);
            sums[drop].forEach((k, v) -> {
                if (k != keep) {
                    merged.add(k, v);
                }
            });
            sums[drop] = new IntDoubleMap();
            gone[drop] = true;
            state[keep] = linkage.merge(state[keep], state[drop]);
            state[drop] = null;
            members.get(keep).addAll(members.get(drop));
            version[keep]++;
            merged.forEach((k, v) -> {
                IntDoubleMap other = sums[k];
                other.remove(drop);
                other.put(keep, v);
                int a = Math.min(keep, k);
                int b = Math.max(keep, k);
                queue.add(new Pair(linkage.similarity(v, state[a], state[b]), a, b, version[a], version[b]));
            });
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                List<Integer> m = members.get(i);
                m.sort(null);
                out.add(m);
            }
        }
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }
}

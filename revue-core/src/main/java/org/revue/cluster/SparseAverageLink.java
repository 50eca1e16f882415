package org.revue.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        int n = sizes.length;
        int[] size = sizes.clone();
        int[] version = new int[n];
        boolean[] gone = new boolean[n];
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>());
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            if (e.a() != e.b()) {
                sums.get(e.a()).merge(e.b(), e.w(), Double::sum);
                sums.get(e.b()).merge(e.a(), e.w(), Double::sum);
            }
        }
        record Pair(double avg, int a, int b, int va, int vb) {
        }
        PriorityQueue<Pair> queue = new PriorityQueue<>((x, y) -> x.avg() != y.avg() ? Double.compare(y.avg(), x.avg())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                int b = e.getKey();
                if (a < b) {
                    queue.add(new Pair(e.getValue() / ((double) size[a] * size[b]), a, b, 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            if (p.avg() < threshold) {
                break;
            }
            if (gone[p.a()] || gone[p.b()] || version[p.a()] != p.va() || version[p.b()] != p.vb()) {
                continue;
            }
            int keep = p.a();
            int drop = p.b();
            Map<Integer, Double> merged = sums.get(keep);
            merged.remove(drop);
            for (Map.Entry<Integer, Double> e : sums.get(drop).entrySet()) {
                if (e.getKey() != keep) {
                    merged.merge(e.getKey(), e.getValue(), Double::sum);
                }
            }
            sums.set(drop, Map.of());
            gone[drop] = true;
            size[keep] += size[drop];
            members.get(keep).addAll(members.get(drop));
            version[keep]++;
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                int k = e.getKey();
                Map<Integer, Double> other = sums.get(k);
                other.remove(drop);
                other.put(keep, e.getValue());
                int a = Math.min(keep, k);
                int b = Math.max(keep, k);
                queue.add(new Pair(e.getValue() / ((double) size[keep] * size[k]), a, b, version[a], version[b]));
            }
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

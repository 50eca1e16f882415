package org.revue.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-link agglomerative clustering over a similarity matrix, stopping when no two clusters are
 * more similar than a threshold. Keeps each row's best partner so a merge costs O(n) in the usual case.
 */
final class Agglomerative {
    private Agglomerative() {
    }

    /** Groups of indices; {@code sim} is symmetric and is overwritten. Groups come in order of their first index. */
    static List<List<Integer>> cluster(float[][] sim, double threshold) {
        int n = sim.length;
        boolean[] active = new boolean[n];
        int[] size = new int[n];
        int[] best = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            active[i] = true;
            size[i] = 1;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int i = 0; i < n; i++) {
            best[i] = bestOf(sim, active, i);
        }
        while (true) {
            int a = -1;
            float top = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (active[i] && best[i] >= 0 && sim[i][best[i]] > top) {
                    top = sim[i][best[i]];
                    a = i;
                }
            }
            if (a < 0 || top < threshold) {
                break;
            }
            int b = best[a];
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            for (int k = 0; k < n; k++) {
                if (active[k] && k != keep && k != gone) {
                    float s = (size[keep] * sim[keep][k] + size[gone] * sim[gone][k]) / (size[keep] + size[gone]);
                    sim[keep][k] = s;
                    sim[k][keep] = s;
                }
            }
            active[gone] = false;
            size[keep] += size[gone];
            members.get(keep).addAll(members.get(gone));
            for (int k = 0; k < n; k++) {
                if (!active[k]) {
                    continue;
                }
                if (k == keep || best[k] == keep || best[k] == gone) {
                    best[k] = bestOf(sim, active, k);
                } else if (sim[k][keep] > sim[k][best[k]]) {
                    best[k] = keep;
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                List<Integer> m = members.get(i);
                m.sort(null);
                out.add(m);
            }
        }
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    private static int bestOf(float[][] sim, boolean[] active, int i) {
        int b = -1;
        for (int j = 0; j < sim.length; j++) {
            if (j != i && active[j] && (b < 0 || sim[i][j] > sim[i][b])) {
                b = j;
            }
        }
        return b;
    }
}

package org.revue.eval;

import java.util.HashMap;
import java.util.Map;

/** BCubed and pairwise precision, recall and F1 of a predicted clustering against a gold one. */
public record ClusterScores(double bcubedP, double bcubedR, double bcubedF1,
                            double pairP, double pairR, double pairF1, int items) {

    /** Scores over the items present in both maps (item id to cluster label). */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> overlap = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            n++;
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            overlap.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(p, 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        long tp = 0;
        long goldPairs = 0;
        long predPairs = 0;
        for (Map.Entry<String, Map<String, Integer>> g : overlap.entrySet()) {
            for (Map.Entry<String, Integer> c : g.getValue().entrySet()) {
                int k = c.getValue();
                bp += (double) k * k / predSize.get(c.getKey());
                br += (double) k * k / goldSize.get(g.getKey());
                tp += (long) k * (k - 1) / 2;
            }
        }
        for (int s : goldSize.values()) {
            goldPairs += (long) s * (s - 1) / 2;
        }
        for (int s : predSize.values()) {
            predPairs += (long) s * (s - 1) / 2;
        }
        bp = n == 0 ? 0 : bp / n;
        br = n == 0 ? 0 : br / n;
        double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        return new ClusterScores(bp, br, f1(bp, br), pp, pr, f1(pp, pr), n);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

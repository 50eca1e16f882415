package org.revue.summarize;

import org.revue.cluster.Vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The baselines Revue's summarizer is measured against, over the same candidate sentences and budget. */
final class Baselines {
    private Baselines() {
    }

    /** Largest graph the rank baselines build (3,000 candidates: 72 MB of weights). */
    static final int MAX_GRAPH = 3000;

    /** Round-robin lead: the first sentence of each article in turn, then the second of each, … while they fit. */
    static List<Summarizer.Candidate> lead(List<Summarizer.Candidate> cands, int budget) {
        List<Summarizer.Candidate> sorted = new ArrayList<>(cands);
        // position among the article's candidates, then article rank
        int[] pos = new int[cands.size()];
        for (int k = 0, run = 0; k < cands.size(); k++) {
            run = k > 0 && cands.get(k - 1).article() == cands.get(k).article() ? run + 1 : 0;
            pos[k] = run;
        }
        Integer[] order = new Integer[cands.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(k -> pos[k]).thenComparingInt(k -> cands.get(k).rank()));
        sorted.clear();
        for (int k : order) {
            sorted.add(cands.get(k));
        }
        return fill(sorted, budget);
    }

    /**
     * LexRank (Erkan &amp; Radev 2004, continuous: cosine of TF-IDF sentence vectors as edge weights) or TextRank
     * (Mihalcea &amp; Tarau 2004: shared stems / (log|s1| + log|s2|)); PageRank with damping 0.85; sentences then
     * taken by rank while they fit, skipping one too close (cosine ≥ 0.7) to one taken.
     */
    static List<Summarizer.Candidate> rank(Summarizer sum, List<Summarizer.Candidate> all, int budget, boolean textRank) {
        // the graph is dense (n² weights): beyond MAX_GRAPH candidates, the earliest in their articles only
        List<Summarizer.Candidate> cands = all;
        if (all.size() > MAX_GRAPH) {
            cands = new ArrayList<>(all);
            cands.sort(Comparator.comparingInt(Summarizer.Candidate::sentence).thenComparingInt(Summarizer.Candidate::rank));
            cands = cands.subList(0, MAX_GRAPH);
        }
        int n = cands.size();
        double[][] w = new double[n][n];
        Vector[] v = new Vector[n];
        List<Set<Integer>> bags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Summarizer.Candidate c = cands.get(i);
            v[i] = sum.space().sentence(c.article(), c.sentence());
            Set<Integer> b = new HashSet<>();
            for (int t : sum.stems(c.article(), c.sentence())) {
                b.add(t);
            }
            bags.add(b);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s;
                if (textRank) {
                    Set<Integer> a = bags.get(i);
                    int shared = 0;
                    for (int t : bags.get(j)) {
                        shared += a.contains(t) ? 1 : 0;
                    }
                    double den = Math.log(Math.max(2, a.size())) + Math.log(Math.max(2, bags.get(j).size()));
                    s = shared / den;
                } else {
                    s = v[i].dot(v[j]);
                }
                w[i][j] = s;
                w[j][i] = s;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += w[i][j];
            }
        }
        double[] r = new double[n];
        Arrays.fill(r, 1.0 / Math.max(1, n));
        for (int it = 0; it < 50; it++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                if (out[j] == 0) {
                    continue;
                }
                double share = r[j] / out[j];
                for (int i = 0; i < n; i++) {
                    next[i] += w[j][i] * share;
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                next[i] = 0.15 / n + 0.85 * next[i];
                delta += Math.abs(next[i] - r[i]);
            }
            r = next;
            if (delta < 1e-6) {
                break;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        double[] rank = r;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -rank[k]).thenComparingInt(k -> k));
        List<Summarizer.Candidate> sorted = new ArrayList<>();
        for (int k : order) {
            sorted.add(cands.get(k));
        }
        List<Summarizer.Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (Summarizer.Candidate c : sorted) {
            if (used + c.words() <= budget && sum.maxSim(c, chosen) < 0.7) {
                chosen.add(c);
                used += c.words();
            }
        }
        if (chosen.isEmpty() && !sorted.isEmpty()) {
            chosen.add(sorted.get(0));
        }
        return chosen;
    }

    private static List<Summarizer.Candidate> fill(List<Summarizer.Candidate> sorted, int budget) {
        List<Summarizer.Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (Summarizer.Candidate c : sorted) {
            if (used + c.words() <= budget) {
                chosen.add(c);
                used += c.words();
            }
        }
        if (chosen.isEmpty() && !sorted.isEmpty()) {
            chosen.add(sorted.get(0));
        }
        return chosen;
    }
}

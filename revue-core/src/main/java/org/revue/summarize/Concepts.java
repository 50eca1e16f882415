package org.revue.summarize;

import org.revue.model.Article;
import org.revue.model.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgeted concept coverage (after Gillick &amp; Favre 2009 and Lin &amp; Bilmes 2010/2011). A concept is a
 * stem or a pair of adjacent stems (stop words left out, the language's Lucene analyzer). Its weight is the
 * number of articles of the group that contain it, counted only when at least two articles do (what one source
 * alone says is not what the event is about), discounted by how late it first appears in each article. The
 * summary maximizes the total weight of the concepts it covers, each counted once (a monotone submodular
 * function: redundancy costs coverage), under the word budget, by cost-scaled greedy selection: at each step
 * the sentence with the highest new coverage per word^{@value #COST_EXPONENT}, times a prior for sentences
 * early in their article.
 */
final class Concepts {
    /** Weight of a single stem relative to a pair of stems. */
    static final double UNIGRAM = prop("unigram", 1.0);
    static final double BIGRAM = prop("bigram", 1.0);
    /** How much a concept's weight in an article falls with the sentence it first appears in: 1/(1+k·index). */
    static final double DECAY = prop("decay", 0.0);
    /** Exponent of the word cost in greedy selection (1: gain per word; 0: gain alone). */
    static final double COST_EXPONENT = prop("cost", 1.0);
    /** Prior for position: 1 + POSITION/(1 + index). */
    static final double POSITION = prop("position", 0.0);
    /** Minimum number of articles that must contain a concept for it to count (in groups of 3 or more). */
    static final int MIN_DF = (int) prop("mindf", 2);
    static final double DF_POWER = prop("dfpow", 1.0);
    /** Cosine above which a sentence says again what a chosen one says. */
    static final double REDUNDANT = prop("redundant", 0.7);

    private static double prop(String k, double d) {
        String v = System.getProperty("revue.sum." + k);
        return v == null ? d : Double.parseDouble(v);
    }

    private final Summarizer sum;
    private final Map<Long, Integer> ids = new HashMap<>();
    private double[] weight = new double[0];
    /** Concepts of each candidate, distinct. */
    private final Map<Long, int[]> sentenceConcepts = new HashMap<>();

    Concepts(Summarizer sum, List<Integer> articles) {
        this.sum = sum;
        List<double[]> perArticle = new ArrayList<>();
        List<Map<Integer, Double>> seen = new ArrayList<>();
        for (int i : articles) {
            Article a = sum.space().article(i);
            Map<Integer, Double> first = new HashMap<>();
            for (Sentence s : a.sentences()) {
                double w = 1.0 / (1 + DECAY * s.index());
                for (int c : concepts(i, s.index())) {
                    first.merge(c, w, Math::max);
                }
            }
            seen.add(first);
        }
        int n = ids.size();
        double[] df = new double[n];
        int[] count = new int[n];
        for (Map<Integer, Double> m : seen) {
            for (Map.Entry<Integer, Double> e : m.entrySet()) {
                df[e.getKey()] += e.getValue();
                count[e.getKey()]++;
            }
        }
        int minDf = articles.size() >= 3 ? MIN_DF : 1;
        weight = new double[n];
        for (int c = 0; c < n; c++) {
            if (count[c] >= minDf) {
                weight[c] = Math.pow(df[c], DF_POWER) * (isBigram[c] ? BIGRAM : UNIGRAM);
            }
        }
        perArticle.clear();
    }

    private boolean[] isBigram = new boolean[64];

    private int id(long key, boolean bigram) {
        Integer v = ids.get(key);
        if (v == null) {
            v = ids.size();
            ids.put(key, v);
            if (v >= isBigram.length) {
                isBigram = Arrays.copyOf(isBigram, isBigram.length * 2);
            }
            isBigram[v] = bigram;
        }
        return v;
    }

    /** Distinct concepts of a sentence. */
    int[] concepts(int article, int sentence) {
        long k = ((long) article << 20) | sentence;
        int[] c = sentenceConcepts.get(k);
        if (c == null) {
            int[] t = sum.stems(article, sentence);
            int[] out = new int[2 * t.length];
            int n = 0;
            for (int i = 0; i < t.length; i++) {
                out[n++] = id(t[i], false);
                if (i + 1 < t.length) {
                    out[n++] = id(((long) (t[i] + 1) << 32) | t[i + 1], true);
                }
            }
            c = Arrays.stream(out, 0, n).distinct().toArray();
            sentenceConcepts.put(k, c);
        }
        return c;
    }

    List<Summarizer.Candidate> select(List<Summarizer.Candidate> cands, List<Summarizer.Candidate> seeded, int budget) {
        boolean[] covered = new boolean[weight.length];
        List<Summarizer.Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (Summarizer.Candidate c : seeded) {
            if ((chosen.isEmpty() || used + c.words() <= budget) && sum.maxSim(c, chosen) < REDUNDANT) {
                chosen.add(c);
                used += c.words();
                cover(c, covered);
            }
        }
        boolean[] out = new boolean[cands.size()];
        while (true) {
            int best = -1;
            double bestValue = 0;
            for (int k = 0; k < cands.size(); k++) {
                Summarizer.Candidate c = cands.get(k);
                if (out[k] || !chosen.isEmpty() && used + c.words() > budget) {
                    continue;
                }
                double gain = 0;
                for (int x : concepts(c.article(), c.sentence())) {
                    if (!covered[x]) {
                        gain += weight[x];
                    }
                }
                double value = gain * (1 + POSITION / (1 + c.sentence())) / Math.pow(c.words(), COST_EXPONENT);
                if (value > bestValue) {
                    bestValue = value;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            out[best] = true;
            Summarizer.Candidate c = cands.get(best);
            if (sum.maxSim(c, chosen) >= REDUNDANT) {
                continue;
            }
            chosen.add(c);
            used += c.words();
            cover(c, covered);
        }
        if (chosen.isEmpty() && !cands.isEmpty()) {
            chosen.add(cands.get(0));
        }
        return chosen;
    }

    private void cover(Summarizer.Candidate c, boolean[] covered) {
        for (int x : concepts(c.article(), c.sentence())) {
            covered[x] = true;
        }
    }
}

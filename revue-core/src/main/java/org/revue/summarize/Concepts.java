package org.revue.summarize;

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
 * alone says is not what the event is about); stems and pairs weigh the same. The
 * summary maximizes the total weight of the concepts it covers, each counted once (a monotone submodular
 * function: redundancy costs coverage), under the word budget, by cost-scaled greedy selection: at each step
 * the sentence with the highest new coverage per word, times a prior for sentences early in their article
 * (news puts the facts first). A sentence too close to a chosen one is skipped.
 */
final class Concepts {
    /**
     * Prior for sentences early in their article, 1 + POSITION/(1 + index): 5 for a lead sentence, 3 for the
     * second, 1.4 for the tenth. News puts the facts first; on rpm2-fr-dev 4 did better than 0, 1 and 2 and as
     * well as 8 (see docs/summarization.md).
     */
    static final double POSITION = 4;
    /** Minimum number of articles that must contain a concept for it to count (in groups of 3 or more). */
    static final int MIN_DF = 2;
    /** Cosine (TF-IDF) above which a sentence says again what a chosen one says: it is skipped. */
    static final double REDUNDANT = 0.7;

    private final Summarizer sum;
    private final Map<Long, Integer> ids = new HashMap<>();
    private double[] weight = new double[0];
    /** Concepts of each candidate, distinct. */
    private final Map<Long, int[]> sentenceConcepts = new HashMap<>();

    Concepts(Summarizer sum, List<Integer> articles) {
        this.sum = sum;
        List<int[]> perArticle = new ArrayList<>();
        for (int i : articles) {
            java.util.BitSet seen = new java.util.BitSet();
            for (Sentence s : sum.space().article(i).sentences()) {
                for (int c : concepts(i, s.index())) {
                    seen.set(c);
                }
            }
            perArticle.add(seen.stream().toArray());
        }
        int[] df = new int[ids.size()];
        for (int[] cs : perArticle) {
            for (int c : cs) {
                df[c]++;
            }
        }
        int minDf = articles.size() >= 3 ? MIN_DF : 1;
        weight = new double[df.length];
        for (int c = 0; c < df.length; c++) {
            weight[c] = df[c] >= minDf ? df[c] : 0;
        }
    }

    private int id(long key) {
        Integer v = ids.get(key);
        if (v == null) {
            v = ids.size();
            ids.put(key, v);
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
                out[n++] = id(t[i]);
                if (i + 1 < t.length) {
                    out[n++] = id(((long) (t[i] + 1) << 32) | t[i + 1]);
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
                double value = gain * (1 + POSITION / (1 + c.sentence())) / c.words();
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

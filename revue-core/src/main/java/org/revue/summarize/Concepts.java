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
    /** Cosine of stem sets above which a sentence says again what a chosen one says: it is skipped. */
    static final double REDUNDANT = 0.7;

    private final Summarizer sum;
    /** Ids of stem pairs (the first stem's id in the high half); single stems keep their own id, offset. */
    private final LongIntMap pairs = new LongIntMap();
    private final int stemIds;
    private double[] weight;
    /** Distinct concepts of each sentence of each article of the group, by article index. */
    private final Map<Integer, int[][]> conceptsOf = new HashMap<>();

    Concepts(Summarizer sum, List<Integer> articles) {
        this.sum = sum;
        this.stemIds = sum.stemCount();
        List<int[]> perArticle = new ArrayList<>();
        for (int i : articles) {
            int[][] cs = new int[sum.article(i).sentences().size()][];
            int total = 0;
            for (Sentence s : sum.article(i).sentences()) {
                cs[s.index()] = distinctConcepts(sum.stems(i, s.index()));
                total += cs[s.index()].length;
            }
            conceptsOf.put(i, cs);
            int[] all = new int[total];
            int n = 0;
            for (int[] c : cs) {
                System.arraycopy(c, 0, all, n, c.length);
                n += c.length;
            }
            perArticle.add(unique(all));
        }
        int[] df = new int[stemIds + pairs.size()];
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

    private int[] distinctConcepts(int[] t) {
        int[] out = new int[Math.max(0, 2 * t.length - 1)];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            out[n++] = t[i];
            if (i + 1 < t.length) {
                out[n++] = stemIds + pairs.idOf(((long) t[i] << 32) | (t[i + 1] & 0xffffffffL));
            }
        }
        return unique(out);
    }

    /** The distinct values of an array, sorted (the array is reordered). */
    private static int[] unique(int[] a) {
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || a[i] != a[n - 1]) {
                a[n++] = a[i];
            }
        }
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    /** Distinct concepts of a sentence. */
    int[] concepts(int article, int sentence) {
        return conceptsOf.get(article)[sentence];
    }

    List<Summarizer.Candidate> select(List<Summarizer.Candidate> cands, List<Summarizer.Candidate> seeded, int budget) {
        boolean[] covered = new boolean[weight.length];
        List<Summarizer.Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (Summarizer.Candidate c : seeded) {
            if (used + c.words() <= budget && sum.maxOverlap(c, chosen) < REDUNDANT) {
                chosen.add(c);
                used += c.words();
                cover(c, covered);
            }
        }
        int[][] cc = new int[cands.size()][];
        double[] prior = new double[cands.size()];
        for (int k = 0; k < cands.size(); k++) {
            Summarizer.Candidate c = cands.get(k);
            cc[k] = concepts(c.article(), c.sentence());
            prior[k] = (1 + POSITION / (1 + c.sentence())) / c.words();
        }
        boolean[] out = new boolean[cands.size()];
        // nothing fits (e.g. a budget of 0 asks for the best sentence alone): the best sentence whatever its length
        boolean any = chosen.isEmpty() && cands.stream().noneMatch(c -> c.words() <= budget);
        while (true) {
            int best = -1;
            double bestValue = 0;
            for (int k = 0; k < cands.size(); k++) {
                if (out[k] || !any && used + cands.get(k).words() > budget) {
                    continue;
                }
                double gain = 0;
                for (int x : cc[k]) {
                    if (!covered[x]) {
                        gain += weight[x];
                    }
                }
                double value = gain * prior[k];
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
            if (sum.maxOverlap(c, chosen) >= REDUNDANT) {
                continue;
            }
            chosen.add(c);
            used += c.words();
            cover(c, covered);
            any = false;
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

    /** Open-addressing map from long keys to dense ids 0, 1, 2, … in order of first sight. */
    static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] vals = new int[1024];
        private boolean[] used = new boolean[1024];
        private int size;

        int size() {
            return size;
        }

        int idOf(long key) {
            int mask = keys.length - 1;
            int h = (int) (mix(key) & mask);
            while (used[h]) {
                if (keys[h] == key) {
                    return vals[h];
                }
                h = (h + 1) & mask;
            }
            used[h] = true;
            keys[h] = key;
            vals[h] = size;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            long[] k = keys;
            int[] v = vals;
            boolean[] u = used;
            keys = new long[k.length * 2];
            vals = new int[k.length * 2];
            used = new boolean[k.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    int h = (int) (mix(k[i]) & mask);
                    while (used[h]) {
                        h = (h + 1) & mask;
                    }
                    used[h] = true;
                    keys[h] = k[i];
                    vals[h] = v[i];
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}

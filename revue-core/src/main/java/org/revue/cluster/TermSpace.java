package org.revue.cluster;

import org.revue.analyze.Terms;
import org.revue.model.Article;
import org.revue.model.Sentence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * TF-IDF over the stems of a set of articles: one vector per article (title counted twice) and, when asked
 * for, one per sentence, in the same space, so that articles, sentences and centroids compare by cosine.
 * Counts are kept as compact sorted arrays; analysis runs in parallel; unit vectors are built once, on
 * first use (that part is not thread-safe).
 */
public final class TermSpace {
    /** Sorted term ids and their counts. */
    private record Counts(int[] ids, int[] counts) {
        int total() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }
    }

    private final List<Article> articles;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Counts[] articleCounts;
    private final Counts[] timeCounts;
    private final Counts[][] sentenceCounts;
    private final int[] df;
    private final float[] idf;
    private final Vector[] unitArticles;
    private final Vector[][] unitSentences;

    /** Article and sentence vectors (what summaries need). */
    public TermSpace(List<Article> articles) {
        this(articles, true);
    }

    /** @param sentences whether to keep sentence vectors too (clustering alone does not need them) */
    public TermSpace(List<Article> articles, boolean sentences) {
        this.articles = articles;
        int n = articles.size();
        Terms terms = Terms.get();
        record Raw(Map<String, Integer> doc, Map<String, Integer> time, List<Map<String, Integer>> sents) {
        }
        Raw[] raw = new Raw[n];
        IntStream range = IntStream.range(0, n);
        (n >= 64 ? range.parallel() : range).forEach(i -> {
            Article a = articles.get(i);
            Map<String, Integer> doc = new HashMap<>();
            Map<String, Integer> time = new HashMap<>();
            List<Map<String, Integer>> sents = sentences ? new java.util.ArrayList<>() : null;
            if (a.title() != null) {
                terms.each(a.title(), a.lang(), t -> doc.merge(t, 2, Integer::sum));
            }
            for (Sentence s : a.sentences()) {
                Map<String, Integer> sc = sentences ? new HashMap<>() : null;
                terms.each(s.text(), a.lang(), t -> {
                    doc.merge(t, 1, Integer::sum);
                    if (sc != null) {
                        sc.merge(t, 1, Integer::sum);
                    }
                });
                if (sents != null) {
                    sents.add(sc);
                }
                TimeSignature.each(s.text(), t -> time.merge(t, 1, Integer::sum));
            }
            raw[i] = new Raw(doc, time, sents);
        });
        articleCounts = new Counts[n];
        timeCounts = new Counts[n];
        sentenceCounts = sentences ? new Counts[n][] : null;
        for (int i = 0; i < n; i++) {
            articleCounts[i] = counts(raw[i].doc());
            timeCounts[i] = counts(raw[i].time());
            if (sentences) {
                List<Map<String, Integer>> ss = raw[i].sents();
                sentenceCounts[i] = new Counts[ss.size()];
                for (int s = 0; s < ss.size(); s++) {
                    sentenceCounts[i][s] = counts(ss.get(s));
                }
            }
            raw[i] = null;
        }
        df = new int[ids.size()];
        for (int i = 0; i < n; i++) {
            for (int t : articleCounts[i].ids()) {
                df[t]++;
            }
            for (int t : timeCounts[i].ids()) {
                df[t]++;
            }
        }
        idf = new float[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = (float) Math.log((n + 1.0) / (df[t] + 0.5));
        }
        unitArticles = new Vector[n];
        unitSentences = new Vector[n][];
    }

    private Counts counts(Map<String, Integer> m) {
        int[] keys = new int[m.size()];
        int k = 0;
        for (String t : m.keySet()) {
            keys[k++] = ids.computeIfAbsent(t, x -> ids.size());
        }
        Arrays.sort(keys);
        Map<Integer, Integer> byId = new HashMap<>(m.size() * 2);
        m.forEach((t, c) -> byId.put(ids.get(t), c));
        int[] counts = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            counts[i] = byId.get(keys[i]);
        }
        return new Counts(keys, counts);
    }

    /** Number of distinct terms: the length of a dense vector in this space. */
    public int terms() {
        return df.length;
    }

    public int size() {
        return articles.size();
    }

    public Article article(int i) {
        return articles.get(i);
    }

    /** The TF-IDF vector of article {@code i} (log-scaled term frequency), of unit length if asked. */
    public Vector article(int i, boolean unit) {
        if (!unit) {
            return weigh(articleCounts[i]);
        }
        Vector v = unitArticles[i];
        if (v == null) {
            v = weigh(articleCounts[i]).normalized();
            unitArticles[i] = v;
        }
        return v;
    }

    /** The unit vector of the weekdays and dates article {@code i} names (see {@link TimeSignature}). */
    public Vector time(int i) {
        return weigh(timeCounts[i]).normalized();
    }

    /** The unit TF-IDF vector of sentence {@code s} of article {@code i}. */
    public Vector sentence(int i, int s) {
        Vector[] cache = unitSentences[i];
        if (cache == null) {
            cache = new Vector[sentences(i).length];
            unitSentences[i] = cache;
        }
        if (cache[s] == null) {
            cache[s] = weigh(sentences(i)[s]).normalized();
        }
        return cache[s];
    }

    /** Number of terms of sentence {@code s} of article {@code i} after stop words. */
    public int sentenceTerms(int i, int s) {
        return sentences(i)[s].total();
    }

    private Counts[] sentences(int i) {
        if (sentenceCounts == null) {
            throw new IllegalStateException("this term space was built without sentence vectors");
        }
        return sentenceCounts[i];
    }

    private Vector weigh(Counts c) {
        int[] keys = c.ids();
        float[] w = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            w[k] = (float) ((1 + Math.log(c.counts()[k])) * idf[keys[k]]);
        }
        return new Vector(keys, w);
    }
}

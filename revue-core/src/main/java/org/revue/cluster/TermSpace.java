package org.revue.cluster;

import org.revue.analyze.Terms;
import org.revue.model.Article;
import org.revue.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over the stems of a set of articles: one vector per article (title counted twice) and one per
 * sentence, in the same space, so that articles, sentences and centroids compare by cosine.
 */
public final class TermSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Map<Integer, Integer>> articleCounts = new ArrayList<>();
    private final List<Map<Integer, Integer>> timeCounts = new ArrayList<>();
    private final List<List<Map<Integer, Integer>>> sentenceCounts = new ArrayList<>();
    private int[] df = new int[0];
    private float[] idf;
    private final Vector[] unitArticles;
    private final Vector[][] unitSentences;
    private final List<Article> articles;

    public TermSpace(List<Article> articles) {
        this.articles = articles;
        Terms terms = Terms.get();
        for (Article a : articles) {
            Map<Integer, Integer> doc = new HashMap<>();
            List<Map<Integer, Integer>> sents = new ArrayList<>(a.sentences().size());
            if (a.title() != null) {
                terms.each(a.title(), a.lang(), t -> doc.merge(id(t), 2, Integer::sum));
            }
            for (Sentence s : a.sentences()) {
                Map<Integer, Integer> sc = new HashMap<>();
                terms.each(s.text(), a.lang(), t -> sc.merge(id(t), 1, Integer::sum));
                sc.forEach((k, v) -> doc.merge(k, v, Integer::sum));
                sents.add(sc);
            }
            articleCounts.add(doc);
            Map<Integer, Integer> time = new HashMap<>();
            for (Sentence s : a.sentences()) {
                TimeSignature.each(s.text(), t -> time.merge(id(t), 1, Integer::sum));
            }
            timeCounts.add(time);
            sentenceCounts.add(sents);
        }
        df = new int[ids.size()];
        for (Map<Integer, Integer> doc : timeCounts) {
            for (int t : doc.keySet()) {
                df[t]++;
            }
        }
        for (Map<Integer, Integer> doc : articleCounts) {
            for (int t : doc.keySet()) {
                df[t]++;
            }
        }
        int n = articles.size();
        idf = new float[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = (float) Math.log((n + 1.0) / (df[t] + 0.5));
        }
        unitArticles = new Vector[n];
        unitSentences = new Vector[n][];
    }

    private int id(String term) {
        return ids.computeIfAbsent(term, k -> ids.size());
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

    /** The unit TF-IDF vector of article {@code i} (log-scaled term frequency). */
    public Vector article(int i, boolean unit) {
        if (!unit) {
            return weigh(articleCounts.get(i));
        }
        Vector v = unitArticles[i];
        if (v == null) {
            v = weigh(articleCounts.get(i)).normalized();
            unitArticles[i] = v;
        }
        return v;
    }

    /** The unit vector of the weekdays and dates article {@code i} names (see {@link TimeSignature}). */
    public Vector time(int i) {
        return weigh(timeCounts.get(i)).normalized();
    }

    /** The unit TF-IDF vector of sentence {@code s} of article {@code i}. */
    public Vector sentence(int i, int s) {
        Vector[] cache = unitSentences[i];
        if (cache == null) {
            cache = new Vector[sentenceCounts.get(i).size()];
            unitSentences[i] = cache;
        }
        if (cache[s] == null) {
            cache[s] = weigh(sentenceCounts.get(i).get(s)).normalized();
        }
        return cache[s];
    }

    /** Number of terms of sentence {@code s} of article {@code i} after stop words. */
    public int sentenceTerms(int i, int s) {
        int n = 0;
        for (int c : sentenceCounts.get(i).get(s).values()) {
            n += c;
        }
        return n;
    }

    private Vector weigh(Map<Integer, Integer> counts) {
        int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] w = new float[keys.length];
        for (int k = 0; k < keys.length; k++) {
            w[k] = (float) ((1 + Math.log(counts.get(keys[k]))) * idf[keys[k]]);
        }
        return new Vector(keys, w);
    }
}

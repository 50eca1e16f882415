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
 * TF-IDF over the stems of a set of articles: one vector per article (title counted twice, about the first
 * {@link #VECTOR_WORDS} words) and, when asked
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

    /**
     * Only about the first 2,000 words of an article go into its vector: the lead carries what it is about,
     * and a scraped page of 300,000 words would otherwise cost as much as a hundred articles.
     */
    static final int VECTOR_WORDS = 2000;

    private final List<Article> articles;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Counts[] articleCounts;
    private final Counts[] timeCounts;
    private final Counts[][] sentenceCounts;
    private final int[] df;
    private final float[] idf;
    /** Term id of a written date ("dm7-14") to its month * 100 + day. */
    private final Map<Integer, Integer> monthDays = new HashMap<>();
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
        Bag[] docs = new Bag[n];
        Bag[] times = new Bag[n];
        Bag[][] sents = sentences ? new Bag[n][] : null;
        IntStream range = IntStream.range(0, n);
        (n >= 64 ? range.parallel() : range).forEach(i -> {
            Article a = articles.get(i);
            TermCounter doc = new TermCounter();
            Map<String, Integer> time = new HashMap<>();
            if (a.title() != null) {
                terms.eachChars(a.title(), a.lang(), (c, len) -> doc.add(c, len, 2));
            }
            int inVectorUpTo = vectorSentences(a.sentences());
            int upTo = sentences ? a.sentences().size() : inVectorUpTo;
            Bag[] ss = sentences ? new Bag[upTo] : null;
            for (int k = 0; k < upTo; k++) {
                Sentence s = a.sentences().get(k);
                boolean inVector = k < inVectorUpTo;
                TermCounter sc = sentences ? new TermCounter() : null;
                terms.eachChars(s.text(), a.lang(), (c, len) -> {
                    if (inVector) {
                        doc.add(c, len, 1);
                    }
                    if (sc != null) {
                        sc.add(c, len, 1);
                    }
                });
                if (ss != null) {
                    ss[k] = Bag.of(sc);
                }
                if (inVector) {
                    TimeSignature.each(s.text(), t -> time.merge(t, 1, Integer::sum));
                }
            }
            docs[i] = Bag.of(doc);
            times[i] = Bag.of(time);
            if (sents != null) {
                sents[i] = ss;
            }
        });
        // ids in reading order (deterministic), then the count arrays in parallel
        for (int i = 0; i < n; i++) {
            for (String t : docs[i].terms()) {
                ids.putIfAbsent(t, ids.size());
            }
            for (String t : times[i].terms()) {
                ids.putIfAbsent(t, ids.size());
                int md = TimeSignature.monthDay(t);
                if (md > 0) {
                    monthDays.put(ids.get(t), md);
                }
            }
        }
        articleCounts = new Counts[n];
        timeCounts = new Counts[n];
        sentenceCounts = sentences ? new Counts[n][] : null;
        IntStream all = IntStream.range(0, n);
        (n >= 64 ? all.parallel() : all).forEach(i -> {
            articleCounts[i] = counts(docs[i]);
            timeCounts[i] = counts(times[i]);
            docs[i] = null;
            times[i] = null;
            if (sentences) {
                Bag[] ss = sents[i];
                sentenceCounts[i] = new Counts[ss.length];
                for (int s = 0; s < ss.length; s++) {
                    sentenceCounts[i][s] = counts(ss[s]);
                }
                sents[i] = null;
            }
        });
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

    /** How many leading sentences make up about the first {@link #VECTOR_WORDS} words (six characters a word). */
    static int vectorSentences(List<Sentence> sentences) {
        int words = 0;
        int k = 0;
        while (k < sentences.size() && words < VECTOR_WORDS) {
            words += sentences.get(k++).text().length() / 6 + 1;
        }
        return k;
    }

    /** Terms and their counts, as read from one text. */
    private record Bag(String[] terms, int[] counts) {
        static Bag of(TermCounter c) {
            int[] counts = new int[c.size()];
            return new Bag(c.terms(counts), counts);
        }

        static Bag of(Map<String, Integer> m) {
            String[] terms = new String[m.size()];
            int[] counts = new int[m.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                terms[k] = e.getKey();
                counts[k++] = e.getValue();
            }
            return new Bag(terms, counts);
        }
    }

    /** Terms (all already given an id) to sorted id and count arrays; reads {@code ids} only, so thread-safe. */
    private Counts counts(Bag bag) {
        long[] packed = new long[bag.terms().length];
        int k = 0;
        for (int t = 0; t < packed.length; t++) {
            packed[k++] = (long) ids.get(bag.terms()[t]) << 32 | bag.counts()[t];
        }
        Arrays.sort(packed);
        int[] keys = new int[k];
        int[] counts = new int[k];
        for (int i = 0; i < k; i++) {
            keys[i] = (int) (packed[i] >>> 32);
            counts[i] = (int) packed[i];
        }
        return new Counts(keys, counts);
    }

    /** Whether this space was built with sentence vectors. */
    public boolean hasSentences() {
        return sentenceCounts != null;
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

    /** The days and months article {@code i} writes out ("14 juillet": 714), as month * 100 + day. */
    public int[] namedDays(int i) {
        return java.util.Arrays.stream(timeCounts[i].ids()).filter(monthDays::containsKey).map(monthDays::get).toArray();
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

package org.revue.summarize;

import org.revue.analyze.Terms;
import org.revue.cluster.TermSpace;
import org.revue.cluster.Vector;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Sentence;
import org.revue.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extractive, cited summaries of a group of articles under a word budget. The default algorithm,
 * {@link Algorithm#CONCEPTS}, is budgeted submodular selection over weighted concepts (see {@link Concepts}):
 * it covers as much as it can of what many sources say, each thing once. The others are the baselines it is
 * measured against: round-robin {@link Algorithm#LEAD}, {@link Algorithm#CENTROID} with MMR, {@link Algorithm#LEXRANK}
 * and {@link Algorithm#TEXTRANK} (see {@link Baselines}).
 * <p>
 * Only sentences that can stand alone are candidates ({@link Standalone}: no dangling "Il a ajouté…"); the chosen
 * sentences are put in reading order (article date, then position in the article, then article order). Each summary
 * sentence cites every article sentence equal to it.
 */
public final class Summarizer {
    public enum Algorithm {
        CONCEPTS, LEAD, CENTROID, LEXRANK, TEXTRANK;

        public static Algorithm parse(String s) {
            String k = s.toUpperCase(Locale.ROOT);
            return k.equals("REVUE") ? CONCEPTS : valueOf(k);
        }
    }

    private final List<Article> articles;
    private final Algorithm algorithm;
    /** The TF-IDF space the baselines need (sentence vectors, centroid); built on first use when not given. */
    private TermSpace space;
    private Map<String, List<SourceRef>> sameText;
    /** Word count of each sentence that can stand alone in a summary, 0 for the others. */
    private final int[][] usableWords;
    /** Ordered stems of each sentence (ids into {@link #vocabulary}), stop words left out. */
    private final int[][][] stems;
    private final Map<String, Integer> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextStem = new java.util.concurrent.atomic.AtomicInteger();

    /** The summarizer of the pipeline: its articles are those of the term space. */
    public Summarizer(TermSpace space) {
        this(space, Algorithm.CONCEPTS);
    }

    public Summarizer(TermSpace space, Algorithm algorithm) {
        this(articlesOf(space), algorithm, space);
    }

    /** A summarizer over analyzed articles (the term space is built only if a baseline needs it). */
    public Summarizer(List<Article> articles, Algorithm algorithm) {
        this(articles, algorithm, null);
    }

    private Summarizer(List<Article> articles, Algorithm algorithm, TermSpace space) {
        this.articles = List.copyOf(articles);
        this.algorithm = algorithm;
        this.space = space;
        int n = articles.size();
        usableWords = new int[n][];
        stems = new int[n][][];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
        (n >= 64 ? range.parallel() : range).forEach(i -> {
            Article a = articles.get(i);
            Terms terms = Terms.get();
            int[][] st = new int[a.sentences().size()][];
            int[] usable = new int[a.sentences().size()];
            for (Sentence s : a.sentences()) {
                List<String> t = terms.terms(s.text(), a.lang());
                int[] ids = new int[t.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = vocabulary.computeIfAbsent(t.get(k), w -> nextStem.getAndIncrement());
                }
                st[s.index()] = ids;
                if (ids.length >= 4 && Standalone.ok(s.text(), a.lang())) {
                    usable[s.index()] = words(s.text());
                }
            }
            stems[i] = st;
            usableWords[i] = usable;
        });
    }

    private static List<Article> articlesOf(TermSpace space) {
        List<Article> out = new ArrayList<>(space.size());
        for (int i = 0; i < space.size(); i++) {
            out.add(space.article(i));
        }
        return out;
    }

    /** A candidate sentence: article index, sentence index, its rank among the articles, words. */
    record Candidate(int article, int sentence, int rank, int words) {
    }

    /** The term space with sentence vectors, built on first need (only the baselines need it). */
    synchronized TermSpace space() {
        if (space == null || !space.hasSentences()) {
            space = new TermSpace(articles);
        }
        return space;
    }

    Article article(int i) {
        return articles.get(i);
    }

    /** Number of distinct stems seen: stem ids are below it. */
    int stemCount() {
        return nextStem.get();
    }

    /** The stems of sentence {@code s} of article {@code i}, in order, as ids (stop words left out). */
    int[] stems(int i, int s) {
        return stems[i][s];
    }

    /**
     * Summary of the given articles (indices into the term space), at most {@code budget} words (at least
     * one sentence). {@code seeds} are chosen first (e.g. the lead sentence of each event of a story).
     */
    public List<Cited> summarize(List<Integer> articles, int budget, List<int[]> seeds) {
        List<Candidate> cands = new ArrayList<>();
        List<Candidate> seeded = new ArrayList<>();
        for (int r = 0; r < articles.size(); r++) {
            int i = articles.get(r);
            for (Sentence s : this.articles.get(i).sentences()) {
                int w = usableWords[i][s.index()];
                if (w > 0) {
                    Candidate c = new Candidate(i, s.index(), r, w);
                    cands.add(c);
                    for (int[] seed : seeds) {
                        if (seed[0] == i && seed[1] == s.index()) {
                            seeded.add(c);
                        }
                    }
                }
            }
        }
        List<Candidate> chosen = switch (algorithm) {
            case CONCEPTS -> new Concepts(this, articles).select(cands, seeded, budget);
            case CENTROID -> centroid(articles, cands, seeded, budget);
            case LEAD -> Baselines.lead(cands, budget);
            case LEXRANK -> Baselines.rank(this, cands, budget, false);
            case TEXTRANK -> Baselines.rank(this, cands, budget, true);
        };
        return cite(order(chosen));
    }

    /** The best sentence of a group alone, as [article, sentence], or null. */
    public int[] lead(List<Integer> articles) {
        List<Cited> one = summarize(articles, 0, List.of());
        if (one.isEmpty()) {
            return null;
        }
        SourceRef r = one.get(0).sources().get(0);
        for (int i : articles) {
            if (this.articles.get(i).id().equals(r.article())) {
                return new int[]{i, r.sentence()};
            }
        }
        return null;
    }

    /**
     * Reading order: chronology, then position. The sentences of one article stay together, in their order; the
     * articles come by date, then by the position of their first chosen sentence (leads first), then by rank.
     */
    private List<Candidate> order(List<Candidate> chosen) {
        Map<Integer, Integer> first = new HashMap<>();
        for (Candidate c : chosen) {
            first.merge(c.article(), c.sentence(), Math::min);
        }
        List<Candidate> out = new ArrayList<>(chosen);
        out.sort(Comparator.<Candidate, LocalDate>comparing(c -> articles.get(c.article()).published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(c -> first.get(c.article()))
                .thenComparingInt(Candidate::rank)
                .thenComparingInt(Candidate::sentence));
        return out;
    }

    private synchronized Map<String, List<SourceRef>> sameText() {
        if (sameText == null) {
            sameText = new HashMap<>();
            for (Article a : articles) {
                for (Sentence s : a.sentences()) {
                    sameText.computeIfAbsent(key(s.text()), k -> new ArrayList<>()).add(new SourceRef(a.id(), s.index()));
                }
            }
        }
        return sameText;
    }

    private List<Cited> cite(List<Candidate> chosen) {
        List<Cited> out = new ArrayList<>();
        Map<String, List<SourceRef>> sameText = sameText();
        for (Candidate c : chosen) {
            Sentence s = articles.get(c.article()).sentences().get(c.sentence());
            List<SourceRef> refs = new ArrayList<>();
            refs.add(new SourceRef(articles.get(c.article()).id(), s.index()));
            for (SourceRef r : sameText.getOrDefault(key(s.text()), List.of())) {
                if (!refs.contains(r)) {
                    refs.add(r);
                }
            }
            out.add(new Cited(s.text(), refs));
        }
        return out;
    }

    // ---- the centroid baseline: closeness to the centroid and position, maximal marginal relevance ----

    private static final double LAMBDA = 0.7;
    private static final double REDUNDANT = 0.55;

    private List<Candidate> centroid(List<Integer> articles, List<Candidate> cands, List<Candidate> seeded, int budget) {
        TermSpace space = space();
        List<Vector> vs = new ArrayList<>();
        for (int i : articles) {
            vs.add(space.article(i, true));
        }
        float[] centroid = Vector.sum(vs).normalized().dense(space.terms());
        double[] score = new double[cands.size()];
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            double position = 1.0 / (1 + 0.15 * c.sentence()) + (c.sentence() == 0 ? 0.1 : 0);
            score[k] = space.sentence(c.article(), c.sentence()).dot(centroid) * (0.6 + 0.4 * position);
        }
        List<Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (Candidate c : seeded) {
            if (used + c.words() <= budget && maxSim(c, chosen) < REDUNDANT) {
                chosen.add(c);
                used += c.words();
            }
        }
        boolean any = chosen.isEmpty() && cands.stream().noneMatch(c -> c.words() <= budget);
        while (true) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < cands.size(); k++) {
                Candidate c = cands.get(k);
                if (chosen.contains(c) || !any && used + c.words() > budget) {
                    continue;
                }
                double red = maxSim(c, chosen);
                if (red >= REDUNDANT) {
                    continue;
                }
                double value = LAMBDA * score[k] - (1 - LAMBDA) * red;
                if (value > bestValue) {
                    bestValue = value;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(cands.get(best));
            used += cands.get(best).words();
            any = false;
        }
        return chosen;
    }

    /** Highest cosine (TF-IDF) between a candidate and the chosen sentences. */
    double maxSim(Candidate c, List<Candidate> chosen) {
        if (chosen.isEmpty()) {
            return 0;
        }
        TermSpace space = space();
        double m = 0;
        Vector v = space.sentence(c.article(), c.sentence());
        for (Candidate x : chosen) {
            m = Math.max(m, v.dot(space.sentence(x.article(), x.sentence())));
        }
        return m;
    }

    /** Highest cosine between the stem sets of a candidate and of the chosen sentences. */
    double maxOverlap(Candidate c, List<Candidate> chosen) {
        double m = 0;
        long[] a = java.util.Arrays.stream(stems(c.article(), c.sentence())).distinct().sorted().asLongStream().toArray();
        for (Candidate x : chosen) {
            long[] b = java.util.Arrays.stream(stems(x.article(), x.sentence())).distinct().sorted().asLongStream().toArray();
            if (a.length > 0 && b.length > 0) {
                m = Math.max(m, org.revue.cluster.Dedup.shared(a, b) / Math.sqrt((double) a.length * b.length));
            }
        }
        return m;
    }

    /** Number of whitespace-separated words, as ROUGE counts them. */
    public static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }

    /** The text with its whitespace runs made single spaces and its ends stripped. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}

package org.revue.summarize;

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
import java.util.Map;

/**
 * Extractive, cited summaries of a group of articles: sentences scored by closeness to the group's
 * centroid and by position, chosen greedily with maximal marginal relevance under a word budget,
 * skipping sentences that cannot stand alone, then put in reading order (date, article, position).
 * Each summary sentence cites every article sentence equal to it.
 */
public final class Summarizer {
    private static final double LAMBDA = 0.7;
    private static final double REDUNDANT = 0.55;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final TermSpace space;
    private final Map<String, List<SourceRef>> sameText = new HashMap<>();
    /** Word count of each sentence that can stand alone in a summary, 0 for the others. */
    private final int[][] usableWords;

    public Summarizer(TermSpace space) {
        this.space = space;
        usableWords = new int[space.size()][];
        for (int i = 0; i < space.size(); i++) {
            Article a = space.article(i);
            usableWords[i] = new int[a.sentences().size()];
            for (Sentence s : a.sentences()) {
                sameText.computeIfAbsent(key(s.text()), k -> new ArrayList<>()).add(new SourceRef(a.id(), s.index()));
                if (Standalone.ok(s.text(), a.lang()) && space.sentenceTerms(i, s.index()) >= 4) {
                    usableWords[i][s.index()] = words(s.text());
                }
            }
        }
    }

    /** A candidate sentence: article index, sentence index, vector, score. */
    private record Candidate(int article, int sentence, Vector v, double score, int words) {
    }

    /**
     * Summary of the given articles (indices into the term space), at most {@code budget} words (at least
     * one sentence). {@code seeds} are chosen first (e.g. the lead sentence of each event of a story).
     */
    public List<Cited> summarize(List<Integer> articles, int budget, List<int[]> seeds) {
        List<Vector> vs = new ArrayList<>();
        for (int i : articles) {
            vs.add(space.article(i, true));
        }
        float[] centroid = Vector.sum(vs).normalized().dense(space.terms());
        List<Candidate> cands = new ArrayList<>();
        for (int i : articles) {
            Article a = space.article(i);
            for (Sentence s : a.sentences()) {
                int w = usableWords[i][s.index()];
                if (w == 0) {
                    continue;
                }
                Vector v = space.sentence(i, s.index());
                double position = 1.0 / (1 + 0.15 * s.index()) + (s.index() == 0 ? 0.1 : 0);
                double score = v.dot(centroid) * (0.6 + 0.4 * position);
                cands.add(new Candidate(i, s.index(), v, score, w));
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        int used = 0;
        for (int[] seed : seeds) {
            for (Candidate c : cands) {
                if (c.article() == seed[0] && c.sentence() == seed[1] && (chosen.isEmpty() || used + c.words() <= budget)
                        && maxSim(c, chosen) < REDUNDANT) {
                    chosen.add(c);
                    used += c.words();
                }
            }
        }
        while (true) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : cands) {
                if (chosen.contains(c) || !chosen.isEmpty() && used + c.words() > budget) {
                    continue;
                }
                double red = maxSim(c, chosen);
                if (red >= REDUNDANT) {
                    continue;
                }
                double value = LAMBDA * c.score() - (1 - LAMBDA) * red;
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            used += best.words();
        }
        chosen.sort(Comparator.<Candidate, LocalDate>comparing(c -> space.article(c.article()).published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(c -> articles.indexOf(c.article()))
                .thenComparingInt(Candidate::sentence));
        List<Cited> out = new ArrayList<>();
        for (Candidate c : chosen) {
            Sentence s = space.article(c.article()).sentences().get(c.sentence());
            List<SourceRef> refs = new ArrayList<>();
            refs.add(new SourceRef(space.article(c.article()).id(), s.index()));
            for (SourceRef r : sameText.getOrDefault(key(s.text()), List.of())) {
                if (!refs.contains(r)) {
                    refs.add(r);
                }
            }
            out.add(new Cited(s.text(), refs));
        }
        return out;
    }

    /** The best sentence of a group alone, as [article, sentence], or null. */
    public int[] lead(List<Integer> articles) {
        List<Cited> one = summarize(articles, 0, List.of());
        if (one.isEmpty()) {
            return null;
        }
        SourceRef r = one.get(0).sources().get(0);
        for (int i : articles) {
            if (space.article(i).id().equals(r.article())) {
                return new int[]{i, r.sentence()};
            }
        }
        return null;
    }

    private static double maxSim(Candidate c, List<Candidate> chosen) {
        double m = 0;
        for (Candidate x : chosen) {
            m = Math.max(m, c.v().dot(x.v()));
        }
        return m;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }

    private static String key(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}

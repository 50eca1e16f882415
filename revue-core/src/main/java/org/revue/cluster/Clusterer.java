package org.revue.cluster;

import org.revue.model.Article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cluster stage: articles into events (the same happening), events into stories (linked happenings).
 * Similarity is the cosine of TF-IDF vectors; for events it is raised or lowered by the weekdays and dates
 * the articles name ({@link TimeSignature}) and by their publication dates (a few days apart at most); for
 * stories, damped beyond a rolling window (30 days by default).
 */
public final class Clusterer {
    /** Thresholds and windows; the defaults are measured in docs/clustering.md. */
    public record Settings(double eventThreshold, double storyThreshold, int eventDays, int storyWindowDays,
                           double timeWeight) {
        public static final Settings DEFAULT = new Settings(0.12, 0.06, 2, 30, 1.0);

        public Settings withThresholds(Double event, Double story) {
            return new Settings(event != null ? event : eventThreshold, story != null ? story : storyThreshold,
                    eventDays, storyWindowDays, timeWeight);
        }

        public Settings withTimeWeight(double w) {
            return new Settings(eventThreshold, storyThreshold, eventDays, storyWindowDays, w);
        }
    }

    private final Settings settings;

    public Clusterer(Settings settings) {
        this.settings = settings;
    }

    public Clusterer() {
        this(Settings.DEFAULT);
    }

    public Grouping group(TermSpace space) {
        int n = space.size();
        Vector[] v = new Vector[n];
        for (int i = 0; i < n; i++) {
            v[i] = space.article(i, true);
        }
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float s = (float) v[i].dot(v[j]);
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        Vector[] time = new Vector[n];
        for (int i = 0; i < n; i++) {
            time[i] = space.time(i);
        }
        float[][] eventSim = new float[n][n];
        double w = settings.timeWeight();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                eventSim[i][j] = eventSim[j][i] = (float) (sim[i][j] * timeFactor(time[i], time[j], w)
                        * dateFactor(space.article(i), space.article(j), w));
            }
        }
        List<List<Integer>> events = Agglomerative.cluster(eventSim, settings.eventThreshold());

        int m = events.size();
        float[][] storySim = new float[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double s = 0;
                double d = 0;
                for (int i : events.get(a)) {
                    for (int j : events.get(b)) {
                        s += sim[i][j];
                        d += damp(space.article(i), space.article(j), settings.storyWindowDays(), 30);
                    }
                }
                int pairs = events.get(a).size() * events.get(b).size();
                storySim[a][b] = storySim[b][a] = (float) (s / pairs * d / pairs);
            }
        }
        List<List<Integer>> stories = Agglomerative.cluster(storySim, settings.storyThreshold());
        int[] dup = Dedup.duplicates(space, events);
        return new Grouping(events, stories, dup);
    }

    /** Shared weekdays or dates raise the similarity, disjoint ones lower it; no time words: neutral. */
    static double timeFactor(Vector a, Vector b, double w) {
        if (a.ids().length == 0 || b.ids().length == 0) {
            return 1;
        }
        double tc = a.dot(b);
        return tc > 0 ? 1 + w * tc : Math.max(0, 1 - w / 2);
    }

    /** Published within the event window: evidence of the same happening; further apart: decays. */
    private double dateFactor(Article a, Article b, double w) {
        double d = damp(a, b, settings.eventDays(), 7);
        return d == 1 && a.published() != null && b.published() != null ? 1 + w / 2 : d;
    }

    /** 1 within {@code days} of each other (or when a date is unknown), then decaying with scale {@code scale}. */
    static double damp(Article a, Article b, int days, double scale) {
        LocalDate x = a.published();
        LocalDate y = b.published();
        if (x == null || y == null) {
            return 1;
        }
        long d = Math.abs(ChronoUnit.DAYS.between(x, y));
        return d <= days ? 1 : Math.exp(-(d - days) / scale);
    }
}

package org.revue.cluster;

import org.revue.model.Article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cluster stage: articles into events (the same happening), events into stories (linked happenings).
 * Similarity is the cosine of TF-IDF vectors, damped by the distance between known dates: a few days for
 * an event, a rolling window (30 days by default) for a story.
 */
public final class Clusterer {
    /** Thresholds and windows; the defaults are measured in docs/clustering.md. */
    public record Settings(double eventThreshold, double storyThreshold, int eventDays, int storyWindowDays) {
        public static final Settings DEFAULT = new Settings(0.24, 0.10, 2, 30);
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
        float[][] eventSim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                eventSim[i][j] = (float) (sim[i][j] * damp(space.article(i), space.article(j), settings.eventDays(), 7));
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

package org.revue.cluster;

import org.revue.model.Article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    /** Pairs less similar than this are not kept as edges: they would not change any decision. */
    static final double EDGE_FLOOR = 0.01;
    /** Event similarity of a copy to its original: they always go together. */
    static final double COPY = 10;

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
        Vector[] time = new Vector[n];
        for (int i = 0; i < n; i++) {
            v[i] = space.article(i, true);
            time[i] = space.time(i);
        }
        int[] dup = Dedup.duplicates(space);
        List<SparseAverageLink.Edge> pairs = new ArrayList<>(Candidates.pairs(v, EDGE_FLOOR));
        java.util.Set<Long> linked = new java.util.HashSet<>();
        for (SparseAverageLink.Edge e : pairs) {
            linked.add((long) e.a() * n + e.b());
        }
        for (int i = 0; i < n; i++) {
            if (dup[i] >= 0 && !linked.contains((long) Math.min(i, dup[i]) * n + Math.max(i, dup[i]))) {
                pairs.add(new SparseAverageLink.Edge(Math.min(i, dup[i]), Math.max(i, dup[i]), v[i].dot(v[dup[i]])));
            }
        }
        double w = settings.timeWeight();
        List<SparseAverageLink.Edge> eventEdges = new ArrayList<>(pairs.size());
        for (SparseAverageLink.Edge e : pairs) {
            int i = e.a();
            int j = e.b();
            double s = dup[i] == j || dup[j] == i ? COPY : e.w() * timeFactor(time[i], time[j], w)
                    * dateFactor(space.article(i), space.article(j), w);
            eventEdges.add(new SparseAverageLink.Edge(i, j, s));
        }
        List<List<Integer>> events = SparseAverageLink.cluster(n, eventEdges, settings.eventThreshold());

        int[] eventOf = new int[n];
        int[] sizes = new int[events.size()];
        for (int e = 0; e < events.size(); e++) {
            sizes[e] = events.get(e).size();
            for (int i : events.get(e)) {
                eventOf[i] = e;
            }
        }
        java.util.Map<Long, Double> between = new java.util.HashMap<>();
        long m = events.size();
        for (SparseAverageLink.Edge e : pairs) {
            int a = eventOf[e.a()];
            int b = eventOf[e.b()];
            if (a != b) {
                between.merge(Math.min(a, b) * m + Math.max(a, b), e.w(), Double::sum);
            }
        }
        long[] days = new long[events.size()];
        for (int e = 0; e < days.length; e++) {
            days[e] = day(space, events.get(e));
        }
        references(space, events, days, between);
        // stories: events linked over a rolling window, each event counting once, an event pair weighing its
        // mean article similarity
        List<SparseAverageLink.Edge> storyEdges = new ArrayList<>(between.size());
        between.forEach((k, s) -> {
            int a = (int) (k / m);
            int b = (int) (k % m);
            storyEdges.add(new SparseAverageLink.Edge(a, b, s / ((double) sizes[a] * sizes[b])));
        });
        List<List<Integer>> stories = RollingLink.cluster(days, storyEdges, settings.storyThreshold(),
                settings.storyWindowDays());
        return new Grouping(events, stories, dup);
    }

    /** How much an explicit reference from one event to the day of another raises their link. */
    static final double REFERENCE = 2;

    /**
     * Explicit references between events already somewhat similar: an article of one names, as day and month,
     * the day another event happened ("la rencontre prévue le 7 juillet", "depuis l'entretien du 2 mai"),
     * within half a year of its own. Each such event pair's link is raised once.
     */
    static void references(TermSpace space, List<List<Integer>> events, long[] days, java.util.Map<Long, Double> between) {
        java.util.Map<Integer, List<Integer>> byMonthDay = new java.util.HashMap<>();
        for (int e = 0; e < days.length; e++) {
            if (days[e] != RollingLink.UNDATED) {
                LocalDate d = LocalDate.ofEpochDay(days[e]);
                byMonthDay.computeIfAbsent(d.getMonthValue() * 100 + d.getDayOfMonth(), k -> new ArrayList<>()).add(e);
            }
        }
        if (byMonthDay.isEmpty()) {
            return;
        }
        long m = events.size();
        java.util.Set<Long> raised = new java.util.HashSet<>();
        for (int a = 0; a < events.size(); a++) {
            for (int i : events.get(a)) {
                LocalDate pub = space.article(i).published();
                for (int md : space.namedDays(i)) {
                    for (int b : byMonthDay.getOrDefault(md, List.of())) {
                        long key = Math.min(a, b) * m + Math.max(a, b);
                        if (b != a && (pub == null || Math.abs(days[b] - pub.toEpochDay()) <= 183)
                                && between.containsKey(key) && raised.add(key)) {
                            between.computeIfPresent(key, (k, s) -> s * REFERENCE);
                        }
                    }
                }
            }
        }
    }

    /** The median publication day of an event's dated articles, or {@link RollingLink#UNDATED}. */
    static long day(TermSpace space, List<Integer> event) {
        return medianDay(event.stream().map(space::article));
    }

    /** The median publication day of the dated articles, or {@link RollingLink#UNDATED}. */
    static long medianDay(java.util.stream.Stream<Article> articles) {
        long[] d = articles.filter(a -> a.published() != null).mapToLong(a -> a.published().toEpochDay()).sorted().toArray();
        return d.length == 0 ? RollingLink.UNDATED : d[d.length / 2];
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
        return dateFactor(a, b, settings, w);
    }

    static double dateFactor(Article a, Article b, Settings settings, double w) {
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
        return RollingLink.decay(Math.abs(ChronoUnit.DAYS.between(x, y)), days, scale);
    }
}

package org.revue.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average link over dated items (events) with a rolling time window: the similarity of two clusters is the
 * average of their item pairs, each pair weighing by how close in time its items are (1 within the window,
 * then decaying), times a damping by the gap between the two clusters' time spans. A story that goes on for
 * months thus keeps linking new events to its recent ones, while two clusters far apart in time do not
 * merge unless very similar. Undated items are in the window of everything. Days are kept per cluster as a
 * week histogram, so the weight of all pairs of two clusters costs the product of their weeks, not of their
 * items.
 */
final class RollingLink {
    private RollingLink() {
    }

    /** Items with no date. */
    static final long UNDATED = Long.MIN_VALUE;

    /**
     * @param days    each item's day (epoch day) or {@link #UNDATED}
     * @param edges   item pairs with their (undamped) similarity; missing pairs count 0
     * @param window  days within which two items are fully comparable
     * @return clusters of items, in order of their smallest item
     */
    static List<List<Integer>> cluster(long[] days, List<SparseAverageLink.Edge> edges, double threshold, int window) {
        Span[] span = new Span[days.length];
        for (int i = 0; i < days.length; i++) {
            span[i] = Span.of(days[i]);
        }
        List<SparseAverageLink.Edge> weighed = new ArrayList<>(edges.size());
        for (SparseAverageLink.Edge e : edges) {
            weighed.add(new SparseAverageLink.Edge(e.a(), e.b(), e.w() * evidence(days[e.a()], days[e.b()], window)));
        }
        return SparseAverageLink.cluster(span, weighed, threshold, new SparseAverageLink.Linkage<>() {
            @Override
            public Span merge(Span a, Span b) {
                return a.plus(b);
            }

            @Override
            public double similarity(double sum, Span a, Span b) {
                return RollingLink.similarity(sum, a, b, window);
            }
        });
    }

    /** 1 within the window (or when a day is unknown), then decaying with the window as scale. */
    static double weight(long a, long b, int window) {
        if (a == UNDATED || b == UNDATED) {
            return 1;
        }
        return decay(weekDistance(Math.floorDiv(a, 7), Math.floorDiv(b, 7)), window);
    }

    /** What time makes of a pair's similarity: its weight in the average times the closeness bonus. */
    static double evidence(long a, long b, int window) {
        return weight(a, b, window) * closeness(a, b, window);
    }

    /** How much more a pair of events close in time counts than its weight says (see {@link #closeness}). */
    static final double CLOSE = 1.0;

    /**
     * Time as evidence: two dated events a few days apart are likelier one story than their words alone say, so
     * their similarity counts up to {@code 1 + CLOSE} times, falling linearly to 1 at the window's end (undated: 1).
     * Only the similarity is raised, not the pair's share in the average.
     */
    static double closeness(long a, long b, int window) {
        if (a == UNDATED || b == UNDATED) {
            return 1;
        }
        return 1 + CLOSE * Math.max(0, 1 - (double) Math.abs(a - b) / window);
    }

    /** Days between two weeks, as the histogram sees them: adjacent weeks count as 4 days apart. */
    static long weekDistance(long a, long b) {
        return Math.max(0, Math.abs(a - b) * 7 - 3);
    }

    static double decay(long d, int window) {
        return decay(d, window, window);
    }

    /** 1 up to {@code within} days, then falling exponentially with scale {@code scale}. */
    static double decay(long d, int within, double scale) {
        return d <= within ? 1 : Math.exp(-(d - within) / scale);
    }

    static double similarity(double weightedSum, Span a, Span b, int window) {
        double pairs = a.pairWeight(b, window);
        return pairs <= 0 ? 0 : weightedSum / pairs * decay(a.gap(b), window);
    }

    /**
     * The days of a cluster's items: first and last day, a week histogram (sorted weeks and their counts), and
     * how many are undated.
     */
    record Span(long first, long last, long[] weeks, int[] counts, int undated, int size) {
        static Span of(long day) {
            return day == UNDATED ? new Span(Long.MAX_VALUE, Long.MIN_VALUE, new long[0], new int[0], 1, 1)
                    : new Span(day, day, new long[]{Math.floorDiv(day, 7)}, new int[]{1}, 0, 1);
        }

        Span plus(Span o) {
            long[] w = new long[weeks.length + o.weeks.length];
            int[] c = new int[w.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < weeks.length || j < o.weeks.length) {
                if (j == o.weeks.length || i < weeks.length && weeks[i] < o.weeks[j]) {
                    w[k] = weeks[i];
                    c[k++] = counts[i++];
                } else if (i == weeks.length || o.weeks[j] < weeks[i]) {
                    w[k] = o.weeks[j];
                    c[k++] = o.counts[j++];
                } else {
                    w[k] = weeks[i];
                    c[k++] = counts[i++] + o.counts[j++];
                }
            }
            return new Span(Math.min(first, o.first), Math.max(last, o.last), java.util.Arrays.copyOf(w, k),
                    java.util.Arrays.copyOf(c, k), undated + o.undated, size + o.size);
        }

        /** Days between the two spans (0 when they overlap or one has no dated item). */
        long gap(Span o) {
            if (weeks.length == 0 || o.weeks.length == 0) {
                return 0;
            }
            return Math.max(0, Math.max(first, o.first) - Math.min(last, o.last));
        }

        /** The summed time weights of all item pairs across the two clusters (undated pairs weigh 1). */
        double pairWeight(Span o, int window) {
            double s = (double) undated * o.size + (double) o.undated * size - (double) undated * o.undated;
            double same = 0;
            for (int i = 0, j = 0; i < weeks.length && j < o.weeks.length; ) {
                if (weeks[i] == o.weeks[j]) {
                    same += (double) counts[i++] * o.counts[j++];
                } else if (weeks[i] < o.weeks[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return s + later(this, o, window) + later(o, this, window) - same;
        }

        /**
         * Sum over pairs (x of a, y of b) with y's week not before x's of their counts times the time weight,
         * in one sweep: the weight is 1 up to {@code near} weeks apart, then falls exponentially, so the far
         * part is a running sum decayed as the sweep moves on.
         */
        private static double later(Span a, Span b, int window) {
            int near = (int) ((window + 3) / 7); // weeks apart still within the window
            double rate = 7.0 / window;
            double first = decay(weekDistance(0, near + 1), window); // weight at near + 1 weeks
            double total = 0;
            double nearSum = 0; // counts of a in [ty - near, ty]
            int lo = 0; // first a in the near part
            int hi = 0; // first a after ty
            double far = 0; // sum of counts of a before the near part, times exp(-rate * (ref - tx))
            long ref = Long.MIN_VALUE;
            for (int j = 0; j < b.weeks.length; j++) {
                long ty = b.weeks[j];
                while (hi < a.weeks.length && a.weeks[hi] <= ty) {
                    nearSum += a.counts[hi++];
                }
                long edge = ty - near - 1; // a at or before this week is far
                if (ref != Long.MIN_VALUE) {
                    far *= Math.exp(-rate * (edge - ref));
                }
                ref = edge;
                while (lo < hi && a.weeks[lo] <= edge) {
                    nearSum -= a.counts[lo];
                    far += a.counts[lo] * Math.exp(-rate * (edge - a.weeks[lo]));
                    lo++;
                }
                total += b.counts[j] * (nearSum + first * far);
            }
            return total;
        }
    }
}

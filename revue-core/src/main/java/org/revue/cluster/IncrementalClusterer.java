package org.revue.cluster;

import org.revue.analyze.Terms;
import org.revue.model.Article;
import org.revue.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Clusters articles as they arrive, one at a time, in any order. Each article is checked for being a copy
 * (MinHash bands of earlier articles), compared only with the articles that share its strongest terms
 * (inverted index), and joins the event it is most similar to on average, if similar enough (the same
 * threshold, time and date evidence as {@link Clusterer}); else it opens an event, which joins the story it
 * is most similar to on average, or opens one. {@link #rebalance()} revisits these quick decisions with the
 * batch clusterer once more evidence has come, splitting and merging, while an event or story that did not
 * change keeps its id (a new group takes the id of the old group it overlaps most). Not thread-safe: one writer.
 */
public final class IncrementalClusterer {
    /** Where an article went. {@code duplicateOf} is null unless it copies an earlier article. */
    public record Assignment(String article, String event, String story, String duplicateOf) {
    }

    private final Clusterer.Settings settings;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<Integer> df = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, List<Integer>> postings = new HashMap<>();
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    private final Map<String, List<Integer>> eventMembers = new TreeMap<>();
    private final Map<String, String> storyOfEvent = new HashMap<>();
    private final Map<String, List<String>> storyEvents = new TreeMap<>();
    private final Map<Integer, Integer> copies = new HashMap<>();
    private int nextEvent = 1;
    private int nextStory = 1;

    /** An article seen: its term and time-word counts (weighed with the current IDF when compared). */
    private record Entry(Article article, Map<Integer, Integer> counts, Map<Integer, Integer> time, long[] shingles,
                         String event) {
    }

    /** The first automatic rebalance, after this many articles. */
    static final int FIRST_REBALANCE = 20;
    /** Then each time the articles have grown by half: all the rebalances together cost about three batch runs. */
    static final double GROWTH = 1.5;

    private final boolean autoRebalance;
    private int rebalanceAt = FIRST_REBALANCE;

    /** Rebalancing by itself as articles come (after 20, 30, 45, … articles). */
    public IncrementalClusterer(Clusterer.Settings settings) {
        this(settings, true);
    }

    /** @param autoRebalance whether to rebalance by itself as articles come; else only when {@link #rebalance()} is called */
    public IncrementalClusterer(Clusterer.Settings settings, boolean autoRebalance) {
        this.settings = settings;
        this.autoRebalance = autoRebalance;
        for (int b = 0; b < MinHash.BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    public IncrementalClusterer() {
        this(Clusterer.Settings.DEFAULT);
    }

    public int size() {
        return entries.size();
    }

    public Assignment add(Article a) {
        int self = entries.size();
        Map<Integer, Integer> counts = new HashMap<>();
        Terms terms = Terms.get();
        if (a.title() != null) {
            terms.each(a.title(), a.lang(), t -> counts.merge(id(t), 2, Integer::sum));
        }
        Map<Integer, Integer> time = new HashMap<>();
        for (Sentence s : a.sentences().subList(0, TermSpace.vectorSentences(a.sentences()))) {
            terms.each(s.text(), a.lang(), t -> counts.merge(id(t), 1, Integer::sum));
            TimeSignature.each(s.text(), t -> time.merge(id(t), 1, Integer::sum));
        }
        counts.keySet().forEach(t -> df.set(t, df.get(t) + 1));
        time.keySet().forEach(t -> df.set(t, df.get(t) + 1));
        Vector v = weigh(counts);
        Vector tv = weigh(time);
        long[] sh = Dedup.shingles(a);

        Integer original = copyOf(sh);
        Map<Integer, Double> sims = new HashMap<>();
        for (int j : candidates(v)) {
            sims.put(j, v.dot(weigh(entries.get(j).counts())));
        }
        String event;
        if (original != null) {
            event = entries.get(original).event();
        } else {
            event = bestEvent(a, tv, sims);
        }
        String story;
        if (event == null) {
            event = "e" + nextEvent++;
            story = bestStory(a, sims);
            if (story == null) {
                story = "s" + nextStory++;
            }
            storyOfEvent.put(event, story);
            storyEvents.computeIfAbsent(story, k -> new ArrayList<>()).add(event);
        } else {
            story = storyOfEvent.get(event);
        }
        eventMembers.computeIfAbsent(event, k -> new ArrayList<>()).add(self);
        if (original != null) {
            copies.put(self, original);
        }
        entries.add(new Entry(a, counts, time, sh, event));
        index(self, v, sh);
        if (autoRebalance && entries.size() >= rebalanceAt) {
            rebalance();
            rebalanceAt = (int) Math.ceil(entries.size() * GROWTH);
            return assignments().get(self);
        }
        return new Assignment(a.id(), event, story, original == null ? null : entries.get(original).article().id());
    }

    /** Where each article is now, in arrival order. */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.add(new Assignment(e.article().id(), e.event(), storyOfEvent.get(e.event()),
                    copies.containsKey(i) ? entries.get(copies.get(i)).article().id() : null));
        }
        return out;
    }

    /**
     * Re-clusters everything seen so far with the batch clusterer and keeps ids stable: each new event takes
     * the id of the old event it shares most articles with (largest overlaps first, each old id once), each
     * new story likewise; groups with no old counterpart get fresh ids. Returns how many articles moved.
     */
    public int rebalance() {
        List<Article> arts = new ArrayList<>(entries.size());
        entries.forEach(e -> arts.add(e.article()));
        Grouping g = new Clusterer(settings).group(new TermSpace(arts, false));
        List<String> eventIds = keepIds(g.events(), i -> entries.get(i).event(), "e", true);
        List<List<Integer>> storyArticles = new ArrayList<>();
        for (List<Integer> st : g.stories()) {
            List<Integer> members = new ArrayList<>();
            st.forEach(e -> members.addAll(g.events().get(e)));
            storyArticles.add(members);
        }
        List<String> storyIds = keepIds(storyArticles, i -> storyOfEvent.get(entries.get(i).event()), "s", false);
        int moved = 0;
        eventMembers.clear();
        storyOfEvent.clear();
        storyEvents.clear();
        for (int s = 0; s < g.stories().size(); s++) {
            for (int e : g.stories().get(s)) {
                String eid = eventIds.get(e);
                storyOfEvent.put(eid, storyIds.get(s));
                storyEvents.computeIfAbsent(storyIds.get(s), k -> new ArrayList<>()).add(eid);
                for (int i : g.events().get(e)) {
                    Entry old = entries.get(i);
                    if (!old.event().equals(eid)) {
                        moved++;
                        entries.set(i, new Entry(old.article(), old.counts(), old.time(), old.shingles(), eid));
                    }
                    eventMembers.computeIfAbsent(eid, k -> new ArrayList<>()).add(i);
                }
            }
        }
        copies.clear();
        int[] dup = g.duplicateOf();
        for (int i = 0; i < dup.length; i++) {
            if (dup[i] >= 0) {
                copies.put(i, dup[i]);
            }
        }
        return moved;
    }

    /** For each new group, the old id it overlaps most (largest overlaps first, each old id used once) or a fresh one. */
    private List<String> keepIds(List<List<Integer>> groups, java.util.function.IntFunction<String> oldId,
                                 String prefix, boolean events) {
        record Overlap(int group, String old, int count) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> c = new HashMap<>();
            for (int i : groups.get(g)) {
                c.merge(oldId.apply(i), 1, Integer::sum);
            }
            int gi = g;
            c.forEach((old, n) -> overlaps.add(new Overlap(gi, old, n)));
        }
        overlaps.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                : a.group() != b.group() ? Integer.compare(a.group(), b.group()) : a.old().compareTo(b.old()));
        String[] ids = new String[groups.size()];
        Set<String> used = new HashSet<>();
        for (Overlap o : overlaps) {
            if (ids[o.group()] == null && used.add(o.old())) {
                ids[o.group()] = o.old();
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(id != null ? id : prefix + (events ? nextEvent++ : nextStory++));
        }
        return out;
    }

    /** The event whose members are, on average, most similar to the article, if above the event threshold. */
    private String bestEvent(Article a, Vector tv, Map<Integer, Double> sims) {
        Set<String> events = new HashSet<>();
        sims.keySet().forEach(j -> events.add(entries.get(j).event()));
        String best = null;
        double bestAvg = settings.eventThreshold();
        double w = settings.timeWeight();
        for (String e : events) {
            double sum = 0;
            List<Integer> members = eventMembers.get(e);
            for (int j : members) {
                Entry m = entries.get(j);
                double s = sims.containsKey(j) ? sims.get(j) : 0;
                if (s > 0) {
                    sum += s * Clusterer.timeFactor(tv, weigh(m.time()), w) * Clusterer.dateFactor(a, m.article(), settings, w);
                }
            }
            double avg = sum / members.size();
            if (avg >= bestAvg) {
                bestAvg = avg;
                best = e;
            }
        }
        return best;
    }

    /**
     * The story most similar to a new one-article event, if above the story threshold: as in
     * {@link RollingLink}, the mean similarity to the story's events weighed by closeness in time, damped by
     * the gap between the article and the story's time span.
     */
    private String bestStory(Article a, Map<Integer, Double> sims) {
        Set<String> stories = new HashSet<>();
        sims.keySet().forEach(j -> stories.add(storyOfEvent.get(entries.get(j).event())));
        String best = null;
        double bestAvg = settings.storyThreshold();
        int window = settings.storyWindowDays();
        long day = a.published() == null ? RollingLink.UNDATED : a.published().toEpochDay();
        for (String s : stories) {
            double total = 0;
            RollingLink.Span span = null; // the story's events
            for (String e : storyEvents.get(s)) {
                double sum = 0;
                List<Integer> members = eventMembers.get(e);
                for (int j : members) {
                    sum += sims.getOrDefault(j, 0.0);
                }
                long d = Clusterer.medianDay(members.stream().map(j -> entries.get(j).article()));
                total += RollingLink.evidence(day, d, window) * sum / members.size();
                span = span == null ? RollingLink.Span.of(d) : span.plus(RollingLink.Span.of(d));
            }
            double avg = span == null ? 0 : RollingLink.similarity(total, RollingLink.Span.of(day), span, window);
            if (avg >= bestAvg) {
                bestAvg = avg;
                best = s;
            }
        }
        return best;
    }

    /** The earliest article whose shingles contain most of these (containment ≥ 0.7), or null. */
    private Integer copyOf(long[] sh) {
        if (sh.length == 0) {
            return null;
        }
        long[] sig = MinHash.signature(sh);
        Set<Integer> cands = new java.util.TreeSet<>();
        for (int b = 0; b < MinHash.BANDS; b++) {
            List<Integer> l = bands.get(b).get(bandKey(sig, b));
            if (l != null) {
                cands.addAll(l);
            }
        }
        for (int j : cands) {
            if (Dedup.containment(sh, entries.get(j).shingles()) >= Dedup.CONTAINMENT) {
                return j;
            }
        }
        return null;
    }

    /** Earlier articles sharing at least one of this one's strongest terms (common terms left out). */
    private Set<Integer> candidates(Vector v) {
        Set<Integer> out = new HashSet<>();
        int cap = Math.max(50, (int) Math.sqrt(entries.size() + 1.0) * 3);
        for (int t : top(v)) {
            List<Integer> p = postings.get(t);
            if (p != null && p.size() <= cap) {
                out.addAll(p);
            }
        }
        return out;
    }

    private void index(int self, Vector v, long[] sh) {
        for (int t : top(v)) {
            postings.computeIfAbsent(t, k -> new ArrayList<>()).add(self);
        }
        if (sh.length > 0) {
            long[] sig = MinHash.signature(sh);
            for (int b = 0; b < MinHash.BANDS; b++) {
                bands.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(1)).add(self);
            }
        }
    }

    private static long bandKey(long[] sig, int band) {
        long key = 17;
        for (int r = 0; r < MinHash.ROWS; r++) {
            key = MinHash.mix(key * 31 + sig[band * MinHash.ROWS + r]);
        }
        return key;
    }

    private int[] top(Vector v) {
        return Candidates.topTerms(v);
    }

    private int id(String term) {
        Integer i = termIds.get(term);
        if (i == null) {
            i = termIds.size();
            termIds.put(term, i);
            df.add(0);
        }
        return i;
    }

    /** Unit TF-IDF vector with the document frequencies seen so far. */
    private Vector weigh(Map<Integer, Integer> counts) {
        int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] w = new float[keys.length];
        double n = entries.size() + 1;
        for (int k = 0; k < keys.length; k++) {
            double idf = Math.log((n + 1.0) / (df.get(keys[k]) + 0.5));
            w[k] = (float) ((1 + Math.log(counts.get(keys[k]))) * idf);
        }
        return new Vector(keys, w).normalized();
    }
}

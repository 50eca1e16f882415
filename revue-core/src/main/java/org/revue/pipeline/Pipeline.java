package org.revue.pipeline;

import org.revue.analyze.Analyze;
import org.revue.cluster.Clusterer;
import org.revue.cluster.Grouping;
import org.revue.cluster.TermSpace;
import org.revue.ingest.Ingest;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.RawDocument;
import org.revue.model.Story;
import org.revue.model.TimelineEntry;
import org.revue.model.Warnings;
import org.revue.summarize.Summarizer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The whole path, from files to a {@link Digest}: ingest → extract → analyze → cluster → summarize.
 * The CLI, the server and Spark call these same stages.
 */
public final class Pipeline {
    /** Run options. {@code lang}: a language code to force, or null/"auto" to detect per article. */
    public record Options(String lang, Clusterer.Settings clustering, int eventWords, int storyWords) {
        public static Options defaults() {
            return new Options(null, Clusterer.Settings.DEFAULT, 80, 130);
        }

        public Options withLang(String l) {
            return new Options(l == null || l.equals("auto") ? null : l, clustering, eventWords, storyWords);
        }

        public Options withClustering(Clusterer.Settings c) {
            return new Options(lang, c, eventWords, storyWords);
        }
    }

    private final Options options;
    private final Warnings warnings;
    private final Progress progress;

    public Pipeline(Options options, Warnings warnings, Progress progress) {
        this.options = options;
        this.warnings = warnings;
        this.progress = progress;
    }

    public Digest run(List<Path> paths) {
        List<RawDocument> docs = new Ingest(warnings).read(paths);
        progress.stage("read", docs.size());
        return digest(analyze(docs));
    }

    /** Extract and analyze every document; a document that fails is reported and left out. */
    public List<Article> analyze(List<RawDocument> docs) {
        List<Article> out = new Analyze(options.lang()).all(docs, warnings, () -> progress.tick("analyzed", docs.size()));
        progress.stage("analyzed", docs.size());
        return out;
    }

    /** Group analyzed articles into events and stories and summarize them. */
    public Digest digest(List<Article> articles) {
        return digest(articles, true);
    }

    /**
     * Group analyzed articles into events and stories; summaries and the analysis layer (entities, quotes,
     * inferred dates) only if asked: they cost more than grouping.
     */
    public Digest digest(List<Article> articles, boolean summaries) {
        Grouped grouped = group(articles);
        TermSpace space = grouped.space();
        Grouping g = grouped.grouping();
        progress.stage("clustered", articles.size());
        Summarizer sum = summaries ? new Summarizer(space) : null;
        int[] dup = g.duplicateOf();

        record Built(Story story, LocalDate first, int size) {
        }
        List<Built> built = new ArrayList<>();
        for (List<Integer> storyEvents : g.stories()) {
            List<Integer> evs = byDate(space, g, storyEvents);
            LocalDate first = evs.stream().map(e -> firstDate(space, g.events().get(e))).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(null);
            int size = evs.stream().mapToInt(e -> g.events().get(e).size()).sum();
            built.add(new Built(storyOf(space, sum, g, evs, "tmp", e -> "tmp" + e, i -> i), first, size));
        }
        built.sort(Comparator.comparingInt((Built b) -> -b.size())
                .thenComparing(Built::first, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Story> stories = new ArrayList<>();
        int eventNo = 0;
        for (int s = 0; s < built.size(); s++) {
            Story st = built.get(s).story();
            String sid = "s" + (s + 1);
            List<Event> events = new ArrayList<>();
            Map<String, String> rename = new HashMap<>();
            for (Event e : st.events()) {
                String eid = "e" + (++eventNo);
                rename.put(e.id(), eid);
                events.add(new Event(eid, e.title(), e.date(), e.articles(), e.summary()));
            }
            List<TimelineEntry> timeline = st.timeline().stream()
                    .map(t -> new TimelineEntry(t.date(), rename.get(t.event()), t.text(), t.sources())).toList();
            stories.add(new Story(sid, st.title(), st.articles(), events, st.summary(), timeline));
        }
        progress.stage("summarized", stories.size());
        Digest digest = new Digest(articles, duplicates(space, dup, null), stories);
        // analysis layer (issue 4): story entities and quotes, inferred publication dates
        return summaries ? org.revue.analyze.semantic.DigestAnalysis.enrich(digest) : digest;
    }

    /** Articles grouped into events and stories, with the term space they were compared in. */
    public record Grouped(TermSpace space, Grouping grouping) {
    }

    /** Groups analyzed articles into events and stories (no summaries). */
    public Grouped group(List<Article> articles) {
        TermSpace space = new TermSpace(articles, false); // the summarizer analyses sentences itself
        return new Grouped(space, new Clusterer(options.clustering()).group(space));
    }

    /**
     * Some stories of a grouping, summarized and analyzed as {@link #digest} does, under the ids the caller
     * gives ({@code storyId} of the index into {@code stories()}, {@code eventId} of the index into
     * {@code events()}): what a service that keeps ids across runs rebuilds for the stories that changed.
     * The digest holds those stories and their articles only.
     */
    public Digest stories(Grouped grouped, List<Integer> which, IntFunction<String> storyId, IntFunction<String> eventId) {
        TermSpace space = grouped.space();
        Grouping g = grouped.grouping();
        // the summarizer reads only the chosen stories' articles (its concepts are counted within a group)
        int[] toSum = new int[space.size()];
        java.util.Arrays.fill(toSum, -1);
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
        for (int k : which) {
            g.stories().get(k).forEach(e -> chosen.addAll(g.events().get(e)));
        }
        List<Article> subset = new ArrayList<>();
        for (int i : chosen) {
            toSum[i] = subset.size();
            subset.add(space.article(i));
        }
        Summarizer sum = new Summarizer(subset, Summarizer.Algorithm.CONCEPTS);
        List<Story> stories = new ArrayList<>();
        java.util.Set<String> members = new java.util.HashSet<>();
        for (int k : which) {
            Story st = storyOf(space, sum, g, byDate(space, g, g.stories().get(k)), storyId.apply(k), eventId, i -> toSum[i]);
            stories.add(st);
            members.addAll(st.articles());
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < space.size(); i++) {
            if (members.contains(space.article(i).id())) {
                articles.add(space.article(i));
            }
        }
        return org.revue.analyze.semantic.DigestAnalysis.enrich(
                new Digest(articles, duplicates(space, g.duplicateOf(), members), stories));
    }

    /** Copy id to original id, for the articles in {@code only} (all when null). */
    private static Map<String, String> duplicates(TermSpace space, int[] dup, java.util.Set<String> only) {
        Map<String, String> dupIds = new LinkedHashMap<>();
        for (int i = 0; i < dup.length; i++) {
            if (dup[i] >= 0 && (only == null || only.contains(space.article(i).id()))) {
                dupIds.put(space.article(i).id(), space.article(dup[i]).id());
            }
        }
        return dupIds;
    }

    /** A story's events (indices into the grouping's events) in date order, undated last. */
    private static List<Integer> byDate(TermSpace space, Grouping g, List<Integer> storyEvents) {
        List<Integer> evs = new ArrayList<>(storyEvents);
        evs.sort(Comparator.comparing((Integer e) -> firstDate(space, g.events().get(e)), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(e -> g.events().get(e).get(0)));
        return evs;
    }

    private Story storyOf(TermSpace space, Summarizer sum, Grouping g, List<Integer> evIdx, String storyId,
                          IntFunction<String> eventId, java.util.function.IntUnaryOperator toSum) {
        int[] dup = g.duplicateOf();
        List<Event> events = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        List<int[]> leads = new ArrayList<>();
        for (int k : evIdx) {
            List<Integer> e = g.events().get(k);
            List<Integer> originals = e.stream().filter(i -> dup[i] < 0).map(toSum::applyAsInt).toList();
            List<Cited> summary = sum == null ? List.of() : sum.summarize(originals, options.eventWords(), List.of());
            LocalDate date = firstDate(space, e);
            String id = eventId.apply(k);
            events.add(new Event(id, space.article(central(space, e)).title(), date, ids(space, e), summary));
            if (date != null && !summary.isEmpty()) {
                timeline.add(new TimelineEntry(date, id, summary.get(0).text(), summary.get(0).sources()));
            }
            all.addAll(e);
            int[] lead = sum == null ? null : sum.lead(originals);
            if (lead != null) {
                leads.add(lead);
            }
        }
        List<Integer> originals = all.stream().filter(i -> dup[i] < 0).map(toSum::applyAsInt).toList();
        List<Cited> summary = sum == null ? List.of() : sum.summarize(originals, options.storyWords(), leads);
        return new Story(storyId, space.article(central(space, all)).title(), ids(space, all), events, summary, timeline);
    }

    /** The article closest to the group's centroid, preferring one with a title of its own. */
    private static int central(TermSpace space, List<Integer> group) {
        List<org.revue.cluster.Vector> vs = new ArrayList<>(group.size());
        for (int i : group) {
            vs.add(space.article(i, true));
        }
        org.revue.cluster.Vector centroid = org.revue.cluster.Vector.sum(vs).normalized();
        float[] dense = group.size() > 64 ? centroid.dense(space.terms()) : null; // large groups: O(1) lookups
        int best = group.get(0);
        double bestSum = -1;
        for (int i : group) {
            org.revue.cluster.Vector v = space.article(i, true);
            double s = (ownTitle(space.article(i)) ? 1 : 0) + (dense != null ? v.dot(dense) : v.dot(centroid));
            if (s > bestSum) {
                bestSum = s;
                best = i;
            }
        }
        return best;
    }

    /** Whether the title was given or found, not made from the lead sentence. */
    private static boolean ownTitle(Article a) {
        String t = a.title();
        if (t == null || a.sentences().isEmpty()) {
            return t != null;
        }
        String lead = a.sentences().get(0).text();
        return !lead.startsWith(t.endsWith(" …") ? t.substring(0, t.length() - 2) : t);
    }

    private static LocalDate firstDate(TermSpace space, List<Integer> group) {
        return group.stream().map(i -> space.article(i).published()).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    private static List<String> ids(TermSpace space, List<Integer> group) {
        return group.stream().map(i -> space.article(i).id()).toList();
    }
}

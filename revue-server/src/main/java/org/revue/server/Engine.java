package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.revue.analyze.Analyze;
import org.revue.cluster.StableIds;
import org.revue.ingest.Ingest;
import org.revue.ingest.Urls;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.RawDocument;
import org.revue.model.Story;
import org.revue.pipeline.Pipeline;
import org.revue.server.store.Codec;
import org.revue.server.store.Committer;
import org.revue.server.store.Store;
import org.revue.server.store.StoryDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's engine: accepts documents (durable before it answers), and on one worker thread runs them
 * through the core stages (extract → analyze → cluster over the open window → stories of the groups that
 * changed), keeping event and story ids stable across runs and restarts. Readers never wait for the worker.
 */
public final class Engine implements Sink, AutoCloseable {
    /** Where an article is: its event and story. */
    public record Placement(String event, String story) {
    }

    /** What a story change was, for the live stream and webhooks. */
    public record Change(String type, String story, String into, String title, int articles) {
    }

    private sealed interface Job permits Put, Delete {
    }

    private record Put(RawDocument raw, long seq) implements Job {
    }

    private record Delete(String id) implements Job {
    }

    /** An open or closed story: membership (event id → article ids), times, span, the doc when open. */
    private record StoryState(String id, boolean open, long created, long firstDay, long lastDay,
                              Map<String, List<String>> events, StoryDoc doc) {
        Set<String> members() {
            Set<String> s = new HashSet<>();
            events.values().forEach(s::addAll);
            return s;
        }
    }

    static final Comparator<String> OLDER = Comparator.comparingLong(Engine::number).thenComparing(Comparator.naturalOrder());

    private final ServerConfig cfg;
    private final Store store;
    private final Committer committer;
    private final Pipeline pipeline;
    private final Metrics metrics;
    private final java.util.function.Consumer<List<Change>> listener;

    private final Object acceptLock = new Object();
    private final ConcurrentHashMap<String, Long> latestSeq = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> rawHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> idByUrl = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Placement> placement = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> redirects = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, StoryState> stories = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> duplicateOf = new ConcurrentHashMap<>();
    private final Map<String, Article> window = new HashMap<>(); // worker thread only
    private final AtomicLong seq = new AtomicLong();
    private final AtomicLong nextStory = new AtomicLong(1);
    private final AtomicLong nextEvent = new AtomicLong(1);
    private final AtomicInteger pending = new AtomicInteger();
    private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean loaded;

    public Engine(ServerConfig cfg, Store store, Metrics metrics, java.util.function.Consumer<List<Change>> listener) {
        this.cfg = cfg;
        this.store = store;
        this.metrics = metrics;
        this.listener = listener;
        this.pipeline = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, org.revue.pipeline.Progress.NONE);
        this.committer = new Committer(store, this::meta);
        load();
        worker = new Thread(this::work, "revue-worker");
        worker.setDaemon(true);
        worker.start();
    }

    // ---- start-up ----

    private void load() {
        try {
            Map<String, String> m = store.meta();
            nextStory.set(Long.parseLong(m.getOrDefault("nextStory", "1")));
            nextEvent.set(Long.parseLong(m.getOrDefault("nextEvent", "1")));
            seq.set(Long.parseLong(m.getOrDefault("seq", "0")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store.eachRedirect(redirects::put);
        List<Store.StoredArticle> waiting = new ArrayList<>();
        store.eachArticle(false, a -> {
            latestSeq.put(a.id(), a.seq());
            if (a.url() != null) {
                idByUrl.put(a.url(), a.id());
            }
            if (a.pending()) {
                waiting.add(a);
            }
        });
        Set<String> broken = new HashSet<>();
        store.eachStory(s -> {
            JsonNode n = Codec.tree(s.json());
            Map<String, List<String>> evs = new LinkedHashMap<>();
            for (JsonNode e : n.path("events")) {
                List<String> arts = new ArrayList<>();
                e.path("articles").forEach(a -> arts.add(a.asText()));
                evs.put(e.path("id").asText(), arts);
                arts.forEach(a -> placement.put(a, new Placement(e.path("id").asText(), s.id())));
            }
            n.path("duplicates").fields().forEachRemaining(d -> duplicateOf.put(d.getKey(), d.getValue().asText()));
            StoryDoc doc = s.open() ? docOf(s) : null;
            stories.put(s.id(), new StoryState(s.id(), s.open(), s.created(), s.firstDay(), s.lastDay(), evs, doc));
            if (s.articles().stream().anyMatch(a -> !latestSeq.containsKey(a))) {
                broken.add(s.id()); // an article taken down before its story was rebuilt
            }
        });
        for (StoryState s : stories.values()) {
            if (s.open() || broken.contains(s.id())) {
                openInWindow(s);
            }
        }
        for (Store.StoredArticle a : waiting) {
            Store.StoredArticle full = store.article(a.id());
            jobs.add(new Put(Codec.raw(full.raw()), full.seq()));
            pending.incrementAndGet();
        }
        if (!broken.isEmpty() && waiting.isEmpty()) {
            jobs.add(new Delete("")); // a cycle to rebuild the broken stories
        }
        loaded = true;
    }

    private static StoryDoc docOf(Store.StoryMeta s) {
        return new StoryDoc(s.id(), s.json(), null, s.open(), s.created(), s.updated(), s.articles().size(),
                s.firstDay(), s.lastDay(), null, List.of(), List.of(), List.of(), s.articles(), null);
    }

    private void openInWindow(StoryState s) {
        for (String id : s.members()) {
            if (window.containsKey(id)) {
                continue;
            }
            Store.StoredArticle a = store.article(id);
            if (a != null && a.art() != null) {
                window.put(id, Codec.article(a.art()));
            }
        }
        if (!s.open()) {
            stories.put(s.id(), new StoryState(s.id(), true, s.created(), s.firstDay(), s.lastDay(), s.events(), s.doc()));
        }
    }

    // ---- ingest (any thread) ----

    @Override
    public Result accept(List<RawDocument> docs) {
        List<String> accepted = new ArrayList<>();
        List<Refused> errors = new ArrayList<>();
        List<Put> puts = new ArrayList<>();
        synchronized (acceptLock) {
            Map<String, Integer> inBatch = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                RawDocument d = docs.get(i);
                String problem = problem(d);
                if (problem != null) {
                    errors.add(new Refused(i, d == null ? null : d.id(), problem));
                    continue;
                }
                String url = Urls.canonical(d.url());
                String id = d.id();
                String known = url == null ? null : idByUrl.get(url);
                if (known != null && !known.equals(id)) {
                    id = known; // the same page under another id: one article
                    d = new RawDocument(id, d.origin(), d.title(), d.text(), d.html(), d.date(), d.url(), d.source(), d.lang());
                }
                int hash = Codec.raw(d).hashCode();
                Integer before = inBatch.get(id);
                if (before == null && latestSeq.containsKey(id) && Integer.valueOf(hash).equals(rawHash.get(id))) {
                    accepted.add(id); // the same article again: nothing to do
                    continue;
                }
                if (before == null) {
                    inBatch.put(id, puts.size());
                }
                long s = seq.incrementAndGet();
                Put p = new Put(d, s);
                if (before != null) {
                    puts.set(before, p);
                } else {
                    puts.add(p);
                }
                latestSeq.put(id, s);
                rawHash.put(id, hash);
                if (url != null) {
                    idByUrl.put(url, id);
                }
                accepted.add(id);
            }
        }
        if (!puts.isEmpty()) {
            await(committer.submit(st -> {
                for (Put p : puts) {
                    st.putArticle(p.raw().id(), Urls.canonical(p.raw().url()), p.seq(), Codec.raw(p.raw()), null,
                            null, null, null);
                }
            }));
            pending.addAndGet(puts.size());
            jobs.addAll(puts);
            metrics.accepted(puts.size());
        }
        metrics.refused(errors.size());
        return new Result(accepted, errors);
    }

    private String problem(RawDocument d) {
        if (d == null) {
            return "not an article";
        }
        if (d.id() == null || d.id().isBlank()) {
            return "no 'id'";
        }
        String body = d.text() != null ? d.text() : d.html();
        if (body == null || body.isBlank()) {
            return "no 'text' or 'html'";
        }
        if (body.length() > cfg.maxItemBytes()) {
            return (d.text() != null ? "text" : "html") + " too large (" + (body.length() >> 20) + " MB > "
                    + (cfg.maxItemBytes() >> 20) + " MB)";
        }
        if (Ingest.binary(body)) {
            return "binary content, not text";
        }
        return null;
    }

    /** Takes an article down: gone from the store and the search at once, from its story in the next run. */
    public boolean delete(String id) {
        if (!latestSeq.containsKey(id)) {
            return false;
        }
        synchronized (acceptLock) {
            latestSeq.remove(id);
            rawHash.remove(id);
            idByUrl.values().removeIf(id::equals);
        }
        await(committer.submit(st -> st.deleteArticle(id)));
        pending.incrementAndGet();
        jobs.add(new Delete(id));
        return true;
    }

    /** Runs the current pipeline again over every stored article, ids kept. Returns how many. */
    public int reprocess() {
        List<Put> all = new ArrayList<>();
        store.eachArticle(true, a -> all.add(new Put(Codec.raw(a.raw()), a.seq())));
        rawHash.clear();
        pending.addAndGet(all.size());
        jobs.addAll(all);
        return all.size();
    }

    private static void await(java.util.concurrent.CompletableFuture<Void> f) {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("store write failed: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("store write timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---- the worker ----

    private void work() {
        while (running) {
            List<Job> batch = new ArrayList<>();
            try {
                Job first = jobs.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                jobs.drainTo(batch, 4_999);
            } catch (InterruptedException e) {
                return;
            }
            long t0 = System.nanoTime();
            if (!run(batch)) {
                if (!running) {
                    return;
                }
                if (++failedRuns < 3) {
                    jobs.addAll(batch); // nothing was committed: try again
                    continue;
                }
                // the same run failed three times: one job at a time, and a job that fails alone is dropped
                for (Job j : batch) {
                    if (!run(List.of(j)) && j instanceof Put p) {
                        refuse(p);
                    }
                }
            }
            failedRuns = 0;
            int done = (int) batch.stream().filter(j -> !(j instanceof Delete d) || !d.id().isEmpty()).count();
            pending.addAndGet(-done);
            metrics.cycle(System.nanoTime() - t0, batch.size());
        }
    }

    private int failedRuns;

    /** Runs one processing run; false when it failed (then nothing of it was committed). */
    private boolean run(List<Job> batch) {
        try {
            cycle(batch);
            return true;
        } catch (Exception | LinkageError | StackOverflowError e) {
            metrics.failedCycle();
            System.err.println("revue: serve: a processing run of " + batch.size() + " jobs failed: " + e);
            e.printStackTrace();
            try {
                Thread.sleep(batch.size() > 1 ? 500 : 0);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** An article that the pipeline cannot process: kept with its error, in no story. */
    private void refuse(Put p) {
        try {
            await(committer.submit(st -> st.putArticle(p.raw().id(), Urls.canonical(p.raw().url()), p.seq(),
                    Codec.raw(p.raw()), null, null, null, "processing failed")));
        } catch (RuntimeException e) {
            System.err.println("revue: serve: cannot record the failure of " + p.raw().id() + ": " + e);
        }
    }

    private void cycle(List<Job> batch) throws IOException {
        Map<String, Put> puts = new LinkedHashMap<>();
        Set<String> deletes = new HashSet<>();
        for (Job j : batch) {
            if (j instanceof Put p && Long.valueOf(p.seq()).equals(latestSeq.get(p.raw().id()))) {
                puts.put(p.raw().id(), p);
            } else if (j instanceof Delete d && !d.id().isEmpty()) {
                deletes.add(d.id());
                puts.remove(d.id());
            }
        }
        // extract and analyze
        Map<String, String> failures = new ConcurrentHashMap<>();
        List<RawDocument> raws = puts.values().stream().map(Put::raw).toList();
        List<Article> analyzed = new Analyze(null).all(raws, (origin, msg) -> failures.put(origin, msg), () -> {
        });
        Map<String, Article> byId = new LinkedHashMap<>();
        analyzed.forEach(a -> byId.put(a.id(), a));
        // reopen the closed stories these articles touch or match
        for (String id : concat(deletes, puts.keySet())) {
            Placement p = placement.get(id);
            StoryState s = p == null ? null : stories.get(p.story());
            if (s != null && !s.open()) {
                openInWindow(s);
            }
        }
        if (stories.values().stream().anyMatch(s -> !s.open())) {
            for (Article a : byId.values()) {
                long day = a.published() == null ? Long.MIN_VALUE : a.published().toEpochDay();
                long w = pipelineWindow();
                String lead = a.title() + " " + (a.sentences().isEmpty() ? "" : a.sentences().get(0).text());
                String text = String.join(" ", java.util.Arrays.stream(lead.split("\\s+")).limit(40).toList());
                for (String sid : store.closedStories(text, day == Long.MIN_VALUE ? day : day - w,
                        day == Long.MIN_VALUE ? Long.MAX_VALUE : day + w, 3)) {
                    StoryState s = stories.get(sid);
                    if (s != null && !s.open()) {
                        openInWindow(s);
                    }
                }
            }
        }
        window.keySet().removeAll(deletes);
        window.keySet().removeAll(puts.keySet());
        window.putAll(byId);

        // group the open window, keep ids
        List<Article> arts = new ArrayList<>(window.values());
        arts.sort(Comparator.comparing(Article::id));
        Pipeline.Grouped g = arts.isEmpty() ? null : pipeline.group(arts);
        List<List<String>> events = new ArrayList<>();
        List<List<String>> storyMembers = new ArrayList<>();
        if (g != null) {
            for (List<Integer> e : g.grouping().events()) {
                events.add(e.stream().map(i -> arts.get(i).id()).toList());
            }
            for (List<Integer> st : g.grouping().stories()) {
                List<String> m = new ArrayList<>();
                st.forEach(e -> m.addAll(events.get(e)));
                storyMembers.add(m);
            }
        }
        StableIds.Result eventIds = StableIds.assign(events, a -> old(a, true), () -> "e" + nextEvent.getAndIncrement(), OLDER);
        StableIds.Result storyIds = StableIds.assign(storyMembers, a -> old(a, false), () -> "s" + nextStory.getAndIncrement(), OLDER);

        // which stories changed
        List<Integer> changed = new ArrayList<>();
        Map<String, Map<String, List<String>>> newEvents = new HashMap<>();
        for (int k = 0; k < storyMembers.size(); k++) {
            Map<String, List<String>> evs = new LinkedHashMap<>();
            for (int e : g.grouping().stories().get(k)) {
                evs.put(eventIds.ids().get(e), events.get(e));
            }
            String sid = storyIds.ids().get(k);
            newEvents.put(sid, evs);
            StoryState before = stories.get(sid);
            boolean touched = storyMembers.get(k).stream().anyMatch(byId::containsKey)
                    || before != null && before.members().stream().anyMatch(deletes::contains);
            if (before == null || touched || !same(before.events(), evs) || before.doc() == null || !before.open()) {
                changed.add(k);
            }
        }
        long now = System.currentTimeMillis();
        Digest built = g == null || changed.isEmpty() ? null
                : pipeline.stories(g, changed, k -> storyIds.ids().get(k), e -> eventIds.ids().get(e));
        Map<String, String> dups = new HashMap<>();
        List<StoryDoc> docs = new ArrayList<>();
        if (built != null) {
            dups.putAll(built.duplicateOf());
            Map<String, Article> arById = new HashMap<>();
            built.articles().forEach(a -> arById.put(a.id(), a));
            for (Story s : built.stories()) {
                StoryState before = stories.get(s.id());
                docs.add(StoryJson.doc(s, arById, built.duplicateOf(), before == null ? now : before.created(), now));
            }
        }
        // stories gone: merged into another, or emptied by takedowns
        Set<String> live = new HashSet<>(storyIds.ids());
        List<String> gone = new ArrayList<>();
        for (StoryState s : stories.values()) {
            if (s.open() && !live.contains(s.id())) {
                gone.add(s.id());
            }
        }
        // close the stories that fell out of the window
        Map<String, StoryDoc> docById = new HashMap<>();
        docs.forEach(d -> docById.put(d.id(), d));
        Set<String> closing = closing(storyIds.ids(), docById);

        List<Change> changes = new ArrayList<>();
        List<StoryDoc> writes = new ArrayList<>();
        for (StoryDoc d : docs) {
            boolean open = !closing.contains(d.id());
            writes.add(open ? d : reopen(d, false));
            changes.add(new Change(stories.containsKey(d.id()) ? "story.updated" : "story.created", d.id(), null,
                    StoryJson.title(d), d.size()));
        }
        for (String sid : closing) {
            if (!docById.containsKey(sid)) {
                StoryDoc full = fullDoc(sid);
                if (full != null) {
                    writes.add(reopen(full, false));
                }
            }
        }
        Map<String, String> merged = storyIds.merged();
        await(committer.submit(st -> {
            for (Put p : puts.values()) {
                Article a = byId.get(p.raw().id());
                String err = a != null ? null : failures.getOrDefault(p.raw().origin(), "no article text found");
                st.putArticle(p.raw().id(), Urls.canonical(p.raw().url()), p.seq(), Codec.raw(p.raw()),
                        a == null ? null : Codec.article(a), a == null ? null : a.lang(),
                        a == null ? null : a.title() + "\n" + a.text(), a == null ? (err == null ? "failed" : err) : null);
            }
            for (StoryDoc d : writes) {
                st.putStory(d);
            }
            for (String sid : gone) {
                st.deleteStory(sid);
                if (merged.containsKey(sid)) {
                    st.putRedirect(sid, merged.get(sid));
                }
            }
        }));

        // the new state, visible to readers
        for (String id : deletes) {
            placement.remove(id);
            duplicateOf.remove(id);
        }
        for (String sid : gone) {
            stories.remove(sid);
            if (merged.containsKey(sid)) {
                redirects.put(sid, merged.get(sid));
                redirects.replaceAll((from, to) -> to.equals(sid) ? merged.get(sid) : to);
                changes.add(new Change("story.merged", sid, merged.get(sid), null, 0));
            } else {
                changes.add(new Change("story.deleted", sid, null, null, 0));
            }
        }
        for (int k = 0; k < storyMembers.size(); k++) {
            String sid = storyIds.ids().get(k);
            Map<String, List<String>> evs = newEvents.get(sid);
            evs.forEach((eid, members) -> members.forEach(a -> placement.put(a, new Placement(eid, sid))));
            StoryState before = stories.get(sid);
            StoryDoc d = docById.containsKey(sid) ? docById.get(sid) : before == null ? null : before.doc();
            boolean open = !closing.contains(sid);
            stories.put(sid, new StoryState(sid, open, d == null ? now : d.created(), d == null ? 0 : d.firstDay(),
                    d == null ? 0 : d.lastDay(), evs, open ? d : null));
            if (!open) {
                evs.values().forEach(m -> m.forEach(window::remove));
            }
        }
        for (String a : window.keySet()) {
            if (dups.containsKey(a)) {
                duplicateOf.put(a, dups.get(a));
            } else if (docById.containsKey(placement.get(a).story())) {
                duplicateOf.remove(a);
            }
        }
        if (!changes.isEmpty()) {
            listener.accept(changes);
        }
    }

    /**
     * The stories to close: once the window holds more than a quarter of its cap, those out of the window of days;
     * and the oldest while it holds more than its cap.
     */
    private Set<String> closing(List<String> ids, Map<String, StoryDoc> fresh) {
        Map<String, Long> last = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        long newest = Long.MIN_VALUE;
        for (String sid : ids) {
            StoryDoc d = fresh.containsKey(sid) ? fresh.get(sid) : stories.get(sid) == null ? null : stories.get(sid).doc();
            if (d == null) {
                continue;
            }
            long l = d.lastDay() == Long.MAX_VALUE ? Long.MIN_VALUE : d.lastDay();
            last.put(sid, l);
            size.put(sid, d.size());
            newest = Math.max(newest, l);
        }
        Set<String> out = new HashSet<>();
        if (newest == Long.MIN_VALUE) {
            return out;
        }
        List<String> byAge = new ArrayList<>(last.keySet());
        byAge.sort(Comparator.comparingLong((String s) -> last.get(s)).thenComparing(OLDER));
        int open = window.size();
        boolean crowded = open > cfg.maxWindow() / 4; // a small window costs little: it stays whole, as digest sees it
        for (String sid : byAge) {
            boolean old = crowded && last.get(sid) != Long.MIN_VALUE && last.get(sid) < newest - cfg.windowDays();
            if (old || open > cfg.maxWindow()) {
                out.add(sid);
                open -= size.get(sid);
            }
        }
        return out;
    }

    private StoryDoc fullDoc(String sid) {
        String json = store.story(sid, false);
        return json == null ? null : StoryJson.docOfStored(json, store.story(sid, true));
    }

    private static StoryDoc reopen(StoryDoc d, boolean open) {
        return new StoryDoc(d.id(), d.json(), d.digest(), open, d.created(), d.updated(), d.size(), d.firstDay(),
                d.lastDay(), d.lang(), d.langs(), d.sources(), d.entities(), d.articles(), d.searchText());
    }

    private long pipelineWindow() {
        return Pipeline.Options.defaults().clustering().storyWindowDays();
    }

    private String old(String article, boolean event) {
        Placement p = placement.get(article);
        return p == null ? null : event ? p.event() : p.story();
    }

    private static boolean same(Map<String, List<String>> a, Map<String, List<String>> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!new HashSet<>(a.get(k)).equals(new HashSet<>(b.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private Map<String, String> meta() {
        return Map.of("nextStory", Long.toString(nextStory.get()), "nextEvent", Long.toString(nextEvent.get()),
                "seq", Long.toString(seq.get()));
    }

    // ---- reads ----

    public boolean loaded() {
        return loaded;
    }

    public int pending() {
        return pending.get();
    }

    public int articles() {
        return latestSeq.size();
    }

    public int storyCount() {
        return stories.size();
    }

    public int windowSize() {
        return window.size();
    }

    public boolean known(String id) {
        return latestSeq.containsKey(id);
    }

    public Placement placement(String article) {
        return placement.get(article);
    }

    public String duplicateOf(String article) {
        return duplicateOf.get(article);
    }

    public String redirect(String story) {
        return redirects.get(story);
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() throws Exception {
        running = false;
        worker.join(30_000);
        committer.close();
    }
}

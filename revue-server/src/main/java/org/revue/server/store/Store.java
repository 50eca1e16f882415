package org.revue.server.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The embedded store: one Lucene index in the data folder holding the articles (raw input, analyzed form,
 * full text for search), the stories (their JSON, the fields a front page filters on) and the ids of merged
 * stories. Writes are made visible and durable by {@link #commit}, which one thread calls ({@link Committer}).
 */
public final class Store implements Closeable {
    static final String KIND = "kind";
    private static final String[] TEXT_FIELDS = {"text_fr", "text_en", "text"};

    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    /** Stories as served, kept in memory (reading one from Lucene decompresses its whole sub-digest). */
    private volatile Map<String, String> storyCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> storyWrites = new HashMap<>(); // committer thread only; "" = deleted
    static final int CACHED_STORIES = 20_000;

    public Store(Path folder) {
        try {
            dir = FSDirectory.open(folder.resolve("index"));
            Map<String, Analyzer> per = new HashMap<>();
            per.put("text_fr", new FrenchAnalyzer());
            per.put("text_en", new EnglishAnalyzer());
            analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), per);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64).setCommitOnClose(false);
            writer = new IndexWriter(dir, cfg);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store in " + folder + ": " + e.getMessage(), e);
        }
    }

    // ---- writes (visible and durable after commit) ----

    /** An article: its raw input, its analyzed form (null while pending) or the error that stopped it. */
    public void putArticle(String id, String url, long seq, String raw, String art, String lang, String searchText,
                           String error) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, "a", Field.Store.NO));
        d.add(new StringField("id", id, Field.Store.YES));
        if (url != null) {
            d.add(new StringField("url", url, Field.Store.YES));
        }
        d.add(new LongPoint("seq", seq));
        d.add(new NumericDocValuesField("seq", seq));
        d.add(new StoredField("seq", seq));
        d.add(new StoredField("raw", raw));
        if (art != null) {
            d.add(new StoredField("art", art));
            d.add(new TextField(textField(lang), searchText, Field.Store.NO));
        }
        if (error != null) {
            d.add(new StoredField("error", error));
        }
        d.add(new StoredField("st", art != null ? "done" : error != null ? "error" : "pending"));
        writer.updateDocument(new Term("aid", id), with(d, "aid", id));
    }

    public void deleteArticle(String id) throws IOException {
        writer.deleteDocuments(new Term("aid", id));
    }

    /** A story as the API serves it ({@code json}), the sub-digest it was built from, and its filter fields. */
    public void putStory(StoryDoc s) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, "s", Field.Store.NO));
        d.add(new StringField("id", s.id(), Field.Store.YES));
        d.add(new org.apache.lucene.document.BinaryDocValuesField("sidv", new org.apache.lucene.util.BytesRef(s.id())));
        d.add(new StoredField("json", s.json()));
        d.add(new StoredField("digest", s.digest()));
        d.add(new StringField("open", s.open() ? "1" : "0", Field.Store.YES));
        d.add(new LongPoint("updated", s.updated()));
        d.add(new NumericDocValuesField("updated", s.updated()));
        d.add(new StoredField("updated", s.updated()));
        d.add(new StoredField("created", s.created()));
        d.add(new NumericDocValuesField("size", s.size()));
        d.add(new StoredField("first", s.firstDay()));
        d.add(new StoredField("last", s.lastDay()));
        d.add(new LongPoint("first", s.firstDay()));
        d.add(new LongPoint("last", s.lastDay()));
        for (String l : s.langs()) {
            d.add(new StringField("lang", l.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String src : s.sources()) {
            d.add(new StringField("source", src.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String e : s.entities()) {
            d.add(new StringField("entity", e.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String a : s.articles()) {
            d.add(new StoredField("article", a));
        }
        d.add(new TextField(textField(s.lang()), s.searchText(), Field.Store.NO));
        writer.updateDocument(new Term("sid", s.id()), with(d, "sid", s.id()));
        storyWrites.put(s.id(), s.json());
    }

    public void deleteStory(String id) throws IOException {
        writer.deleteDocuments(new Term("sid", id));
        storyWrites.put(id, "");
    }

    /** {@code from} now answers with a redirect to {@code to} (stories merged). */
    public void putRedirect(String from, String to) throws IOException {
        Document d = new Document();
        d.add(new StringField(KIND, "r", Field.Store.NO));
        d.add(new StringField("id", from, Field.Store.YES));
        d.add(new StoredField("to", to));
        writer.updateDocument(new Term("rid", from), with(d, "rid", from));
    }

    /** Makes every write so far durable (one fsync for all of them) and visible to readers. */
    public void commit(Map<String, String> meta) throws IOException {
        writer.setLiveCommitData(meta.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        synchronized (cacheLock) {
            generation++;
            cacheWrites();
        }
    }

    private final Object cacheLock = new Object();
    private volatile long generation;

    private void cacheWrites() {
        Map<String, String> cache = storyCache;
        if (cache.size() + storyWrites.size() > CACHED_STORIES) {
            cache = new java.util.concurrent.ConcurrentHashMap<>();
            storyCache = cache;
        }
        for (Map.Entry<String, String> w : storyWrites.entrySet()) {
            if (w.getValue().isEmpty()) {
                cache.remove(w.getKey());
            } else {
                cache.put(w.getKey(), w.getValue());
            }
        }
        storyWrites.clear();
    }

    /** The commit data of the last commit (counters). */
    public Map<String, String> meta() throws IOException {
        Map<String, String> m = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    // ---- reads ----

    /** A stored article: raw input, analyzed form (or null), error (or null), seq. */
    public record StoredArticle(String id, String url, long seq, String raw, String art, String error, String state) {
        public boolean pending() {
            return "pending".equals(state);
        }
    }

    public StoredArticle article(String id) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term("aid", id)), 1);
            return td.scoreDocs.length == 0 ? null : stored(s.storedFields().document(td.scoreDocs[0].doc));
        });
    }

    /** Every article, in index order, with or without its analyzed form (skipping it is much faster). */
    public void eachArticle(boolean withArt, Consumer<StoredArticle> out) {
        withSearcher(s -> {
            StoredFields sf = s.storedFields();
            java.util.Set<String> fields = withArt ? null : java.util.Set.of("id", "url", "seq", "st");
            TopDocs td = s.search(new TermQuery(new Term(KIND, "a")), Math.max(1, s.getIndexReader().maxDoc()));
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = fields == null ? sf.document(sd.doc) : sf.document(sd.doc, fields);
                out.accept(stored(d));
            }
            return null;
        });
    }

    /** Articles with seq > since, in seq order. */
    public void articlesSince(long since, Consumer<StoredArticle> out) {
        withSearcher(s -> {
            StoredFields sf = s.storedFields();
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, "a")), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery("seq", since + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER).build();
            TopDocs td = s.search(q, Math.max(1, s.getIndexReader().maxDoc()), new Sort(new SortField("seq", SortField.Type.LONG)));
            for (ScoreDoc sd : td.scoreDocs) {
                out.accept(stored(sf.document(sd.doc)));
            }
            return null;
        });
    }

    private static StoredArticle stored(Document d) {
        Number seq = d.getField("seq") == null ? null : d.getField("seq").numericValue();
        return new StoredArticle(d.get("id"), d.get("url"), seq == null ? 0 : seq.longValue(), d.get("raw"), d.get("art"),
                d.get("error"), d.get("st"));
    }

    /** A stored story's filterable summary: id, open, created, updated, span, articles. */
    public record StoryMeta(String id, boolean open, long created, long updated, long firstDay, long lastDay,
                            List<String> articles, String json) {
    }

    public void eachStory(Consumer<StoryMeta> out) {
        withSearcher(s -> {
            StoredFields sf = s.storedFields();
            TopDocs td = s.search(new TermQuery(new Term(KIND, "s")), Math.max(1, s.getIndexReader().maxDoc()));
            for (ScoreDoc sd : td.scoreDocs) {
                out.accept(meta(sf.document(sd.doc)));
            }
            return null;
        });
    }

    private static StoryMeta meta(Document d) {
        List<String> arts = new ArrayList<>();
        for (var f : d.getFields("article")) {
            arts.add(f.stringValue());
        }
        return new StoryMeta(d.get("id"), "1".equals(d.get("open")), num(d, "created"), num(d, "updated"),
                num(d, "first"), num(d, "last"), arts, d.get("json"));
    }

    private static long num(Document d, String f) {
        return d.getField(f) == null ? 0 : d.getField(f).numericValue().longValue();
    }

    public void eachRedirect(java.util.function.BiConsumer<String, String> out) {
        withSearcher(s -> {
            StoredFields sf = s.storedFields();
            TopDocs td = s.search(new TermQuery(new Term(KIND, "r")), Math.max(1, s.getIndexReader().maxDoc()));
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = sf.document(sd.doc);
                out.accept(d.get("id"), d.get("to"));
            }
            return null;
        });
    }

    /** The story's JSON as served, or its sub-digest ({@code digest}: true), or null. */
    public String story(String id, boolean digest) {
        if (!digest) {
            String cached = storyCache.get(id);
            if (cached != null) {
                return cached;
            }
        }
        long g = generation;
        String found = read(id, digest);
        if (!digest && found != null) {
            synchronized (cacheLock) {
                if (generation == g) {
                    storyCache.putIfAbsent(id, found);
                }
            }
        }
        return found;
    }

    private String read(String id, boolean digest) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term("sid", id)), 1);
            if (td.scoreDocs.length == 0) {
                return null;
            }
            return s.storedFields().document(td.scoreDocs[0].doc, java.util.Set.of(digest ? "digest" : "json"))
                    .get(digest ? "digest" : "json");
        });
    }

    /** Closed stories whose text matches and whose span of days overlaps [from, to]: ids, best first. */
    public List<String> closedStories(String text, long from, long to, int max) {
        return withSearcher(s -> {
            Query q;
            try {
                q = textQuery(MultiFieldQueryParser.escape(text), true);
            } catch (ParseException e) {
                return List.of();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("open", "0")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(KIND, "s")), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery("first", Long.MIN_VALUE, to), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery("last", from, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
            List<String> out = new ArrayList<>();
            StoredFields sf = s.storedFields();
            ScoreDoc[] hits;
            try {
                hits = s.search(b.build(), max).scoreDocs;
            } catch (IndexSearcher.TooManyClauses e) {
                return out;
            }
            for (ScoreDoc sd : hits) {
                out.add(sf.document(sd.doc, java.util.Set.of("id")).get("id"));
            }
            return out;
        });
    }

    /** Filters of a story listing; null fields are not applied. */
    public record StoryFilter(Long since, Long until, String lang, String source, String entity, String q) {
    }

    public record Page(List<String> json, int total) {
    }

    /** Stories matching the filter, newest ({@code updated}) or biggest first, from {@code offset}. */
    public Page stories(StoryFilter f, boolean biggest, int offset, int limit) throws ParseException {
        return page(storyQuery(f), biggest, offset, limit);
    }

    /** As {@link #stories(StoryFilter, boolean, int, int)}, of the stories whose span of days overlaps [fromDay, toDay]. */
    public Page stories(StoryFilter f, long fromDay, long toDay, boolean biggest, int offset, int limit) throws ParseException {
        Query q = new BooleanQuery.Builder().add(storyQuery(f), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("first", Long.MIN_VALUE, toDay), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("last", fromDay, Long.MAX_VALUE), BooleanClause.Occur.FILTER).build();
        return page(q, biggest, offset, limit);
    }

    /** A story's id and when it last changed: what a cache of its JSON checks. */
    public record StoryKey(String id, long updated) {
    }

    /**
     * The newest stories of the filter whose span of days overlaps [fromDay, toDay]: ids and times only, read from
     * the sort values and a per-segment cache of ids (no stored JSON is decompressed).
     */
    public List<StoryKey> storyKeys(StoryFilter f, long fromDay, long toDay, int limit) throws ParseException {
        Query q = new BooleanQuery.Builder().add(storyQuery(f), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("first", Long.MIN_VALUE, toDay), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("last", fromDay, Long.MAX_VALUE), BooleanClause.Occur.FILTER).build();
        return withSearcher(s -> {
            Sort sort = new Sort(new SortField("updated", SortField.Type.LONG, true), new SortField("size", SortField.Type.LONG, true));
            List<StoryKey> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, Math.max(1, limit), sort).scoreDocs) {
                out.add(new StoryKey(storedId(s, sd.doc), (Long) ((FieldDoc) sd).fields[0]));
            }
            return out;
        });
    }

    /** When the story last changed (from doc values), or null when there is no such story. */
    public Long storyUpdated(String id) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term("sid", id)), 1);
            if (td.scoreDocs.length == 0) {
                return null;
            }
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(td.scoreDocs[0].doc, leaves));
            NumericDocValues v = leaf.reader().getNumericDocValues("updated");
            return v != null && v.advanceExact(td.scoreDocs[0].doc - leaf.docBase) ? v.longValue() : null;
        });
    }

    /** Ids of documents by segment: a segment never changes, so its ids are read once. */
    private final Map<IndexReader.CacheKey, Map<Integer, String>> ids = new java.util.concurrent.ConcurrentHashMap<>();

    private String storedId(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        IndexReader.CacheHelper h = leaf.reader().getCoreCacheHelper();
        if (h == null) {
            return leaf.reader().storedFields().document(local, java.util.Set.of("id")).get("id");
        }
        Map<Integer, String> m = ids.computeIfAbsent(h.getKey(), k -> {
            h.addClosedListener(ids::remove);
            return new java.util.concurrent.ConcurrentHashMap<>();
        });
        String id = m.get(local);
        if (id == null) {
            id = leaf.reader().storedFields().document(local, java.util.Set.of("id")).get("id");
            m.put(local, id);
        }
        return id;
    }

    private Page page(Query q, boolean biggest, int offset, int limit) {
        return withSearcher(s -> {
            Sort sort = biggest
                    ? new Sort(new SortField("size", SortField.Type.LONG, true), new SortField("updated", SortField.Type.LONG, true))
                    : new Sort(new SortField("updated", SortField.Type.LONG, true), new SortField("size", SortField.Type.LONG, true));
            TopDocs td = s.search(q, Math.max(1, offset + limit), sort);
            List<String> out = new ArrayList<>();
            for (int i = offset; i < td.scoreDocs.length; i++) {
                String json = story(storyId(s, td.scoreDocs[i].doc), false);
                if (json != null) {
                    out.add(json);
                }
            }
            return new Page(out, (int) Math.min(Integer.MAX_VALUE, td.totalHits.value));
        });
    }

    /** A story doc's id from its doc values (no stored fields decompressed). */
    private static String storyId(IndexSearcher s, int doc) throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
        org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.BinaryDocValues v = leaf.reader().getBinaryDocValues("sidv");
        if (v != null && v.advanceExact(doc - leaf.docBase)) {
            return v.binaryValue().utf8ToString();
        }
        return s.storedFields().document(doc, java.util.Set.of("id")).get("id");
    }

    private Query storyQuery(StoryFilter f) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, "s")), BooleanClause.Occur.FILTER);
        if (f.since() != null || f.until() != null) {
            b.add(LongPoint.newRangeQuery("updated", f.since() == null ? Long.MIN_VALUE : f.since(),
                    f.until() == null ? Long.MAX_VALUE : f.until()), BooleanClause.Occur.FILTER);
        }
        if (f.lang() != null) {
            b.add(new TermQuery(new Term("lang", f.lang().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (f.source() != null) {
            b.add(new TermQuery(new Term("source", f.source().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (f.entity() != null) {
            b.add(new TermQuery(new Term("entity", f.entity().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (f.q() != null && !f.q().isBlank()) {
            b.add(textQuery(f.q(), false), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /** A search hit: article or story id, score, highlighted snippet (HTML, matches in {@code <mark>}). */
    public record Hit(String kind, String id, float score, String snippet) {
    }

    /** Articles and stories matching a query (Lucene syntax, BM25), best first. */
    public List<Hit> search(String query, int limit, java.util.function.Function<String, String> articleText) throws ParseException {
        Query q = textQuery(query, false);
        return withSearcher(s -> {
            List<Hit> out = new ArrayList<>();
            StoredFields sf = s.storedFields();
            Query both = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, "a")), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(KIND, "s")), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc sd : s.search(both, limit).scoreDocs) {
                Document d = sf.document(sd.doc, java.util.Set.of("id", "json", "art"));
                boolean story = d.get("json") != null;
                String text = story ? storyText(d.get("json")) : articleText.apply(d.get("art"));
                out.add(new Hit(story ? "story" : "article", d.get("id"), sd.score, snippet(q, text)));
            }
            return out;
        });
    }

    private static String storyText(String json) {
        var n = Codec.tree(json);
        StringBuilder sb = new StringBuilder(n.path("title").asText());
        n.path("summary").forEach(c -> sb.append(' ').append(c.path("text").asText()));
        return sb.toString();
    }

    private String snippet(Query q, String text) {
        if (text == null) {
            return "";
        }
        String best = null;
        for (String field : TEXT_FIELDS) {
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                    new QueryScorer(q, field));
            h.setMaxDocCharsToAnalyze(200_000);
            try {
                String f = h.getBestFragments(analyzer.tokenStream(field, text), text, 2, " … ");
                if (f != null && !f.isBlank() && (best == null || f.length() > best.length())) {
                    best = f;
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // no snippet from this field
            }
        }
        if (best == null || best.isBlank()) {
            String t = text.length() > 200 ? text.substring(0, 200) + " …" : text;
            return new SimpleHTMLEncoder().encodeText(t);
        }
        return best;
    }

    private Query textQuery(String query, boolean anyTerm) throws ParseException {
        MultiFieldQueryParser p = new MultiFieldQueryParser(TEXT_FIELDS, analyzer);
        p.setDefaultOperator(anyTerm ? MultiFieldQueryParser.OR_OPERATOR : MultiFieldQueryParser.AND_OPERATOR);
        return p.parse(query);
    }

    public static String textField(String lang) {
        return "fr".equals(lang) ? "text_fr" : "en".equals(lang) ? "text_en" : "text";
    }

    public int count(String kind) {
        return withSearcher(s -> s.count(new TermQuery(new Term(KIND, kind))));
    }

    public boolean empty() {
        return withSearcher(s -> s.count(new MatchAllDocsQuery()) == 0);
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(Read<T> r) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return r.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document with(Document d, String key, String id) {
        d.add(new StringField(key, id, Field.Store.NO));
        return d;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback(); // uncommitted writes were never acknowledged
        dir.close();
    }
}

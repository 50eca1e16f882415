package org.revue.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import org.revue.ingest.Ingest;
import org.revue.model.Digest;
import org.revue.model.RawDocument;
import org.revue.render.JsonReader;
import org.revue.render.Renderer;
import org.revue.server.store.Codec;
import org.revue.server.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/** The HTTP API: thin handlers over the {@link Engine} and the {@link Store}; no pipeline logic here. */
final class Api {
    private static final String JSON_TYPE = "application/json";

    private final Engine engine;
    private final Store store;
    private final Metrics metrics;
    private final Events events;
    private final ServerConfig cfg;
    private final Semaphore inFlight = new Semaphore(256);
    private final Semaphore writes = new Semaphore(32);
    private final FeedService feeds;

    Api(ServerConfig cfg, Engine engine, Metrics metrics, Events events, FeedService feeds) {
        this.cfg = cfg;
        this.engine = engine;
        this.store = engine.store();
        this.metrics = metrics;
        this.events = events;
        this.feeds = feeds;
    }

    void routes(JavalinConfig c) {
        var r = c.routes;
        r.get("/api/health", limited(this::health));
        r.post("/api/articles", write(this::postArticles));
        r.post("/api/upload", write(this::upload));
        r.get("/api/stories", limited(this::stories));
        r.get("/api/stories/{id}", limited(this::story));
        r.get("/api/articles/{id}", limited(this::article));
        r.delete("/api/articles/{id}", write(this::deleteArticle));
        r.get("/api/search", limited(this::search));
        r.get("/api/entities/{name}", limited(this::entity));
        r.get("/api/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        r.get("/api/export", limited(this::export));
        r.post("/api/reprocess", write(ctx -> ctx.status(202).json(obj().put("queued", engine.reprocess()))));
        r.get("/api/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(resource("openapi.json")));
        r.get("/api/schema/output.json", ctx -> ctx.contentType(JSON_TYPE).result(schema()));
        r.get("/api/feeds", limited(ctx -> ctx.contentType(JSON_TYPE).result(feeds.list())));
        r.post("/api/feeds", write(ctx -> {
            FeedService.Added a = feeds.add(ctx.body(), ctx.contentType());
            ctx.status(a.error() == null ? 201 : 400).contentType(JSON_TYPE).result(a.json());
        }));
        r.sse("/api/events", events::join);
        r.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        r.exception(IllegalStateException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        r.exception(org.apache.lucene.queryparser.classic.ParseException.class,
                (e, ctx) -> error(ctx, 400, "cannot read the query: " + firstLine(e.getMessage())));
        r.error(404, ctx -> {
            if (ctx.attribute("revue.error") == null && ctx.resultInputStream() == null) { // a page's own 404 stays
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        r.error(413, ctx -> error(ctx, 413, "body too large (limit " + (cfg.maxBodyBytes() >> 20) + " MB)"));
        r.exception(Exception.class, (e, ctx) -> {
            if (e instanceof io.javalin.http.HttpResponseException h) {
                error(ctx, h.getStatus(), h.getStatus() == 413 ? "body too large (limit " + (cfg.maxBodyBytes() >> 20) + " MB)"
                        : h.getMessage());
                return;
            }
            e.printStackTrace();
            System.err.println("revue: serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
    }

    /** A request answered with an error: status and message. */
    static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    // ---- handlers ----

    private void health(Context ctx) {
        if (!engine.loaded()) {
            ctx.status(503);
        }
        ctx.json(obj().put("articles", engine.articles()).put("stories", engine.storyCount())
                .put("pending", engine.pending()).put("window", engine.windowSize()));
    }

    private void postArticles(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith(JSON_TYPE)) {
            throw new BadRequest(415, "wrong content type '" + type + "': send application/json");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new BadRequest(400, "empty body: send an article object or an array of them");
        }
        String text;
        try {
            text = org.revue.ingest.Decoder.decode(body).text();
        } catch (org.revue.ingest.Decoder.NotText e) {
            throw new BadRequest(400, "binary body, not JSON");
        }
        JsonNode root;
        try {
            root = Codec.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "malformed JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new BadRequest(400, "not an article: send a JSON object or an array of objects");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        List<RawDocument> docs = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            String[] warning = new String[1];
            RawDocument d = n.isObject() ? new Ingest((o, m) -> warning[0] = m).document(n, "item " + i) : null;
            if (d != null) {
                d = new RawDocument(d.id(), "article " + d.id(), d.title(), d.text(), d.html(), d.date(), d.url(), d.source(), d.lang());
            }
            docs.add(d);
            why.add(n.isObject() ? warning[0] : "not a JSON object");
        }
        answer(ctx, engine.accept(docs), why, items);
    }

    private void answer(Context ctx, Sink.Result r, List<String> why, List<JsonNode> items) {
        ObjectNode out = obj();
        ArrayNode acc = out.putArray("accepted");
        r.accepted().forEach(acc::add);
        ArrayNode errs = out.putArray("errors");
        for (Sink.Refused e : r.errors()) {
            ObjectNode n = errs.addObject();
            n.put("item", e.item());
            JsonNode given = items == null ? null : items.get(e.item()).get("id");
            n.put("id", e.id() != null ? e.id() : given == null || given.isNull() ? null : given.asText());
            String w = why == null ? null : why.get(e.item());
            n.put("error", w != null && e.error().equals("not an article") ? clean(w) : e.error());
        }
        ctx.status(202).json(out);
    }

    private static String clean(String warning) {
        return warning.replaceFirst(", skipped$", "");
    }

    private void upload(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw new BadRequest(400, "no file: send multipart/form-data with one or more files (.txt, .html, .jsonl)");
        }
        ArrayNode results = Codec.JSON.createArrayNode();
        for (UploadedFile f : files) {
            ObjectNode fr = results.addObject();
            fr.put("file", f.filename());
            List<String> warnings = new ArrayList<>();
            Path dir = Files.createTempDirectory("revue-upload");
            Path tmp = dir.resolve(Path.of(f.filename()).getFileName().toString());
            try (InputStream in = f.content()) {
                Files.copy(in, tmp);
                List<RawDocument> docs = new Ingest((o, m) -> warnings.add(m)).readFile(tmp);
                List<RawDocument> named = new ArrayList<>();
                for (RawDocument d : docs) {
                    named.add(new RawDocument(d.id(), "article " + d.id(), d.title(), d.text(), d.html(), d.date(), d.url(), d.source(), d.lang()));
                }
                Sink.Result r = named.isEmpty() ? new Sink.Result(List.of(), List.of()) : engine.accept(named);
                ArrayNode acc = fr.putArray("accepted");
                r.accepted().forEach(acc::add);
                ArrayNode errs = fr.putArray("errors");
                warnings.forEach(errs::add);
                r.errors().forEach(e -> errs.add((e.id() == null ? "" : e.id() + ": ") + e.error()));
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        }
        ctx.status(202).json(obj().set("files", results));
    }

    private void stories(Context ctx) throws org.apache.lucene.queryparser.classic.ParseException {
        int limit = intParam(ctx, "limit", 20, 1, 200);
        int offset = cursor(ctx.queryParam("cursor"));
        String sort = ctx.queryParam("sort");
        boolean biggest = "biggest".equals(sort);
        if (sort != null && !biggest && !"newest".equals(sort)) {
            throw new BadRequest(400, "sort is 'newest' or 'biggest'");
        }
        Store.StoryFilter f = new Store.StoryFilter(time(ctx, "since", false), time(ctx, "until", true),
                blank(ctx.queryParam("lang")), blank(ctx.queryParam("source")), blank(ctx.queryParam("entity")),
                blank(ctx.queryParam("q")));
        Store.Page p = store.stories(f, biggest, offset, limit);
        StringBuilder sb = new StringBuilder("{\"stories\":[");
        sb.append(String.join(",", p.json()));
        boolean more = offset + p.json().size() < p.total();
        sb.append("],\"total\":").append(p.total()).append(",\"next\":")
                .append(more ? "\"" + (offset + p.json().size()) + "\"" : "null").append('}');
        ctx.contentType(JSON_TYPE).result(sb.toString());
    }

    private void story(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        if (!List.of("json", "md", "html").contains(format)) {
            throw new BadRequest(400, "format is json, md or html");
        }
        if (format.equals("json")) {
            String json = store.story(id, false);
            if (json == null) {
                notFoundOrMoved(ctx, id);
                return;
            }
            ctx.contentType(JSON_TYPE).result(json);
            return;
        }
        String digest = store.story(id, true);
        if (digest == null) {
            notFoundOrMoved(ctx, id);
            return;
        }
        Digest d = JsonReader.digest(Codec.tree(digest));
        StringWriter w = new StringWriter();
        Renderer.forFormat(format).render(d, w);
        ctx.contentType(format.equals("md") ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8").result(w.toString());
    }

    private void notFoundOrMoved(Context ctx, String id) {
        String to = engine.redirect(id);
        if (to != null) {
            String q = ctx.queryString();
            ctx.status(301).header("Location", "/api/stories/" + to + (q == null ? "" : "?" + q))
                    .json(obj().put("movedTo", to));
            return;
        }
        throw new BadRequest(404, "no story '" + id + "'");
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Store.StoredArticle a = store.article(id);
        if (a == null) {
            throw new BadRequest(404, "no article '" + id + "'");
        }
        ctx.contentType(JSON_TYPE).result(articleJson(a).toString());
    }

    /** The article in the output contract, as its story's digest has it; while pending, what is known. */
    private ObjectNode articleJson(Store.StoredArticle a) {
        Engine.Placement p = engine.placement(a.id());
        if (p != null && a.art() != null) {
            String digest = store.story(p.story(), true);
            if (digest != null) {
                for (JsonNode n : Codec.tree(digest).path("articles")) {
                    if (n.path("id").asText().equals(a.id())) {
                        return (ObjectNode) n;
                    }
                }
            }
        }
        ObjectNode n = obj();
        RawDocument raw = Codec.raw(a.raw());
        n.put("id", a.id());
        n.put("title", raw.title());
        n.put("url", raw.url());
        n.put("source", raw.source());
        n.put("status", a.error() != null ? "error" : "pending");
        if (a.error() != null) {
            n.put("error", a.error());
        }
        return n;
    }

    private void deleteArticle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!engine.delete(id)) {
            throw new BadRequest(404, "no article '" + id + "'");
        }
        ctx.status(200).json(obj().put("deleted", id));
    }

    private void search(Context ctx) throws org.apache.lucene.queryparser.classic.ParseException {
        String q = blank(ctx.queryParam("q"));
        if (q == null) {
            throw new BadRequest(400, "give a query: ?q=");
        }
        int limit = intParam(ctx, "limit", 20, 1, 100);
        List<Store.Hit> hits = store.search(q, limit, art -> art == null ? null : Codec.tree(art).path("text").asText());
        ObjectNode out = obj().put("query", q);
        ArrayNode arr = out.putArray("hits");
        for (Store.Hit h : hits) {
            ObjectNode n = arr.addObject().put("kind", h.kind()).put("id", h.id()).put("score", h.score())
                    .put("snippet", h.snippet());
            if (h.kind().equals("article")) {
                Engine.Placement p = engine.placement(h.id());
                n.put("story", p == null ? null : p.story());
            }
        }
        ctx.json(out);
    }

    private void entity(Context ctx) throws org.apache.lucene.queryparser.classic.ParseException {
        String name = ctx.pathParam("name");
        Store.Page p = store.stories(new Store.StoryFilter(null, null, null, null, name, null), false, 0, 200);
        ObjectNode out = obj().put("name", name);
        ArrayNode sts = out.putArray("stories");
        ArrayNode quotes = out.putArray("quotes");
        String lower = name.toLowerCase(Locale.ROOT);
        for (String json : p.json()) {
            JsonNode s = Codec.tree(json);
            ObjectNode sn = sts.addObject().put("id", s.path("id").asText()).put("title", s.path("title").asText())
                    .put("updated", s.path("updated").asText());
            sn.set("first", s.path("stats").path("first"));
            sn.set("last", s.path("stats").path("last"));
            sn.put("articles", s.path("articles").size());
            String canonical = name;
            for (JsonNode e : s.path("entities")) {
                boolean match = e.path("name").asText().toLowerCase(Locale.ROOT).equals(lower);
                for (JsonNode al : e.path("aliases")) {
                    match |= al.asText().toLowerCase(Locale.ROOT).equals(lower);
                }
                if (match) {
                    canonical = e.path("name").asText();
                    sn.put("entity", canonical);
                    sn.put("mentions", e.path("mentions").asInt());
                    sn.put("type", e.path("type").asText());
                    break;
                }
            }
            for (JsonNode q : s.path("quotes")) {
                if (q.path("speaker").asText().equalsIgnoreCase(canonical)) {
                    ((ObjectNode) quotes.addObject().setAll((ObjectNode) q)).put("story", s.path("id").asText());
                }
            }
        }
        if (sts.isEmpty()) {
            throw new BadRequest(404, "no story names '" + name + "'");
        }
        ctx.json(out);
    }

    private void export(Context ctx) throws IOException {
        long since = 0;
        String s = ctx.queryParam("since");
        if (s != null && !s.isBlank()) {
            try {
                since = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "since is a sequence number (each line's 'seq')");
            }
        }
        ctx.contentType("application/x-ndjson; charset=utf-8");
        OutputStream out = ctx.outputStream();
        store.articlesSince(since, a -> {
            ObjectNode n = (ObjectNode) Codec.tree(a.raw());
            n.remove("origin");
            n.put("seq", a.seq());
            Engine.Placement p = engine.placement(a.id());
            n.put("event", p == null ? null : p.event());
            n.put("story", p == null ? null : p.story());
            n.put("duplicateOf", engine.duplicateOf(a.id()));
            try {
                out.write((n.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    // ---- guards ----

    private Handler limited(Handler h) {
        return ctx -> {
            if (!inFlight.tryAcquire()) {
                busy(ctx, "too many requests in flight");
                return;
            }
            try {
                h.handle(ctx);
            } finally {
                inFlight.release();
            }
        };
    }

    private Handler write(Handler h) {
        return ctx -> {
            if (cfg.token() != null && !authorized(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                error(ctx, 401, "writes need 'Authorization: Bearer <token>'");
                return;
            }
            if (ctx.req().getContentLengthLong() > cfg.maxBodyBytes()) {
                // refused on the declared length, before the body is read
                ctx.header("Connection", "close");
                error(ctx, 413, "body too large (limit " + (cfg.maxBodyBytes() >> 20) + " MB)");
                return;
            }
            if (engine.pending() > cfg.maxPending()) {
                busy(ctx, engine.pending() + " articles wait to be processed");
                return;
            }
            if (!writes.tryAcquire()) {
                busy(ctx, "too many writes in flight");
                return;
            }
            try {
                limited(h).handle(ctx);
            } finally {
                writes.release();
            }
        };
    }

    private boolean authorized(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(h.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                cfg.token().getBytes(StandardCharsets.UTF_8));
    }

    private static void busy(Context ctx, String why) {
        ctx.header("Retry-After", "1");
        error(ctx, 429, "busy: " + why + ", retry later");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute("revue.error", message);
        ctx.status(status).contentType(JSON_TYPE).result(obj().put("error", message).toString());
    }

    // ---- helpers ----

    private static ObjectNode obj() {
        return Codec.JSON.createObjectNode();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int intParam(Context ctx, String name, int def, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, name + " is a number");
        }
    }

    private static int cursor(String c) {
        if (c == null || c.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(c.strip()));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "unknown cursor '" + c + "'");
        }
    }

    /** since/until: an ISO date (a whole day) or instant, as epoch milliseconds. */
    private static Long time(Context ctx, String name, boolean endOfDay) {
        String v = blank(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - (endOfDay ? 1 : 0);
            }
            return Instant.parse(v).toEpochMilli();
        } catch (RuntimeException e) {
            throw new BadRequest(400, name + " is a date (YYYY-MM-DD) or an instant (2017-07-07T10:00:00Z)");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String schema() throws IOException {
        try (InputStream in = org.revue.render.JsonRenderer.class.getResourceAsStream("output.schema.json")) {
            if (in == null) {
                throw new IOException("missing output.schema.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.revue.server.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.revue.ingest.Decoder;
import org.revue.model.RawDocument;
import org.revue.model.Warnings;
import org.revue.server.Sink;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Polls every feed of a {@link Feeds} list (RSS or Atom) and hands its new or changed items to the sink,
 * one batch per feed poll. A teaser-only item gets its page fetched. Problems end up in the feed's
 * {@code lastError}; nothing thrown stops the other feeds or the schedule.
 */
public final class FeedPoller implements AutoCloseable {
    /** Below this much text, an item without full content is a teaser: its page is fetched. */
    static final int TEASER_CHARS = 400;

    /** How and how often to poll. */
    public record Settings(Duration interval, Duration timeout, long maxBytes, Duration hostGap, boolean allowPrivate) {
        public Settings {
            if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()
                    || maxBytes <= 0 || hostGap.isNegative()) {
                throw new IllegalArgumentException("interval, timeout and maxBytes must be positive, hostGap not negative");
            }
        }

        /** Every 15 min, 10 s timeouts, 10 MB bodies, one request per host per second, public addresses only. */
        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(15), Duration.ofSeconds(10), 10L << 20, Duration.ofSeconds(1), false);
        }

        public Settings withInterval(Duration d) {
            return new Settings(d, timeout, maxBytes, hostGap, allowPrivate);
        }

        public Settings withTimeout(Duration d) {
            return new Settings(interval, d, maxBytes, hostGap, allowPrivate);
        }

        public Settings withMaxBytes(long n) {
            return new Settings(interval, timeout, n, hostGap, allowPrivate);
        }

        public Settings withHostGap(Duration d) {
            return new Settings(interval, timeout, maxBytes, d, allowPrivate);
        }

        public Settings withAllowPrivate(boolean b) {
            return new Settings(interval, timeout, maxBytes, hostGap, b);
        }
    }

    private record Item(String key, String hash, RawDocument doc) {
    }

    private final Feeds feeds;
    private final Sink sink;
    private final Settings settings;
    private final Warnings warnings;
    private final Fetcher fetcher;
    private final ReentrantLock polling = new ReentrantLock();
    private ScheduledExecutorService timer;

    public FeedPoller(Feeds feeds, Sink sink, Settings settings, Warnings warnings) {
        this.feeds = feeds;
        this.sink = sink;
        this.settings = settings;
        this.warnings = warnings;
        this.fetcher = new Fetcher(settings.timeout(), settings.maxBytes(), settings.hostGap(), settings.allowPrivate());
    }

    public FeedPoller(Feeds feeds, Sink sink, Settings settings) {
        this(feeds, sink, settings, Warnings.STDERR);
    }

    /** Polls all feeds now, then every {@code interval}, on one daemon thread. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "revue-feeds");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule (a poll under way ends at its next request). */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown(); // a poll under way may end and save its state; then it is interrupted
            try {
                if (!timer.awaitTermination(2, TimeUnit.SECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    private void pollQuietly() {
        try {
            pollNow();
        } catch (Throwable t) {
            warnings.warn("feeds", "poll failed: " + t);
        }
    }

    /** Polls every feed once, one after the other, and returns when done. */
    public void pollNow() {
        for (FeedState s : feeds.list()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            poll(s.url());
        }
    }

    /** Polls one listed feed now; its new state (null when the URL is not listed). */
    public FeedState poll(String url) {
        polling.lock();
        try {
            FeedState before = feeds.get(url);
            if (before == null) {
                return null;
            }
            return pollFeed(before);
        } finally {
            polling.unlock();
        }
    }

    private FeedState pollFeed(FeedState st) {
        String now = Instant.now().toString();
        Map<String, String> ingested = new LinkedHashMap<>();
        FeedState next;
        try {
            next = fetchAndIngest(st, now, ingested);
        } catch (Fetcher.FetchException e) {
            next = failed(st, now, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return st;
        } catch (RuntimeException e) {
            next = failed(st, now, "error: " + e);
        }
        boolean interrupted = Thread.interrupted(); // an interrupt must not break the save half way
        try {
            feeds.update(next, ingested);
        } catch (IOException e) {
            warnings.warn(feeds.file().toString(), "cannot save the feed list: " + e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return next;
    }

    private static FeedState failed(FeedState st, String now, String error) {
        return new FeedState(st.url(), st.title(), now, st.items(), error, st.etag(), st.lastModified());
    }

    private FeedState fetchAndIngest(FeedState st, String now, Map<String, String> ingested)
            throws Fetcher.FetchException, InterruptedException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (st.etag() != null) {
            headers.put("If-None-Match", st.etag());
        }
        if (st.lastModified() != null) {
            headers.put("If-Modified-Since", st.lastModified());
        }
        Fetcher.Response r = fetcher.get(URI.create(st.url()), headers, "feed");
        if (r.status() == 304) {
            return new FeedState(st.url(), st.title(), now, st.items(), null, st.etag(), st.lastModified());
        }
        if (r.status() < 200 || r.status() >= 300) {
            throw new Fetcher.FetchException("feed answered HTTP " + r.status());
        }
        SyndFeed feed = parse(r.body(), r.contentType());
        String title = feed.getTitle() != null && !feed.getTitle().isBlank() ? feed.getTitle().strip() : st.title();
        String source = title != null ? title : URI.create(st.url()).getHost();
        List<String> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SyndEntry e : feed.getEntries()) {
            Item it = item(st.url(), e, source, lang(feed.getLanguage()), keys, problems);
            if (it != null) {
                items.add(it);
            }
        }
        long accepted = 0;
        boolean all = true;
        if (!items.isEmpty()) {
            Sink.Result res;
            try {
                res = sink.accept(items.stream().map(Item::doc).toList());
            } catch (RuntimeException e) {
                throw new Fetcher.FetchException("sink: " + e.getMessage()); // validators kept: the items come again
            }
            Set<String> ok = new HashSet<>(res.accepted());
            Map<Integer, Sink.Refused> refused = new HashMap<>();
            res.errors().forEach(x -> refused.put(x.item(), x));
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (refused.containsKey(i)) {
                    ingested.put(it.key(), it.hash()); // a refused item is not offered again until it changes
                    problems.add("item " + it.doc().id() + " refused: " + refused.get(i).error());
                } else if (ok.contains(it.doc().id())) {
                    ingested.put(it.key(), it.hash());
                    accepted++;
                } else {
                    all = false;
                }
            }
        }
        String error = problems.isEmpty() ? null : String.join("; ", problems);
        // new validators only once every item is accounted for, so that a 304 never hides one
        return all ? new FeedState(st.url(), title, now, st.items() + accepted, error, r.etag(), r.lastModified())
                : new FeedState(st.url(), title, now, st.items() + accepted, error, st.etag(), st.lastModified());
    }

    static SyndFeed parse(byte[] body, String contentType) throws Fetcher.FetchException {
        int i = 0;
        boolean bom = body.length >= 2 && ((body[0] & 0xff) == 0xEF || (body[0] & 0xff) == 0xFE || (body[0] & 0xff) == 0xFF);
        while (!bom && i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (!bom && (i == body.length || body[i] != '<')) {
            throw new Fetcher.FetchException("not a feed: not XML" + (contentType != null ? " (" + contentType + ")" : ""));
        }
        try {
            SyndFeedInput in = new SyndFeedInput(); // doctypes refused: no entities, no XXE
            return in.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
        } catch (FeedException | IllegalArgumentException | IOException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            int nl = m.indexOf('\n');
            throw new Fetcher.FetchException("not a feed: " + (nl < 0 ? m : m.substring(0, nl)));
        }
    }

    /** One new or changed entry as a document to ingest; null when already ingested, repeated or empty. */
    private Item item(String feedUrl, SyndEntry e, String source, String lang, Set<String> keys, List<String> problems)
            throws InterruptedException {
        String title = e.getTitle() == null || e.getTitle().isBlank() ? null : Jsoup.parse(e.getTitle()).text().strip();
        String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
        String content = html(e.getContents());
        String description = e.getDescription() == null ? null : html(List.of(e.getDescription()));
        String body = content != null ? content : description;
        if (body == null && title == null) {
            return null;
        }
        String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip()
                : link != null ? link : "hash:" + hash(title + "\n" + body);
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate date = d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
        String hash = hash(title + "\n" + link + "\n" + e.getUpdatedDate() + "\n" + e.getPublishedDate() + "\n" + body);
        if (!keys.add(key) || hash.equals(feeds.seen(feedUrl, key))) {
            return null; // before any page fetch
        }
        String id = idOf(key);
        String origin = link != null ? link : feedUrl;
        String html = null;
        boolean teaser = content == null && link != null && (body == null || Jsoup.parse(body).text().strip().length() < TEASER_CHARS);
        if (teaser) {
            try {
                html = page(link);
            } catch (Fetcher.FetchException x) {
                problems.add("page " + link + ": " + x.getMessage());
            }
        }
        if (html == null) {
            html = "<html><body><article>" + (body == null ? "" : body) + "</article></body></html>";
        }
        return new Item(key, hash, new RawDocument(id, origin, title, null, html, date, link, source, lang));
    }

    /** The page of a teaser, as HTML text. */
    private String page(String link) throws Fetcher.FetchException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException x) {
            throw new Fetcher.FetchException("bad link");
        }
        Fetcher.Response r = fetcher.get(uri, Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"), "page");
        if (r.status() < 200 || r.status() >= 300) {
            throw new Fetcher.FetchException("HTTP " + r.status());
        }
        String ct = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        if (!ct.isEmpty() && !ct.contains("html")) {
            throw new Fetcher.FetchException("not an HTML page (" + r.contentType() + ")");
        }
        try {
            return Decoder.decodeHtml(r.body(), r.contentType()).text();
        } catch (Decoder.NotText x) {
            throw new Fetcher.FetchException(x.getMessage());
        }
    }

    /** The entry's content as HTML (plain text escaped), or null when empty. */
    private static String html(List<SyndContent> parts) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : parts) {
            if (c == null || c.getValue() == null || c.getValue().isBlank()) {
                continue;
            }
            String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
            sb.append(type.contains("html") || type.contains("xml") ? c.getValue()
                    : "<p>" + Entities.escape(c.getValue()) + "</p>");
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** "fr" from "fr-FR"; null when absent or odd. */
    private static String lang(String l) {
        if (l == null) {
            return null;
        }
        String p = l.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return p.matches("[a-z]{2,3}") ? p : null;
    }

    /** The article id of a feed item: stable across polls and restarts. */
    static String idOf(String key) {
        return "feed-" + hash(key);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

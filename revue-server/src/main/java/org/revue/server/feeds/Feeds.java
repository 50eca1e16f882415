package org.revue.server.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feeds polled, with the keys (and content hashes) of the items already ingested from each, persisted as
 * JSON in one file (rewritten atomically on every change). Thread-safe.
 */
public final class Feeds {
    /** Item keys remembered per feed (the most recent); an older item that comes back replaces itself. */
    static final int MAX_KEYS = 500;

    /** The file's form. */
    record Stored(List<StoredFeed> feeds) {
    }

    record StoredFeed(FeedState state, Map<String, String> seen) {
    }

    private final Path file;
    private final Map<String, FeedState> states = new LinkedHashMap<>();
    private final Map<String, LinkedHashMap<String, String>> seen = new LinkedHashMap<>();

    /** No feeds yet; the first change writes {@code file} (replacing what it held: see {@link #load}). */
    public Feeds(Path file) {
        this.file = file;
    }

    /** The feeds saved in {@code file}, or none when it does not exist yet. */
    public static Feeds load(Path file) throws IOException {
        Feeds f = new Feeds(file);
        if (Files.exists(file)) {
            Stored s = StateFile.read(file, Stored.class);
            for (StoredFeed sf : s.feeds() == null ? List.<StoredFeed>of() : s.feeds()) {
                if (sf.state() != null && sf.state().url() != null) {
                    f.states.put(sf.state().url(), sf.state());
                    f.seen.put(sf.state().url(), sf.seen() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sf.seen()));
                }
            }
        }
        return f;
    }

    public Path file() {
        return file;
    }

    public synchronized List<FeedState> list() {
        return List.copyOf(states.values());
    }

    /** The feed's state, or null when it is not listed. */
    public synchronized FeedState get(String url) {
        return states.get(url);
    }

    /** Adds a feed (an absolute http/https URL) and saves; a feed already listed is returned as it is. */
    public synchronized FeedState add(String url) throws IOException {
        FeedState s = put(url, null);
        save();
        return s;
    }

    /** Adds every feed of an OPML document (outlines with an {@code xmlUrl}, nested or not) and saves. */
    public synchronized List<FeedState> addOpml(String xml) throws IOException {
        List<FeedState> out = new ArrayList<>();
        for (Opml.Outline o : Opml.parse(xml)) {
            try {
                out.add(put(o.url(), o.title()));
            } catch (IllegalArgumentException e) {
                // an outline with an unusable URL is skipped
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no http or https feed in this OPML");
        }
        save();
        return out;
    }

    /** An OPML document (starts with '<'), else URLs one a line ('#' starts a comment). */
    public List<FeedState> addText(String body) throws IOException {
        String t = body.strip();
        if (t.startsWith("<") || t.startsWith("\uFEFF")) {
            return addOpml(t);
        }
        List<FeedState> out = new ArrayList<>();
        synchronized (this) {
            for (String line : t.split("\r?\n")) {
                String u = line.strip();
                if (!u.isEmpty() && !u.startsWith("#")) {
                    out.add(put(u, null));
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no feed URL given");
            }
            save();
        }
        return out;
    }

    public synchronized boolean remove(String url) throws IOException {
        if (states.remove(url) == null) {
            return false;
        }
        seen.remove(url);
        save();
        return true;
    }

    private FeedState put(String url, String title) {
        String u = checkUrl(url);
        FeedState s = states.get(u);
        if (s == null) {
            s = FeedState.of(u, title);
            seen.put(u, new LinkedHashMap<>());
        } else if (s.title() == null && title != null) {
            s = new FeedState(u, title, s.lastPoll(), s.items(), s.lastError(), s.etag(), s.lastModified());
        }
        states.put(u, s);
        return s;
    }

    /** The URL stripped, when absolute http or https with a host. */
    static String checkUrl(String url) {
        String u = url == null ? "" : url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http or https URL: " + u);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + u);
        }
    }

    /** The content hash recorded for the item key, or null when the item is new. */
    synchronized String seen(String url, String key) {
        Map<String, String> m = seen.get(url);
        return m == null ? null : m.get(key);
    }

    /** Records a poll: the feed's new state and the items now ingested (key to hash); ignored if removed meanwhile. */
    synchronized void update(FeedState state, Map<String, String> ingested) throws IOException {
        if (!states.containsKey(state.url())) {
            return;
        }
        states.put(state.url(), state);
        LinkedHashMap<String, String> m = seen.computeIfAbsent(state.url(), k -> new LinkedHashMap<>());
        for (Map.Entry<String, String> e : ingested.entrySet()) {
            m.remove(e.getKey()); // re-inserted last: the most recent are kept
            m.put(e.getKey(), e.getValue());
        }
        while (m.size() > MAX_KEYS) {
            m.remove(m.keySet().iterator().next());
        }
        save();
    }

    private void save() throws IOException {
        List<StoredFeed> out = new ArrayList<>();
        for (FeedState s : states.values()) {
            out.add(new StoredFeed(s, seen.getOrDefault(s.url(), new LinkedHashMap<>())));
        }
        StateFile.write(file, new Stored(out));
    }
}

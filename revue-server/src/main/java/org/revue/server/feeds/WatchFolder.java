package org.revue.server.feeds;

import org.revue.ingest.Ingest;
import org.revue.model.RawDocument;
import org.revue.model.Warnings;
import org.revue.server.Sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A folder whose new files (.txt, .html, .jsonl, in it or its sub-folders) are read with {@link Ingest} and
 * handed to the sink once. The folder is listed every few seconds; a file is taken once its size and
 * modification time stayed the same between two scans (so one still being written waits), and remembered
 * by path, size and modification time in a JSON state file: a restart does not take it again, a changed
 * file is taken again (its documents keep their ids, so they replace the earlier ones).
 */
public final class WatchFolder implements AutoCloseable {
    static final int MAX_DEPTH = 8;

    /** A file as last seen. */
    record Seen(long size, long mtime) {
    }

    /** The state file's form: relative path to the file as ingested. */
    record Stored(Map<String, Seen> files) {
    }

    private final Path dir;
    private final Path stateFile;
    private final Sink sink;
    private final Warnings warnings;
    private final Ingest ingest;
    private final Map<String, Seen> done = new LinkedHashMap<>();
    private final Map<String, Seen> pending = new HashMap<>();
    private ScheduledExecutorService timer;

    /** Reads the state file when it exists. */
    public WatchFolder(Path dir, Path stateFile, Sink sink, Warnings warnings) throws IOException {
        this.dir = dir;
        this.stateFile = stateFile;
        this.sink = sink;
        this.warnings = warnings;
        this.ingest = new Ingest(warnings);
        if (Files.exists(stateFile)) {
            Stored s = StateFile.read(stateFile, Stored.class);
            if (s.files() != null) {
                done.putAll(s.files());
            }
        }
    }

    /** Scans now, then every {@code every}, on one daemon thread. */
    public synchronized void start(Duration every) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "revue-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                scanNow();
            } catch (Throwable t) {
                warnings.warn(dir.toString(), "scan failed: " + t);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** One scan: the number of documents handed to the sink. */
    public synchronized int scanNow() {
        Map<String, Path> present = new LinkedHashMap<>();
        Map<String, Seen> now = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            warnings.warn(dir.toString(), "watched folder missing");
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                if (!wanted(f)) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        String key = dir.relativize(f).toString().replace('\\', '/');
                        present.put(key, f);
                        now.put(key, new Seen(a.size(), a.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // gone since listed: next scan
                }
            }
        } catch (IOException | RuntimeException e) {
            warnings.warn(dir.toString(), "cannot list the watched folder: " + e.getMessage());
            return 0;
        }
        int handed = 0;
        boolean changed = done.keySet().retainAll(present.keySet()); // forget files removed
        pending.keySet().retainAll(present.keySet());
        for (Map.Entry<String, Path> e : present.entrySet()) {
            String key = e.getKey();
            Seen seen = now.get(key);
            if (seen.equals(done.get(key))) {
                continue;
            }
            if (!seen.equals(pending.put(key, seen))) {
                continue; // new or still changing: wait for the next scan
            }
            List<RawDocument> docs = ingest.readFile(e.getValue()); // Ingest reports unusable files itself
            if (!docs.isEmpty()) {
                try {
                    Sink.Result r = sink.accept(docs);
                    handed += docs.size();
                    for (Sink.Refused x : r.errors()) {
                        warnings.warn(e.getValue().toString(), "item " + (x.id() != null ? x.id() : "#" + x.item())
                                + " refused: " + x.error());
                    }
                } catch (RuntimeException x) {
                    warnings.warn(e.getValue().toString(), "not ingested, will retry: " + x.getMessage());
                    continue;
                }
            }
            pending.remove(key);
            done.put(key, seen);
            changed = true;
        }
        if (changed) {
            try {
                StateFile.write(stateFile, new Stored(new LinkedHashMap<>(done)));
            } catch (IOException x) {
                warnings.warn(stateFile.toString(), "cannot save the watch state: " + x.getMessage());
            }
        }
        return handed;
    }

    private boolean wanted(Path f) {
        if (f.equals(dir)) {
            return false;
        }
        for (Path part : dir.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return false; // hidden files and folders, editors' and copiers' temp files
            }
        }
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson").anyMatch(n::endsWith);
    }

    /** The files ingested, as relative paths (for tests and status). */
    synchronized List<String> ingested() {
        return new ArrayList<>(done.keySet());
    }
}

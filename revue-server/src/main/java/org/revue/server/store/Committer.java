package org.revue.server.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Group commit: writers hand their writes to one thread, which applies all that are waiting, commits once
 * (one fsync for all) and only then answers each of them. A write's future completes when it is durable.
 */
public final class Committer implements AutoCloseable {
    /** Writes to apply to the store. */
    @FunctionalInterface
    public interface Writes {
        void apply(Store s) throws IOException;
    }

    private record Job(Writes writes, CompletableFuture<Void> done) {
    }

    private final Store store;
    private final Supplier<Map<String, String>> meta;
    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long commits;

    public Committer(Store store, Supplier<Map<String, String>> meta) {
        this.store = store;
        this.meta = meta;
        thread = new Thread(this::loop, "revue-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Applies the writes with the next group commit; the future completes once they are durable. */
    public CompletableFuture<Void> submit(Writes w) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (!running) {
            f.completeExceptionally(new IOException("the store is closed"));
            return f;
        }
        queue.add(new Job(w, f));
        return f;
    }

    public long commits() {
        return commits;
    }

    private void loop() {
        List<Job> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 10_000);
                List<Job> applied = new ArrayList<>();
                for (Job j : batch) {
                    try {
                        j.writes().apply(store);
                        applied.add(j);
                    } catch (IOException | RuntimeException e) {
                        j.done().completeExceptionally(e);
                    }
                }
                try {
                    store.commit(meta.get());
                    commits++;
                    applied.forEach(j -> j.done().complete(null));
                } catch (IOException | RuntimeException e) {
                    applied.forEach(j -> j.done().completeExceptionally(e));
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}

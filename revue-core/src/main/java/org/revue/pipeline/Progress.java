package org.revue.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/** Progress of a long run, reported on stderr at most every two seconds; silent for small runs. */
public final class Progress {
    public static final Progress NONE = new Progress(false);

    private final boolean on;
    private final long start = System.nanoTime();
    private final AtomicInteger ticks = new AtomicInteger();
    private volatile long lastReport = System.nanoTime();

    public Progress(boolean on) {
        this.on = on;
    }

    void tick(String what, int total) {
        int n = ticks.incrementAndGet();
        long now = System.nanoTime();
        if (on && now - lastReport > 2_000_000_000L) {
            lastReport = now;
            System.err.printf("revue: %s %d/%d (%.1f s)%n", what, n, total, (now - start) / 1e9);
        }
    }

    void stage(String what, int count) {
        ticks.set(0);
        if (on) {
            System.err.printf("revue: %s %d (%.1f s)%n", what, count, (System.nanoTime() - start) / 1e9);
        }
    }
}

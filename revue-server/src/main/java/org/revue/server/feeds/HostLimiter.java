package org.revue.server.feeds;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** At most one request per host per interval: {@link #acquire} waits for the host's next free slot. */
final class HostLimiter {
    private final long gapNanos;
    private final Map<String, Long> next = new HashMap<>();

    HostLimiter(Duration gap) {
        this.gapNanos = gap.toNanos();
    }

    void acquire(String host) throws InterruptedException {
        if (gapNanos <= 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            String h = host.toLowerCase(Locale.ROOT);
            Long free = next.get(h);
            slot = free == null || free - now < 0 ? now : free;
            next.put(h, slot + gapNanos);
            if (next.size() > 10_000) {
                next.values().removeIf(t -> t - now < 0); // forget hosts whose slot has passed
            }
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}

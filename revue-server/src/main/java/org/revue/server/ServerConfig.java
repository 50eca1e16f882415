package org.revue.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server runs. {@code windowDays}: a story whose newest article is that many days older than the
 * newest article seen is closed (kept in the store, out of memory, reopened when a new article matches it);
 * {@code maxWindow}: at most that many articles stay open in memory.
 */
public record ServerConfig(Path data, String host, int port, String token, boolean allowPrivateFeeds,
                           Path feeds, Path watch, long maxBodyBytes, long maxItemBytes, int windowDays,
                           int maxWindow, int maxPending, Duration feedInterval, java.util.List<String> webhooks) {

    public static ServerConfig defaults(Path data) {
        return new ServerConfig(data, "127.0.0.1", 8080, null, false, null, null, 32L << 20, 8L << 20, 60,
                20_000, 50_000, Duration.ofMinutes(10), java.util.List.of());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(data, host, p, token, allowPrivateFeeds, feeds, watch, maxBodyBytes, maxItemBytes,
                windowDays, maxWindow, maxPending, feedInterval, webhooks);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(data, host, port, t, allowPrivateFeeds, feeds, watch, maxBodyBytes, maxItemBytes,
                windowDays, maxWindow, maxPending, feedInterval, webhooks);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(data, h, port, token, allowPrivateFeeds, feeds, watch, maxBodyBytes, maxItemBytes,
                windowDays, maxWindow, maxPending, feedInterval, webhooks);
    }

    public ServerConfig withFeeds(Path f, Path w, boolean allowPrivate, Duration interval) {
        return new ServerConfig(data, host, port, token, allowPrivate, f, w, maxBodyBytes, maxItemBytes,
                windowDays, maxWindow, maxPending, interval, webhooks);
    }

    public ServerConfig withWindow(int days, int max) {
        return new ServerConfig(data, host, port, token, allowPrivateFeeds, feeds, watch, maxBodyBytes, maxItemBytes,
                days, max, maxPending, feedInterval, webhooks);
    }

    public ServerConfig withWebhooks(java.util.List<String> w) {
        return new ServerConfig(data, host, port, token, allowPrivateFeeds, feeds, watch, maxBodyBytes, maxItemBytes,
                windowDays, maxWindow, maxPending, feedInterval, w);
    }

    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}

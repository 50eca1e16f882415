package org.revue.server;

import io.javalin.Javalin;
import org.revue.server.store.Store;

import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code ./revue serve}: the embedded store, the engine, the feeds and the HTTP API, started together.
 * {@link #start} returns once the store is loaded and the port is listening.
 */
public final class RevueServer implements AutoCloseable {
    private final Store store;
    private final Engine engine;
    private final Javalin app;
    private final FeedService feeds;

    private RevueServer(Store store, Engine engine, Javalin app, FeedService feeds) {
        this.store = store;
        this.engine = engine;
        this.app = app;
        this.feeds = feeds;
    }

    public static RevueServer start(ServerConfig cfg) throws IOException {
        if (!cfg.loopback() && (cfg.token() == null || cfg.token().isBlank())) {
            throw new IllegalArgumentException("listening on " + cfg.host() + " (not loopback) needs --token: every write must carry it");
        }
        Files.createDirectories(cfg.data());
        Store store = new Store(cfg.data());
        Metrics metrics = new Metrics();
        Events events = new Events(cfg.webhooks());
        Engine engine = new Engine(cfg, store, metrics, events);
        metrics.gauge("revue_pending", engine::pending);
        metrics.gauge("revue_articles", engine::articles);
        metrics.gauge("revue_stories", engine::storyCount);
        metrics.gauge("revue_window_articles", engine::windowSize);
        metrics.gauge("revue_sse_clients", events::clients);
        FeedService feeds = new FeedService(cfg, engine);
        Api api = new Api(cfg, engine, metrics, events, feeds);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = cfg.maxBodyBytes();
            c.jetty.host = cfg.host();
            c.jetty.port = cfg.port();
            c.jetty.multipartConfig.maxFileSize(cfg.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(cfg.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            c.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(30_000));
            c.requestLogger.http((ctx, ms) -> metrics.request(route(ctx), ctx.statusCode(), (long) (ms * 1_000_000)));
            api.routes(c);
            new org.revue.server.web.Web(engine, feeds::list, cfg.token() != null && !cfg.token().isBlank()).routes(c);
        });
        app.start();
        return new RevueServer(store, engine, app, feeds);
    }

    /** The matched route's path, or "unmatched" (Javalin throws when no endpoint matched). */
    private static String route(io.javalin.http.Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    public int port() {
        return app.port();
    }

    /** The HTTP routes, as "METHOD /path" (Javalin's path syntax: {param}). */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() throws Exception {
        app.stop();
        feeds.close();
        engine.close();
        store.close();
    }

    /** For tests that run the server in a process of its own: {@code RevueServer DATA_DIR [PORT]}. */
    public static void main(String[] args) throws Exception {
        ServerConfig cfg = ServerConfig.defaults(java.nio.file.Path.of(args[0])).withPort(args.length > 1 ? Integer.parseInt(args[1]) : 0);
        RevueServer s = start(cfg);
        System.out.println("revue: listening on http://" + cfg.host() + ":" + s.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}

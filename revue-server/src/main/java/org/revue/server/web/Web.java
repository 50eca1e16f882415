package org.revue.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.revue.server.Engine;

import java.util.function.Supplier;

/**
 * The web pages, rendered on the server (readable without JavaScript; the script adds live updates, filters
 * without reload, uploads with progress, watchlists). Registered next to the API by {@link #routes}.
 */
public final class Web {
    /** The Content-Security-Policy of every page: nothing from elsewhere, no inline script. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private final Reads reads;
    private final Supplier<String> feeds;
    private final boolean tokenRequired;

    /** {@code feeds}: the feeds as GET /api/feeds lists them; {@code tokenRequired}: writes need a token. */
    public Web(Engine engine, Supplier<String> feeds, boolean tokenRequired) {
        this.reads = new Reads(engine);
        this.feeds = feeds;
        this.tokenRequired = tokenRequired;
    }

    public void routes(JavalinConfig c) {
        var r = c.routes;
        r.get("/", timed(ctx -> send(ctx, new FrontPage(reads).render(ctx, Ui.of(ctx)))));
        r.get("/stories/{id}", timed(ctx -> new StoryPage(reads).handle(ctx, Ui.of(ctx))));
        r.get("/articles/{id}", timed(ctx -> new ArticlePage(reads).handle(ctx, Ui.of(ctx))));
        r.get("/entities/{name}", timed(ctx -> new EntityPage(reads).handle(ctx, Ui.of(ctx))));
        r.get("/search", timed(ctx -> send(ctx, new SearchPage(reads).render(ctx, Ui.of(ctx)))));
        r.get("/sources", timed(ctx -> send(ctx, SourcesPage.render(ctx, Ui.of(ctx), feeds.get(), tokenRequired))));
        r.get("/review", timed(ctx -> send(ctx, new ReviewPage(reads).render(ctx, Ui.of(ctx)))));
        r.get("/review.md", timed(ctx -> new ReviewPage(reads).markdown(ctx)));
        r.get("/assets/{file}", Assets::serve);
        r.get("/favicon.ico", ctx -> ctx.redirect(Assets.url("icon.svg"), io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    }

    private static final String T0 = "revue.web.t0";

    private static io.javalin.http.Handler timed(io.javalin.http.Handler h) {
        return ctx -> {
            ctx.attribute(T0, System.nanoTime());
            h.handle(ctx);
        };
    }

    /** An HTML page, with its security headers and how long it took to render (Server-Timing). */
    static void send(Context ctx, String html) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Vary", "Accept-Language, Cookie");
        ctx.header("Cache-Control", "no-cache");
        Long t0 = ctx.attribute(T0);
        if (t0 != null) {
            ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "render;dur=%.2f", (System.nanoTime() - t0) / 1e6));
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /** A page telling the thing is not there, with status 404. */
    static void notFound(Context ctx, Ui ui, String message) {
        ctx.status(404);
        send(ctx, Layout.page(ctx, ui, ui.t("notfound"), "missing", "<h1>" + Html.esc(ui.t("notfound")) + "</h1><p>"
                + Html.esc(message) + "</p><p><a href=\"/\">" + Html.esc(ui.t("nav.front")) + "</a></p>"));
    }
}

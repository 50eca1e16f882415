package org.revue.server.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The static files, read once from the jar: the stylesheet (shared with digest's HTML report, from revue-core),
 * the script and the icon. URLs carry a version so browsers may keep them for a year.
 */
final class Assets {
    record Asset(byte[] bytes, String type, String version) {
    }

    static final Map<String, Asset> FILES = Map.of(
            "revue.css", load(org.revue.render.HtmlRenderer.class, "revue.css", "text/css; charset=utf-8"),
            "revue.js", load(Assets.class, "revue.js", "text/javascript; charset=utf-8"),
            "icon.svg", load(Assets.class, "icon.svg", "image/svg+xml"));

    private Assets() {
    }

    private static Asset load(Class<?> near, String name, String type) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            byte[] b = in.readAllBytes();
            return new Asset(b, type, Integer.toHexString(java.util.Arrays.hashCode(b)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "/assets/revue.css?v=…". */
    static String url(String name) {
        return "/assets/" + name + "?v=" + FILES.get(name).version();
    }

    static void serve(Context ctx) {
        Asset a = FILES.get(ctx.pathParam("file"));
        if (a == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such file");
            return;
        }
        boolean versioned = a.version().equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(a.type()).result(a.bytes());
    }
}

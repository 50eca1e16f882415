package org.revue.server.web;

import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** The frame of every page: head, skip link, banner with navigation, search and language, main, footer. */
final class Layout {
    /** The client script's words, per language. */
    private static final List<String> JS_KEYS = List.of("live.new.one", "live.new.many", "live.show", "live.updated",
            "watch.follow.entity", "watch.follow.query", "watch.unfollow", "watch.match", "watch.new", "watch.remove",
            "watch.empty", "story.fresh.one", "story.fresh.many", "story.new.badge", "sources.accepted", "sources.failed", "sources.added",
            "sources.never", "sources.ok", "sources.none");

    private Layout() {
    }

    static String page(Context ctx, Ui ui, String title, String kind, String main) {
        StringBuilder sb = new StringBuilder(main.length() + 4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(ui.lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · Revue</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(Assets.url("revue.css")).append("\">")
                .append("<link rel=\"icon\" href=\"").append(Assets.url("icon.svg")).append("\" type=\"image/svg+xml\">")
                .append("<script src=\"").append(Assets.url("revue.js")).append("\" defer></script>")
                .append("</head>\n<body data-page=\"").append(kind).append("\">\n")
                .append("<a class=\"skip\" href=\"#main\">").append(Html.esc(ui.t("skip"))).append("</a>\n")
                .append("<header class=\"top\"><div class=\"bar\">")
                .append("<a class=\"brand\" href=\"/\">Revue <span>").append(Html.esc(ui.t("site.tagline"))).append("</span></a>")
                .append("<nav aria-label=\"").append(Html.esc(ui.t("nav"))).append("\"><ul>");
        link(sb, "/", ui.t("nav.front"), kind.equals("front"));
        link(sb, "/review", ui.t("nav.review"), kind.equals("review"));
        link(sb, "/sources", ui.t("nav.sources"), kind.equals("sources"));
        sb.append("</ul></nav>")
                .append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">")
                .append("<label for=\"q\" class=\"vh\">").append(Html.esc(ui.t("search.label"))).append("</label>")
                .append("<input type=\"search\" id=\"q\" name=\"q\" value=\"")
                .append(Html.esc(kind.equals("search") ? ctx.queryParam("q") : "")).append("\">")
                .append("<button type=\"submit\">").append(Html.esc(ui.t("search"))).append("</button></form>");
        String other = ui.t("lang.other.code");
        sb.append("<a class=\"lang\" href=\"").append(Html.esc(switchLang(ctx, other))).append("\" hreflang=\"").append(other)
                .append("\" lang=\"").append(other).append("\">").append(Html.esc(ui.t("lang.other"))).append("</a>")
                .append("</div></header>\n<main id=\"main\" tabindex=\"-1\">\n").append(main).append("\n</main>\n")
                .append("<footer class=\"foot\"><p>").append(Html.esc(ui.t("footer"))).append(" <a href=\"/api/openapi.json\">")
                .append(Html.esc(ui.t("api"))).append("</a></p></footer>\n")
                .append("<script type=\"application/json\" id=\"ui-words\">").append(Html.json(words(ui))).append("</script>\n")
                .append("</body></html>\n");
        return sb.toString();
    }

    private static void link(StringBuilder sb, String href, String text, boolean current) {
        sb.append("<li><a href=\"").append(href).append("\"").append(current ? " aria-current=\"page\"" : "").append(">")
                .append(Html.esc(text)).append("</a></li>");
    }

    /** The same page in the other language. */
    private static String switchLang(Context ctx, String lang) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!e.getKey().equals(Ui.PARAM)) {
                for (String v : e.getValue()) {
                    q.append(Html.q(e.getKey())).append('=').append(Html.q(v)).append('&');
                }
            }
        }
        return ctx.path() + "?" + q + Ui.PARAM + "=" + lang;
    }

    private static String words(Ui ui) {
        com.fasterxml.jackson.databind.node.ObjectNode n = org.revue.server.store.Codec.JSON.createObjectNode();
        n.put("lang", ui.lang);
        for (String k : JS_KEYS) {
            n.put(k, ui.t(k));
        }
        return n.toString();
    }

    /** A section heading with its id, for aria-labelledby. */
    static String h2(String id, String text) {
        return "<h2 id=\"" + id + "\">" + Html.esc(text) + "</h2>";
    }
}

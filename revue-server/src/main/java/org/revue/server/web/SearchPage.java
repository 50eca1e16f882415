package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.revue.server.Engine;
import org.revue.server.store.Codec;
import org.revue.server.store.Store;

import java.util.List;

/** Search over articles and stories, with the store's highlighted snippets. */
final class SearchPage {
    private final Reads reads;

    SearchPage(Reads reads) {
        this.reads = reads;
    }

    String render(Context ctx, Ui ui) {
        String q = FrontPage.blank(ctx.queryParam("q"));
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("<section class=\"search-page\" aria-labelledby=\"h-search\">");
        if (q == null) {
            sb.append("<h1 id=\"h-search\">").append(Html.esc(ui.t("search.title"))).append("</h1><p class=\"empty\">")
                    .append(Html.esc(ui.t("search.ask"))).append("</p></section>");
            return Layout.page(ctx, ui, ui.t("search.title"), "search", sb.toString());
        }
        List<Store.Hit> hits = reads.search(q, 20);
        sb.append("<h1 id=\"h-search\">").append(Html.esc(ui.t("search.results", q))).append("</h1>")
                .append("<p><button type=\"button\" class=\"follow\" data-kind=\"query\" data-value=\"").append(Html.esc(q))
                .append("\" hidden>").append(Html.esc(ui.t("watch.follow.query"))).append("</button></p>");
        if (hits.isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.esc(ui.t("search.none", q))).append("</p>");
        } else {
            sb.append("<ol class=\"hits\">");
            for (Store.Hit h : hits) {
                hit(sb, ui, h);
            }
            sb.append("</ol>");
        }
        sb.append("</section>");
        return Layout.page(ctx, ui, ui.t("search.results", q), "search", sb.toString());
    }

    private void hit(StringBuilder sb, Ui ui, Store.Hit h) {
        boolean story = h.kind().equals("story");
        String title = h.id();
        String meta = "";
        String inStory = null;
        if (story) {
            Card c = reads.story(h.id());
            if (c == null) {
                return;
            }
            title = c.title();
            meta = ui.n(c.articles(), "articles");
        } else {
            Store.StoredArticle a = reads.store.article(h.id());
            if (a == null) {
                return;
            }
            if (a.art() != null) {
                JsonNode n = Codec.tree(a.art());
                title = n.path("title").asText(h.id());
                meta = n.path("source").asText("");
            }
            Engine.Placement p = reads.engine.placement(h.id());
            inStory = p == null ? null : p.story();
        }
        sb.append("<li class=\"hit\"><span class=\"kind\">").append(Html.esc(ui.t("search.kind." + h.kind()))).append("</span> ")
                .append("<a href=\"/").append(story ? "stories/" : "articles/").append(Html.seg(h.id())).append("\">")
                .append(Html.esc(title)).append("</a>");
        if (!meta.isEmpty()) {
            sb.append(" <span class=\"meta\">").append(Html.esc(meta)).append("</span>");
        }
        // the snippet is the store's highlighter output: text HTML-encoded, matches in <mark>
        sb.append("<p class=\"snippet\">").append(h.snippet()).append("</p>");
        if (inStory != null) {
            Card c = reads.story(inStory);
            if (c != null) {
                sb.append("<p class=\"meta\">").append(Html.esc(ui.t("search.inStory"))).append(" <a href=\"/stories/")
                        .append(Html.seg(c.id())).append("\">").append(Html.esc(c.title())).append("</a></p>");
            }
        }
        sb.append("</li>");
    }
}

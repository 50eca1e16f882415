package org.revue.server.web;

import io.javalin.http.Context;
import org.revue.model.Article;
import org.revue.model.RawDocument;
import org.revue.model.Sentence;
import org.revue.server.Engine;
import org.revue.server.store.Codec;
import org.revue.server.store.Store;

/**
 * An article: title, source, date, its story, and its clean text where every sentence has an id
 * ({@code #s3}) so a citation lands on it; {@code ?hl=3} marks that sentence.
 */
final class ArticlePage {
    private final Reads reads;

    ArticlePage(Reads reads) {
        this.reads = reads;
    }

    void handle(Context ctx, Ui ui) {
        String id = ctx.pathParam("id");
        Article a = reads.article(id);
        if (a == null) {
            Store.StoredArticle stored = reads.store.article(id);
            if (stored == null) {
                Web.notFound(ctx, ui, ui.t("article.missing"));
                return;
            }
            RawDocument raw = Codec.raw(stored.raw());
            String title = raw.title() == null ? id : raw.title();
            String body = "<article class=\"article-page\"><h1>" + Html.esc(title) + "</h1><p class=\"notice\">"
                    + Html.esc(stored.error() != null ? ui.t("article.error", stored.error()) : ui.t("article.pending")) + "</p></article>";
            Web.send(ctx, Layout.page(ctx, ui, title, "article", body));
            return;
        }
        int hl = -1;
        try {
            hl = ctx.queryParam("hl") == null ? -1 : Integer.parseInt(ctx.queryParam("hl").strip());
        } catch (NumberFormatException e) {
            hl = -1;
        }
        Web.send(ctx, Layout.page(ctx, ui, a.title(), "article", render(ui, a, hl)));
    }

    private String render(Ui ui, Article a, int hl) {
        StringBuilder sb = new StringBuilder(a.text().length() * 2 + 2048);
        sb.append("<article class=\"article-page\"><header><h1>").append(Html.esc(a.title())).append("</h1><p class=\"meta\">");
        if (a.source() != null && !a.source().isBlank()) {
            sb.append(Html.esc(ui.t("article.source"))).append(" : ".substring(ui.lang.equals("fr") ? 0 : 1))
                    .append(Html.esc(a.source())).append(" · ");
        }
        sb.append(Html.esc(ui.t("article.published"))).append(' ').append(ui.time(a.published()));
        if (a.publishedInferred()) {
            sb.append(' ').append(Html.esc(ui.t("article.inferred")));
        }
        if (a.lang() != null) {
            sb.append(" · ").append(Html.esc(a.lang()));
        }
        sb.append("</p>");
        Engine.Placement p = reads.engine.placement(a.id());
        Card story = p == null ? null : reads.story(p.story());
        if (story != null) {
            sb.append("<p>").append(Html.esc(ui.t("article.story"))).append(" <a href=\"/stories/").append(Html.seg(story.id()))
                    .append("\">").append(Html.esc(story.title())).append("</a></p>");
        }
        String dup = reads.engine.duplicateOf(a.id());
        if (dup != null) {
            sb.append("<p class=\"meta\">").append(Html.esc(ui.t("article.copyOf"))).append(" <a href=\"/articles/")
                    .append(Html.seg(dup)).append("\">").append(Html.esc(dup)).append("</a></p>");
        }
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            sb.append("<p><a href=\"").append(Html.esc(a.url())).append("\" rel=\"noopener noreferrer nofollow\">")
                    .append(Html.esc(ui.t("article.original"))).append("</a></p>");
        }
        sb.append("</header><div class=\"text\" lang=\"").append(Html.esc(a.lang() == null ? "" : a.lang())).append("\">");
        text(sb, a, hl);
        sb.append("</div></article>");
        return sb.toString();
    }

    /** The clean text by paragraphs, each sentence in its span (the one cited in a {@code <mark>}). */
    static void text(StringBuilder sb, Article a, int hl) {
        String t = a.text();
        int at = 0;
        java.util.List<Sentence> missing = new java.util.ArrayList<>();
        sb.append("<p>");
        for (Sentence s : a.sentences()) {
            int start = s.start() >= at && s.end() <= t.length() && t.startsWith(s.text(), s.start()) ? s.start() : t.indexOf(s.text(), at);
            if (start < 0) {
                missing.add(s); // not found in the text: listed after it
                continue;
            }
            plain(sb, t.substring(at, start));
            sentence(sb, s, hl);
            at = start + s.text().length();
        }
        plain(sb, t.substring(Math.min(at, t.length())));
        sb.append("</p>");
        if (!missing.isEmpty()) {
            sb.append("<p>");
            missing.forEach(s -> sentence(sb.append(' '), s, hl));
            sb.append("</p>");
        }
    }

    private static void sentence(StringBuilder sb, Sentence s, int hl) {
        String tag = s.index() == hl ? "mark" : "span";
        sb.append('<').append(tag).append(" class=\"s\" id=\"s").append(s.index()).append("\">").append(Html.esc(s.text()))
                .append("</").append(tag).append('>');
    }

    /** Text between sentences: paragraph breaks become new paragraphs. */
    private static void plain(StringBuilder sb, String between) {
        String[] parts = between.split("\n\\s*\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append("</p><p>");
            }
            sb.append(Html.esc(parts[i]));
        }
    }
}

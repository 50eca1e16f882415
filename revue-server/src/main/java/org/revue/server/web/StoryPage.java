package org.revue.server.web;

import io.javalin.http.Context;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.SourceRef;
import org.revue.model.Story;
import org.revue.model.TimelineEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story: its cited summary (each citation opens the article at the cited sentence), timeline, events,
 * entities, quotes, the place for disagreements, its sources with copies under their original, exports.
 */
final class StoryPage {
    static final int SHOWN_QUOTES = 8;
    static final int MAX_QUOTES = 60;
    static final int MAX_ENTITIES = 15; // per type
    static final int MAX_SOURCES = 150; // originals; the exports have them all

    private final Reads reads;

    StoryPage(Reads reads) {
        this.reads = reads;
    }

    void handle(Context ctx, Ui ui) {
        String id = ctx.pathParam("id");
        Card card = reads.story(id);
        Digest d = card == null ? null : reads.digest(id);
        if (card == null || d == null || d.stories().isEmpty()) {
            String to = reads.engine.redirect(id);
            if (to != null) {
                ctx.status(301).header("Location", "/stories/" + Html.seg(to));
                return;
            }
            Web.notFound(ctx, ui, ui.t("story.missing"));
            return;
        }
        Web.send(ctx, Layout.page(ctx, ui, card.title(), "story", render(ui, card, d)));
    }

    static String render(Ui ui, Card card, Digest d) {
        Story s = d.stories().get(0);
        Map<String, Article> arts = new HashMap<>();
        d.articles().forEach(a -> arts.put(a.id(), a));
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("<article class=\"story-page\" data-story=\"").append(Html.esc(s.id())).append("\" data-articles=\"")
                .append(Html.esc(String.join(" ", s.articles()))).append("\">")
                .append("<header class=\"story-head\"><h1>").append(Html.esc(s.title())).append("</h1><div class=\"facts\"><p class=\"meta\">")
                .append(Html.esc(ui.n(card.articles(), "articles"))).append(" · ").append(Html.esc(ui.n(card.sources().size(), "sources")));
        if (!card.langs().isEmpty()) {
            sb.append(" · ").append(Html.esc(String.join(", ", card.langs())));
        }
        sb.append(" · ").append(FrontPage.span(ui, card)).append("</p>").append(Chart.svg(ui, card.perDay())).append("</div>")
                .append("<p class=\"exports\">").append(Html.esc(ui.t("story.export"))).append(ui.lang.equals("fr") ? " :" : ":");
        for (String[] f : new String[][]{{"md", "Markdown"}, {"html", "HTML"}, {"json", "JSON"}}) {
            sb.append(" <a href=\"/api/stories/").append(Html.seg(s.id())).append("?format=").append(f[0]).append("\" download>")
                    .append(f[1]).append("</a>");
        }
        sb.append("</p></header>")
                .append("<p id=\"new-since\" class=\"notice\" role=\"status\" hidden></p>");

        sb.append("<div class=\"story-cols\"><div class=\"story-main\">");
        section(sb, "h-sum", ui.t("story.summary"));
        cited(sb, ui, s.summary(), arts);
        sb.append("</section>");

        if (!s.timeline().isEmpty()) {
            section(sb, "h-timeline", ui.t("story.timeline"));
            sb.append("<ol class=\"timeline\">");
            for (TimelineEntry t : s.timeline()) {
                sb.append("<li>").append(ui.time(t.date())).append(" <span>").append(Html.esc(t.text())).append("</span>");
                cites(sb, ui, t.sources(), arts);
                sb.append("</li>");
            }
            sb.append("</ol></section>");
        }

        section(sb, "h-events", ui.t("story.events"));
        for (Event e : s.events()) {
            sb.append("<div class=\"event\"><h3>").append(e.date() == null ? "" : ui.time(e.date()) + " — ")
                    .append(Html.esc(e.title())).append("</h3>");
            cited(sb, ui, e.summary(), arts);
            sb.append("<p class=\"meta\">").append(Html.esc(ui.n(e.articles().size(), "articles"))).append("</p></div>");
        }
        sb.append("</section>");

        quotes(sb, ui, s.quotes(), s.entities(), arts);

        section(sb, "h-disagree", ui.t("story.disagree"));
        sb.append("<div class=\"disagree\" data-capability=\"disagreements\"><p class=\"empty\">")
                .append(Html.esc(ui.t("story.disagree.none"))).append("</p></div></section>");
        sb.append("</div><div class=\"story-side\">");
        sources(sb, ui, s, d, arts);
        entities(sb, ui, s.entities());
        sb.append("</div></div></article>");
        return sb.toString();
    }

    private static void section(StringBuilder sb, String id, String title) {
        sb.append("<section aria-labelledby=\"").append(id).append("\">").append(Layout.h2(id, title));
    }

    /** A cited summary: each sentence, then links to where it is said. */
    static void cited(StringBuilder sb, Ui ui, List<Cited> items, Map<String, Article> arts) {
        sb.append("<ul class=\"sum\">");
        for (Cited c : items) {
            sb.append("<li><span>").append(Html.esc(c.text())).append("</span>");
            cites(sb, ui, c.sources(), arts);
            sb.append("</li>");
        }
        sb.append("</ul>");
    }

    static void cites(StringBuilder sb, Ui ui, List<SourceRef> refs, Map<String, Article> arts) {
        for (SourceRef r : refs) {
            Article a = arts.get(r.article());
            String label = a != null && a.source() != null && !a.source().isBlank() ? a.source() : r.article();
            sb.append(" <a class=\"cite\" href=\"").append(Html.esc(citeUrl(r.article(), r.sentence()))).append("\" aria-label=\"")
                    .append(Html.esc(ui.t("story.cite", label, r.sentence() + 1))).append("\">").append(Html.esc(label)).append("</a>");
        }
    }

    /** The article, its sentence highlighted and scrolled to. */
    static String citeUrl(String article, int sentence) {
        return "/articles/" + Html.seg(article) + "?hl=" + sentence + "#s" + sentence;
    }

    private static void entities(StringBuilder sb, Ui ui, List<NamedEntity> all) {
        if (all.isEmpty()) {
            return;
        }
        section(sb, "h-entities", ui.t("story.entities"));
        sb.append("<div class=\"ent-groups\">");
        for (String[] g : new String[][]{{"PERSON", "story.people"}, {"LOCATION", "story.places"}, {"ORGANIZATION", "story.orgs"}}) {
            List<NamedEntity> of = all.stream().filter(e -> e.type().equals(g[0])).toList();
            if (of.isEmpty()) {
                continue;
            }
            sb.append("<div><h3>").append(Html.esc(ui.t(g[1]))).append("</h3><ul class=\"ent-list\">");
            for (NamedEntity e : of.subList(0, Math.min(MAX_ENTITIES, of.size()))) {
                sb.append("<li><a href=\"/entities/").append(Html.seg(e.name())).append("\">").append(Html.esc(e.name())).append("</a>")
                        .append(" <span class=\"meta\">").append(Html.esc(ui.n(e.mentions(), "mentions")));
                if (!e.aliases().isEmpty()) {
                    sb.append(" · ").append(Html.esc(ui.t("story.aliases", String.join(", ", e.aliases()))));
                }
                sb.append("</span></li>");
            }
            sb.append("</ul>");
            more(sb, ui, of.size() - MAX_ENTITIES);
            sb.append("</div>");
        }
        sb.append("</div></section>");
    }

    static void quotes(StringBuilder sb, Ui ui, List<Quotation> qs, List<NamedEntity> ents, Map<String, Article> arts) {
        section(sb, "h-quotes", ui.t("story.quotes"));
        if (qs.isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.esc(ui.t("story.quotes.none"))).append("</p></section>");
            return;
        }
        Map<String, String> known = new HashMap<>();
        ents.forEach(e -> known.put(e.name(), e.name()));
        sb.append("<ul class=\"quotes\">");
        int shown = Math.min(MAX_QUOTES, qs.size());
        for (int i = 0; i < shown; i++) {
            if (i == SHOWN_QUOTES) { // the rest folded
                sb.append("</ul><details class=\"more\"><summary>").append(Html.esc(ui.t("story.quotes.more", qs.size() - i)))
                        .append("</summary><ul class=\"quotes\">");
            }
            quote(sb, ui, qs.get(i), known.containsKey(qs.get(i).speaker()), arts);
        }
        sb.append("</ul>");
        more(sb, ui, qs.size() - shown);
        sb.append(qs.size() > SHOWN_QUOTES ? "</details></section>" : "</section>");
    }

    static void quote(StringBuilder sb, Ui ui, Quotation q, boolean linkSpeaker, Map<String, Article> arts) {
        sb.append("<li><blockquote").append(q.direct() ? "" : " class=\"reported\"").append("><p>").append(Html.esc(q.text()))
                .append("</p></blockquote><p class=\"who\">— ");
        if (linkSpeaker) {
            sb.append("<a href=\"/entities/").append(Html.seg(q.speaker())).append("\">").append(Html.esc(q.speaker())).append("</a>");
        } else {
            sb.append(Html.esc(q.speaker()));
        }
        if (!q.direct()) {
            sb.append(" <span class=\"meta\">(").append(Html.esc(ui.t("story.reported"))).append(")</span>");
        }
        cites(sb, ui, List.of(new SourceRef(q.article(), q.sentence())), arts);
        sb.append("</p></li>");
    }

    /** The articles, copies collapsed under their original. */
    private static void sources(StringBuilder sb, Ui ui, Story s, Digest d, Map<String, Article> arts) {
        Map<String, List<String>> copies = new LinkedHashMap<>();
        List<String> originals = new ArrayList<>();
        for (String id : s.articles()) {
            String root = root(id, d.duplicateOf(), s.articles());
            if (root.equals(id)) {
                originals.add(id);
            } else {
                copies.computeIfAbsent(root, k -> new ArrayList<>()).add(id);
            }
        }
        originals.sort((x, y) -> compareDate(arts.get(x), arts.get(y)));
        section(sb, "h-sources", ui.t("story.sources"));
        sb.append("<ul class=\"srcs\">");
        for (String id : originals.subList(0, Math.min(MAX_SOURCES, originals.size()))) {
            sb.append("<li data-article=\"").append(Html.esc(id)).append("\">");
            source(sb, ui, id, arts.get(id));
            List<String> cs = copies.getOrDefault(id, List.of());
            if (!cs.isEmpty()) {
                sb.append("<details><summary>").append(Html.esc(ui.n(cs.size(), "copies"))).append("</summary><ul>");
                for (String c : cs) {
                    sb.append("<li data-article=\"").append(Html.esc(c)).append("\">");
                    source(sb, ui, c, arts.get(c));
                    sb.append("</li>");
                }
                sb.append("</ul></details>");
            }
            sb.append("</li>");
        }
        sb.append("</ul>");
        more(sb, ui, originals.size() - MAX_SOURCES);
        sb.append("</section>");
    }

    /** "and 12 more" under a shortened list. */
    private static void more(StringBuilder sb, Ui ui, int n) {
        if (n > 0) {
            sb.append("<p class=\"meta\">").append(Html.esc(ui.t("more", n))).append("</p>");
        }
    }

    private static void source(StringBuilder sb, Ui ui, String id, Article a) {
        sb.append("<a href=\"/articles/").append(Html.seg(id)).append("\">").append(Html.esc(a == null ? id : a.title())).append("</a>");
        if (a != null) {
            sb.append(" <span class=\"meta\">").append(Html.esc(a.source() == null ? "" : a.source()));
            if (a.published() != null) {
                sb.append(a.source() == null ? "" : " · ").append(ui.time(a.published()));
            }
            sb.append("</span>");
        }
    }

    /** The original a copy goes back to (bounded: a cycle or a missing original stops at the copy). */
    private static String root(String id, Map<String, String> dups, List<String> members) {
        String cur = id;
        for (int i = 0; i < 16; i++) {
            String next = dups.get(cur);
            if (next == null || !members.contains(next) || next.equals(id)) {
                return cur;
            }
            cur = next;
        }
        return cur;
    }

    private static int compareDate(Article a, Article b) {
        if (a == null || b == null || a.published() == null || b.published() == null) {
            return a != null && a.published() != null ? -1 : b != null && b.published() != null ? 1 : 0;
        }
        return a.published().compareTo(b.published());
    }
}

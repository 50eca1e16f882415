package org.revue.server.web;

import io.javalin.http.Context;
import org.revue.server.store.Store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The front page: the stories ranked by recency and size, filters, the live notice, the watchlist. */
final class FrontPage {
    static final int WINDOW = 200; // the most recently updated stories, ranked
    static final int PAGE = 30;

    private final Reads reads;

    FrontPage(Reads reads) {
        this.reads = reads;
    }

    String render(Context ctx, Ui ui) {
        LocalDate since = date(ctx.queryParam("since"));
        LocalDate until = date(ctx.queryParam("until"));
        String lang = blank(ctx.queryParam("lang"));
        String source = blank(ctx.queryParam("source"));
        String entity = blank(ctx.queryParam("entity"));
        int page = page(ctx.queryParam("page"));
        boolean filtered = since != null || until != null || lang != null || source != null || entity != null;
        Store.StoryFilter f = new Store.StoryFilter(null, null, lang, source, entity, null);
        List<Card> all = reads.cards(f, since == null ? null : since.toEpochDay(), until == null ? null : until.toEpochDay(),
                Math.max(WINDOW, page * PAGE + 1));
        List<Card> ranked = rank(all);
        int from = Math.min(ranked.size(), (page - 1) * PAGE);
        List<Card> shown = ranked.subList(from, Math.min(ranked.size(), from + PAGE));

        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<div class=\"front\"><section class=\"listing\" aria-labelledby=\"h-stories\">")
                .append(Layout.h2("h-stories", ui.t("front.title")).replace("h2", "h1"))
                .append("<div id=\"live\" class=\"notice\" role=\"status\" aria-live=\"polite\" hidden><span></span> ")
                .append("<button type=\"button\">").append(Html.esc(ui.t("live.show"))).append("</button></div>")
                .append("<div id=\"stories\">");
        if (ranked.isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.esc(ui.t(filtered ? "front.none" : "front.empty"))).append("</p>");
        } else {
            sb.append("<p class=\"count\">").append(Html.esc(ui.n(ranked.size(), "stories"))).append("</p><ol class=\"cards\">");
            for (Card c : shown) {
                card(sb, ui, c);
            }
            sb.append("</ol>");
            if (from + PAGE < ranked.size()) {
                sb.append("<nav class=\"pager\" aria-label=\"").append(Html.esc(ui.t("front.more"))).append("\"><a href=\"")
                        .append(Html.esc(withPage(ctx, page + 1))).append("\">").append(Html.esc(ui.t("front.more"))).append("</a></nav>");
            }
        }
        sb.append("</div></section>");
        side(sb, ui, all, since, until, lang, source, entity);
        sb.append("</div>");
        return Layout.page(ctx, ui, ui.t("front.title"), "front", sb.toString());
    }

    /** Bigger and more recent first, the newest day among them as "now". */
    static List<Card> rank(List<Card> cards) {
        LocalDate newest = null;
        for (Card c : cards) {
            if (c.last() != null && (newest == null || c.last().isAfter(newest))) {
                newest = c.last();
            }
        }
        LocalDate now = newest;
        List<Card> out = new ArrayList<>(cards);
        out.sort(Comparator.comparingDouble((Card c) -> -c.score(now)).thenComparing(Card::id));
        return out;
    }

    /** One story of a listing (the front page, the entity page). */
    static void card(StringBuilder sb, Ui ui, Card c) {
        String hid = "t-" + Html.esc(c.id());
        sb.append("<li class=\"card\" data-story=\"").append(Html.esc(c.id())).append("\"><article aria-labelledby=\"").append(hid).append("\">")
                .append("<h2 id=\"").append(hid).append("\"><a href=\"/stories/").append(Html.seg(c.id())).append("\">")
                .append(Html.esc(c.title())).append("</a></h2>");
        if (!c.lead().isEmpty()) {
            sb.append("<p class=\"lead\">").append(Html.esc(c.lead())).append("</p>");
        }
        sb.append("<div class=\"facts\"><p class=\"meta\">").append(Html.esc(ui.n(c.articles(), "articles"))).append(" · ")
                .append(Html.esc(ui.n(c.sources().size(), "sources")));
        if (!c.langs().isEmpty()) {
            sb.append(" · <span class=\"langs\">").append(Html.esc(String.join(", ", c.langs()))).append("</span>");
        }
        sb.append(" · ").append(span(ui, c)).append("</p>").append(Chart.svg(ui, c.perDay())).append("</div>");
        if (!c.top().isEmpty()) {
            sb.append("<ul class=\"ents\" aria-label=\"").append(Html.esc(ui.t("front.entities"))).append("\">");
            for (Card.Entity e : c.top()) {
                sb.append("<li><a href=\"/entities/").append(Html.seg(e.name())).append("\">").append(Html.esc(e.name())).append("</a></li>");
            }
            sb.append("</ul>");
        }
        sb.append("</article></li>");
    }

    static String span(Ui ui, Card c) {
        if (c.first() == null) {
            return Html.esc(ui.t("undated"));
        }
        return c.first().equals(c.last()) ? ui.time(c.first())
                : "<time datetime=\"" + c.first() + "/" + c.last() + "\">" + Html.esc(ui.span(c.first(), c.last())) + "</time>";
    }

    private static void side(StringBuilder sb, Ui ui, List<Card> all, LocalDate since, LocalDate until, String lang,
                             String source, String entity) {
        TreeSet<String> langs = new TreeSet<>(List.of("en", "fr"));
        Map<String, Integer> sources = new HashMap<>();
        Map<String, Integer> entities = new HashMap<>();
        for (Card c : all) {
            langs.addAll(c.langs());
            c.sources().forEach(s -> sources.merge(s, 1, Integer::sum));
            c.top().forEach(e -> entities.merge(e.name(), 1, Integer::sum));
        }
        sb.append("<aside class=\"side\"><form id=\"filters\" class=\"filters\" action=\"/\" method=\"get\" aria-labelledby=\"h-filters\">")
                .append(Layout.h2("h-filters", ui.t("filters")))
                .append("<div class=\"row\">");
        input(sb, "f-since", "since", "date", ui.t("filter.since"), since == null ? "" : since.toString(), null);
        input(sb, "f-until", "until", "date", ui.t("filter.until"), until == null ? "" : until.toString(), null);
        sb.append("</div><label for=\"f-lang\">").append(Html.esc(ui.t("filter.lang"))).append("</label><select id=\"f-lang\" name=\"lang\">")
                .append("<option value=\"\">").append(Html.esc(ui.t("filter.any"))).append("</option>");
        for (String l : langs) {
            sb.append("<option value=\"").append(Html.esc(l)).append("\"").append(l.equals(lang) ? " selected" : "").append(">")
                    .append(Html.esc(l)).append("</option>");
        }
        sb.append("</select>");
        input(sb, "f-source", "source", "text", ui.t("filter.source"), source, top(sources));
        input(sb, "f-entity", "entity", "text", ui.t("filter.entity"), entity, top(entities));
        sb.append("<div class=\"actions\"><button type=\"submit\">").append(Html.esc(ui.t("filter.apply"))).append("</button> ")
                .append("<a href=\"/\">").append(Html.esc(ui.t("filter.reset"))).append("</a></div></form>")
                .append("<section id=\"watch\" class=\"watch\" aria-labelledby=\"h-watch\">").append(Layout.h2("h-watch", ui.t("watch")))
                .append("<p class=\"empty\">").append(Html.esc(ui.t("watch.empty"))).append("</p><ul></ul></section></aside>");
    }

    private static void input(StringBuilder sb, String id, String name, String type, String label, String value, List<String> options) {
        sb.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(Html.esc(label)).append("</label><input id=\"")
                .append(id).append("\" name=\"").append(name).append("\" type=\"").append(type).append("\" value=\"")
                .append(Html.esc(value)).append("\"");
        if (options != null && !options.isEmpty()) {
            sb.append(" list=\"").append(id).append("-list\" autocomplete=\"off\"><datalist id=\"").append(id).append("-list\">");
            for (String o : options) {
                sb.append("<option value=\"").append(Html.esc(o)).append("\">");
            }
            sb.append("</datalist>");
        } else {
            sb.append(">");
        }
        sb.append("</div>");
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(40).map(Map.Entry::getKey).toList();
    }

    private static String withPage(Context ctx, int page) {
        StringBuilder q = new StringBuilder("/?");
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("page")) {
                vs.forEach(v -> q.append(Html.q(k)).append('=').append(Html.q(v)).append('&'));
            }
        });
        return q.append("page=").append(page).toString();
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int page(String s) {
        try {
            return s == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

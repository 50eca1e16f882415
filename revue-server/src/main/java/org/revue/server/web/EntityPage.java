package org.revue.server.web;

import io.javalin.http.Context;
import org.revue.model.Quotation;
import org.revue.server.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A person, place or organisation: its stories over time and its quotes. */
final class EntityPage {
    static final int MAX_QUOTES = 100;

    private final Reads reads;

    EntityPage(Reads reads) {
        this.reads = reads;
    }

    void handle(Context ctx, Ui ui) {
        String name = ctx.pathParam("name").strip();
        List<Card> stories = new ArrayList<>(reads.cards(new Store.StoryFilter(null, null, null, null, name, null), null, null, 200));
        if (stories.isEmpty()) {
            Web.notFound(ctx, ui, ui.t("entity.missing", name));
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String canonical = name;
        String type = null;
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        List<Quotation> quotes = new ArrayList<>();
        for (Card c : stories) {
            c.perDay().forEach((d, n) -> perDay.merge(d, n, Integer::sum));
        }
        for (Card c : stories) { // the canonical name first, then its quotes
            for (Card.Entity e : c.entities()) {
                boolean match = e.name().toLowerCase(Locale.ROOT).equals(lower)
                        || e.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).equals(lower));
                if (match) {
                    if (type == null) {
                        canonical = e.name();
                        type = e.type();
                    }
                    aliases.addAll(e.aliases());
                }
            }
        }
        for (Card c : stories) {
            for (Card.Quote q : c.quotes()) {
                if (q.speaker().equalsIgnoreCase(canonical) && quotes.size() < MAX_QUOTES) {
                    quotes.add(new Quotation(q.speaker(), q.text(), q.article(), q.sentence(), q.direct()));
                }
            }
        }
        aliases.remove(canonical);
        stories.sort(Comparator.comparing((Card c) -> c.first() == null ? LocalDate.MAX : c.first()).thenComparing(Card::id));

        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("<article class=\"entity-page\" data-entity=\"").append(Html.esc(canonical)).append("\"><header><h1>")
                .append(Html.esc(canonical)).append("</h1><p class=\"meta\">");
        if (type != null) {
            sb.append(Html.esc(ui.t("entity.type." + type))).append(" · ");
        }
        sb.append(Html.esc(ui.n(stories.size(), "stories")));
        if (!aliases.isEmpty()) {
            sb.append(" · ").append(Html.esc(ui.t("story.aliases", String.join(", ", aliases))));
        }
        sb.append("</p>").append(Chart.svg(ui, perDay))
                .append("<p><button type=\"button\" class=\"follow\" data-kind=\"entity\" data-value=\"").append(Html.esc(canonical))
                .append("\" hidden>").append(Html.esc(ui.t("watch.follow.entity"))).append("</button></p></header>");
        sb.append("<section aria-labelledby=\"h-ent-stories\">").append(Layout.h2("h-ent-stories", ui.t("entity.stories")))
                .append("<ol class=\"cards over-time\">");
        for (Card c : stories) {
            FrontPage.card(sb, ui, c);
        }
        sb.append("</ol></section><section aria-labelledby=\"h-ent-quotes\">").append(Layout.h2("h-ent-quotes", ui.t("entity.quotes")));
        if (quotes.isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.esc(ui.t("entity.quotes.none", canonical))).append("</p>");
        } else {
            sb.append("<ul class=\"quotes\">");
            for (Quotation q : quotes) {
                StoryPage.quote(sb, ui, q, false, Map.of());
            }
            sb.append("</ul>");
        }
        sb.append("</section></article>");
        Web.send(ctx, Layout.page(ctx, ui, canonical, "entity", sb.toString()));
    }
}

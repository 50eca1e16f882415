package org.revue.server.web;

import io.javalin.http.Context;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.Story;
import org.revue.render.MarkdownRenderer;
import org.revue.server.store.Store;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The day's press review ({@code ?date=}, or {@code ?since=}): its top stories with their cited summaries, and as Markdown. */
final class ReviewPage {
    static final int TOP = 12;

    private final Reads reads;

    ReviewPage(Reads reads) {
        this.reads = reads;
    }

    /** The day asked, the stories chosen. */
    private record Choice(LocalDate date, LocalDate since, List<Card> stories) {
    }

    private Choice choose(Context ctx) {
        LocalDate since = FrontPage.date(ctx.queryParam("since"));
        Store.StoryFilter none = new Store.StoryFilter(null, null, null, null, null, null);
        if (since != null) {
            List<Card> cs = new ArrayList<>(FrontPage.rank(reads.cards(none, since.toEpochDay(), null, FrontPage.WINDOW)));
            cs.removeIf(c -> c.last() == null);
            return new Choice(null, since, cs.subList(0, Math.min(TOP * 2, cs.size())));
        }
        LocalDate date = FrontPage.date(ctx.queryParam("date"));
        if (date == null) { // the newest day with articles
            for (Card c : reads.cards(none, null, null, FrontPage.WINDOW)) {
                if (c.last() != null && (date == null || c.last().isAfter(date))) {
                    date = c.last();
                }
            }
            if (date == null) {
                date = LocalDate.now();
            }
        }
        LocalDate day = date;
        List<Card> cs = new ArrayList<>(reads.cards(none, day.toEpochDay(), day.toEpochDay(), FrontPage.WINDOW));
        cs.removeIf(c -> !c.perDay().containsKey(day));
        cs.sort(Comparator.comparingInt((Card c) -> -c.perDay().get(day)).thenComparingInt(c -> -c.originals()).thenComparing(Card::id));
        return new Choice(day, null, cs.subList(0, Math.min(TOP, cs.size())));
    }

    String render(Context ctx, Ui ui) {
        Choice ch = choose(ctx);
        String title = ch.since() != null ? ui.t("review.since", ui.date(ch.since())) : ui.t("review.title", ui.date(ch.date()));
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("<article class=\"review\"><header><h1>").append(Html.esc(title)).append("</h1>")
                .append("<form class=\"day no-print\" action=\"/review\" method=\"get\"><label for=\"r-date\">").append(Html.esc(ui.t("review.day")))
                .append("</label> <input id=\"r-date\" name=\"date\" type=\"date\" value=\"").append(ch.date() == null ? "" : ch.date())
                .append("\"> <button type=\"submit\">").append(Html.esc(ui.t("review.go"))).append("</button></form><p class=\"no-print links\">");
        if (ch.date() != null) {
            sb.append("<a href=\"/review?date=").append(ch.date().minusDays(1)).append("\" rel=\"prev\">← ").append(Html.esc(ui.t("review.prev")))
                    .append("</a> <a href=\"/review?date=").append(ch.date().plusDays(1)).append("\" rel=\"next\">").append(Html.esc(ui.t("review.next")))
                    .append(" →</a> ");
        }
        String q = ch.since() != null ? "since=" + ch.since() : "date=" + ch.date();
        sb.append("<a href=\"/review.md?").append(q).append("\">").append(Html.esc(ui.t("review.md"))).append("</a> ")
                .append("<button type=\"button\" class=\"print\" hidden>").append(Html.esc(ui.t("review.print"))).append("</button></p></header>");
        if (ch.stories().isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.esc(ui.t("review.none"))).append("</p>");
        }
        for (Card c : ch.stories()) {
            Digest d = reads.digest(c.id());
            if (d == null || d.stories().isEmpty()) {
                continue;
            }
            Map<String, Article> arts = new HashMap<>();
            d.articles().forEach(a -> arts.put(a.id(), a));
            String hid = "r-" + Html.esc(c.id());
            sb.append("<section class=\"review-story\" aria-labelledby=\"").append(hid).append("\"><h2 id=\"").append(hid)
                    .append("\"><a href=\"/stories/").append(Html.seg(c.id())).append("\">").append(Html.esc(c.title())).append("</a></h2>")
                    .append("<p class=\"meta\">").append(Html.esc(ui.n(c.articles(), "articles"))).append(" · ")
                    .append(Html.esc(ui.n(c.sources().size(), "sources"))).append(" · ").append(FrontPage.span(ui, c)).append("</p>");
            StoryPage.cited(sb, ui, d.stories().get(0).summary(), arts);
            sb.append("</section>");
        }
        sb.append("</article>");
        return Layout.page(ctx, ui, title, "review", sb.toString());
    }

    /** The same review as Markdown, rendered by digest's own Markdown renderer. */
    void markdown(Context ctx) throws IOException {
        Choice ch = choose(ctx);
        List<Article> articles = new ArrayList<>();
        Map<String, String> dups = new HashMap<>();
        List<Story> stories = new ArrayList<>();
        for (Card c : ch.stories()) {
            Digest d = reads.digest(c.id());
            if (d != null) {
                articles.addAll(d.articles());
                dups.putAll(d.duplicateOf());
                stories.addAll(d.stories());
            }
        }
        StringWriter w = new StringWriter();
        new MarkdownRenderer().render(new Digest(articles, dups, stories), w);
        String head = "# Press review — " + (ch.since() != null ? "since " + ch.since() : ch.date().toString());
        String md = w.toString().replaceFirst("^# Press review", java.util.regex.Matcher.quoteReplacement(head));
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/markdown; charset=utf-8").result(md);
    }
}

package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.revue.server.store.Codec;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Feeds and upload: add a feed URL or an OPML file (POST /api/feeds), each feed's state, files uploaded to
 * /api/upload (the script sends them one by one with progress, the access token as Bearer).
 */
final class SourcesPage {
    private SourcesPage() {
    }

    static String render(Context ctx, Ui ui, String feedsJson, boolean tokenRequired) {
        JsonNode feeds = Codec.tree(feedsJson).path("feeds");
        StringBuilder sb = new StringBuilder(8 * 1024);
        sb.append("<div class=\"sources-page\" data-token-required=\"").append(tokenRequired).append("\">")
                .append("<h1>").append(Html.esc(ui.t("sources.title"))).append("</h1>")
                .append("<div class=\"field token\"><label for=\"token\">").append(Html.esc(ui.t("sources.token"))).append("</label>")
                .append("<input id=\"token\" type=\"password\" autocomplete=\"off\" aria-describedby=\"token-help\">")
                .append("<p id=\"token-help\" class=\"meta\">")
                .append(Html.esc(ui.t(tokenRequired ? "sources.token.help" : "sources.token.optional"))).append("</p></div>");

        sb.append("<section aria-labelledby=\"h-upload\">").append(Layout.h2("h-upload", ui.t("sources.upload")))
                .append("<form id=\"upload-form\" action=\"/api/upload\" method=\"post\" enctype=\"multipart/form-data\">")
                .append("<div class=\"drop\" id=\"drop\"><p>").append(Html.esc(ui.t("sources.drop"))).append("</p>")
                .append("<label for=\"files\">").append(Html.esc(ui.t("sources.files"))).append("</label>")
                .append("<input id=\"files\" name=\"files\" type=\"file\" multiple accept=\".txt,.html,.htm,.jsonl\"></div>")
                .append("<button type=\"submit\">").append(Html.esc(ui.t("sources.send"))).append("</button></form>")
                .append("<ul id=\"upload-list\" class=\"uploads\" aria-live=\"polite\"></ul></section>");

        sb.append("<section aria-labelledby=\"h-feeds\">").append(Layout.h2("h-feeds", ui.t("sources.feeds")))
                .append("<form id=\"feed-form\" class=\"feed-form\" action=\"/api/feeds\" method=\"post\">")
                .append("<h3>").append(Html.esc(ui.t("sources.add"))).append("</h3>")
                .append("<div class=\"field\"><label for=\"feed-url\">").append(Html.esc(ui.t("sources.url"))).append("</label>")
                .append("<input id=\"feed-url\" name=\"url\" type=\"url\" inputmode=\"url\" placeholder=\"https://…\"></div>")
                .append("<div class=\"field\"><label for=\"feed-opml\">").append(Html.esc(ui.t("sources.opml"))).append("</label>")
                .append("<input id=\"feed-opml\" type=\"file\" accept=\".opml,.xml\"></div>")
                .append("<button type=\"submit\">").append(Html.esc(ui.t("sources.submit"))).append("</button>")
                .append("<p id=\"feed-status\" class=\"meta\" role=\"status\"></p>")
                .append("<noscript><p class=\"notice\">").append(Html.esc(ui.t("sources.nojs"))).append("</p></noscript></form>");
        table(sb, ui, feeds);
        sb.append("</section></div>");
        return Layout.page(ctx, ui, ui.t("sources.title"), "sources", sb.toString());
    }

    private static void table(StringBuilder sb, Ui ui, JsonNode feeds) {
        sb.append("<div class=\"table-wrap\"><table id=\"feeds\"").append(feeds.isEmpty() ? " hidden" : "").append("><thead><tr>");
        for (String h : new String[]{"sources.feed", "sources.lastPoll", "sources.items", "sources.error"}) {
            sb.append("<th scope=\"col\">").append(Html.esc(ui.t(h))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(ui.locale)
                .withZone(ZoneId.systemDefault());
        for (JsonNode n : feeds) {
            String url = n.path("url").asText();
            String title = n.path("title").asText("");
            String last = n.path("lastPoll").isTextual() ? n.path("lastPoll").asText() : null;
            String when;
            try {
                when = last == null ? ui.t("sources.never") : f.format(Instant.parse(last));
            } catch (RuntimeException e) {
                when = last;
            }
            String err = n.path("lastError").isTextual() ? n.path("lastError").asText() : null;
            sb.append("<tr data-url=\"").append(Html.esc(url)).append("\"><td><span class=\"feed-title\">").append(Html.esc(title.isBlank() ? url : title))
                    .append("</span><br><span class=\"meta url\">").append(Html.esc(url)).append("</span></td><td>")
                    .append(last == null ? Html.esc(when) : "<time datetime=\"" + Html.esc(last) + "\">" + Html.esc(when) + "</time>")
                    .append("</td><td class=\"items\">").append(n.path("items").asLong()).append("</td><td class=\"err\">")
                    .append(Html.esc(err == null ? ui.t("sources.ok") : err)).append("</td></tr>");
        }
        sb.append("</tbody></table></div><p id=\"feeds-none\" class=\"empty\"").append(feeds.isEmpty() ? "" : " hidden").append(">")
                .append(Html.esc(ui.t("sources.none"))).append("</p>");
    }
}

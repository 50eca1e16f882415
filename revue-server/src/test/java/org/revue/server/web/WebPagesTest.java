package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.revue.server.ServerConfig;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages without a browser: readable without script, escaped, small, fast, in French and English. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {
    static final String EVIL = "<script>alert(1)</script>";

    @TempDir
    static Path tmp;
    WebServer web;
    JsonNode stories;

    @BeforeAll
    void start() throws Exception {
        web = new WebServer(ServerConfig.defaults(tmp.resolve("data")));
        HttpResponse<String> up = web.upload(WebServer.sampleFiles());
        assertThat(up.statusCode()).isEqualTo(202);
        ObjectNode evil = WebServer.JSON.createObjectNode().put("id", "evil-1").put("title", EVIL)
                .put("source", "Evil & Co <b>").put("date", "2025-10-20").put("lang", "en")
                .put("text", "The harbour council of Northport met on Monday to discuss " + EVIL + " and the new ferry timetable. "
                        + "Councillors agreed that the ferry will run every hour from next spring. "
                        + "The mayor said the decision was long overdue for the island's residents.");
        assertThat(web.postJson("/api/articles", evil.toString()).statusCode()).isEqualTo(202);
        web.settled(Duration.ofSeconds(180));
        stories = WebServer.json(web.get("/api/stories?limit=200")).path("stories");
        assertThat(stories.size()).as("stories of the samples").isGreaterThanOrEqualTo(2);
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void frontPageListsEveryStoryWithoutScript() {
        HttpResponse<String> r = web.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        String html = r.body();
        for (JsonNode s : stories) {
            assertThat(html).contains("href=\"/stories/" + s.path("id").asText() + "\"");
            assertThat(html).contains(Html.esc(s.path("title").asText()));
        }
        assertThat(html).contains("<main id=\"main\"", "<nav aria-label=", "role=\"search\"", "<svg class=\"chart\"", "<form id=\"filters\"");
        assertThat(html).doesNotContain("src=\"http", "href=\"http://", "<link rel=\"stylesheet\" href=\"http");
    }

    @Test
    void titlesAndSourcesAreEscapedEverywhere() {
        String front = web.get("/").body();
        assertThat(front).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(EVIL);
        String article = web.get("/articles/evil-1").body();
        assertThat(article).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", "Evil &amp; Co &lt;b&gt;").doesNotContain(EVIL, "Co <b>");
        String search = web.get("/search?q=" + URLEncoder.encode(EVIL, StandardCharsets.UTF_8)).body();
        assertThat(search).doesNotContain(EVIL).contains("&lt;script&gt;");
        String story = null;
        for (JsonNode s : stories) {
            for (JsonNode a : s.path("articles")) {
                if (a.asText().equals("evil-1")) {
                    story = s.path("id").asText();
                }
            }
        }
        assertThat(story).as("the story of evil-1").isNotNull();
        assertThat(web.get("/stories/" + story).body()).doesNotContain(EVIL, "Co <b>");
    }

    @Test
    void frontPageIsSmallAndFast() {
        List<Double> times = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> r = web.get("/");
            bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
            String timing = r.headers().firstValue("Server-Timing").orElseThrow();
            times.add(Double.parseDouble(timing.replaceAll(".*dur=", "")));
        }
        Collections.sort(times);
        int assets = 0;
        for (String a : List.of("revue.css", "revue.js", "icon.svg")) {
            HttpResponse<String> r = web.get(Assets.url(a));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
            assets += r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("web: front page %d bytes, assets %d bytes, server time median %.2f ms, max %.2f ms%n",
                bytes, assets, times.get(times.size() / 2), times.get(times.size() - 1));
        assertThat(bytes + assets).as("first load").isLessThan(300 * 1024);
        assertThat(times.get(times.size() / 2)).as("median server time (ms)").isLessThan(100);
    }

    @Test
    void frenchOrEnglishFromTheBrowserOrTheSwitch() {
        assertThat(web.get("/", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"fr\"", "À la une", "Filtres", "hreflang=\"en\"");
        assertThat(web.get("/", "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"", "Front page", "Filters");
        assertThat(web.get("/", "Accept-Language", "de-DE,en;q=0.3,fr;q=0.8").body()).contains("<html lang=\"fr\"");
        HttpResponse<String> sw = web.get("/?ui=en", "Accept-Language", "fr");
        assertThat(sw.body()).contains("<html lang=\"en\"", "Front page");
        String cookie = sw.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("revue_lang=en");
        assertThat(web.get("/sources", "Accept-Language", "fr", "Cookie", "revue_lang=en").body()).contains("Feeds and upload");
        assertThat(web.get("/sources", "Cookie", "revue_lang=fr").body()).contains("Flux et dépôt", "Jeton d&#39;accès");
        // dates in the reader's locale
        JsonNode s = stories.get(0);
        String first = s.path("stats").path("first").asText();
        String month = java.time.LocalDate.parse(first).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.FRENCH);
        assertThat(web.get("/stories/" + s.path("id").asText(), "Cookie", "revue_lang=fr").body()).contains(month);
    }

    @Test
    void citationsOpenTheArticleAtTheSentenceHighlighted() throws Exception {
        for (JsonNode s : stories) {
            String html = web.get("/stories/" + s.path("id").asText()).body();
            assertThat(html).contains("Where sources disagree", "Who said what", "/api/stories/" + s.path("id").asText() + "?format=md");
            JsonNode src = s.path("summary").get(0).path("sources").get(0);
            String art = src.path("article").asText();
            int n = src.path("sentence").asInt();
            String link = "/articles/" + art + "?hl=" + n + "#s" + n;
            assertThat(html).contains("href=\"" + Html.esc(link) + "\"");
            String page = web.get("/articles/" + art + "?hl=" + n).body();
            String sentence = WebServer.json(web.get("/api/articles/" + art)).path("sentences").get(n).asText();
            assertThat(page).contains("<mark class=\"s\" id=\"s" + n + "\">" + Html.esc(sentence) + "</mark>");
        }
    }

    @Test
    void copiesAreCollapsedUnderTheirOriginal() {
        for (JsonNode s : stories) {
            int dups = s.path("duplicates").size();
            String html = web.get("/stories/" + s.path("id").asText()).body();
            if (dups > 0) {
                assertThat(html).containsPattern("<details><summary>\\+\\d+ cop(y|ies)</summary>");
            }
            int items = html.split("data-article=\"", -1).length - 1;
            assertThat(items).as("every article listed once").isEqualTo(s.path("articles").size());
        }
    }

    @Test
    void entityReviewAndSearchPages() {
        JsonNode s = null;
        for (JsonNode x : stories) {
            if (s == null && !x.path("entities").isEmpty()) {
                s = x;
            }
        }
        assertThat(s).as("a story with entities").isNotNull();
        String entity = s.path("entities").get(0).path("name").asText();
        HttpResponse<String> e = web.get("/entities/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.body()).contains("<h1>" + Html.esc(entity) + "</h1>", "href=\"/stories/" + s.path("id").asText() + "\"");
        assertThat(web.get("/entities/Nobody%20At%20All").statusCode()).isEqualTo(404);

        String day = s.path("stats").path("last").asText();
        String review = web.get("/review?date=" + day).body();
        assertThat(review).contains("href=\"/stories/" + s.path("id").asText() + "\"", "class=\"cite\"", "/review.md?date=" + day);
        HttpResponse<String> md = web.get("/review.md?date=" + day);
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Press review — " + day).contains("## " + s.path("title").asText());
        assertThat(web.get("/review?since=2000-01-01").body()).contains("href=\"/stories/");

        String word = s.path("title").asText().split("[ :,']+")[0];
        String search = web.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body();
        assertThat(search).contains("<mark>").contains("class=\"hit\"");
        assertThat(web.get("/search?q=%22unbalanced").statusCode()).isEqualTo(200);
    }

    @Test
    void filtersNarrowTheList() {
        String fr = web.get("/?lang=fr").body();
        String en = web.get("/?lang=en").body();
        assertThat(en).contains("&lt;script&gt;alert(1)");
        assertThat(fr).doesNotContain("&lt;script&gt;alert(1)");
        assertThat(web.get("/?since=2030-01-01").body()).contains("No story matches these filters.");
        assertThat(web.get("/?since=not-a-date").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownStoryIsAPage404AndTheStylesheetIsShared() {
        HttpResponse<String> r = web.get("/stories/s999999");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>");
        String css = web.get("/assets/revue.css").body();
        String digestHtml = web.get("/api/stories/" + stories.get(0).path("id").asText() + "?format=html").body();
        assertThat(digestHtml).contains(css.strip()).contains("class=\"timeline\"");
    }
}

package org.revue.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.model.Digest;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenderTest {
    private static Digest digest;

    @BeforeAll
    static void run() {
        digest = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE).run(List.of(Shared.samples()));
    }

    private static String render(String format) throws Exception {
        StringWriter w = new StringWriter();
        Renderer.forFormat(format).render(digest, w);
        return w.toString();
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render("json"));
        JsonNode a = root.path("articles").get(0);
        for (String k : List.of("id", "title", "source", "published", "lang", "sentences", "text", "duplicateOf", "event", "story")) {
            assertThat(a.has(k)).as("article key " + k).isTrue();
        }
        JsonNode s = root.path("stories").get(0);
        for (String k : List.of("id", "title", "articles", "events", "summary", "timeline", "entities", "quotes")) {
            assertThat(s.has(k)).as("story key " + k).isTrue();
        }
        JsonNode e = s.path("events").get(0);
        for (String k : List.of("id", "title", "date", "articles", "summary")) {
            assertThat(e.has(k)).as("event key " + k).isTrue();
        }
        JsonNode item = s.path("summary").get(0);
        assertThat(item.path("sources").get(0).path("article").isTextual()).isTrue();
        assertThat(item.path("sources").get(0).path("sentence").isInt()).isTrue();
        // the cited sentence is the summary text
        String art = item.path("sources").get(0).path("article").asText();
        int idx = item.path("sources").get(0).path("sentence").asInt();
        for (JsonNode x : root.path("articles")) {
            if (x.path("id").asText().equals(art)) {
                assertThat(x.path("sentences").get(idx).asText()).isEqualTo(item.path("text").asText());
            }
        }
    }

    @Test
    void htmlIsOneSelfContainedPage() throws Exception {
        String html = render("html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<link", "src=\"http", "href=\"http");
        assertThat(html).contains(digest.stories().get(0).title().replace("'", "&#x27;").isEmpty() ? "" : "<h2>");
        assertThat(html).contains("class=\"cite\" href=\"#");
    }

    @Test
    void markdownShowsSummariesWithCitations() throws Exception {
        String md = render("md");
        assertThat(md).startsWith("# Press review").containsPattern("\\[[\\w-]+:\\d+]");
    }
}

package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revue.eval.ClusterScores;
import org.revue.model.Digest;
import org.revue.model.RawDocument;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The real server on loopback (an ephemeral port), fed through its API. */
class ServerTest {
    @TempDir
    Path tmp;

    static RevueServer start(Path data) throws Exception {
        return RevueServer.start(ServerConfig.defaults(data).withPort(0));
    }

    private static List<Path> corpus() {
        List<Path> p = new ArrayList<>(List.of(Fixtures.samples()));
        if (Fixtures.shared() != null) {
            p.add(Fixtures.shared().resolve("seeds"));
        }
        return p;
    }

    /** Article id → event and story, as the server's export says. */
    static Map<String, String[]> grouping(Client c) {
        Map<String, String[]> m = new HashMap<>();
        for (String line : c.get("/api/export").body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = parse(line);
                m.put(n.get("id").asText(), new String[]{n.path("event").asText(null), n.path("story").asText(null)});
            }
        }
        return m;
    }

    static JsonNode parse(String s) {
        try {
            return Client.JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(s, e);
        }
    }

    @Test
    void oneAtATimeInAnyOrderGroupsAsDigestDoes() throws Exception {
        List<Path> paths = corpus();
        Digest digest = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE).run(paths);
        List<RawDocument> docs = Fixtures.read(paths.toArray(Path[]::new));
        for (int seed = 1; seed <= 5; seed++) {
            List<RawDocument> order = new ArrayList<>(docs);
            Collections.shuffle(order, new Random(seed));
            try (RevueServer s = start(tmp.resolve("order" + seed))) {
                Client c = new Client(s.port());
                for (RawDocument d : order) {
                    Client.Answer a = c.postJson("/api/articles", Fixtures.json(d));
                    assertThat(a.status()).isEqualTo(202);
                    assertThat(a.json().get("accepted")).hasSize(1);
                }
                c.settled(Duration.ofSeconds(120));
                Map<String, String[]> g = grouping(c);
                assertThat(g).hasSize(digest.articles().size());
                Map<String, String> se = new HashMap<>();
                Map<String, String> ss = new HashMap<>();
                g.forEach((id, v) -> {
                    se.put(id, v[0]);
                    ss.put(id, v[1]);
                });
                assertThat(ClusterScores.of(digest.eventOf(), se).bcubedF1()).as("events, order %d", seed).isEqualTo(1.0);
                assertThat(ClusterScores.of(digest.storyOf(), ss).bcubedF1()).as("stories, order %d", seed).isEqualTo(1.0);
                // and the same summaries
                for (org.revue.model.Story ds : digest.stories()) {
                    JsonNode st = c.get("/api/stories/" + ss.get(ds.articles().get(0))).json();
                    List<String> texts = new ArrayList<>();
                    st.get("summary").forEach(x -> texts.add(x.get("text").asText()));
                    assertThat(texts).as("summary of %s, order %d", ds.title(), seed)
                            .isEqualTo(ds.summary().stream().map(org.revue.model.Cited::text).toList());
                }
            }
        }
    }

    @Test
    void everyAnswerFollowsTheContractAndARestartFindsAllAsItWas() throws Exception {
        Path data = tmp.resolve("data");
        List<RawDocument> docs = Fixtures.read(corpus().toArray(Path[]::new));
        String stories;
        Map<String, String[]> before;
        try (RevueServer s = start(data)) {
            Client c = new Client(s.port());
            assertThat(c.postJson("/api/articles", Fixtures.json(docs)).status()).isEqualTo(202);
            c.settled(Duration.ofSeconds(120));
            Client.Answer page = c.get("/api/stories?limit=200");
            assertThat(page.status()).isEqualTo(200);
            assertThat(Schema.check("storyPage", page.json())).isEmpty();
            assertThat(page.json().get("stories").size()).isGreaterThanOrEqualTo(2);
            for (JsonNode st : page.json().get("stories")) {
                Client.Answer one = c.get("/api/stories/" + st.get("id").asText());
                assertThat(Schema.check("story", one.json())).isEmpty();
                for (JsonNode a : st.get("articles")) {
                    JsonNode art = c.get("/api/articles/" + a.asText()).json();
                    assertThat(Schema.check("article", art)).isEmpty();
                    assertThat(art.get("story").asText()).isEqualTo(st.get("id").asText());
                }
                assertThat(c.get("/api/stories/" + st.get("id").asText() + "?format=md").body()).contains(st.get("title").asText());
                assertThat(c.get("/api/stories/" + st.get("id").asText() + "?format=html").body()).startsWith("<!DOCTYPE html>");
            }
            stories = page.body();
            before = grouping(c);
        }
        try (RevueServer s = start(data)) {
            Client c = new Client(s.port());
            JsonNode h = c.settled(Duration.ofSeconds(60));
            assertThat(h.get("articles").asInt()).isEqualTo(docs.size());
            Map<String, String[]> after = grouping(c);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((id, v) -> assertThat(after.get(id)).as(id).containsExactly(v));
            assertThat(c.get("/api/stories?limit=200").json()).isEqualTo(parse(stories));
        }
    }

    @Test
    void theSameArticleTwiceIsOneAndANewTextReplacesIt() throws Exception {
        List<RawDocument> docs = Fixtures.read(Fixtures.samples());
        try (RevueServer s = start(tmp.resolve("idem"))) {
            Client c = new Client(s.port());
            c.postJson("/api/articles", Fixtures.json(docs));
            c.postJson("/api/articles", Fixtures.json(docs));
            ObjectNode byUrl = Fixtures.json(docs.get(0)).put("url", "https://www.example.org/a/1?utm_source=x");
            c.postJson("/api/articles", byUrl);
            ObjectNode sameUrl = Fixtures.json(docs.get(0)).put("id", "another-id").put("url", "http://example.org/a/1");
            Client.Answer a = c.postJson("/api/articles", sameUrl);
            assertThat(a.json().get("accepted").get(0).asText()).isEqualTo(docs.get(0).id());
            JsonNode h = c.settled(Duration.ofSeconds(60));
            assertThat(h.get("articles").asInt()).isEqualTo(docs.size());
            assertThat(grouping(c)).hasSize(docs.size()).doesNotContainKey("another-id");

            String id = docs.get(0).id();
            String story = c.get("/api/articles/" + id).json().get("story").asText();
            ObjectNode changed = Fixtures.json(docs.get(0)).put("title", "Budget des écoles à Lyon").put("text",
                    "Une tout autre nouvelle.\n\nLe conseil municipal de Lyon a voté mardi le budget des écoles, après un long débat sur les cantines et les horaires du périscolaire.");
            c.postJson("/api/articles", changed);
            c.settled(Duration.ofSeconds(60));
            JsonNode art = c.get("/api/articles/" + id).json();
            assertThat(art.get("text").asText()).contains("conseil municipal de Lyon");
            assertThat(art.get("story").asText()).isNotEqualTo(story);
            assertThat(c.get("/api/stories/" + story).json().get("articles").toString()).doesNotContain("\"" + id + "\"");
        }
    }

    @Test
    void oneBatchHoldingTheSameArticleSeveralTimesKeepsTheLastText() throws Exception {
        try (RevueServer s = start(tmp.resolve("batch-dups"))) {
            Client c = new Client(s.port());
            List<ObjectNode> batch = new java.util.ArrayList<>();
            String[] towns = {"Brest", "Nantes", "Rennes", "Vannes"};
            for (int i = 0; i < towns.length; i++) {
                ObjectNode o = Client.JSON.createObjectNode().put("id", i == 3 ? "other" : "same")
                        .put("url", "https://news.example.org/port?utm_medium=" + i)
                        .put("text", "Le port de " + towns[i] + " a rouvert mardi.\n\nLes dockers de " + towns[i]
                                + " ont repris le travail après une semaine de grève.");
                batch.add(o);
            }
            Client.Answer a = c.postJson("/api/articles", batch);
            assertThat(a.status()).isEqualTo(202);
            assertThat(a.json().get("accepted")).hasSize(4);
            a.json().get("accepted").forEach(id -> assertThat(id.asText()).isEqualTo("same"));
            JsonNode h = c.settled(Duration.ofSeconds(60));
            assertThat(h.get("articles").asInt()).isEqualTo(1);
            assertThat(c.get("/api/articles/same").json().get("text").asText()).contains("Vannes").doesNotContain("Brest");
        }
    }

    @Test
    void aTakedownLeavesTheStoreTheSearchAndTheStory() throws Exception {
        List<RawDocument> docs = Fixtures.read(Fixtures.samples());
        try (RevueServer s = start(tmp.resolve("del"))) {
            Client c = new Client(s.port());
            c.postJson("/api/articles", Fixtures.json(docs));
            c.settled(Duration.ofSeconds(60));
            JsonNode hits = c.get("/api/search?q=" + java.net.URLEncoder.encode("tempête", "UTF-8")).json().get("hits");
            assertThat(hits.size()).isGreaterThan(0);
            assertThat(hits.toString()).contains("<mark>");
            String victim = null;
            for (JsonNode h : hits) {
                if (h.get("kind").asText().equals("article")) {
                    victim = h.get("id").asText();
                    break;
                }
            }
            assertThat(victim).isNotNull();
            String story = c.get("/api/articles/" + victim).json().get("story").asText();
            assertThat(c.delete("/api/articles/" + victim).status()).isEqualTo(200);
            assertThat(c.get("/api/articles/" + victim).status()).isEqualTo(404);
            c.settled(Duration.ofSeconds(60));
            assertThat(c.get("/api/search?q=tempête&limit=100").body()).doesNotContain("\"" + victim + "\"");
            Client.Answer st = c.get("/api/stories/" + story);
            if (st.status() == 200) {
                assertThat(st.body()).doesNotContain("\"" + victim + "\"");
            } else {
                assertThat(st.status()).isEqualTo(404); // its only article
            }
            assertThat(grouping(c)).doesNotContainKey(victim).hasSize(docs.size() - 1);
        }
    }

    @Test
    void exportRestoresIntoAnotherServerWithTheSameGrouping() throws Exception {
        List<RawDocument> docs = Fixtures.read(Fixtures.samples());
        String export;
        Map<String, String[]> first;
        try (RevueServer s = start(tmp.resolve("a"))) {
            Client c = new Client(s.port());
            c.postJson("/api/articles", Fixtures.json(docs));
            c.settled(Duration.ofSeconds(60));
            export = c.get("/api/export").body();
            first = grouping(c);
            String last = export.strip().substring(export.strip().lastIndexOf('\n') + 1);
            long seq = parse(last).get("seq").asLong();
            assertThat(c.get("/api/export?since=" + seq).body()).isBlank();
        }
        try (RevueServer s = start(tmp.resolve("b"))) {
            Client c = new Client(s.port());
            List<JsonNode> items = new ArrayList<>();
            for (String line : export.split("\n")) {
                items.add(parse(line));
            }
            assertThat(c.postJson("/api/articles", items).json().get("accepted")).hasSize(docs.size());
            c.settled(Duration.ofSeconds(60));
            Map<String, String[]> again = grouping(c);
            Map<String, String> a = new HashMap<>();
            Map<String, String> b = new HashMap<>();
            first.forEach((k, v) -> a.put(k, v[1]));
            again.forEach((k, v) -> b.put(k, v[1]));
            assertThat(ClusterScores.of(a, b).bcubedF1()).isEqualTo(1.0);
        }
    }

    @Test
    void entitiesHealthAndMetricsAnswer() throws Exception {
        try (RevueServer s = start(tmp.resolve("e"))) {
            Client c = new Client(s.port());
            c.postJson("/api/articles", Fixtures.json(Fixtures.read(Fixtures.samples())));
            c.settled(Duration.ofSeconds(60));
            JsonNode st = c.get("/api/stories?sort=biggest").json().get("stories").get(0);
            String name = st.get("entities").get(0).get("name").asText();
            JsonNode e = c.get("/api/entities/" + java.net.URLEncoder.encode(name, "UTF-8").replace("+", "%20")).json();
            assertThat(e.get("stories").toString()).contains(st.get("id").asText());
            assertThat(c.get("/api/entities/Nobody%20Atall").status()).isEqualTo(404);
            String metrics = c.get("/api/metrics").body();
            assertThat(metrics).contains("revue_articles_accepted_total").contains("revue_pending");
            assertThat(c.get("/api/stories?lang=xx").json().get("stories")).isEmpty();
            assertThat(c.get("/api/stories?since=2999-01-01").json().get("stories")).isEmpty();
        }
    }

    @Test
    void aTokenGuardsEveryWrite() throws Exception {
        try (RevueServer s = RevueServer.start(ServerConfig.defaults(tmp.resolve("t")).withPort(0).withToken("sesame"))) {
            Client c = new Client(s.port());
            ObjectNode one = Fixtures.json(Fixtures.read(Fixtures.samples()).get(0));
            assertThat(c.postJson("/api/articles", one).status()).isEqualTo(401);
            assertThat(c.delete("/api/articles/x").status()).isEqualTo(401);
            Client.Answer ok = c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + s.port() + "/api/articles"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer sesame")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(one.toString())));
            assertThat(ok.status()).isEqualTo(202);
            assertThat(c.get("/api/health").status()).isEqualTo(200);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevueServer.start(
                ServerConfig.defaults(tmp.resolve("t2")).withPort(0).withHost("0.0.0.0"))).hasMessageContaining("--token");
    }
}

package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: each answer names the problem, the server keeps serving, nothing stored is harmed. */
class BadInputTest {
    @TempDir
    static Path tmp;
    static RevueServer server;
    static Client c;
    static String storiesBefore;

    @BeforeAll
    static void start() throws Exception {
        server = RevueServer.start(ServerConfig.defaults(tmp).withPort(0));
        c = new Client(server.port());
        assertThat(c.postJson("/api/articles", Fixtures.json(Fixtures.read(Fixtures.samples()))).status()).isEqualTo(202);
        c.settled(Duration.ofSeconds(60));
        storiesBefore = c.get("/api/stories?limit=200").body();
    }

    @AfterAll
    static void stop() throws Exception {
        // what was stored is still there, unchanged
        assertThat(c.settled(Duration.ofSeconds(60)).get("articles").asInt()).isEqualTo(8);
        assertThat(c.get("/api/stories?limit=200").json()).isEqualTo(ServerTest.parse(storiesBefore));
        server.close();
    }

    private static String error(Client.Answer a) {
        return a.json().get("error").asText();
    }

    @Test
    void malformedJson() {
        Client.Answer a = c.post("/api/articles", "application/json", "{\"id\": \"x\", \"text\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a)).startsWith("malformed JSON");
        assertThat(c.post("/api/articles", "application/json", "42".getBytes()).status()).isEqualTo(400);
        assertThat(c.post("/api/articles", "application/json", new byte[0]).status()).isEqualTo(400);
    }

    @Test
    void binaryBody() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Client.Answer a = c.post("/api/articles", "application/json", junk);
        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a)).contains("binary");
    }

    @Test
    void aBodyOverTheLimitIsRefusedOnItsDeclaredLength() throws Exception {
        // a raw socket: the server must answer 413 from the header, before the client has sent the body
        long declared = 50L << 20;
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            var out = s.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n\"aaaa").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readNBytes(512), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
        }
        // and a body over the limit sent whole gets 413 or a closed connection, never a 2xx
        byte[] big = new byte[40 << 20];
        Arrays.fill(big, (byte) 'a');
        big[0] = '"';
        big[big.length - 1] = '"';
        try {
            Client.Answer a = c.post("/api/articles", "application/json", big);
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.body()).contains("too large");
        } catch (java.io.UncheckedIOException closedWhileSending) {
            assertThat(closedWhileSending).hasMessageContaining("IOException");
        }
    }

    @Test
    void wrongContentType() {
        Client.Answer a = c.post("/api/articles", "text/plain", "{\"id\":\"x\",\"text\":\"Bonjour.\"}".getBytes());
        assertThat(a.status()).isEqualTo(415);
        assertThat(error(a)).contains("application/json");
    }

    @Test
    void itemsWithoutTextAreRefusedOneByOneAndUnknownFieldsIgnored() {
        ArrayNode batch = Client.JSON.createArrayNode();
        batch.addObject().put("id", "no-text").put("title", "Un titre seul");
        batch.addObject().put("id", "blank").put("text", "   ");
        batch.addObject().put("id", "bin").put("text", "\u0000\u0001\u0002binary");
        batch.add("not an object");
        batch.addObject().put("id", "ok-1").put("text", "Le port de Marseille a rouvert mardi après trois jours de grève.\n\n"
                + "Les dockers ont obtenu une prime et la reprise du dialogue avec la direction du port.").put("colour", "blue")
                .putObject("nested").put("x", 1);
        Client.Answer a = c.postJson("/api/articles", batch);
        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("accepted")).hasSize(1);
        assertThat(a.json().get("accepted").get(0).asText()).isEqualTo("ok-1");
        JsonNode errors = a.json().get("errors");
        assertThat(errors).hasSize(4);
        Map<Integer, String> byItem = new java.util.HashMap<>();
        errors.forEach(e -> byItem.put(e.get("item").asInt(), e.get("error").asText()));
        assertThat(byItem.get(0)).contains("no 'text'");
        assertThat(byItem.get(1)).contains("no 'text'");
        assertThat(byItem.get(2)).contains("binary");
        assertThat(byItem.get(3)).contains("not a JSON object");
        assertThat(errors.get(0).get("id").asText()).isEqualTo("no-text");
        c.settled(Duration.ofSeconds(60));
        assertThat(c.get("/api/articles/ok-1").json().get("story").isTextual()).isTrue();
        assertThat(c.delete("/api/articles/ok-1").status()).isEqualTo(200);
    }

    @Test
    void aHugeHtmlPageIsRefusedByName() {
        StringBuilder html = new StringBuilder("<html><body>");
        String p = "<p>Une phrase de remplissage pour une page démesurée, répétée encore et encore.</p>\n";
        while (html.length() < (20 << 20)) {
            html.append(p);
        }
        ObjectNode item = Client.JSON.createObjectNode().put("id", "huge").put("html", html.append("</body></html>").toString());
        Client.Answer a = c.postJson("/api/articles", item);
        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("accepted")).isEmpty();
        assertThat(a.json().get("errors").get(0).get("error").asText()).contains("too large").contains("huge".isEmpty() ? "" : "MB");
        assertThat(c.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void unknownStoriesArticlesAndQueriesAnswerClearly() {
        assertThat(c.get("/api/stories/s999999").status()).isEqualTo(404);
        assertThat(c.get("/api/articles/nope").status()).isEqualTo(404);
        assertThat(c.get("/api/search?q=").status()).isEqualTo(400);
        Client.Answer bad = c.get("/api/search?q=" + java.net.URLEncoder.encode("title:(unclosed", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(error(bad)).contains("query");
        assertThat(c.get("/api/stories?sort=weird").status()).isEqualTo(400);
        assertThat(c.get("/api/stories?since=yesterday").status()).isEqualTo(400);
        assertThat(c.get("/api/stories/s1?format=pdf").status()).isEqualTo(400);
    }
}

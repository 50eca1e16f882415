package org.revue.server.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revue.server.RevueServer;
import org.revue.server.ServerConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds through the real server: an OPML posted to /api/feeds, its items ingested and shown in /api/feeds. */
class ServerFeedsTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(int port, String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void anOpmlPostedIsPolledAndItsItemsBecomeArticles() throws Exception {
        try (LoopbackFeeds site = new LoopbackFeeds();
             RevueServer s = RevueServer.start(ServerConfig.defaults(tmp).withPort(0)
                     .withFeeds(null, null, true, Duration.ofMinutes(30)))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/feeds"))
                    .header("Content-Type", "text/x-opml").POST(HttpRequest.BodyPublishers.ofString(site.opml())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(json.readTree(r.body()).get("added")).hasSize(2);
            Instant end = Instant.now().plusSeconds(60);
            JsonNode feeds = null;
            while (Instant.now().isBefore(end)) {
                feeds = get(s.port(), "/api/feeds").get("feeds");
                if (feeds.size() == 2 && feeds.get(0).path("lastPoll").isTextual() && feeds.get(1).path("lastPoll").isTextual()
                        && get(s.port(), "/api/health").get("pending").asInt() == 0) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(feeds).hasSize(2);
            long items = 0;
            for (JsonNode f : feeds) {
                assertThat(f.get("lastError").isNull()).as(f.toString()).isTrue();
                items += f.get("items").asLong();
            }
            assertThat(items).isGreaterThan(0);
            JsonNode health = get(s.port(), "/api/health");
            assertThat(health.get("articles").asLong()).isEqualTo(items);
            assertThat(health.get("stories").asInt()).isGreaterThan(0);
        }
    }

    @Test
    void aFeedThatIsNotXmlShowsItsError() throws Exception {
        Path list = tmp.resolve("feeds.txt");
        try (LoopbackFeeds site = new LoopbackFeeds()) {
            Files.writeString(list, site.url("/not-xml") + "\n");
            try (RevueServer s = RevueServer.start(ServerConfig.defaults(tmp.resolve("d")).withPort(0)
                    .withFeeds(list, null, true, Duration.ofMinutes(30)))) {
                Instant end = Instant.now().plusSeconds(30);
                JsonNode f = null;
                while (Instant.now().isBefore(end)) {
                    f = get(s.port(), "/api/feeds").get("feeds").get(0);
                    if (f.path("lastPoll").isTextual()) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(f.get("lastError").asText()).contains("not a feed");
                assertThat(get(s.port(), "/api/health").get("articles").asInt()).isZero();
            }
        }
    }
}

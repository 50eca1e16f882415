package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server in a process of its own, killed with SIGKILL at a random moment during a bounded ingest, then
 * restarted on the same store: every article acknowledged before the kill is there, none twice, and the
 * stories seen before the kill still answer under their ids. {@code revue.durability.rounds} rounds (3 in CI;
 * the benchmark runs 20).
 */
class DurabilityTest {
    @TempDir
    Path tmp;

    /** A server process and its port. */
    record Proc(Process process, int port) {
    }

    static Proc spawn(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), RevueServer.class.getName(), data.toString(), "0")
                .redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("revue: listening on http://")) {
                        return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip());
                    }
                }
            } catch (java.io.IOException e) {
                return -1;
            }
            return -1;
        });
        int pt = port.get(60, TimeUnit.SECONDS);
        assertThat(pt).as("the server process started").isPositive();
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe flowing
                }
            } catch (java.io.IOException ignored) {
                // the process died
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Proc(p, pt);
    }

    static int rounds() {
        return Integer.getInteger("revue.durability.rounds", 3);
    }

    @Test
    void everythingAcknowledgedSurvivesSigkill() throws Exception {
        Path data = tmp.resolve("store");
        List<ObjectNode> articles = Fixtures.articles(60 * rounds());
        Random rnd = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        Map<String, String> storiesSeen = new HashMap<>();
        int next = 0;
        for (int round = 0; round < rounds(); round++) {
            Proc p = spawn(data);
            Client c = new Client(p.port());
            // what earlier rounds acknowledged is all there, once
            c.settled(Duration.ofSeconds(180));
            Map<String, Integer> lines = exported(c);
            assertThat(lines.keySet()).containsAll(acknowledged);
            assertThat(lines.values()).allMatch(n -> n == 1);
            for (Map.Entry<String, String> s : storiesSeen.entrySet()) {
                int status = c.get("/api/stories/" + s.getKey()).status();
                assertThat(status).as("story %s (seen before a kill)", s.getKey()).isIn(200, 301);
            }
            // ingest in batches until killed at a random moment
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + rnd.nextInt(2500));
            int batches = 0;
            while (System.nanoTime() < killAt && next < articles.size() && batches < 200) {
                int size = 1 + rnd.nextInt(5);
                List<ObjectNode> batch = articles.subList(next, Math.min(articles.size(), next + size));
                next += batch.size();
                Client.Answer a = c.postJson("/api/articles", batch);
                assertThat(a.status()).isEqualTo(202);
                a.json().get("accepted").forEach(id -> acknowledged.add(id.asText()));
                batches++;
                if (batches % 4 == 0) {
                    for (JsonNode st : c.get("/api/stories?limit=200").json().get("stories")) {
                        storiesSeen.put(st.get("id").asText(), st.get("title").asText());
                    }
                }
            }
            p.process().destroyForcibly(); // SIGKILL
            assertThat(p.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Proc p = spawn(data);
        try {
            Client c = new Client(p.port());
            JsonNode h = c.settled(Duration.ofSeconds(180));
            Map<String, Integer> lines = exported(c);
            assertThat(lines.keySet()).containsAll(acknowledged);
            assertThat(lines.values()).allMatch(n -> n == 1);
            assertThat(h.get("articles").asInt()).isEqualTo(lines.size());
            for (String sid : storiesSeen.keySet()) {
                assertThat(c.get("/api/stories/" + sid).status()).as("story %s", sid).isIn(200, 301);
            }
        } finally {
            p.process().destroyForcibly();
            p.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Integer> exported(Client c) {
        Map<String, Integer> n = new HashMap<>();
        for (String line : c.get("/api/export").body().split("\n")) {
            if (!line.isBlank()) {
                n.merge(ServerTest.parse(line).get("id").asText(), 1, Integer::sum);
            }
        }
        return n;
    }
}

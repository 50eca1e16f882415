package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 clients ingest in parallel while 4 read stories and search: nothing lost, no duplicate, no 5xx.
 * {@code revue.concurrency.articles} articles (500 in CI; the benchmark runs 10,000), bounded in time.
 */
class ConcurrencyTest {
    @TempDir
    Path tmp;

    @Test
    void parallelWritersAndReadersLoseNothing() throws Exception {
        int n = Integer.getInteger("revue.concurrency.articles", 500);
        List<ObjectNode> articles = Fixtures.articles(n);
        try (RevueServer s = RevueServer.start(ServerConfig.defaults(tmp).withPort(0))) {
            Client c = new Client(s.port());
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            AtomicInteger serverErrors = new AtomicInteger();
            AtomicInteger busy = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(12);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int me = w;
                writers.add(pool.submit(() -> {
                    List<ObjectNode> mine = new ArrayList<>();
                    for (int i = me; i < articles.size(); i += 8) {
                        mine.add(articles.get(i));
                    }
                    for (int i = 0; i < mine.size() && System.nanoTime() < deadline; ) {
                        List<ObjectNode> batch = mine.subList(i, Math.min(mine.size(), i + 10));
                        Client.Answer a = c.postJson("/api/articles", batch);
                        if (a.status() == 429) {
                            busy.incrementAndGet();
                            sleep(50);
                            continue; // the same batch again
                        }
                        if (a.status() >= 500) {
                            serverErrors.incrementAndGet();
                            problems.add(a.status() + " " + a.body());
                        }
                        if (a.status() != 202) {
                            problems.add(a.status() + " " + a.body());
                        } else {
                            a.json().get("accepted").forEach(id -> accepted.add(id.asText()));
                        }
                        i += batch.size();
                    }
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                int me = r;
                readers.add(pool.submit(() -> {
                    while (writing.get() && System.nanoTime() < deadline) {
                        Client.Answer a = me % 2 == 0 ? c.get("/api/stories?limit=20")
                                : c.get("/api/search?q=" + (me == 1 ? "gouvernement" : "président"));
                        reads.incrementAndGet();
                        if (a.status() >= 500) {
                            serverErrors.incrementAndGet();
                            problems.add(a.status() + " " + a.body());
                        } else if (a.status() == 200 && me % 2 == 0) {
                            JsonNode st = a.json().get("stories");
                            if (st.size() > 0) {
                                Client.Answer one = c.get("/api/stories/" + st.get(0).get("id").asText());
                                if (one.status() >= 500) {
                                    serverErrors.incrementAndGet();
                                }
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : writers) {
                f.get(10, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(problems).isEmpty();
            assertThat(serverErrors.get()).isZero();
            assertThat(accepted).hasSize(n);
            assertThat(reads.get()).isPositive();
            c.settled(Duration.ofMinutes(5));
            Map<String, Integer> lines = new HashMap<>();
            for (String line : c.get("/api/export").body().split("\n")) {
                if (!line.isBlank()) {
                    JsonNode a = ServerTest.parse(line);
                    lines.merge(a.get("id").asText(), 1, Integer::sum);
                    assertThat(a.get("story").isTextual()).as(line.substring(0, Math.min(200, line.length()))).isTrue();
                }
            }
            assertThat(lines.keySet()).isEqualTo(accepted);
            assertThat(lines.values()).allMatch(k -> k == 1);
            System.out.printf("concurrency: %d articles, %d reads, %d busy answers%n", n, reads.get(), busy.get());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

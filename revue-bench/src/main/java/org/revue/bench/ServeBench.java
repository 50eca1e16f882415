package org.revue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.eval.ClusterScores;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.RawDocument;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;
import org.revue.server.RevueServer;
import org.revue.server.ServerConfig;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server measured on demand (never by the tests):
 * <ul>
 * <li>{@code ServeBench parity FILE.jsonl SEED...}: the documents of a clusters-format file posted one at a
 * time in each seeded order; BCubed F1 of the server's grouping against digest's and both against the gold
 * (event = cluster, story = the cluster's story).</li>
 * <li>{@code ServeBench build SHARED DATA_DIR N [BATCH]}: a store of N articles synthesized as {@link ClusterScale}
 * does, posted in batches by 4 clients; ingest rate, time until processed, CPU time, then start-up time on it.</li>
 * </ul>
 */
public final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "parity" -> parity(Path.of(args[1]), args.length > 2 ? List.of(args).subList(2, args.length) : List.of("1"));
            case "build" -> build(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 100);
            default -> {
                System.err.println("usage: ServeBench parity FILE.jsonl SEED... | build SHARED DATA_DIR N [BATCH]");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    static void parity(Path file, List<String> seeds) throws Exception {
        List<ObjectNode> docs = new ArrayList<>();
        Map<String, String> goldEvent = new HashMap<>();
        Map<String, String> goldStory = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode c = JSON.readTree(line);
            for (JsonNode d : c.path("docs")) {
                ObjectNode o = JSON.createObjectNode().put("id", d.get("id").asText()).put("text", d.get("text").asText());
                if (d.path("title").isTextual()) {
                    o.put("title", d.get("title").asText());
                }
                if (d.path("date").isTextual()) {
                    o.put("date", d.get("date").asText());
                }
                docs.add(o);
                goldEvent.put(d.get("id").asText(), c.get("id").asText());
                goldStory.put(d.get("id").asText(), c.path("story").asText(c.get("id").asText()));
            }
        }
        List<RawDocument> raws = new ArrayList<>();
        for (ObjectNode o : docs) {
            raws.add(new RawDocument(o.get("id").asText(), o.get("id").asText(), o.path("title").asText(null),
                    o.get("text").asText(), null, o.has("date") ? java.time.LocalDate.parse(o.get("date").asText()) : null,
                    null, null, null));
        }
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE);
        List<Article> arts = p.analyze(raws);
        Digest d = p.digest(arts);
        System.out.printf("digest vs gold: events %.4f stories %.4f%n", ClusterScores.of(goldEvent, d.eventOf()).bcubedF1(),
                ClusterScores.of(goldStory, d.storyOf()).bcubedF1());
        for (String seed : seeds) {
            List<ObjectNode> order = new ArrayList<>(docs);
            Collections.shuffle(order, new Random(Long.parseLong(seed)));
            Path dir = Files.createTempDirectory("revue-parity");
            try (RevueServer s = RevueServer.start(ServerConfig.defaults(dir).withPort(0))) {
                String base = "http://127.0.0.1:" + s.port();
                long t0 = System.nanoTime();
                for (ObjectNode o : order) {
                    post(base + "/api/articles", o.toString());
                }
                settle(base);
                double secs = (System.nanoTime() - t0) / 1e9;
                Map<String, String> ev = new HashMap<>();
                Map<String, String> st = new HashMap<>();
                for (String line : get(base + "/api/export").split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode a = JSON.readTree(line);
                        ev.put(a.get("id").asText(), a.path("event").asText());
                        st.put(a.get("id").asText(), a.path("story").asText());
                    }
                }
                System.out.printf("seed %s: server vs digest: events %.4f stories %.4f | server vs gold: events %.4f stories %.4f | %d articles one at a time in %.1f s%n",
                        seed, ClusterScores.of(d.eventOf(), ev).bcubedF1(), ClusterScores.of(d.storyOf(), st).bcubedF1(),
                        ClusterScores.of(goldEvent, ev).bcubedF1(), ClusterScores.of(goldStory, st).bcubedF1(), docs.size(), secs);
            }
        }
    }

    static void build(Path shared, Path data, int n, int batch) throws Exception {
        List<RawDocument> docs = ClusterScale.synthesize(ClusterScale.bases(shared.resolve("data")), n);
        ServerConfig cfg = ServerConfig.defaults(data).withPort(0);
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        try (RevueServer s = RevueServer.start(cfg)) {
            String base = "http://127.0.0.1:" + s.port();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger accepted = new AtomicInteger();
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                fs.add(pool.submit(() -> {
                    for (int i; (i = next.getAndAdd(batch)) < docs.size(); ) {
                        ArrayNode arr = JSON.createArrayNode();
                        for (RawDocument d : docs.subList(i, Math.min(docs.size(), i + batch))) {
                            ObjectNode o = arr.addObject().put("id", d.id()).put("text", d.text());
                            if (d.title() != null) {
                                o.put("title", d.title());
                            }
                            if (d.date() != null) {
                                o.put("date", d.date().toString());
                            }
                        }
                        while (true) {
                            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(arr.toString())));
                            if (r.statusCode() == 429) {
                                sleep(200);
                                continue;
                            }
                            accepted.addAndGet(JSON.readTree(r.body()).get("accepted").size());
                            break;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            double acceptedSecs = (System.nanoTime() - t0) / 1e9;
            settle(base);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpu() - cpu0) / 1e9;
            System.out.printf("build: %d articles accepted in %.1f s (%.0f/s), all processed after %.1f s (%.0f articles/s), process CPU %.1f s (%.0f articles per CPU second)%n",
                    accepted.get(), acceptedSecs, accepted.get() / acceptedSecs, secs, n / secs, cpuSecs, n / cpuSecs);
            System.out.println("build: health " + get(base + "/api/health"));
        }
        long s0 = System.nanoTime();
        try (RevueServer s = RevueServer.start(cfg)) {
            double start = (System.nanoTime() - s0) / 1e9;
            System.out.printf("start-up on the store: %.2f s; health %s%n", start, get("http://127.0.0.1:" + s.port() + "/api/health"));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void settle(String base) throws Exception {
        long end = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (System.nanoTime() < end) {
            JsonNode h = JSON.readTree(get(base + "/api/health"));
            if (h.get("pending").asInt() == 0) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("not settled");
    }

    static void post(String url, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 202) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET()).body();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.revue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.revue.eval.ClusterSet;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.RawDocument;
import org.revue.summarize.ClusterSummaries;
import org.revue.summarize.Summarizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to summarize one cluster of {@code docs} French news documents in 100 words with Revue's summarizer.
 * {@code summarize}: from analyzed articles (term space, concepts, selection, citations); {@code endToEnd}: from raw
 * text (extraction, sentence splitting, analysis, then the same). The 10-document cluster is rpm2-fr-dev's first
 * cluster; the 500-document one is every document of crisis-fr-dev (230 scraped pages on Egypt and Libya, 2011),
 * rpm2-fr-dev (200 articles) and ftib-fr-dev (54 articles), then the first 16 chunks of enp-fr-ner-dev, read
 * from {@code data} (default ../shared/data).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummarizeBench {
    @Param({"10", "500"})
    public int docs;

    @Param("../shared/data")
    public String data;

    private List<RawDocument> raw;
    private List<Article> articles;

    @Setup(Level.Trial)
    public void load() throws Exception {
        raw = cluster(Path.of(data), docs);
        articles = new ClusterSummaries("fr", (o, m) -> { }).analyze(raw);
    }

    static List<RawDocument> cluster(Path dir, int n) throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no evaluation data at " + dir.toAbsolutePath() + " (-p data=DIR)");
        }
        if (n <= 10) {
            return ClusterSet.read(dir.resolve("rpm2-fr-dev.jsonl")).clusters().get(0).docs().subList(0, n);
        }
        List<RawDocument> all = new ArrayList<>();
        for (String f : new String[]{"crisis-fr-dev.jsonl", "rpm2-fr-dev.jsonl"}) {
            all.addAll(ClusterSet.read(dir.resolve(f)).docs());
        }
        // these two sets hold one document a line ({id, text})
        ObjectMapper json = new ObjectMapper();
        for (String f : new String[]{"ftib-fr-dev.jsonl", "enp-fr-ner-dev.jsonl"}) {
            for (String line : Files.readAllLines(dir.resolve(f))) {
                if (!line.isBlank() && all.size() < n) {
                    JsonNode d = json.readTree(line);
                    all.add(new RawDocument(d.path("id").asText(), f, null, d.path("text").asText(), null, null, null, null, "fr"));
                }
            }
        }
        return all.subList(0, Math.min(n, all.size()));
    }

    @Benchmark
    public List<Cited> summarize() {
        return ClusterSummaries.summarize(articles, 100, Summarizer.Algorithm.CONCEPTS);
    }

    @Benchmark
    public List<Cited> endToEnd() {
        ClusterSummaries cs = new ClusterSummaries("fr", (o, m) -> { });
        return ClusterSummaries.summarize(cs.analyze(raw), 100, Summarizer.Algorithm.CONCEPTS);
    }
}

package org.revue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.util.Span;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.revue.analyze.LanguageDetector;
import org.revue.analyze.SentenceSplitter;
import org.revue.analyze.semantic.Analysis;
import org.revue.analyze.semantic.Analyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Articles per second on one thread (so per core) for the whole analysis layer — language, sentences,
 * entities, quotes, temporal expressions and date inference — over the 200 articles of rpm2-fr-dev (no
 * dates given, so dates are inferred), read from {@code data} (default ../shared/data).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(1)
public class AnalysisBench {
    @Param("../shared/data")
    public String data;

    private final List<String> texts = new ArrayList<>();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(data, "rpm2-fr-dev.jsonl"))) {
            if (!line.isBlank()) {
                for (JsonNode d : json.readTree(line).path("docs")) {
                    texts.add(d.path("text").asText());
                }
            }
        }
    }

    /** One article a call, cycling through the set. */
    @Benchmark
    public Analysis analyzeOneArticle() {
        String text = texts.get(next++ % texts.size());
        String lang = LanguageDetector.get().detect(text);
        List<int[]> sentences = new ArrayList<>();
        for (Span s : splitter.split(text, lang)) {
            sentences.add(new int[]{s.getStart(), s.getEnd()});
        }
        return Analyzer.analyze(new Analyzer.Input("a", text, (LocalDate) null, lang, sentences));
    }
}

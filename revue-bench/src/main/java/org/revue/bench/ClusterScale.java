package org.revue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.revue.cluster.Clusterer;
import org.revue.cluster.Grouping;
import org.revue.cluster.TermSpace;
import org.revue.model.Article;
import org.revue.model.RawDocument;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Clustering at scale: {@code ClusterScale SHARED_DIR N...} builds N varied articles from the real texts of
 * ../shared/data and times extraction + analysis, then clustering alone: term vectors (Lucene analysis into
 * the term space) and grouping (copies, candidates, events, stories), printing articles per second, the peak heap (garbage included) and the live heap after a full
 * collection with all results still referenced. Run each size in its own JVM for clean figures.
 *
 * <p>How the articles are varied: article k takes about 60% of the sentences of base text k mod B (in
 * order), 30% of those of a neighbouring base text (the texts are read cluster by cluster, so it is usually
 * one of the same gold event or story), and two sentences of random texts; its date is spread over a
 * year. Articles therefore form related groups, as news does, without being copies of each other.
 */
public final class ClusterScale {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?»\"])\\s+(?=[\\p{Lu}«\"])");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ClusterScale SHARED_DIR N [N...]");
            System.exit(2);
        }
        List<List<String>> bases = bases(Path.of(args[0], "data"));
        System.out.printf("base texts: %d%n", bases.size());
        System.out.println("articles  analyze_s  vectors_s  group_s  cluster_s  cluster_art_per_s  end_to_end_art_per_s  events  stories  copies  peak_heap_MB  live_heap_MB");
        for (int a = 1; a < args.length; a++) {
            run(bases, Integer.parseInt(args[a]));
        }
    }

    static void run(List<List<String>> bases, int n) {
        List<RawDocument> docs = synthesize(bases, n);
        resetPeaks();
        long t0 = System.nanoTime();
        Pipeline p = new Pipeline(Pipeline.Options.defaults().withLang("auto"), (o, m) -> {
        }, Progress.NONE);
        List<Article> articles = p.analyze(docs);
        long t1 = System.nanoTime();
        TermSpace space = new TermSpace(articles, false);
        long tv = System.nanoTime();
        Grouping g = new Clusterer().group(space);
        long t2 = System.nanoTime();
        long copies = java.util.Arrays.stream(g.duplicateOf()).filter(x -> x >= 0).count();
        double analyze = (t1 - t0) / 1e9;
        double cluster = (t2 - t1) / 1e9;
        long peak = peakHeapMb();
        System.gc(); // what is still referenced here: the articles, the term space and the grouping
        long live = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf("%8d  %9.2f  %9.2f  %7.2f  %9.2f  %17.0f  %20.0f  %6d  %7d  %6d  %12d  %12d%n", articles.size(),
                analyze, (tv - t1) / 1e9, (t2 - tv) / 1e9, cluster,
                articles.size() / cluster, articles.size() / (analyze + cluster), g.events().size(), g.stories().size(),
                copies, peak, live);
        java.lang.ref.Reference.reachabilityFence(space);
        java.lang.ref.Reference.reachabilityFence(articles);
    }

    public static List<RawDocument> synthesize(List<List<String>> bases, int n) {
        List<RawDocument> out = new ArrayList<>(n);
        int b = bases.size();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int k = 0; k < n; k++) {
            Random r = new Random(k * 7919L + 17);
            List<String> base = bases.get(k % b);
            List<String> near = bases.get(Math.floorMod(k % b + r.nextInt(7) - 3, b));
            StringBuilder text = new StringBuilder();
            for (String s : base) {
                if (r.nextDouble() < 0.6) {
                    text.append(s).append(' ');
                }
            }
            text.append("\n\n");
            for (String s : near) {
                if (r.nextDouble() < 0.3) {
                    text.append(s).append(' ');
                }
            }
            for (int x = 0; x < 2; x++) {
                List<String> any = bases.get(r.nextInt(b));
                text.append(any.get(r.nextInt(any.size()))).append(' ');
            }
            String title = base.get(0).length() > 120 ? base.get(0).substring(0, 120) : base.get(0);
            out.add(new RawDocument("a" + k, "synthetic", title, text.toString(), null,
                    start.plusDays((k / b * 37L + r.nextInt(3)) % 365), null, null, null));
        }
        return out;
    }

    /** Sentences of every text of the evaluation sets, cluster by cluster. */
    public static List<List<String>> bases(Path data) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String f : List.of("rpm2-fr-dev.jsonl", "crisis-fr-dev.jsonl")) {
            for (String line : Files.readAllLines(data.resolve(f))) {
                if (!line.isBlank()) {
                    json.readTree(line).path("docs").forEach(d -> texts.add(d.path("text").asText()));
                }
            }
        }
        for (String f : List.of("ftib-fr-dev.jsonl", "enp-fr-ner-dev.jsonl")) {
            for (String line : Files.readAllLines(data.resolve(f))) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        JsonNode sh = json.readTree(data.resolve("extract-scrapinghub-dev/ground-truth.json").toFile());
        sh.forEach(v -> texts.add(v.path("articleBody").asText()));
        try (Stream<Path> s = Files.list(data.resolve("extract-wcxb-dev/ground-truth"))) {
            for (Path p : s.sorted().toList()) {
                texts.add(json.readTree(p.toFile()).path("ground_truth").path("main_content").asText());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) {
            List<String> sents = new ArrayList<>();
            for (String para : t.split("\\n+")) {
                for (String s : SENTENCE_END.split(para.strip())) {
                    if (s.split("\\s+").length >= 5) {
                        sents.add(s.strip());
                    }
                }
            }
            if (sents.size() >= 3) {
                out.add(sents);
            }
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}

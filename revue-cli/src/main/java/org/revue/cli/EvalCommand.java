package org.revue.cli;

import org.revue.cluster.Clusterer;
import org.revue.eval.ClusterScores;
import org.revue.eval.ClusterSet;
import org.revue.model.Digest;
import org.revue.model.Warnings;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.revue.eval.Rouge;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.summarize.ClusterSummaries;
import org.revue.summarize.Summarizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code revue eval …}: quality measured on gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on gold data.",
        subcommands = {EvalCommand.Cluster.class, EvalExtract.class, EvalCommand.RougeScore.class,
                EvalCommand.Summarize.class, EvalCommand.Timex.class, EvalCommand.Analysis.class, EvalCommand.Throughput.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    @Command(name = "cluster", mixinStandardHelpOptions = true,
            description = "Run the pipeline on every document of a clusters-format file, all together, and score "
                    + "the events and stories found against the gold clusters (BCubed and pairwise P/R/F1).")
    static final class Cluster implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "clusters-format JSONL")
        Path data;

        @Option(names = "--level", defaultValue = "both", description = "event, story or both (default: ${DEFAULT-VALUE})")
        String level;

        @Option(names = "--no-dates", description = "ignore the documents' dates")
        boolean noDates;

        @Option(names = "--event-threshold", description = "override the event similarity threshold")
        Double eventThreshold;

        @Option(names = "--story-threshold", description = "override the story similarity threshold")
        Double storyThreshold;

        @Option(names = "--time-weight", description = "override the weight of shared weekdays and dates")
        Double timeWeight;

        @Option(names = "--incremental", description = "feed the articles one at a time to the incremental clusterer")
        boolean incremental;

        @Option(names = "--shuffle", paramLabel = "SEED", description = "with --incremental: arrival order shuffled with this seed")
        Long shuffle;

        @Option(names = "--rebalance-every", paramLabel = "N", description = "with --incremental: rebalance after every N articles and at the end "
                + "(0: never); without it, the clusterer rebalances by itself (after 20, 30, 45, … articles)")
        Integer rebalanceEvery;

        @Override
        public Integer call() throws Exception {
            ClusterSet gold = ClusterSet.read(data);
            var docs = gold.docs();
            if (noDates) {
                docs = docs.stream().map(d -> new org.revue.model.RawDocument(d.id(), d.origin(), d.title(), d.text(),
                        d.html(), null, d.url(), d.source(), d.lang())).toList();
            }
            Clusterer.Settings s = Clusterer.Settings.DEFAULT.withThresholds(eventThreshold, storyThreshold);
            if (timeWeight != null) {
                s = s.withTimeWeight(timeWeight);
            }
            long t0 = System.nanoTime();
            Pipeline pipeline = new Pipeline(Pipeline.Options.defaults().withClustering(s), Warnings.STDERR, Progress.NONE);
            var articles = pipeline.analyze(docs);
            if (incremental) {
                return incremental(gold, articles, s, t0);
            }
            Digest d = pipeline.digest(articles, false);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("data: %s (%d docs, %d gold clusters) -> %d events, %d stories in %.2f s%n",
                    data, docs.size(), gold.clusters().size(),
                    d.stories().stream().mapToInt(x -> x.events().size()).sum(), d.stories().size(), secs);
            System.out.println("level   items  BCubed-P  BCubed-R  BCubed-F1  pair-P  pair-R  pair-F1");
            if (!level.equals("story")) {
                print("event", ClusterScores.of(gold.labels(false), d.eventOf()));
            }
            if (!level.equals("event")) {
                print("story", ClusterScores.of(gold.labels(true), d.storyOf()));
            }
            return 0;
        }

        private int incremental(ClusterSet gold, java.util.List<org.revue.model.Article> articles,
                                Clusterer.Settings s, long t0) {
            java.util.List<org.revue.model.Article> order = new java.util.ArrayList<>(articles);
            if (shuffle != null) {
                java.util.Collections.shuffle(order, new java.util.Random(shuffle));
            }
            int every = rebalanceEvery == null ? 0 : rebalanceEvery;
            org.revue.cluster.IncrementalClusterer ic = new org.revue.cluster.IncrementalClusterer(s, rebalanceEvery == null);
            java.util.Map<String, String> event = new java.util.HashMap<>();
            java.util.Map<String, String> story = new java.util.HashMap<>();
            int moved = 0;
            for (org.revue.model.Article a : order) {
                ic.add(a);
                if (every > 0 && ic.size() % every == 0) {
                    moved += ic.rebalance();
                }
            }
            if (every > 0 && ic.size() % every != 0) {
                moved += ic.rebalance();
            }
            for (var as : ic.assignments()) {
                event.put(as.article(), as.event());
                story.put(as.article(), as.story());
            }
            if (every > 0) {
                System.out.printf("rebalanced every %d articles: %d moves in all%n", every, moved);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("data: %s (%d docs, %d gold clusters), incremental%s -> %d events, %d stories in %.2f s%n",
                    data, articles.size(), gold.clusters().size(), shuffle != null ? ", shuffled (seed " + shuffle + ")" : "",
                    new java.util.HashSet<>(event.values()).size(), new java.util.HashSet<>(story.values()).size(), secs);
            System.out.println("level   items  BCubed-P  BCubed-R  BCubed-F1  pair-P  pair-R  pair-F1");
            if (!level.equals("story")) {
                print("event", ClusterScores.of(gold.labels(false), event));
            }
            if (!level.equals("event")) {
                print("story", ClusterScores.of(gold.labels(true), story));
            }
            return 0;
        }

        private static void print(String level, ClusterScores s) {
            System.out.printf("%-6s %6d  %8.4f  %8.4f  %9.4f  %6.4f  %6.4f  %7.4f%n", level, s.items(),
                    s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairP(), s.pairR(), s.pairF1());
        }
    }

    /** Reference summaries of each cluster of a clusters-format file (id, lang, summaries). */
    record References(String lang, List<String> summaries) {
        static Map<String, References> read(Path file) throws IOException {
            ObjectMapper json = new ObjectMapper();
            Map<String, References> m = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> sums = new ArrayList<>();
                n.path("summaries").forEach(x -> sums.add(x.asText()));
                m.put(n.path("id").asText(), new References(n.path("lang").isTextual() ? n.path("lang").asText() : null, sums));
            }
            return m;
        }
    }

    static Rouge.Scores score(List<String> peer, References ref, Rouge.Mode mode, int words, boolean stem,
                              String lang, Map<String, String> exceptions) {
        String l = lang != null && !lang.equals("auto") ? lang : ref.lang() != null ? ref.lang() : "en";
        Rouge.Settings s = new Rouge.Settings(mode, words, stem, l, exceptions);
        return Rouge.score(peer, ref.summaries().stream().map(List::of).toList(), s);
    }

    static void printHeader(PrintStream out, String first) {
        out.printf("%-10s %-9s  %-22s %-22s %-22s%n", first, "mode", "ROUGE-1 R/P/F", "ROUGE-2 R/P/F", "ROUGE-SU4 R/P/F");
    }

    static void printRow(PrintStream out, String first, String mode, Rouge.Scores s) {
        out.printf("%-10s %-9s  %s %s %s%n", first, mode, prf(s.rouge1()), prf(s.rouge2()), prf(s.su4()));
    }

    private static String prf(Rouge.Prf p) {
        return String.format(Locale.ROOT, "%.4f %.4f %.4f ", p.r(), p.p(), p.f());
    }

    @Command(name = "rouge", mixinStandardHelpOptions = true,
            description = "ROUGE-1, ROUGE-2 and ROUGE-SU4 (R/P/F, averaged over references and clusters) of peer "
                    + "summaries against reference summaries. rouge155 counts as ROUGE-1.5.5 -n 2 -2 4 -u -m -f A "
                    + "-p 0.5 -t 0 -l WORDS; unicode keeps every letter and uses the language's Snowball stemmer.")
    static final class RougeScore implements Callable<Integer> {
        @Option(names = "--peers", required = true, paramLabel = "FILE", description = "JSONL: id, sentences[{text}] or summary")
        Path peers;

        @Option(names = "--references", required = true, paramLabel = "FILE", description = "JSONL: id, lang, summaries[]")
        Path references;

        @Option(names = "--mode", defaultValue = "rouge155", description = "rouge155 or unicode (default: ${DEFAULT-VALUE})")
        String mode;

        @Option(names = "--words", defaultValue = "100", description = "cut peers and references after this many words; 0: no cut")
        int words;

        @Option(names = "--stem", description = "stem (rouge155: ROUGE's Porter stemmer, -m; unicode: Snowball)")
        boolean stem;

        @Option(names = "--lang", defaultValue = "auto", description = "language for unicode stemming (default: each cluster's)")
        String lang;

        @Option(names = "--wordnet-exceptions", paramLabel = "DIR",
                description = "folder of WordNet *.exc lists, looked up before stemming as ROUGE-1.5.5 does (default: WordNet 3.0's, shipped)")
        Path exceptions;

        @Override
        public Integer call() throws Exception {
            Map<String, References> refs = References.read(references);
            Map<String, String> exc = exceptions == null ? Rouge.wordnetExceptions() : Rouge.readExceptions(exceptions);
            Rouge.Mode m = Rouge.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
            ObjectMapper json = new ObjectMapper();
            List<Rouge.Scores> all = new ArrayList<>();
            int missing = 0;
            for (String line : Files.readAllLines(peers, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                References r = refs.get(n.path("id").asText());
                if (r == null || r.summaries().isEmpty()) {
                    missing++;
                    continue;
                }
                List<String> peer = new ArrayList<>();
                n.path("sentences").forEach(x -> peer.add(x.path("text").asText()));
                if (peer.isEmpty()) {
                    peer.add(n.path("summary").asText());
                }
                all.add(score(peer, r, m, words, stem, lang, exc));
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.printf("peers: %s, references: %s: %d clusters scored%s (-l %d%s)%n", peers, references, all.size(),
                    missing > 0 ? ", " + missing + " without references" : "", words, stem ? ", stemmed" : "");
            printHeader(out, "clusters");
            printRow(out, String.valueOf(all.size()), mode, Rouge.mean(all));
            return all.isEmpty() ? 1 : 0;
        }
    }

    @Command(name = "summarize", mixinStandardHelpOptions = true,
            description = "Summarize every cluster of a clusters-format file that has reference summaries, with "
                    + "Revue and the baselines, and print ROUGE in both modes (rouge155 and unicode).")
    static final class Summarize implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "clusters-format JSONL with summaries")
        Path data;

        @Option(names = "--words", defaultValue = "100", description = "word budget and ROUGE cut (default: ${DEFAULT-VALUE})")
        int words;

        @Option(names = "--algorithm", defaultValue = "revue,lead,centroid,lexrank,textrank", split = ",",
                description = "algorithms to run (default: ${DEFAULT-VALUE})")
        List<String> algorithms;

        @Option(names = "--no-stem", description = "score without stemming")
        boolean noStem;

        @Option(names = "--lang", defaultValue = "auto", description = "auto (each cluster's), fr, en, …")
        String lang;

        @Option(names = "--out", paramLabel = "DIR", description = "also write each algorithm's summaries (JSONL) here")
        Path outDir;

        @Override
        public Integer call() throws Exception {
            ClusterSet set = ClusterSet.read(data);
            Map<String, References> refs = References.read(data);
            List<Summarizer.Algorithm> algs = algorithms.stream().map(Summarizer.Algorithm::parse).toList();
            Map<Summarizer.Algorithm, List<Rouge.Scores>> ascii = new LinkedHashMap<>();
            Map<Summarizer.Algorithm, List<Rouge.Scores>> uni = new LinkedHashMap<>();
            Map<Summarizer.Algorithm, StringBuilder> outputs = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            int clusters = 0;
            long t0 = System.nanoTime();
            for (ClusterSet.Cluster c : set.clusters()) {
                References r = refs.get(c.id());
                if (r == null || r.summaries().isEmpty()) {
                    continue;
                }
                clusters++;
                String l = !lang.equals("auto") ? lang : c.lang();
                List<Article> articles = new ClusterSummaries(l, Warnings.STDERR).analyze(c.docs());
                for (Summarizer.Algorithm a : algs) {
                    List<Cited> sum = ClusterSummaries.summarize(articles, words, a);
                    List<String> peer = sum.stream().map(Cited::text).toList();
                    ascii.computeIfAbsent(a, k -> new ArrayList<>()).add(score(peer, r, Rouge.Mode.ROUGE155, words, !noStem, l, Rouge.wordnetExceptions()));
                    uni.computeIfAbsent(a, k -> new ArrayList<>()).add(score(peer, r, Rouge.Mode.UNICODE, words, !noStem, l, Map.of()));
                    outputs.computeIfAbsent(a, k -> new StringBuilder())
                            .append(json.writeValueAsString(SummarizeCommand.toJson(json, c.id(), sum))).append('\n');
                }
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "data: %s: %d clusters with references, %d words, %s, in %.1f s%n", data, clusters, words,
                    noStem ? "not stemmed" : "stemmed", (System.nanoTime() - t0) / 1e9);
            printHeader(out, "algorithm");
            for (Summarizer.Algorithm a : algs) {
                String name = a == Summarizer.Algorithm.CONCEPTS ? "revue" : a.name().toLowerCase(Locale.ROOT);
                printRow(out, name, "unicode", Rouge.mean(uni.getOrDefault(a, List.of())));
                printRow(out, name, "rouge155", Rouge.mean(ascii.getOrDefault(a, List.of())));
            }
            if (outDir != null) {
                Files.createDirectories(outDir);
                for (Map.Entry<Summarizer.Algorithm, StringBuilder> e : outputs.entrySet()) {
                    Files.writeString(outDir.resolve(e.getKey().name().toLowerCase(Locale.ROOT) + ".jsonl"), e.getValue());
                }
            }
            return clusters == 0 ? 1 : 0;
        }
    }

    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = "Tag the temporal expressions of every document of a TIMEX3 gold file (JSONL: id, lang, dct, "
                    + "text, timex3) against its creation date and print the TempEval-3 scores: strict and relaxed "
                    + "extent P/R/F1, value and type F1 over relaxed matches.")
    static final class Timex implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "TIMEX3 gold JSONL")
        Path data;

        @Option(names = "--errors", description = "list the missed, spurious and wrongly valued expressions on stderr")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            org.revue.eval.TimexSet gold = org.revue.eval.TimexSet.read(data);
            org.revue.eval.TimexScores sc = new org.revue.eval.TimexScores();
            long t0 = System.nanoTime();
            for (var d : gold.docs()) {
                var sys = org.revue.analyze.time.TimeTagger.tag(d.text(), d.dct(), d.lang());
                sc.add(d.timex(), sys);
                if (errors) {
                    org.revue.eval.TimexErrors.print(d.id(), d.dct(), d.timex(), sys, System.err);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("data: %s (%d docs, %d gold, %d system expressions, %.2f s)%n", data, gold.docs().size(),
                    sc.gold(), sc.system(), secs);
            System.out.println("measure          P       R       F1");
            print("strict extent", sc.strict());
            print("relaxed extent", sc.relaxed());
            print("value", sc.value());
            print("type", sc.type());
            return 0;
        }

        private static void print(String name, double[] prf) {
            System.out.printf("%-14s  %6.4f  %6.4f  %6.4f%n", name, prf[0], prf[1], prf[2]);
        }
    }

    /** Sentence spans of a raw text, as {@code analyze --batch} makes them. */
    static java.util.List<int[]> sentences(org.revue.analyze.SentenceSplitter splitter, String text, String lang) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (opennlp.tools.util.Span s : splitter.split(text, lang)) {
            out.add(new int[]{s.getStart(), s.getEnd()});
        }
        return out;
    }

    static String lang(String given, String text) {
        String l = org.revue.analyze.LanguageDetector.normalize(given);
        return l != null ? l : org.revue.analyze.LanguageDetector.get().detect(text);
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "Score entity mentions (exact span and type; with the entity name when the gold gives it) and "
                    + "direct quotes with their speakers on gold JSONL: id, lang, dct, text, entities [{start, end, type, "
                    + "entity}], quotes [{start, end, speaker}]. Also reads the enp-fr-ner format (PER/LOC/ORG).")
    static final class Analysis implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "gold JSONL")
        Path data;

        @Option(names = "--errors", description = "list the differences on stderr")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            var docs = org.revue.eval.AnalysisScores.read(data);
            var sc = new org.revue.eval.AnalysisScores();
            var splitter = new org.revue.analyze.SentenceSplitter();
            long t0 = System.nanoTime();
            for (var d : docs) {
                String l = lang(d.lang(), d.text());
                var an = org.revue.analyze.semantic.Analyzer.analyze(new org.revue.analyze.semantic.Analyzer.Input(d.id(), d.text(),
                        d.dct(), l, sentences(splitter, d.text(), l)));
                sc.addMentions(d.entities(), an.mentions());
                sc.addQuotes(d.quotes(), an.quotes());
                if (errors) {
                    for (var g : d.entities()) {
                        if (an.mentions().stream().noneMatch(m -> m.start() == g.start() && m.end() == g.end() && m.type().equals(g.type()))) {
                            System.err.printf("MISS %s %s %s%n", d.id(), g.type(), g.text());
                        }
                    }
                    for (var m : an.mentions()) {
                        if (d.entities().stream().noneMatch(g -> m.start() == g.start() && m.end() == g.end() && m.type().equals(g.type()))) {
                            System.err.printf("SPUR %s %s %s%n", d.id(), m.type(), m.text());
                        }
                    }
                    for (var q : an.quotes()) {
                        if (q.direct()) {
                            System.err.printf("QUOTE %s [%s] %s%n", d.id(), q.speaker(), q.text());
                        }
                    }
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            int[] c = sc.counts();
            System.out.printf("data: %s (%d docs, %d gold / %d system mentions, %d gold / %d system direct quotes, %.2f s)%n",
                    data, docs.size(), c[0], c[1], c[2], c[3], secs);
            System.out.println("measure                 P       R       F1");
            print("mentions (span+type)", sc.mentions());
            print("mentions + entity", sc.linked());
            if (c[2] > 0) {
                print("quotes (overlap)", sc.quotes());
                print("quotes + speaker", sc.speakers());
            }
            return 0;
        }

        private static void print(String name, double[] prf) {
            System.out.printf("%-22s  %6.4f  %6.4f  %6.4f%n", name, prf[0], prf[1], prf[2]);
        }
    }

    @Command(name = "throughput", mixinStandardHelpOptions = true,
            description = "Articles per CPU second (and per wall-clock second) of the whole analysis (sentences, entities, "
                    + "quotes, time) on one thread, "
                    + "over the texts of a JSONL file (any format with text, or clusters-format docs), after a warm-up. CPU time "
                    + "is the thread's own, so other processes on the machine do not lower the figure.")
    static final class Throughput implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "JSONL with texts")
        Path data;

        @Option(names = "--seconds", defaultValue = "10", description = "measuring time (default: ${DEFAULT-VALUE})")
        double seconds;

        @Override
        public Integer call() throws Exception {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            java.util.List<String[]> texts = new java.util.ArrayList<>();
            for (String line : java.nio.file.Files.readAllLines(data)) {
                if (line.isBlank()) {
                    continue;
                }
                var n = json.readTree(line);
                if (n.has("docs")) {
                    for (var d : n.get("docs")) {
                        texts.add(new String[]{d.path("text").asText(), n.path("lang").asText(null), d.path("date").asText(null)});
                    }
                } else {
                    texts.add(new String[]{n.path("text").asText(), n.path("lang").asText(null), n.path("dct").asText(null)});
                }
            }
            var splitter = new org.revue.analyze.SentenceSplitter();
            long chars = texts.stream().mapToLong(t -> t[0].length()).sum();
            run(splitter, texts, 3.0);
            double[] r = run(splitter, texts, seconds);
            System.out.printf("data: %s (%d texts, %.0f chars on average)%n", data, texts.size(), (double) chars / texts.size());
            System.out.printf("whole analysis, 1 thread: %.0f articles per CPU second (%d articles, %.2f s of CPU time); "
                    + "%.0f articles/s of wall-clock time (%.2f s)%n", r[0] / r[2], (long) r[0], r[2], r[0] / r[1], r[1]);
            return 0;
        }

        private static double[] run(org.revue.analyze.SentenceSplitter splitter, java.util.List<String[]> texts, double secs) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long n = 0;
            int i = 0;
            while ((System.nanoTime() - t0) / 1e9 < secs) {
                String[] t = texts.get(i++ % texts.size());
                String l = lang(t[1], t[0]);
                java.time.LocalDate dct = t[2] != null && t[2].length() >= 10 ? java.time.LocalDate.parse(t[2].substring(0, 10)) : null;
                org.revue.analyze.semantic.Analyzer.analyze(new org.revue.analyze.semantic.Analyzer.Input("x", t[0], dct, l,
                        sentences(splitter, t[0], l)));
                n++;
            }
            return new double[]{n, (System.nanoTime() - t0) / 1e9, (bean.getCurrentThreadCpuTime() - c0) / 1e9};
        }
    }
}

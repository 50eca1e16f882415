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

import java.nio.file.Path;

import java.util.concurrent.Callable;

/** {@code revue eval …}: quality measured on gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on gold data.",
        subcommands = {EvalCommand.Cluster.class, EvalCommand.Timex.class, EvalCommand.Analysis.class, EvalCommand.Throughput.class})
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
            Digest d = new Pipeline(Pipeline.Options.defaults().withClustering(s), Warnings.STDERR, Progress.NONE)
                    .digest(new Pipeline(Pipeline.Options.defaults(), Warnings.STDERR, Progress.NONE).analyze(docs));
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

        private static void print(String level, ClusterScores s) {
            System.out.printf("%-6s %6d  %8.4f  %8.4f  %9.4f  %6.4f  %6.4f  %7.4f%n", level, s.items(),
                    s.bcubedP(), s.bcubedR(), s.bcubedF1(), s.pairP(), s.pairR(), s.pairF1());
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

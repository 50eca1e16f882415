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
        subcommands = {EvalCommand.Cluster.class, EvalExtract.class})
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

}

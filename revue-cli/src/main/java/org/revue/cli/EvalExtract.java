package org.revue.cli;

import org.revue.eval.ExtractBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code revue eval extract}: the extraction benchmarks, each with its own scoring. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score HTML extraction on benchmark folders (ScrapingHub, trafilatura, WCXB), each with its own "
                + "scoring, plus metadata accuracy (where the gold has metadata) and pages per second.")
final class EvalExtract implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "a benchmark folder, or a folder holding extract-* benchmark folders")
    Path data;

    @Option(names = "--algorithm", defaultValue = "revue",
            description = "revue, everything (all the body text) or readability4j (default: ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--details", paramLabel = "FILE", description = "write per-page scores (TSV)")
    Path details;

    @Option(names = "--warmup", defaultValue = "1",
            description = "untimed passes over all the sets before scoring, so that pages/s is the warm speed (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        List<Path> dirs = new ArrayList<>();
        if (Files.exists(data.resolve("ground-truth.json")) || Files.exists(data.resolve("evaldata.json"))
                || Files.isDirectory(data.resolve("ground-truth"))) {
            dirs.add(data);
        } else {
            try (Stream<Path> s = Files.list(data)) {
                s.filter(p -> p.getFileName().toString().startsWith("extract-") && Files.isDirectory(p)).sorted().forEach(dirs::add);
            }
        }
        if (dirs.isEmpty()) {
            System.err.println("eval extract: no benchmark folder in " + data);
            return 2;
        }
        ExtractBench.PageExtractor ex = switch (algorithm) {
            case "revue" -> ExtractBench.revue();
            case "everything" -> ExtractBench.everything();
            case "readability4j" -> Readability4jBaseline.extractor();
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown algorithm " + algorithm);
        };
        PrintWriter det = details == null ? null : new PrintWriter(Files.newBufferedWriter(details));
        if (det != null) {
            det.println("set\tid\tscore1\tscore2\tscore3\tms\ttitle_ok\tdate_ok\tauthor_ok\terror");
        }
        for (int i = 0; i < warmup; i++) {
            for (Path dir : dirs) {
                ExtractBench.run(ExtractBench.kind(dir), ExtractBench.read(dir), ex, null);
            }
        }
        System.out.printf("algorithm: %s; pages/s after %d untimed pass(es) over all the pages (JIT warm-up)%n", algorithm, warmup);
        System.out.println("set                        pages  P       R       F1      acc     title   date    author  pages/s  slowest");
        for (Path dir : dirs) {
            ExtractBench.Kind kind = ExtractBench.kind(dir);
            List<ExtractBench.Page> pages = ExtractBench.read(dir);
            String set = dir.getFileName().toString();
            ExtractBench.Report r = ExtractBench.run(kind, pages, ex, det == null ? null : pr -> det.printf(
                    "%s\t%s\t%.4f\t%.4f\t%.4f\t%.1f\t%s\t%s\t%s\t%s%n", set, pr.page().id(), pr.scores()[0],
                    pr.scores()[1], pr.scores()[2], pr.millis(),
                    pr.page().title() == null ? "" : String.valueOf(pr.out() != null && ExtractBench.sameTitle(pr.page().title(), pr.out().title())),
                    pr.page().date() == null ? "" : String.valueOf(pr.out() != null && pr.out().published() != null && pr.page().date().startsWith(pr.out().published().toString())),
                    pr.page().author() == null ? "" : String.valueOf(pr.out() != null && ExtractBench.sameAuthor(pr.page().author(), pr.out().author())),
                    pr.error() == null ? "" : pr.error().replace('\t', ' ')));
            System.out.printf("%-26s %5d  %.4f  %.4f  %.4f  %s  %s  %s  %s  %7.1f  %.0f ms (%s)%s%n", set, r.pages(),
                    r.precision(), r.recall(), r.f1(), Double.isNaN(r.accuracy()) ? "  -   " : String.format("%.4f", r.accuracy()),
                    ratio(r.titlesRight(), r.titles()), ratio(r.datesRight(), r.dates()), ratio(r.authorsRight(), r.authors()),
                    r.pagesPerSecond(), r.slowestMillis(), r.slowestId(),
                    r.errors() > 0 ? "  errors: " + r.errors() : "");
        }
        System.out.println("scoring: scrapinghub = shingle P/R averaged over pages, F1 of the averages, acc = exact match; "
                + "trafilatura = snippet micro P/R/F1, acc = (TP+TN)/all; wcxb = word P/R/F1 macro-averaged. "
                + "title/date/author: share right of the pages whose gold has one.");
        if (det != null) {
            det.close();
        }
        return 0;
    }

    private static String ratio(int right, int n) {
        return n == 0 ? "  -   " : String.format("%.4f", (double) right / n);
    }
}

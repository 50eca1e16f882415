package org.revue.summarize;

import org.revue.analyze.Analyze;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.RawDocument;
import org.revue.model.Warnings;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One group of raw documents summarized as one cluster, with the summarizer {@code digest} uses: the documents are
 * extracted and analyzed as the pipeline does, put in one term space, and summarized together.
 */
public final class ClusterSummaries {
    private final Analyze analyze;
    private final Warnings warnings;

    /** @param lang a language code for every document, or null/"auto" to take the document's own or detect it */
    public ClusterSummaries(String lang, Warnings warnings) {
        this.analyze = new Analyze(lang == null || lang.equals("auto") ? null : lang);
        this.warnings = warnings;
    }

    /** The documents analyzed, in input order; one that cannot be read is reported and left out. */
    public List<Article> analyze(List<RawDocument> docs) {
        return analyze.all(docs, warnings, () -> {
        });
    }

    /** Summary of analyzed articles taken as one cluster, at most {@code words} words. */
    public static List<Cited> summarize(List<Article> articles, int words, Summarizer.Algorithm algorithm) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Integer> all = IntStream.range(0, articles.size()).boxed().toList();
        return new Summarizer(articles, algorithm).summarize(all, words, List.of());
    }

    public List<Cited> summarize(List<RawDocument> docs, int words) {
        return summarize(analyze(docs), words, Summarizer.Algorithm.CONCEPTS);
    }
}

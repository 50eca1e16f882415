package org.revue.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.eval.ClusterSet;
import org.revue.ingest.Ingest;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.RawDocument;
import org.revue.model.SourceRef;
import org.revue.model.Warnings;
import org.revue.summarize.ClusterSummaries;
import org.revue.summarize.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code revue summarize}: the summary of one folder of documents, or of each cluster of a clusters file. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarize a folder of documents as one cluster (plain text), or each cluster of a "
                + "clusters-format file (--batch, one JSON line per cluster), with the summarizer digest uses.")
final class SummarizeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "a folder (or file) of documents, summarized together")
    Path dir;

    @Option(names = "--batch", paramLabel = "FILE", description = "clusters-format JSONL: id, lang, docs[{id,title,date,text}]")
    Path batch;

    @Option(names = "--words", defaultValue = "100", description = "word budget (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--lang", defaultValue = "auto", description = "auto, fr, en, … (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--algorithm", defaultValue = "revue",
            description = "revue (default), or a baseline: lead, centroid, lexrank, textrank")
    String algorithm;

    @Override
    public Integer call() throws Exception {
        Summarizer.Algorithm alg = Summarizer.Algorithm.parse(algorithm);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (batch == null && dir == null || batch != null && dir != null) {
            System.err.println("revue summarize: give either DIR or --batch FILE");
            return 2;
        }
        if (batch != null) {
            ObjectMapper json = new ObjectMapper();
            for (ClusterSet.Cluster c : ClusterSet.read(batch).clusters()) {
                List<Cited> summary = summarize(c.docs(), c.lang(), alg);
                out.println(json.writeValueAsString(toJson(json, c.id(), summary)));
            }
            out.flush();
            return 0;
        }
        List<RawDocument> docs = new Ingest(Warnings.STDERR).read(List.of(dir));
        if (docs.isEmpty()) {
            System.err.println("revue: no article could be read from " + dir);
            return 1;
        }
        for (Cited c : summarize(docs, null, alg)) {
            out.println(c.text());
        }
        out.flush();
        return 0;
    }

    private List<Cited> summarize(List<RawDocument> docs, String clusterLang, Summarizer.Algorithm alg) {
        String l = !lang.equals("auto") ? lang : clusterLang;
        ClusterSummaries cs = new ClusterSummaries(l, Warnings.STDERR);
        List<Article> articles = cs.analyze(docs);
        return ClusterSummaries.summarize(articles, words, alg);
    }

    static ObjectNode toJson(ObjectMapper json, String id, List<Cited> summary) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("summary", String.join(" ", summary.stream().map(Cited::text).toList()));
        ArrayNode ss = o.putArray("sentences");
        for (Cited c : summary) {
            ObjectNode s = ss.addObject();
            s.put("text", c.text());
            ArrayNode src = s.putArray("sources");
            for (SourceRef r : c.sources()) {
                src.addObject().put("doc", r.article()).put("sentence", r.sentence());
            }
        }
        return o;
    }
}

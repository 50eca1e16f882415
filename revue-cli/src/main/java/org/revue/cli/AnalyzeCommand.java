package org.revue.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import opennlp.tools.util.Span;
import org.revue.analyze.LanguageDetector;
import org.revue.analyze.SentenceSplitter;
import org.revue.analyze.entities.Entity;
import org.revue.analyze.entities.Mention;
import org.revue.analyze.quotes.Quote;
import org.revue.analyze.semantic.Analysis;
import org.revue.analyze.semantic.Analyzer;
import org.revue.analyze.semantic.StoryAnalysis;
import org.revue.analyze.time.Timex;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.Warnings;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code revue analyze}: sentences, entities, quotes and time of each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Per article: sentences with offsets, entities (persons, places, organizations, merged with their "
                + "variants over each story), quotes with their speakers, and temporal expressions normalized against the "
                + "publication date (inferred when the article has none). --batch reads JSONL lines {id, text, dct} and "
                + "writes one JSON line per input, offsets into the text as given.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "files or folders (.txt, .html, .jsonl)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date of articles that have none and get none inferred")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--batch", paramLabel = "FILE.jsonl", description = "analyze raw texts: lines {id, text, dct}")
    Path batch;

    @Option(names = "--lang", defaultValue = "auto", description = "auto, or a language code for every text")
    String lang;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (batch != null) {
            return batch();
        }
        if (paths.isEmpty()) {
            System.err.println("revue analyze: give FILE|DIR or --batch FILE.jsonl");
            return 2;
        }
        Pipeline p = new Pipeline(Pipeline.Options.defaults().withLang(lang), Warnings.STDERR, Progress.NONE);
        Digest d = p.run(paths);
        if (d.articles().isEmpty()) {
            System.err.println("revue: no article could be read from " + paths);
            return 1;
        }
        StoryAnalysis.Result r = StoryAnalysis.analyze(d.articles(), d.stories(), date);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        if (format.equals("json")) {
            ObjectNode root = JSON.createObjectNode();
            ArrayNode arts = root.putArray("articles");
            for (Article a : d.articles()) {
                Analysis an = r.byArticle().get(a.id());
                ObjectNode n = node(an, a.text());
                n.put("title", a.title());
                n.put("published", an.dct() == null ? null : an.dct().toString());
                n.put("publishedInferred", an.dctInferred());
                arts.add(n);
            }
            ArrayNode st = root.putArray("stories");
            for (var s : d.stories()) {
                ObjectNode n = st.addObject();
                n.put("id", s.id());
                n.put("title", s.title());
                entities(n.putArray("entities"), r.byStory().getOrDefault(s.id(), List.of()));
            }
            out.println(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            for (Article a : d.articles()) {
                text(out, a, r.byArticle().get(a.id()));
            }
            for (var s : d.stories()) {
                out.printf("## story %s: %s%n", s.id(), s.title());
                for (Entity e : r.byStory().getOrDefault(s.id(), List.of())) {
                    out.printf("  %-12s %s%s (%d mentions, %d articles)%n", e.type(), e.name(),
                            e.aliases().isEmpty() ? "" : " = " + String.join(" | ", e.aliases()), e.mentions(), e.articles().size());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, Article a, Analysis an) {
        out.printf("# %s  %s  (%s)%s%n", a.id(), a.title(), an.dct() == null ? "no date" : an.dct(),
                an.dctInferred() ? " inferred" : "");
        out.println("time:");
        for (Timex t : an.timex()) {
            out.printf("  [%d-%d] %-28s %-8s %s%n", t.start(), t.end(), t.text().replace('\n', ' '), t.type(), t.value());
        }
        out.println("entities:");
        for (Entity e : an.entities()) {
            out.printf("  %-12s %s%s (%d)%n", e.type(), e.name(), e.aliases().isEmpty() ? "" : " = " + String.join(" | ", e.aliases()), e.mentions());
        }
        out.println("quotes:");
        for (Quote q : an.quotes()) {
            out.printf("  %s %s: %s%n", q.direct() ? "direct  " : "indirect", q.speaker() == null ? "?" : q.speaker(),
                    shorten(q.text()));
        }
        out.println();
    }

    private static String shorten(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 110 ? t.substring(0, 107) + "…" : t;
    }

    private static ObjectNode node(Analysis an, String text) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", an.id());
        n.put("lang", an.lang());
        ArrayNode ss = n.putArray("sentences");
        for (int[] s : an.sentences()) {
            ObjectNode x = ss.addObject();
            x.put("start", s[0]);
            x.put("end", s[1]);
            if (text != null) {
                x.put("text", text.substring(s[0], s[1]));
            }
        }
        ArrayNode tx = n.putArray("timex");
        for (Timex t : an.timex()) {
            ObjectNode x = tx.addObject();
            x.put("start", t.start());
            x.put("end", t.end());
            x.put("text", t.text());
            x.put("type", t.type());
            x.put("value", t.value());
        }
        ArrayNode es = n.putArray("entities");
        for (Mention m : an.mentions()) {
            ObjectNode x = es.addObject();
            x.put("start", m.start());
            x.put("end", m.end());
            x.put("text", m.text());
            x.put("type", m.type());
            x.put("entity", m.entity());
        }
        ArrayNode qs = n.putArray("quotes");
        for (Quote q : an.quotes()) {
            ObjectNode x = qs.addObject();
            x.put("start", q.start());
            x.put("end", q.end());
            x.put("text", q.text());
            x.put("speaker", q.speaker());
            x.put("direct", q.direct());
            x.put("sentence", q.sentence());
        }
        if (text != null) {
            entities(n.putArray("merged"), an.entities());
        }
        return n;
    }

    private static void entities(ArrayNode arr, List<Entity> list) {
        for (Entity e : list) {
            ObjectNode x = arr.addObject();
            x.put("name", e.name());
            x.put("type", e.type());
            ArrayNode al = x.putArray("aliases");
            e.aliases().forEach(al::add);
            ArrayNode ar = x.putArray("articles");
            e.articles().forEach(ar::add);
            x.put("mentions", e.mentions());
        }
    }

    /** One JSON line per input line; offsets into the text as given. */
    private int batch() throws Exception {
        SentenceSplitter splitter = new SentenceSplitter();
        String forced = LanguageDetector.normalize(lang);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try (BufferedReader r = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode in;
                try {
                    in = JSON.readTree(line);
                } catch (Exception e) {
                    System.err.printf("revue: %s:%d: malformed JSON line, skipped%n", batch, no);
                    continue;
                }
                String id = in.path("id").asText(Integer.toString(no));
                String text = in.path("text").asText("");
                String dct = in.path("dct").isNull() ? null : in.path("dct").asText(null);
                LocalDate d = null;
                if (dct != null && dct.length() >= 10) {
                    try {
                        d = LocalDate.parse(dct.substring(0, 10));
                    } catch (RuntimeException e) {
                        System.err.printf("revue: %s:%d: bad dct %s, ignored%n", batch, no, dct);
                    }
                }
                if (d == null) {
                    d = date;
                }
                String l = forced != null ? forced : LanguageDetector.normalize(in.path("lang").asText(null));
                if (l == null) {
                    l = LanguageDetector.get().detect(text);
                }
                List<int[]> sentences = new ArrayList<>();
                for (Span s : splitter.split(text, l)) {
                    sentences.add(new int[]{s.getStart(), s.getEnd()});
                }
                Analysis an = Analyzer.analyze(new Analyzer.Input(id, text, d, l, sentences));
                out.println(JSON.writeValueAsString(node(an, null)));
            }
        }
        out.flush();
        return 0;
    }
}

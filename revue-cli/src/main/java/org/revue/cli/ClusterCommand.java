package org.revue.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.Warnings;
import org.revue.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code revue cluster PATH...}: events, stories and copies, without summaries. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group the articles under PATH into events and stories and mark copies (no summaries).")
final class ClusterCommand implements Callable<Integer> {
    @Mixin
    Inputs in;

    @Option(names = "--format", defaultValue = "json", description = "json (default)")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            System.err.println("revue: cluster prints json only");
            return 2;
        }
        Pipeline p = in.pipeline();
        List<Article> articles = p.analyze(new org.revue.ingest.Ingest(Warnings.STDERR).read(in.paths));
        if (articles.isEmpty()) {
            System.err.println("revue: no article could be read from " + in.paths);
            return 1;
        }
        Digest d = p.digest(articles, false);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode arr = root.putArray("articles");
        Map<String, String> event = d.eventOf();
        Map<String, String> story = d.storyOf();
        for (Article a : d.articles()) {
            ObjectNode n = arr.addObject();
            n.put("id", a.id());
            n.put("event", event.get(a.id()));
            n.put("story", story.get(a.id()));
            n.put("duplicateOf", d.duplicateOf().get(a.id()));
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        json.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, root);
        w.write('\n');
        w.flush(); // standard output stays open
        return 0;
    }
}

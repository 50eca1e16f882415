package org.revue.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.Sentence;
import org.revue.model.SourceRef;
import org.revue.model.Story;
import org.revue.model.TimelineEntry;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The digest as JSON, in the output contract shared by the CLI, the server and Spark. */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void render(Digest d, Writer out) throws IOException {
        JSON.writeValue(out, tree(d));
        out.write('\n');
    }

    public static ObjectNode tree(Digest d) {
        ObjectNode root = JSON.createObjectNode();
        Map<String, String> eventOf = d.eventOf();
        Map<String, String> storyOf = d.storyOf();
        ArrayNode arts = root.putArray("articles");
        for (Article a : d.articles()) {
            ObjectNode n = arts.addObject();
            n.put("id", a.id());
            n.put("title", a.title());
            n.put("source", a.source());
            n.put("url", a.url());
            n.put("published", date(a.published()));
            n.put("publishedInferred", a.publishedInferred());
            n.put("lang", a.lang());
            ArrayNode ss = n.putArray("sentences");
            for (Sentence s : a.sentences()) {
                ss.add(s.text());
            }
            n.put("text", a.text());
            n.put("duplicateOf", d.duplicateOf().get(a.id()));
            n.put("event", eventOf.get(a.id()));
            n.put("story", storyOf.get(a.id()));
        }
        ArrayNode stories = root.putArray("stories");
        for (Story s : d.stories()) {
            ObjectNode n = stories.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            strings(n.putArray("articles"), s.articles());
            ArrayNode evs = n.putArray("events");
            for (Event e : s.events()) {
                ObjectNode en = evs.addObject();
                en.put("id", e.id());
                en.put("title", e.title());
                en.put("date", date(e.date()));
                strings(en.putArray("articles"), e.articles());
                summary(en.putArray("summary"), e.summary());
            }
            summary(n.putArray("summary"), s.summary());
            ArrayNode tl = n.putArray("timeline");
            for (TimelineEntry t : s.timeline()) {
                ObjectNode tn = tl.addObject();
                tn.put("date", date(t.date()));
                tn.put("event", t.event());
                tn.put("text", t.text());
                sources(tn.putArray("sources"), t.sources());
            }
            ArrayNode ents = n.putArray("entities");
            for (NamedEntity e : s.entities()) {
                ObjectNode en = ents.addObject();
                en.put("name", e.name());
                en.put("type", e.type());
                strings(en.putArray("aliases"), e.aliases());
                strings(en.putArray("articles"), e.articles());
                en.put("mentions", e.mentions());
            }
            ArrayNode qs = n.putArray("quotes");
            for (Quotation q : s.quotes()) {
                ObjectNode qn = qs.addObject();
                qn.put("speaker", q.speaker());
                qn.put("text", q.text());
                qn.put("article", q.article());
                qn.put("sentence", q.sentence());
                qn.put("direct", q.direct());
            }
        }
        return root;
    }

    private static void summary(ArrayNode arr, List<Cited> items) {
        for (Cited c : items) {
            ObjectNode n = arr.addObject();
            n.put("text", c.text());
            sources(n.putArray("sources"), c.sources());
        }
    }

    private static void sources(ArrayNode arr, List<SourceRef> refs) {
        for (SourceRef r : refs) {
            ObjectNode n = arr.addObject();
            n.put("article", r.article());
            n.put("sentence", r.sentence());
        }
    }

    private static void strings(ArrayNode arr, List<String> l) {
        l.forEach(arr::add);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}

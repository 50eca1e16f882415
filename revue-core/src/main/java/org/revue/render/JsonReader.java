package org.revue.render;

import com.fasterxml.jackson.databind.JsonNode;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.NamedEntity;
import org.revue.model.Paragraph;
import org.revue.model.Quotation;
import org.revue.model.Sentence;
import org.revue.model.SourceRef;
import org.revue.model.Story;
import org.revue.model.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the output contract ({@link JsonRenderer}) back into a {@link Digest}, so that what a store kept as
 * JSON renders again as Markdown or HTML. Paragraph kinds are not in the contract: paragraphs come back as body
 * text, and each sentence's span is found in the text.
 */
public final class JsonReader {
    private JsonReader() {
    }

    public static Digest digest(JsonNode root) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> dups = new LinkedHashMap<>();
        for (JsonNode a : root.path("articles")) {
            articles.add(article(a));
            if (!a.path("duplicateOf").isNull() && a.has("duplicateOf")) {
                dups.put(a.get("id").asText(), a.get("duplicateOf").asText());
            }
        }
        List<Story> stories = new ArrayList<>();
        for (JsonNode s : root.path("stories")) {
            stories.add(story(s));
        }
        return new Digest(articles, dups, stories);
    }

    public static Article article(JsonNode a) {
        String text = str(a, "text");
        List<Paragraph> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String p : text.split("\n\n")) {
                paragraphs.add(Paragraph.body(p));
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (JsonNode s : a.path("sentences")) {
            String t = s.asText();
            int at = text == null ? -1 : text.indexOf(t, from);
            sentences.add(new Sentence(sentences.size(), t, Math.max(at, 0), at < 0 ? 0 : at + t.length()));
            if (at >= 0) {
                from = at + t.length();
            }
        }
        return new Article(str(a, "id"), str(a, "id"), str(a, "title"), str(a, "source"), str(a, "url"),
                date(str(a, "published")), str(a, "lang"), text, paragraphs, sentences,
                a.path("publishedInferred").asBoolean(false));
    }

    public static Story story(JsonNode s) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : s.path("events")) {
            events.add(new Event(str(e, "id"), str(e, "title"), date(str(e, "date")), strings(e.path("articles")),
                    cited(e.path("summary"))));
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (JsonNode t : s.path("timeline")) {
            timeline.add(new TimelineEntry(date(str(t, "date")), str(t, "event"), str(t, "text"), refs(t.path("sources"))));
        }
        List<NamedEntity> entities = new ArrayList<>();
        for (JsonNode e : s.path("entities")) {
            entities.add(new NamedEntity(str(e, "name"), str(e, "type"), strings(e.path("aliases")),
                    strings(e.path("articles")), e.path("mentions").asInt()));
        }
        List<Quotation> quotes = new ArrayList<>();
        for (JsonNode q : s.path("quotes")) {
            quotes.add(new Quotation(str(q, "speaker"), str(q, "text"), str(q, "article"), q.path("sentence").asInt(),
                    q.path("direct").asBoolean()));
        }
        return new Story(str(s, "id"), str(s, "title"), strings(s.path("articles")), events, cited(s.path("summary")),
                timeline, entities, quotes);
    }

    private static List<Cited> cited(JsonNode arr) {
        List<Cited> out = new ArrayList<>();
        for (JsonNode c : arr) {
            out.add(new Cited(str(c, "text"), refs(c.path("sources"))));
        }
        return out;
    }

    private static List<SourceRef> refs(JsonNode arr) {
        List<SourceRef> out = new ArrayList<>();
        for (JsonNode r : arr) {
            out.add(new SourceRef(str(r, "article"), r.path("sentence").asInt()));
        }
        return out;
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String str(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}

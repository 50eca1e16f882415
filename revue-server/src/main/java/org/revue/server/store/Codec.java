package org.revue.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.model.Article;
import org.revue.model.Paragraph;
import org.revue.model.RawDocument;
import org.revue.model.Sentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The store's JSON forms of a raw input and of an analyzed article (every field, offsets included). */
public final class Codec {
    /** Strings up to the largest body the server takes (Jackson's own limit is 20 M characters). */
    public static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(256 << 20).build()).build());

    private Codec() {
    }

    public static String raw(RawDocument d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("origin", d.origin());
        n.put("title", d.title());
        n.put("text", d.text());
        n.put("html", d.html());
        n.put("date", d.date() == null ? null : d.date().toString());
        n.put("url", d.url());
        n.put("source", d.source());
        n.put("lang", d.lang());
        return n.toString();
    }

    public static RawDocument raw(String json) {
        JsonNode n = tree(json);
        return new RawDocument(s(n, "id"), s(n, "origin"), s(n, "title"), s(n, "text"), s(n, "html"),
                date(s(n, "date")), s(n, "url"), s(n, "source"), s(n, "lang"));
    }

    public static String article(Article a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("origin", a.origin());
        n.put("title", a.title());
        n.put("source", a.source());
        n.put("url", a.url());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("inferred", a.publishedInferred());
        n.put("lang", a.lang());
        n.put("text", a.text());
        ArrayNode ps = n.putArray("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            ps.addArray().add(p.isBody() ? "B" : "H").add(p.text());
        }
        ArrayNode ss = n.putArray("sentences");
        for (Sentence s : a.sentences()) {
            ArrayNode sn = ss.addArray().add(s.start()).add(s.end());
            boolean inText = s.end() <= a.text().length() && a.text().substring(s.start(), s.end()).equals(s.text());
            if (!inText) {
                sn.add(s.text());
            }
        }
        return n.toString();
    }

    public static Article article(String json) {
        JsonNode n = tree(json);
        String text = s(n, "text");
        List<Paragraph> ps = new ArrayList<>();
        for (JsonNode p : n.path("paragraphs")) {
            ps.add(p.get(0).asText().equals("B") ? Paragraph.body(p.get(1).asText()) : Paragraph.heading(p.get(1).asText()));
        }
        List<Sentence> ss = new ArrayList<>();
        for (JsonNode s : n.path("sentences")) {
            int start = s.get(0).asInt();
            int end = s.get(1).asInt();
            ss.add(new Sentence(ss.size(), s.size() > 2 ? s.get(2).asText() : text.substring(start, end), start, end));
        }
        return new Article(s(n, "id"), s(n, "origin"), s(n, "title"), s(n, "source"), s(n, "url"),
                date(s(n, "published")), s(n, "lang"), text, ps, ss, n.path("inferred").asBoolean(false));
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String s(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}

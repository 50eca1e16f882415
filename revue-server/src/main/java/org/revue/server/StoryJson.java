package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.NamedEntity;
import org.revue.model.Story;
import org.revue.render.JsonRenderer;
import org.revue.server.store.Codec;
import org.revue.server.store.StoryDoc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story as the API serves it: the story of the output contract ({@code articles} as ids) with what a front
 * page shows ({@code stats}: sources, languages, first and last date, articles per day; {@code duplicates}:
 * copy → original; {@code created}, {@code updated}).
 */
final class StoryJson {
    private StoryJson() {
    }

    static StoryDoc doc(Story s, Map<String, Article> articles, Map<String, String> dups, long created, long updated) {
        List<Article> mine = new ArrayList<>();
        for (String id : s.articles()) {
            if (articles.containsKey(id)) {
                mine.add(articles.get(id));
            }
        }
        Map<String, String> myDups = new LinkedHashMap<>();
        for (String id : s.articles()) {
            if (dups.containsKey(id)) {
                myDups.put(id, dups.get(id));
            }
        }
        Digest sub = new Digest(mine, myDups, List.of(s));
        ObjectNode tree = JsonRenderer.tree(sub);
        ObjectNode story = (ObjectNode) tree.get("stories").get(0);
        TreeSet<String> sources = new TreeSet<>();
        Map<String, Integer> langs = new LinkedHashMap<>();
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (Article a : mine) {
            if (a.source() != null && !a.source().isBlank()) {
                sources.add(a.source());
            }
            if (a.lang() != null) {
                langs.merge(a.lang(), 1, Integer::sum);
            }
            if (a.published() != null) {
                perDay.merge(a.published(), 1, Integer::sum);
            }
        }
        List<String> langList = new ArrayList<>(langs.keySet());
        langList.sort((x, y) -> langs.get(y) - langs.get(x));
        ObjectNode stats = story.putObject("stats");
        stats.put("articles", s.articles().size());
        stats.put("originals", s.articles().size() - myDups.size());
        sources.forEach(stats.putArray("sources")::add);
        langList.forEach(stats.putArray("languages")::add);
        stats.put("first", perDay.isEmpty() ? null : perDay.firstKey().toString());
        stats.put("last", perDay.isEmpty() ? null : perDay.lastKey().toString());
        ObjectNode days = stats.putObject("perDay");
        perDay.forEach((d, n) -> days.put(d.toString(), n));
        ObjectNode dn = story.putObject("duplicates");
        myDups.forEach(dn::put);
        story.put("created", Instant.ofEpochMilli(created).toString());
        story.put("updated", Instant.ofEpochMilli(updated).toString());
        List<String> entities = new ArrayList<>();
        for (NamedEntity e : s.entities()) {
            entities.add(e.name());
            entities.addAll(e.aliases());
        }
        StringBuilder text = new StringBuilder(s.title() == null ? "" : s.title());
        s.summary().forEach(c -> text.append('\n').append(c.text()));
        long first = perDay.isEmpty() ? Long.MIN_VALUE : perDay.firstKey().toEpochDay();
        long last = perDay.isEmpty() ? Long.MAX_VALUE : perDay.lastKey().toEpochDay();
        return new StoryDoc(s.id(), story.toString(), tree.toString(), true, created, updated, s.articles().size(),
                first, last, langList.isEmpty() ? null : langList.get(0), langList, new ArrayList<>(sources), entities,
                s.articles(), text.toString());
    }

    /** A stored story's doc again, from its two JSON forms (to rewrite it closed or open). */
    static StoryDoc docOfStored(String json, String digest) {
        JsonNode n = Codec.tree(json);
        JsonNode st = n.path("stats");
        List<String> langs = new ArrayList<>();
        st.path("languages").forEach(l -> langs.add(l.asText()));
        List<String> sources = new ArrayList<>();
        st.path("sources").forEach(l -> sources.add(l.asText()));
        List<String> entities = new ArrayList<>();
        n.path("entities").forEach(e -> {
            entities.add(e.path("name").asText());
            e.path("aliases").forEach(a -> entities.add(a.asText()));
        });
        List<String> articles = new ArrayList<>();
        n.path("articles").forEach(a -> articles.add(a.asText()));
        StringBuilder text = new StringBuilder(n.path("title").asText());
        n.path("summary").forEach(c -> text.append('\n').append(c.path("text").asText()));
        long first = st.path("first").isTextual() ? LocalDate.parse(st.path("first").asText()).toEpochDay() : Long.MIN_VALUE;
        long last = st.path("last").isTextual() ? LocalDate.parse(st.path("last").asText()).toEpochDay() : Long.MAX_VALUE;
        return new StoryDoc(n.path("id").asText(), json, digest, true, Instant.parse(n.path("created").asText()).toEpochMilli(),
                Instant.parse(n.path("updated").asText()).toEpochMilli(), articles.size(), first, last,
                langs.isEmpty() ? null : langs.get(0), langs, sources, entities, articles, text.toString());
    }

    static String title(StoryDoc d) {
        return Codec.tree(d.json()).path("title").asText();
    }
}

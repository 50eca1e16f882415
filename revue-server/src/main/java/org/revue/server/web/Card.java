package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.revue.server.store.Codec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** What the pages show of a story without its articles, read once from the story's JSON as the API serves it. */
record Card(String id, String title, String lead, long updated, int articles, int originals, List<String> sources,
            List<String> langs, LocalDate first, LocalDate last, TreeMap<LocalDate, Integer> perDay,
            List<Entity> entities, List<Quote> quotes) {

    /** A named entity of the story: canonical name, type, aliases, mentions. */
    record Entity(String name, String type, List<String> aliases, int mentions) {
    }

    /** A quotation: speaker, text, where (article, sentence), direct or reported. */
    record Quote(String speaker, String text, String article, int sentence, boolean direct) {
    }

    static Card of(String json) {
        JsonNode n = Codec.tree(json);
        JsonNode st = n.path("stats");
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        st.path("perDay").fields().forEachRemaining(e -> perDay.put(LocalDate.parse(e.getKey()), e.getValue().asInt()));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            entities.add(new Entity(e.path("name").asText(), e.path("type").asText(), strings(e.path("aliases")), e.path("mentions").asInt()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            quotes.add(new Quote(q.path("speaker").asText(), q.path("text").asText(), q.path("article").asText(),
                    q.path("sentence").asInt(), q.path("direct").asBoolean()));
        }
        JsonNode sum = n.path("summary");
        long updated = n.path("updated").isTextual() ? Instant.parse(n.path("updated").asText()).toEpochMilli() : 0;
        return new Card(n.path("id").asText(), n.path("title").asText(), sum.isEmpty() ? "" : sum.get(0).path("text").asText(),
                updated, st.path("articles").asInt(n.path("articles").size()), st.path("originals").asInt(),
                strings(st.path("sources")), strings(st.path("languages")), day(st.path("first")), day(st.path("last")),
                perDay, List.copyOf(entities), List.copyOf(quotes));
    }

    /** The three most mentioned entities (the story lists them most mentioned first). */
    List<Entity> top() {
        return entities.subList(0, Math.min(3, entities.size()));
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    static LocalDate day(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    /** Rank on a front page: bigger and more recent first (a day older weighs as much as ~40% fewer articles). */
    double score(LocalDate newest) {
        double age = last == null || newest == null ? 14 : Math.max(0, newest.toEpochDay() - last.toEpochDay());
        return Math.log(1 + Math.max(1, originals)) - 0.5 * age;
    }
}

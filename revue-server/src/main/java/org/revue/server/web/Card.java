package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.revue.server.store.Codec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** What a listing shows of a story, read once from the story's JSON as the API serves it. */
record Card(String id, String title, String lead, int articles, int originals, List<String> sources,
            List<String> langs, LocalDate first, LocalDate last, TreeMap<LocalDate, Integer> perDay,
            List<Entity> top, List<String> names, JsonNode json) {

    /** A named entity of the story: canonical name, type, aliases, mentions. */
    record Entity(String name, String type, List<String> aliases, int mentions) {
    }

    static Card of(String json) {
        JsonNode n = Codec.tree(json);
        JsonNode st = n.path("stats");
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        st.path("perDay").fields().forEachRemaining(e -> perDay.put(LocalDate.parse(e.getKey()), e.getValue().asInt()));
        List<Entity> top = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            if (top.size() < 3) {
                top.add(new Entity(e.path("name").asText(), e.path("type").asText(), aliases, e.path("mentions").asInt()));
            }
            names.add(e.path("name").asText().toLowerCase(Locale.ROOT));
            aliases.forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        }
        JsonNode sum = n.path("summary");
        return new Card(n.path("id").asText(), n.path("title").asText(), sum.isEmpty() ? "" : sum.get(0).path("text").asText(),
                st.path("articles").asInt(n.path("articles").size()), st.path("originals").asInt(), strings(st.path("sources")),
                strings(st.path("languages")), day(st.path("first")), day(st.path("last")), perDay, top, names, n);
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

package org.revue.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.render.JsonReader;
import org.revue.server.Engine;
import org.revue.server.store.Codec;
import org.revue.server.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** What the pages read, through the store's and the engine's public read methods only. */
final class Reads {
    private static final int CACHE = 4096;

    final Engine engine;
    final Store store;
    /** Parsed cards by the JSON they were read from (length and hash), so a listing parses each version once. */
    private final ConcurrentHashMap<Long, Card> cards = new ConcurrentHashMap<>();

    Reads(Engine engine) {
        this.engine = engine;
        this.store = engine.store();
    }

    /** Stories of a filter (and span of days when given), newest first, at most {@code max}. */
    List<Card> cards(Store.StoryFilter f, Long fromDay, Long toDay, int max) {
        Store.Page p;
        try {
            p = fromDay == null && toDay == null ? store.stories(f, false, 0, max)
                    : store.stories(f, fromDay == null ? Long.MIN_VALUE : fromDay, toDay == null ? Long.MAX_VALUE : toDay, false, 0, max);
        } catch (ParseException e) {
            return List.of();
        }
        List<Card> out = new ArrayList<>(p.json().size());
        for (String json : p.json()) {
            out.add(card(json));
        }
        return out;
    }

    Card card(String json) {
        long key = ((long) json.length() << 32) | (json.hashCode() & 0xffffffffL);
        Card c = cards.get(key);
        if (c == null) {
            if (cards.size() > CACHE) {
                cards.clear();
            }
            c = Card.of(json);
            cards.put(key, c);
        }
        return c;
    }

    /** The story as served (with stats), or null. */
    Card story(String id) {
        String json = store.story(id, false);
        return json == null ? null : card(json);
    }

    /** The story's sub-digest (its articles and itself in the output contract), or null. */
    Digest digest(String id) {
        String json = store.story(id, true);
        return json == null ? null : JsonReader.digest(Codec.tree(json));
    }

    /** An article as its story's digest has it, or null while it is not placed. */
    Article article(String id) {
        Engine.Placement p = engine.placement(id);
        if (p == null) {
            return null;
        }
        String json = store.story(p.story(), true);
        if (json == null) {
            return null;
        }
        for (JsonNode n : Codec.tree(json).path("articles")) {
            if (n.path("id").asText().equals(id)) {
                return JsonReader.article(n);
            }
        }
        return null;
    }

    /** Search hits; a query Lucene cannot read is searched again as plain words. */
    List<Store.Hit> search(String q, int limit) {
        try {
            return store.search(q, limit, Reads::artText);
        } catch (ParseException e) {
            try {
                return store.search(QueryParser.escape(q), limit, Reads::artText);
            } catch (ParseException e2) {
                return List.of();
            }
        }
    }

    private static String artText(String art) {
        return art == null ? null : Codec.tree(art).path("text").asText();
    }
}

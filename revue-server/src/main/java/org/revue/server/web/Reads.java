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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the pages read, through the store's and the engine's public read methods only. */
final class Reads {
    private static final int CACHE = 8192;
    private static final int DIGESTS = 8;

    final Engine engine;
    final Store store;
    /** Parsed stories by id, each checked against the store's update time before use. */
    private final ConcurrentHashMap<String, Card> cards = new ConcurrentHashMap<>();
    /** The last story digests read (a big story's articles take a while to parse). */
    private final Map<String, Object[]> digests = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object[]> e) {
            return size() > DIGESTS;
        }
    });

    Reads(Engine engine) {
        this.engine = engine;
        this.store = engine.store();
    }

    /** Stories of a filter (and span of days when given), newest first, at most {@code max}. */
    List<Card> cards(Store.StoryFilter f, Long fromDay, Long toDay, int max) {
        List<Store.StoryKey> keys;
        try {
            keys = store.storyKeys(f, fromDay == null ? Long.MIN_VALUE : fromDay, toDay == null ? Long.MAX_VALUE : toDay, max);
        } catch (ParseException e) {
            return List.of();
        }
        List<Card> out = new ArrayList<>(keys.size());
        for (Store.StoryKey k : keys) {
            Card c = card(k.id(), k.updated());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Card card(String id, long updated) {
        Card c = cards.get(id);
        if (c != null && c.updated() == updated) {
            return c;
        }
        String json = store.story(id, false);
        if (json == null) {
            return null;
        }
        if (cards.size() > CACHE) {
            cards.clear();
        }
        c = Card.of(json);
        cards.put(id, c);
        return c;
    }

    /** The story as served (with stats), or null. */
    Card story(String id) {
        Long updated = store.storyUpdated(id);
        return updated == null ? null : card(id, updated);
    }

    /** The story's sub-digest (its articles and itself in the output contract), or null. */
    Digest digest(String id) {
        Long updated = store.storyUpdated(id);
        if (updated == null) {
            return null;
        }
        Object[] hit = digests.get(id);
        if (hit != null && hit[0].equals(updated)) {
            return (Digest) hit[1];
        }
        String json = store.story(id, true);
        if (json == null) {
            return null;
        }
        Digest d = JsonReader.digest(Codec.tree(json));
        digests.put(id, new Object[]{updated, d});
        return d;
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

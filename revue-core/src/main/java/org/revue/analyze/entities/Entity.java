package org.revue.analyze.entities;

import java.util.List;

/** An entity of an article or a story: its canonical name, type, the other forms it appears under, where, how often. */
public record Entity(String name, String type, List<String> aliases, List<String> articles, int mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}

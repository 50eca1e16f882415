package org.revue.model;

import java.util.List;

/** A person, place or organization of a story: canonical name, type, the other forms met, its articles, its mention count. */
public record NamedEntity(String name, String type, List<String> aliases, List<String> articles, int mentions) {
    public NamedEntity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}

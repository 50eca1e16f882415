package org.revue.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: the clean articles, which article duplicates which, and the stories.
 * Every article belongs to exactly one event of exactly one story.
 */
public record Digest(List<Article> articles, Map<String, String> duplicateOf, List<Story> stories) {

    public Digest {
        articles = List.copyOf(articles);
        duplicateOf = Map.copyOf(duplicateOf);
        stories = List.copyOf(stories);
    }

    /** Article id to the id of its event. */
    public Map<String, String> eventOf() {
        Map<String, String> m = new HashMap<>();
        for (Story s : stories) {
            for (Event e : s.events()) {
                for (String a : e.articles()) {
                    m.put(a, e.id());
                }
            }
        }
        return m;
    }

    /** Article id to the id of its story. */
    public Map<String, String> storyOf() {
        Map<String, String> m = new HashMap<>();
        for (Story s : stories) {
            for (String a : s.articles()) {
                m.put(a, s.id());
            }
        }
        return m;
    }
}

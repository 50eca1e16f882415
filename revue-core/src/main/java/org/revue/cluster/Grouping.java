package org.revue.cluster;

import java.util.List;

/**
 * How articles (by index) group: {@code events} lists each event's articles, {@code stories} each story's
 * events (indices into {@code events}); {@code duplicateOf[i]} is the index of the article that article i
 * copies, or -1.
 */
public record Grouping(List<List<Integer>> events, List<List<Integer>> stories, int[] duplicateOf) {
    public Grouping {
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }
}

package org.revue.model;

import java.util.List;

/** One or more linked events, with a cited summary over all of them and their timeline. */
public record Story(String id, String title, List<String> articles, List<Event> events,
                    List<Cited> summary, List<TimelineEntry> timeline) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
    }
}

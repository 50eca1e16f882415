package org.revue.model;

import java.util.List;

/**
 * One or more linked events, with a cited summary over all of them and their timeline; the entities and the
 * quotations of its articles (empty until the analysis layer fills them).
 */
public record Story(String id, String title, List<String> articles, List<Event> events,
                    List<Cited> summary, List<TimelineEntry> timeline,
                    List<NamedEntity> entities, List<Quotation> quotes) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public Story(String id, String title, List<String> articles, List<Event> events,
                 List<Cited> summary, List<TimelineEntry> timeline) {
        this(id, title, articles, events, summary, timeline, List.of(), List.of());
    }

    public Story withAnalysis(List<NamedEntity> e, List<Quotation> q) {
        return new Story(id, title, articles, events, summary, timeline, e, q);
    }
}

package org.revue.analyze.semantic;

import org.revue.analyze.entities.Entity;
import org.revue.analyze.quotes.Quote;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.Story;

import java.util.ArrayList;
import java.util.List;

/** Fills a digest with the analysis layer: story entities and quotes, inferred publication dates. */
public final class DigestAnalysis {
    private DigestAnalysis() {
    }

    public static Digest enrich(Digest d) {
        StoryAnalysis.Result r = StoryAnalysis.analyze(d.articles(), d.stories(), null);
        List<Article> articles = new ArrayList<>();
        for (Article a : d.articles()) {
            Analysis an = r.byArticle().get(a.id());
            articles.add(a.published() == null && an != null && an.dctInferred() ? a.withInferredDate(an.dct()) : a);
        }
        List<Story> stories = new ArrayList<>();
        for (Story s : d.stories()) {
            List<NamedEntity> ents = new ArrayList<>();
            for (Entity e : r.byStory().getOrDefault(s.id(), List.of())) {
                ents.add(new NamedEntity(e.name(), e.type(), e.aliases(), e.articles(), e.mentions()));
            }
            List<Quotation> quotes = new ArrayList<>();
            for (String id : s.articles()) {
                Analysis an = r.byArticle().get(id);
                if (an == null || d.duplicateOf().containsKey(id)) {
                    continue;
                }
                for (Quote q : an.quotes()) {
                    if (q.speaker() != null && q.sentence() >= 0) {
                        quotes.add(new Quotation(q.speaker(), q.text(), id, q.sentence(), q.direct()));
                    }
                }
            }
            stories.add(dated(s, articles).withAnalysis(ents, quotes));
        }
        return new Digest(articles, d.duplicateOf(), stories);
    }

    /**
     * Events that had no date take the earliest date of their articles, inferred ones included; the events
     * are put back in date order and the newly dated ones enter the timeline with their first summary sentence.
     */
    static Story dated(Story s, List<Article> articles) {
        java.util.Map<String, java.time.LocalDate> dateOf = new java.util.HashMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                dateOf.put(a.id(), a.published());
            }
        }
        List<org.revue.model.Event> events = new ArrayList<>();
        List<org.revue.model.TimelineEntry> timeline = new ArrayList<>(s.timeline());
        for (org.revue.model.Event e : s.events()) {
            java.time.LocalDate date = e.date();
            if (date == null) {
                date = e.articles().stream().map(dateOf::get).filter(java.util.Objects::nonNull)
                        .min(java.time.LocalDate::compareTo).orElse(null);
                if (date != null && !e.summary().isEmpty()) {
                    timeline.add(new org.revue.model.TimelineEntry(date, e.id(), e.summary().get(0).text(),
                            e.summary().get(0).sources()));
                }
            }
            events.add(new org.revue.model.Event(e.id(), e.title(), date, e.articles(), e.summary()));
        }
        java.util.Comparator<java.time.LocalDate> byDate = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        events.sort(java.util.Comparator.comparing(org.revue.model.Event::date, byDate));
        timeline.sort(java.util.Comparator.comparing(org.revue.model.TimelineEntry::date, byDate));
        return new Story(s.id(), s.title(), s.articles(), events, s.summary(), timeline);
    }
}

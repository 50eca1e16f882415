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
            stories.add(dated(s, articles, happened(s, r.byArticle(), d.duplicateOf().keySet())).withAnalysis(ents, quotes));
        }
        return new Digest(articles, d.duplicateOf(), stories);
    }

    /** How many days before its article's date a lead's day may be to date the event. */
    static final int LEAD_DAYS = 7;

    /**
     * The day each event happened, when its articles' leads (first two sentences) say it: the full dates
     * their time expressions resolve to, in the week up to the article's date (so "mardi" in an article of
     * Friday 5 May is Tuesday 2 May; "dimanche" in the future is not when the event happened). The day most
     * articles give wins, the earliest among equals; events whose leads give none are left out.
     */
    static java.util.Map<String, java.time.LocalDate> happened(Story s, java.util.Map<String, Analysis> byArticle,
                                                             java.util.Set<String> copies) {
        java.util.Map<String, java.time.LocalDate> out = new java.util.HashMap<>();
        for (org.revue.model.Event e : s.events()) {
            java.util.Map<java.time.LocalDate, Integer> votes = new java.util.TreeMap<>();
            for (String id : e.articles()) {
                Analysis an = byArticle.get(id);
                if (an == null || an.dct() == null || copies.contains(id) || an.sentences().isEmpty()) {
                    continue;
                }
                int leadEnd = an.sentences().get(Math.min(1, an.sentences().size() - 1))[1];
                java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
                for (org.revue.analyze.time.Timex t : an.timex()) {
                    if (t.start() < leadEnd && t.type().equals("DATE") && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        java.time.LocalDate day = java.time.LocalDate.parse(t.value());
                        if (!day.isAfter(an.dct()) && !day.isBefore(an.dct().minusDays(LEAD_DAYS))) {
                            days.add(day);
                        }
                    }
                }
                days.forEach(day -> votes.merge(day, 1, Integer::sum));
            }
            votes.entrySet().stream().max(java.util.Map.Entry.<java.time.LocalDate, Integer>comparingByValue()
                            .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .ifPresent(v -> out.put(e.id(), v.getKey()));
        }
        return out;
    }

    /**
     * Events are dated by the day their leads say they happened, else (when they had no date) by the earliest
     * date of their articles, inferred ones included; the events are put back in date order and the timeline
     * follows (a newly dated event enters it with its first summary sentence), and so does the story's summary:
     * its sentences by the date of their article's event, in the summarizer's order within one date (an event
     * whose articles print no date had its sentences put last before its date was known).
     */
    static Story dated(Story s, List<Article> articles, java.util.Map<String, java.time.LocalDate> happened) {
        java.util.Map<String, java.time.LocalDate> dateOf = new java.util.HashMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                dateOf.put(a.id(), a.published());
            }
        }
        List<org.revue.model.Event> events = new ArrayList<>();
        List<org.revue.model.TimelineEntry> timeline = new ArrayList<>(s.timeline());
        java.util.Map<String, java.time.LocalDate> redated = new java.util.HashMap<>();
        for (org.revue.model.Event e : s.events()) {
            java.time.LocalDate date = e.date();
            boolean undated = date == null;
            if (happened.containsKey(e.id())) {
                date = happened.get(e.id());
                redated.put(e.id(), date);
            }
            if (date == null) {
                date = e.articles().stream().map(dateOf::get).filter(java.util.Objects::nonNull)
                        .min(java.time.LocalDate::compareTo).orElse(null);
            }
            if (undated && date != null && !e.summary().isEmpty()) {
                timeline.add(new org.revue.model.TimelineEntry(date, e.id(), e.summary().get(0).text(),
                        e.summary().get(0).sources()));
            }
            events.add(new org.revue.model.Event(e.id(), e.title(), date, e.articles(), e.summary()));
        }
        timeline.replaceAll(t -> redated.containsKey(t.event())
                ? new org.revue.model.TimelineEntry(redated.get(t.event()), t.event(), t.text(), t.sources()) : t);
        java.util.Comparator<java.time.LocalDate> byDate = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        events.sort(java.util.Comparator.comparing(org.revue.model.Event::date, byDate));
        timeline.sort(java.util.Comparator.comparing(org.revue.model.TimelineEntry::date, byDate));
        java.util.Map<String, java.time.LocalDate> eventDate = new java.util.HashMap<>();
        for (org.revue.model.Event e : events) {
            if (e.date() != null) {
                e.articles().forEach(a -> eventDate.putIfAbsent(a, e.date()));
            }
        }
        List<org.revue.model.Cited> summary = new ArrayList<>(s.summary());
        summary.sort(java.util.Comparator.comparing( // stable: the summarizer's order stays within a date
                c -> c.sources().isEmpty() ? null : eventDate.get(c.sources().get(0).article()), byDate));
        return new Story(s.id(), s.title(), s.articles(), events, summary, timeline);
    }
}

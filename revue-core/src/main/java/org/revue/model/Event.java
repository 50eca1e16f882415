package org.revue.model;

import java.time.LocalDate;
import java.util.List;

/** Articles that report one happening, with a cited summary. {@code date} may be null. */
public record Event(String id, String title, LocalDate date, List<String> articles, List<Cited> summary) {
    public Event {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
    }
}

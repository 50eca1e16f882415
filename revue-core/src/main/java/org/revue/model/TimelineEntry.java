package org.revue.model;

import java.time.LocalDate;
import java.util.List;

/** A dated line of a story's timeline, citing where it comes from. */
public record TimelineEntry(LocalDate date, String event, String text, List<SourceRef> sources) {
    public TimelineEntry {
        sources = List.copyOf(sources);
    }
}

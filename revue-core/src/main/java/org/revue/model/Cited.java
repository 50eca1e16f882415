package org.revue.model;

import java.util.List;

/** A summary sentence: its text is the text of every sentence it cites. */
public record Cited(String text, List<SourceRef> sources) {
    public Cited {
        sources = List.copyOf(sources);
    }
}

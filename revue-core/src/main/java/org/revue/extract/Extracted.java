package org.revue.extract;

import org.revue.model.Paragraph;

import java.time.LocalDate;
import java.util.List;

/** What extraction found in a document: clean paragraphs and the metadata it could read. */
public record Extracted(String title, LocalDate published, String source, String lang, List<Paragraph> paragraphs) {
    public Extracted {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The clean text: paragraphs separated by a blank line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}

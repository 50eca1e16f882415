package org.revue.extract;

import org.revue.model.Paragraph;

import java.time.LocalDate;
import java.util.List;

/**
 * What extraction found in a document: clean paragraphs and the metadata it could read (any may be null):
 * title, publication and modification dates, author(s), site name ({@code source}), language, canonical URL.
 */
public record Extracted(String title, LocalDate published, LocalDate modified, String author, String source,
                        String lang, String url, List<Paragraph> paragraphs) {
    public Extracted {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Text and the metadata of scraped text (no author, modification date or URL). */
    public Extracted(String title, LocalDate published, String source, String lang, List<Paragraph> paragraphs) {
        this(title, published, null, null, source, lang, null, paragraphs);
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

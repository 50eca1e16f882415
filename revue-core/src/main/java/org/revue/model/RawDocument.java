package org.revue.model;

import java.time.LocalDate;

/**
 * One document as read from the input, before extraction. Either {@code text} (scraped plain text) or
 * {@code html} is set. Metadata the input gave explicitly (title, date, url, source, lang) may be null.
 */
public record RawDocument(String id, String origin, String title, String text, String html,
                          LocalDate date, String url, String source, String lang) {

    public static RawDocument text(String id, String origin, String text) {
        return new RawDocument(id, origin, null, text, null, null, null, null, null);
    }

    public static RawDocument html(String id, String origin, String html) {
        return new RawDocument(id, origin, null, null, html, null, null, null, null);
    }

    public boolean isHtml() {
        return html != null;
    }
}

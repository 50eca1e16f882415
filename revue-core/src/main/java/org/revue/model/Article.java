package org.revue.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A clean, analyzed article. {@code text} is the clean text (paragraphs separated by blank lines);
 * {@code sentences} are its body sentences, headings excluded, with offsets into {@code text}.
 * {@code publishedInferred}: the article printed no date and {@code published} was inferred from its content
 * and its story.
 */
public record Article(String id, String origin, String title, String source, String url,
                      LocalDate published, String lang, String text,
                      List<Paragraph> paragraphs, List<Sentence> sentences, boolean publishedInferred) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public Article(String id, String origin, String title, String source, String url,
                   LocalDate published, String lang, String text,
                   List<Paragraph> paragraphs, List<Sentence> sentences) {
        this(id, origin, title, source, url, published, lang, text, paragraphs, sentences, false);
    }

    public Article withInferredDate(LocalDate d) {
        return new Article(id, origin, title, source, url, d, lang, text, paragraphs, sentences, true);
    }
}

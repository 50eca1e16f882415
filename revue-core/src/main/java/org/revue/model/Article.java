package org.revue.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A clean, analyzed article. {@code text} is the clean text (paragraphs separated by blank lines);
 * {@code sentences} are its body sentences, headings excluded, with offsets into {@code text}.
 */
public record Article(String id, String origin, String title, String source, String url,
                      LocalDate published, String lang, String text,
                      List<Paragraph> paragraphs, List<Sentence> sentences) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}

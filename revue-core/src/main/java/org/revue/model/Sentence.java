package org.revue.model;

/** A sentence of an article: its 0-based index, its text, and its character span in the article's text. */
public record Sentence(int index, String text, int start, int end) {
}

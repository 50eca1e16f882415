package org.revue.model;

/** Points to sentence {@code sentence} (0-based) of article {@code article}. */
public record SourceRef(String article, int sentence) {
}

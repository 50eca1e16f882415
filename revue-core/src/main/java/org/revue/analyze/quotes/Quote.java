package org.revue.analyze.quotes;

/**
 * A quotation of an article: its span and text (inside the quotation marks for a direct quote), its speaker
 * (the entity's canonical name when the speaker is a known entity, else the words that name it; null when no
 * speaker was found), whether it is direct, and the index of its sentence.
 */
public record Quote(String article, int sentence, int start, int end, String text, String speaker, boolean direct) {
}

package org.revue.model;

/** A quotation of a story: who said it, what, where (article id and sentence index); direct or reported speech. */
public record Quotation(String speaker, String text, String article, int sentence, boolean direct) {
}

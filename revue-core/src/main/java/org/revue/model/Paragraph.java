package org.revue.model;

/** A block of the clean article text: a heading of the article, or a body paragraph. */
public record Paragraph(Kind kind, String text) {
    public enum Kind { HEADING, BODY }

    public static Paragraph body(String text) {
        return new Paragraph(Kind.BODY, text);
    }

    public static Paragraph heading(String text) {
        return new Paragraph(Kind.HEADING, text);
    }

    public boolean isBody() {
        return kind == Kind.BODY;
    }
}

package org.revue.analyze.entities;

/**
 * A mention of a named entity: its span and surface text, its type (PERSON, LOCATION, ORGANIZATION) and the
 * name of the entity it refers to (the canonical name after merging variants).
 */
public record Mention(int start, int end, String text, String type, String entity) {
    public Mention withEntity(String e) {
        return new Mention(start, end, text, type, e);
    }
}

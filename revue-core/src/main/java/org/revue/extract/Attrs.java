package org.revue.extract;

import org.jsoup.nodes.Element;

/**
 * Attribute reads on parsed HTML without jsoup's case-insensitive search: the HTML parser has already
 * lower-cased every attribute name, so an exact lookup finds the same value, faster.
 */
final class Attrs {
    private Attrs() {
    }

    /** The attribute's value, or "" (as {@link Element#attr(String)}); {@code key} in lower case. */
    static String get(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    static boolean has(Element e, String key) {
        return e.attributesSize() > 0 && e.attributes().hasKey(key);
    }

    /** The class attribute, trimmed, as {@link Element#className()}. */
    static String className(Element e) {
        return get(e, "class").trim();
    }

    static String id(Element e) {
        return get(e, "id");
    }
}

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

    /** Whether one of the element's class tokens matches the pattern whole. */
    static boolean classToken(Element e, java.util.regex.Pattern token) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String t : className(e).split("\\s+")) {
            if (!t.isEmpty() && token.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The element after {@code e} in document order under {@code root}, or null: a walk without building a list. */
    static Element next(Element e, Element root) {
        Element c = e.firstElementChild();
        if (c != null) {
            return c;
        }
        for (; e != null && e != root; e = e.parent()) {
            Element s = e.nextElementSibling();
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}

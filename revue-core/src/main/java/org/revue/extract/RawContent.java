package org.revue.extract;

/**
 * Empties the elements whose content is never article text — scripts (but JSON-LD), style sheets, inline SVG —
 * before the page is parsed: on news pages they are close to half the characters, and the parser would build
 * nodes for all of it only for the pruner to drop them. Comments are skipped whole, so a tag inside one is not
 * taken for real. A script or style ends at the first matching end tag, as an HTML parser reads it.
 */
final class RawContent {
    private RawContent() {
    }

    private static final String[] EMPTIED = {"script", "style", "svg"};

    static String strip(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                i = html.indexOf('<', end + 3);
                continue;
            }
            char next = html.charAt(i + 1);
            String name = next == 's' || next == 'S' ? emptied(html, i + 1) : null; // script, style, svg
            if (name == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int open = endOfTag(html, i + 1 + name.length());
            if (open < 0) {
                break;
            }
            if (html.charAt(open - 1) == '/') {
                i = html.indexOf('<', open); // <svg … />: nothing inside
                continue;
            }
            if (name.equals("script") && containsIgnoreCase(html, i, open, "ld+json")) {
                i = closing(html, open + 1, name); // kept: the page's metadata
                continue;
            }
            int close = closing(html, open + 1, name);
            if (close < 0) {
                break;
            }
            if (close > open + 1) {
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, open + 1);
                copied = close;
            }
            i = html.indexOf('<', close + 1);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** The name of an emptied element whose start tag begins at {@code at} (just after '&lt;'), or null. */
    private static String emptied(String html, int at) {
        for (String n : EMPTIED) {
            int end = at + n.length();
            if (end < html.length() && html.regionMatches(true, at, n, 0, n.length())) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * The '&gt;' closing a start tag, past quoted attribute values (a quote opens a value only right after '=',
     * as in the HTML tokenizer: an apostrophe inside an unquoted value does not); -1 when the page ends first.
     */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        char last = ' ';
        for (int k = from; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if ((c == '"' || c == '\'') && last == '=') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
            if (!Character.isWhitespace(c)) {
                last = c;
            }
        }
        return -1;
    }

    /** Where the first {@code </name} end tag after {@code from} starts, or -1. */
    private static int closing(String html, int from, String name) {
        for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
            int end = k + 2 + name.length();
            if (end <= html.length() && html.regionMatches(true, k + 2, name, 0, name.length())
                    && (end == html.length() || html.charAt(end) == '>' || Character.isWhitespace(html.charAt(end)))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean containsIgnoreCase(String s, int from, int to, String what) {
        char first = what.charAt(0);
        for (int k = from; k + what.length() <= to; k++) {
            char c = s.charAt(k);
            if ((c == first || Character.toLowerCase(c) == first) && s.regionMatches(true, k, what, 0, what.length())) {
                return true;
            }
        }
        return false;
    }
}

package org.revue.extract;

/**
 * Empties the bodies of scripts and styles before a page is parsed: they are never article text and are
 * often half of a page's characters, which the parser would otherwise read and copy. JSON-LD scripts are
 * kept (their metadata is read). The elements stay, so the page's structure is unchanged; a body ends at
 * the first {@code </script} or {@code </style}, as in the HTML tokenizer.
 */
final class Scripts {
    private Scripts() {
    }

    static String empty(String html) {
        StringBuilder out = null;
        int copied = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 7 < n) {
            String tag = tagAt(html, i);
            if (tag == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int gt = tagEnd(html, i + 1 + tag.length());
            if (gt < 0) {
                break;
            }
            if (tag.equals("script") && containsIgnoreCase(html, i, gt, "ld+json")) {
                i = html.indexOf('<', gt + 1);
                continue;
            }
            int close = closing(html, tag, gt + 1);
            if (close < 0) {
                break; // an unclosed script: left to the parser
            }
            if (close > gt + 1) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(html, copied, gt + 1);
                copied = close;
            }
            i = html.indexOf('<', close + 2);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, n).toString();
    }

    /** "script" or "style" when an opening tag of one starts at {@code lt}. */
    private static String tagAt(String h, int lt) {
        char c = h.charAt(lt + 1);
        if (c != 's' && c != 'S') {
            return null;
        }
        String tag = h.regionMatches(true, lt + 1, "script", 0, 6) ? "script"
                : h.regionMatches(true, lt + 1, "style", 0, 5) ? "style" : null;
        if (tag == null || lt + 1 + tag.length() >= h.length()) {
            return null;
        }
        char d = h.charAt(lt + 1 + tag.length());
        return d == '>' || d == '/' || Character.isWhitespace(d) ? tag : null;
    }

    /** The {@code >} closing a tag whose attributes start at {@code from}, quotes respected; -1 if none. */
    private static int tagEnd(String h, int from) {
        char quote = 0;
        for (int k = from; k < h.length(); k++) {
            char c = h.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static int closing(String h, String tag, int from) {
        for (int k = h.indexOf("</", from); k >= 0; k = h.indexOf("</", k + 2)) {
            if (h.regionMatches(true, k + 2, tag, 0, tag.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean containsIgnoreCase(String h, int from, int to, String s) {
        for (int k = from; k + s.length() <= to; k++) {
            if (h.regionMatches(true, k, s, 0, s.length())) {
                return true;
            }
        }
        return false;
    }
}

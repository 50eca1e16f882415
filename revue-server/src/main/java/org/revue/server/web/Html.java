package org.revue.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for the pages: every value from the store goes through {@link #esc} before it reaches HTML. */
final class Html {
    private Html() {
    }

    /** Text or attribute value: &amp; &lt; &gt; &quot; &#39; escaped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A query parameter value. */
    static String q(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment (spaces as %20). */
    static String seg(String s) {
        return q(s).replace("+", "%20");
    }

    /** JSON for a {@code <script type="application/json">} block: no "<" that could close it. */
    static String json(String s) {
        return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

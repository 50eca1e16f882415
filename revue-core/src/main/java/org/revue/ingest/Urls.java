package org.revue.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.StringJoiner;

/** Canonical forms of article URLs, so that one page given twice is one article. */
public final class Urls {
    private Urls() {
    }

    /**
     * The URL with its scheme and host in lower case, without fragment, default port, tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code xtor}) or trailing slash; http and https alike.
     * Null for null or blank; the trimmed input when it is not a URL.
     */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null) {
                return u;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port < 0 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringJoiner query = new StringJoiner("&");
            if (uri.getRawQuery() != null) {
                for (String p : uri.getRawQuery().split("&")) {
                    String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid") && !k.equals("xtor")) {
                        query.add(p);
                    }
                }
            }
            String q = query.length() == 0 ? "" : "?" + query;
            return "//" + host + (defaultPort ? "" : ":" + port) + path + q;
        } catch (java.net.URISyntaxException e) {
            return u;
        }
    }
}

package org.revue.server.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A feed site on 127.0.0.1 (port chosen by the system): an RSS 2.0 feed, an Atom feed, an OPML of both,
 * ETag / Last-Modified with 304 answers, a teaser item's page, robots.txt, a page that is not XML, a feed
 * that hangs, a redirect loop, a large feed. Every request is recorded.
 */
final class LoopbackFeeds implements AutoCloseable {
    /** One request as received. */
    record Hit(String path, String ifNoneMatch, String ifModifiedSince, long nanos) {
    }

    static final String LONG_TEXT = "The council voted on Tuesday to keep the old bridge open to cyclists and walkers. ".repeat(8);
    static final String PAGE_TEXT = "The full story of the harbour strike, as told on the article page itself. ".repeat(8);

    final HttpServer server;
    final List<Hit> hits = new ArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    /** The RSS items' second description: changed by a test to make an item change. */
    volatile String secondText = "Second item: " + LONG_TEXT;
    /** False: conditional GETs are ignored (the body is always sent). */
    volatile boolean conditional = true;
    /** False: the teaser's page answers 404. */
    volatile boolean pageUp = true;
    final Map<String, Integer> counts = new ConcurrentHashMap<>();

    LoopbackFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    synchronized List<Hit> allHits() {
        return List.copyOf(hits);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        synchronized (this) {
            hits.add(new Hit(path, x.getRequestHeaders().getFirst("If-None-Match"),
                    x.getRequestHeaders().getFirst("If-Modified-Since"), System.nanoTime()));
        }
        counts.merge(path, 1, Integer::sum);
        try (x) {
            switch (path) {
                case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                case "/rss.xml" -> validated(x, "application/rss+xml", rss(),
                        secondText.startsWith("Second item: ") ? "Tue, 03 Mar 2026 10:00:00 GMT" : "Wed, 04 Mar 2026 10:00:00 GMT");
                case "/atom.xml" -> validated(x, "application/atom+xml", atom(), "Wed, 04 Mar 2026 10:00:00 GMT");
                case "/subscriptions.opml" -> send(x, 200, "text/x-opml", opml());
                case "/story/strike" -> {
                    if (pageUp) {
                        send(x, 200, "text/html; charset=utf-8", "<html><head><title>Strike</title></head><body>"
                                + "<nav>Home News</nav><article><h1>Harbour strike</h1><p>" + PAGE_TEXT
                                + "</p></article></body></html>");
                    } else {
                        send(x, 404, "text/plain", "gone");
                    }
                }
                case "/not-xml" -> send(x, 200, "text/plain", "Hello, this is not a feed.");
                case "/html.xml" -> send(x, 200, "text/html", "<!DOCTYPE html><html><body><p>A web page</p></body></html>");
                case "/hang.xml" -> {
                    try {
                        release.await(10, TimeUnit.SECONDS); // bounded: longer than the poller's 1 s timeout
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(x, 200, "application/rss+xml", rss());
                }
                case "/loop" -> {
                    x.getResponseHeaders().set("Location", "/loop-b");
                    send(x, 302, "text/plain", "");
                }
                case "/loop-b" -> {
                    x.getResponseHeaders().set("Location", url("/loop"));
                    send(x, 301, "text/plain", "");
                }
                case "/moved.xml" -> {
                    x.getResponseHeaders().set("Location", "/atom.xml");
                    send(x, 301, "text/plain", "");
                }
                case "/big.xml" -> send(x, 200, "application/rss+xml", big());
                case "/private/feed.xml" -> send(x, 200, "application/rss+xml", rss());
                default -> send(x, 404, "text/plain", "no such page");
            }
        }
    }

    /** ETag from the body; Last-Modified fixed per version; 304 when the client's validators match. */
    private void validated(HttpExchange x, String type, String body, String modified) throws IOException {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        x.getResponseHeaders().set("ETag", etag);
        x.getResponseHeaders().set("Last-Modified", modified);
        if (conditional && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            return;
        }
        send(x, 200, type, body);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        }
    }

    String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>Harbour Gazette</title>
                  <link>%1$s</link>
                  <description>Local news</description>
                  <language>en-gb</language>
                  <item>
                    <title>Bridge stays open</title>
                    <link>%1$s/story/bridge</link>
                    <guid isPermaLink="false">gazette-1</guid>
                    <pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
                    <description>Short teaser about the bridge.</description>
                    <content:encoded><![CDATA[<p>%2$s</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Second item</title>
                    <link>%1$s/story/second</link>
                    <guid>gazette-2</guid>
                    <pubDate>Mon, 02 Mar 2026 11:00:00 GMT</pubDate>
                    <description><![CDATA[<p>%3$s</p>]]></description>
                  </item>
                  <item>
                    <title>Harbour strike</title>
                    <link>%1$s/story/strike</link>
                    <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
                    <description>Dockers stop work. Read more on the site.</description>
                  </item>
                </channel>
                </rss>
                """.formatted(url(""), LONG_TEXT, secondText);
    }

    String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Valley Courier</title>
                  <id>urn:courier</id>
                  <updated>2026-03-04T10:00:00Z</updated>
                  <link href="%1$s/"/>
                  <entry>
                    <title>Flood defences finished</title>
                    <id>urn:courier:flood</id>
                    <link href="%1$s/courier/flood"/>
                    <published>2026-03-04T07:30:00Z</published>
                    <updated>2026-03-04T09:00:00Z</updated>
                    <content type="html">&lt;p&gt;%2$s&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>School opens</title>
                    <id>urn:courier:school</id>
                    <link href="%1$s/courier/school"/>
                    <updated>2026-03-01T12:00:00Z</updated>
                    <content type="text">%2$s</content>
                  </entry>
                </feed>
                """.formatted(url(""), LONG_TEXT);
    }

    String opml() {
        return """
                <?xml version="1.0"?>
                <opml version="2.0">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="Local">
                      <outline text="Harbour Gazette" type="rss" xmlUrl="%s"/>
                      <outline text="Nested">
                        <outline title="Valley Courier" text="VC" type="rss" xmlUrl="%s"/>
                      </outline>
                    </outline>
                    <outline text="Not a feed, a folder"/>
                    <outline text="Bad" xmlUrl="ftp://example.org/feed"/>
                  </body>
                </opml>
                """.formatted(url("/rss.xml"), url("/atom.xml"));
    }

    private String big() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
        for (int i = 0; sb.length() < 200_000; i++) {
            sb.append("<item><guid>big-").append(i).append("</guid><title>Item ").append(i)
                    .append("</title><description>").append(LONG_TEXT).append("</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}

package org.revue.server.feeds;

import java.io.IOException;

/** {@link LoopbackFeeds} for tests of other packages (the web pages): its RSS, Atom and OPML on 127.0.0.1. */
public final class LoopbackSite implements AutoCloseable {
    private final LoopbackFeeds feeds;

    public LoopbackSite() throws IOException {
        feeds = new LoopbackFeeds();
    }

    /** "http://127.0.0.1:PORT" + path, e.g. "/rss.xml", "/atom.xml", "/subscriptions.opml". */
    public String url(String path) {
        return feeds.url(path);
    }

    @Override
    public void close() {
        feeds.close();
    }
}

package org.revue.server;

import org.revue.server.store.Codec;

/** The feeds the server polls, over the feed package: listing and adding (a URL or an OPML document). */
final class Feeds implements AutoCloseable {
    /** The answer to an addition: its JSON, and the problem when it was refused. */
    record Added(String json, String error) {
    }

    String list() {
        return "{\"feeds\":[]}";
    }

    Added add(String body, String contentType) {
        String e = "feeds are not wired yet";
        return new Added(Codec.JSON.createObjectNode().put("error", e).toString(), e);
    }

    @Override
    public void close() {
    }
}

package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.server.feeds.FeedPoller;
import org.revue.server.feeds.FeedState;
import org.revue.server.feeds.Feeds;
import org.revue.server.feeds.WatchFolder;
import org.revue.server.store.Codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The feeds the server polls and the folder it watches, both handing documents to the engine. */
final class FeedService implements AutoCloseable {
    /** The answer to an addition: its JSON, and the problem when it was refused. */
    record Added(String json, String error) {
    }

    private final Feeds feeds;
    private final FeedPoller poller;
    private final WatchFolder watch;
    private final ExecutorService firstPolls = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "revue-feed-first-poll");
        t.setDaemon(true);
        return t;
    });

    FeedService(ServerConfig cfg, Sink sink) throws IOException {
        feeds = Feeds.load(cfg.data().resolve("feeds.json"));
        if (cfg.feeds() != null) {
            feeds.addText(Files.readString(cfg.feeds(), StandardCharsets.UTF_8));
        }
        FeedPoller.Settings s = FeedPoller.Settings.defaults().withInterval(cfg.feedInterval())
                .withAllowPrivate(cfg.allowPrivateFeeds());
        poller = new FeedPoller(feeds, sink, s, (o, m) -> System.err.println("revue: feeds: " + o + ": " + m));
        poller.start();
        if (cfg.watch() != null) {
            Files.createDirectories(cfg.watch());
            watch = new WatchFolder(cfg.watch(), cfg.data().resolve("watch.json"), sink,
                    (o, m) -> System.err.println("revue: watch: " + o + ": " + m));
            watch.start(Duration.ofSeconds(2));
        } else {
            watch = null;
        }
    }

    String list() {
        ObjectNode out = Codec.JSON.createObjectNode();
        out.set("feeds", Codec.JSON.valueToTree(feeds.list()));
        return out.toString();
    }

    /** Adds a feed URL, a list of URLs, or an OPML document (or JSON {"url"} / {"opml"}); polls them soon. */
    Added add(String body, String contentType) {
        try {
            String text = body;
            if (contentType != null && contentType.startsWith("application/json")) {
                JsonNode n = Codec.JSON.readTree(body);
                text = n.hasNonNull("opml") ? n.get("opml").asText() : n.path("url").asText("");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("give a feed URL, a list of URLs or an OPML document");
            }
            List<FeedState> added = feeds.addText(text);
            for (FeedState f : added) {
                firstPolls.submit(() -> poller.poll(f.url()));
            }
            ObjectNode out = Codec.JSON.createObjectNode();
            out.set("added", Codec.JSON.valueToTree(added));
            return new Added(out.toString(), null);
        } catch (IllegalArgumentException | IOException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "malformed JSON" : e.getMessage();
            return new Added(Codec.JSON.createObjectNode().put("error", msg).toString(), msg);
        }
    }

    @Override
    public void close() {
        firstPolls.shutdownNow();
        poller.close();
        if (watch != null) {
            watch.close();
        }
    }
}

package org.revue.cli;

import org.revue.server.RevueServer;
import org.revue.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code revue serve}: the service (durable store, API, feeds, watched folder). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Revue as a service: ingest continuously, serve the stories over HTTP (see docs/server.md).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "revue-data", description = "the store (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --token")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--token", description = "every write must carry 'Authorization: Bearer TOKEN' (also REVUE_TOKEN)")
    String token;

    @Option(names = "--feeds", paramLabel = "FILE|OPML", description = "feeds to poll: a file of URLs (one a line) or an OPML file")
    Path feeds;

    @Option(names = "--watch", paramLabel = "DIR", description = "ingest the files dropped in this folder, once each")
    Path watch;

    @Option(names = "--allow-private-feeds", description = "allow feeds on private and loopback addresses")
    boolean allowPrivate;

    @Option(names = "--feed-interval", defaultValue = "600", paramLabel = "SECONDS", description = "seconds between polls of a feed (default: ${DEFAULT-VALUE})")
    int feedInterval;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST story created/updated events here (repeatable)")
    List<String> webhooks = List.of();

    @Option(names = "--window-days", defaultValue = "60", description = "stories quiet this many days behind the newest article are closed (kept in the store, out of memory; default: ${DEFAULT-VALUE})")
    int windowDays;

    @Option(names = "--max-window", defaultValue = "20000", description = "at most this many articles open in memory (default: ${DEFAULT-VALUE})")
    int maxWindow;

    @Option(names = "--reprocess", description = "run the current pipeline again over the whole store at start-up (after an upgrade)")
    boolean reprocess;

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv("REVUE_TOKEN");
        ServerConfig cfg = ServerConfig.defaults(data).withHost(host).withPort(port).withToken(t)
                .withFeeds(feeds, watch, allowPrivate, Duration.ofSeconds(feedInterval))
                .withWindow(windowDays, maxWindow).withWebhooks(webhooks);
        RevueServer server;
        try {
            server = RevueServer.start(cfg);
        } catch (IllegalArgumentException e) {
            System.err.println("revue: serve: " + e.getMessage());
            return 2;
        }
        if (reprocess) {
            System.err.println("revue: reprocessing " + server.engine().reprocess() + " articles");
        }
        System.err.println("revue: serving " + data.toAbsolutePath() + " on http://" + host + ":" + server.port()
                + " (" + server.engine().articles() + " articles, " + server.engine().storyCount() + " stories)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("revue: serve: stopping: " + e);
            }
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}

package org.revue.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import org.revue.server.store.Codec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Story changes, sent to the live stream's clients (Server-Sent Events) and POSTed to the webhooks. */
final class Events implements java.util.function.Consumer<List<Engine.Change>> {
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final List<String> webhooks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Events(List<String> webhooks) {
        this.webhooks = webhooks;
    }

    void join(SseClient c) {
        c.keepAlive();
        c.onClose(() -> clients.remove(c));
        clients.add(c);
        c.sendComment("connected");
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void accept(List<Engine.Change> changes) {
        for (Engine.Change ch : changes) {
            ObjectNode n = Codec.JSON.createObjectNode();
            n.put("type", ch.type());
            n.put("story", ch.story());
            if (ch.into() != null) {
                n.put("into", ch.into());
            }
            if (ch.title() != null) {
                n.put("title", ch.title());
                n.put("articles", ch.articles());
            }
            String json = n.toString();
            for (SseClient c : clients) {
                try {
                    c.sendEvent(ch.type(), json);
                } catch (RuntimeException e) {
                    clients.remove(c);
                }
            }
            for (String hook : webhooks) {
                HttpRequest r = HttpRequest.newBuilder(URI.create(hook)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
                http.sendAsync(r, HttpResponse.BodyHandlers.discarding()).exceptionally(e -> null);
            }
        }
    }
}

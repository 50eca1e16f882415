package org.revue.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.ingest.Ingest;
import org.revue.model.RawDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Articles for the tests: the bundled samples, the seeds when ../shared is there. */
final class Fixtures {
    private Fixtures() {
    }

    static Path samples() {
        Path p = Path.of("..", "samples", "news");
        return Files.isDirectory(p) ? p : Path.of("samples", "news");
    }

    /** ../shared, or null when absent. */
    static Path shared() {
        String p = System.getProperty("revue.shared");
        Path d = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        return Files.isDirectory(d.resolve("seeds")) ? d : null;
    }

    static List<RawDocument> read(Path... paths) {
        return new Ingest((o, m) -> {
            throw new AssertionError(o + ": " + m);
        }).read(List.of(paths));
    }

    /** A document as POST /api/articles takes it. */
    static ObjectNode json(RawDocument d) {
        ObjectNode n = Client.JSON.createObjectNode();
        n.put("id", d.id());
        if (d.text() != null) {
            n.put("text", d.text());
        }
        if (d.html() != null) {
            n.put("html", d.html());
        }
        if (d.title() != null) {
            n.put("title", d.title());
        }
        if (d.date() != null) {
            n.put("date", d.date().toString());
        }
        if (d.url() != null) {
            n.put("url", d.url());
        }
        if (d.source() != null) {
            n.put("source", d.source());
        }
        if (d.lang() != null) {
            n.put("lang", d.lang());
        }
        return n;
    }

    static List<ObjectNode> json(List<RawDocument> docs) {
        List<ObjectNode> out = new ArrayList<>();
        docs.forEach(d -> out.add(json(d)));
        return out;
    }
}

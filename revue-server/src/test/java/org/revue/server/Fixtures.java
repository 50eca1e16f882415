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

    /**
     * {@code n} distinct articles as POST /api/articles takes them: the texts of ../shared/data's cluster files
     * when present (ids made unique per copy, a varying lead sentence), else the bundled samples varied the same way.
     */
    static List<ObjectNode> articles(int n) {
        List<ObjectNode> base = new ArrayList<>();
        Path shared = shared();
        if (shared != null) {
            for (String f : List.of("rpm2-fr-dev.jsonl", "crisis-fr-dev.jsonl")) {
                try {
                    for (String line : Files.readAllLines(shared.resolve("data").resolve(f))) {
                        for (com.fasterxml.jackson.databind.JsonNode d : Client.JSON.readTree(line).path("docs")) {
                            ObjectNode o = Client.JSON.createObjectNode().put("id", d.path("id").asText())
                                    .put("text", d.path("text").asText());
                            if (d.path("title").isTextual()) {
                                o.put("title", d.path("title").asText());
                            }
                            if (d.path("date").isTextual()) {
                                o.put("date", d.path("date").asText());
                            }
                            base.add(o);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        if (base.isEmpty()) {
            base.addAll(json(read(samples())));
        }
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; out.size() < n; i++) {
            ObjectNode b = base.get(i % base.size()).deepCopy();
            int round = i / base.size();
            if (round > 0) {
                b.put("id", b.get("id").asText() + "-" + round);
                b.remove("url"); // a copy under its own id, not the same page again
                String lead = "Édition " + round + " du " + (1 + round % 28) + " du mois, mise à jour numéro " + i + ".";
                if (b.has("text")) {
                    b.put("text", lead + "\n\n" + b.get("text").asText());
                } else {
                    String html = b.get("html").asText();
                    b.put("html", html.matches("(?is).*<body[^>]*>.*")
                            ? html.replaceFirst("(?i)(<body[^>]*>)", "$1<p>" + lead + "</p>") : "<p>" + lead + "</p>" + html);
                }
            }
            out.add(b);
        }
        return out;
    }
}

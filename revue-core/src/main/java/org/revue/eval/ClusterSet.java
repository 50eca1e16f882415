package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;

import org.revue.ingest.Ingest;
import org.revue.model.RawDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold set in the clusters format: one cluster a line ({@code id}, {@code lang}, optional {@code story},
 * {@code docs[{id,title,date,text}]}, optional {@code summaries}). Unknown keys are ignored.
 */
public record ClusterSet(List<Cluster> clusters) {
    public record Cluster(String id, String story, String lang, List<RawDocument> docs, List<String> summaries) {
    }

    public static ClusterSet read(Path file) throws IOException {
        List<Cluster> out = new ArrayList<>();
        Jsonl.each(file, (n, no) -> {
            String id = text(n, "id", file + ":" + no);
            String lang = text(n, "lang", null);
            List<RawDocument> docs = new ArrayList<>();
            for (JsonNode d : n.path("docs")) {
                String title = text(d, "title", null);
                String ds = text(d, "date", null);
                docs.add(new RawDocument(text(d, "id", id + "_" + docs.size()), file + ":" + no, title,
                        text(d, "text", ""), null, ds == null ? null : Ingest.parseIsoDate(ds),
                        text(d, "url", null), text(d, "source", null), lang));
            }
            List<String> sums = new ArrayList<>();
            n.path("summaries").forEach(s -> sums.add(s.asText()));
            out.add(new Cluster(id, text(n, "story", null), lang, docs, sums));
        });
        return new ClusterSet(out);
    }

    /** Every document of every cluster, in file order. */
    public List<RawDocument> docs() {
        List<RawDocument> all = new ArrayList<>();
        clusters.forEach(c -> all.addAll(c.docs()));
        return all;
    }

    /** Gold label of each document id: its cluster id, or at story level its story (the cluster id if none). */
    public Map<String, String> labels(boolean story) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            String label = story && c.story() != null ? c.story() : c.id();
            c.docs().forEach(d -> m.put(d.id(), label));
        }
        return m;
    }

    private static String text(JsonNode n, String key, String dflt) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? dflt : v.asText();
    }
}

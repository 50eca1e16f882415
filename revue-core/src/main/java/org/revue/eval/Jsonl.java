package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a gold file with one JSON object a line (blank lines skipped), for the gold-set readers. */
final class Jsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    /** Gets each object and its line number (1-based). */
    interface Line {
        void accept(JsonNode node, int number) throws IOException;
    }

    static void each(Path file, Line line) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int no = 0;
            for (String s; (s = r.readLine()) != null; ) {
                no++;
                if (!s.isBlank()) {
                    line.accept(JSON.readTree(s), no);
                }
            }
        }
    }

    /** A "YYYY-MM-DD…" date field, or null when absent, null or shorter. */
    static java.time.LocalDate date(JsonNode n, String key) {
        JsonNode v = n.path(key);
        String s = v.isNull() || v.isMissingNode() ? null : v.asText(null);
        return s == null || s.length() < 10 ? null : java.time.LocalDate.parse(s.substring(0, 10));
    }
}

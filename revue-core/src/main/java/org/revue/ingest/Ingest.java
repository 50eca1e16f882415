package org.revue.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.revue.model.RawDocument;
import org.revue.model.Warnings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads files and folders into raw documents: {@code .txt} (scraped text), {@code .html}/{@code .htm},
 * {@code .jsonl} (one article a line). A bad file or line is reported and skipped; the run goes on.
 */
public final class Ingest {
    /** Files larger than this are skipped with a warning. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Warnings warnings;

    public Ingest(Warnings warnings) {
        this.warnings = warnings;
    }

    /** All documents under the given paths, in a stable order (paths as given, folders sorted). */
    public List<RawDocument> read(List<Path> paths) {
        List<RawDocument> out = new ArrayList<>();
        Map<String, String> seenIds = new LinkedHashMap<>();
        for (Path p : paths) {
            for (Path f : files(p)) {
                for (RawDocument d : readFile(f)) {
                    String before = seenIds.putIfAbsent(d.id(), d.origin());
                    if (before != null) {
                        warnings.warn(d.origin(), "duplicate id '" + d.id() + "' (first in " + before + "), skipped");
                        continue;
                    }
                    out.add(d);
                }
            }
        }
        return out;
    }

    private List<Path> files(Path p) {
        if (!Files.exists(p)) {
            warnings.warn(p.toString(), "no such file or folder");
            return List.of();
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> format(f) != null)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            warnings.warn(p.toString(), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    static String format(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return "txt";
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return "html";
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return "jsonl";
        }
        return null;
    }

    /** The documents of one file; an empty list (with a warning) when the file can't be used. */
    public List<RawDocument> readFile(Path f) {
        String origin = f.toString();
        String format = format(f);
        if (format == null) {
            warnings.warn(origin, "unknown file type (expected .txt, .html or .jsonl), skipped");
            return List.of();
        }
        String text;
        try {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                warnings.warn(origin, "file too large (" + (size >> 20) + " MB > " + (MAX_FILE_BYTES >> 20) + " MB), skipped");
                return List.of();
            }
            if (size == 0) {
                warnings.warn(origin, "empty file, skipped");
                return List.of();
            }
            Decoder.Decoded d = Decoder.decode(Files.readAllBytes(f));
            if (d.fallback()) {
                warnings.warn(origin, "not valid UTF-8, read as " + d.charset().name());
            }
            text = d.text();
        } catch (Decoder.NotText e) {
            warnings.warn(origin, e.getMessage() + ", skipped");
            return List.of();
        } catch (IOException e) {
            warnings.warn(origin, "cannot read: " + e.getMessage());
            return List.of();
        }
        if (text.isBlank()) {
            warnings.warn(origin, "no text, skipped");
            return List.of();
        }
        String id = idOf(f);
        return switch (format) {
            case "txt" -> List.of(RawDocument.text(id, origin, text));
            case "html" -> List.of(RawDocument.html(id, origin, text));
            default -> jsonl(origin, text);
        };
    }

    static String idOf(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    List<RawDocument> jsonl(String origin, String content) {
        List<RawDocument> out = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                RawDocument d = fromJson(JSON.readTree(line), where);
                if (d != null) {
                    out.add(d);
                }
            } catch (IOException e) {
                warnings.warn(where, "malformed JSON line, skipped (" + firstLine(e.getMessage()) + ")");
            }
        }
        if (out.isEmpty()) {
            warnings.warn(origin, "no usable article in this JSONL file");
        }
        return out;
    }

    /**
     * One article given as a JSON object (the JSONL fields: {@code id}, {@code title}, {@code text} or
     * {@code html}, optional {@code date}, {@code url}, {@code source}, {@code lang}; other keys ignored), or null
     * with a warning naming {@code where} when it can't be used (no id, no text, a binary text).
     */
    public RawDocument document(JsonNode n, String where) {
        return fromJson(n, where);
    }

    /** Whether a text given as a string is binary content: NUL bytes or many control characters. */
    public static boolean binary(String s) {
        int control = 0;
        int n = Math.min(s.length(), 1 << 16);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private RawDocument fromJson(JsonNode n, String where) {
        if (!n.isObject()) {
            warnings.warn(where, "not a JSON object, skipped");
            return null;
        }
        String id = str(n, "id");
        String text = str(n, "text");
        String html = str(n, "html");
        if (id == null || id.isBlank()) {
            warnings.warn(where, "no 'id', skipped");
            return null;
        }
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            warnings.warn(where, "article '" + id + "' has no 'text' or 'html', skipped");
            return null;
        }
        if (binary(text != null && !text.isBlank() ? text : html)) {
            warnings.warn(where, "article '" + id + "' has a binary text, not text, skipped");
            return null;
        }
        LocalDate date = null;
        String ds = str(n, "date");
        if (ds != null && !ds.isBlank()) {
            date = parseIsoDate(ds);
            if (date == null) {
                warnings.warn(where, "unreadable date '" + ds + "' ignored");
            }
        }
        boolean useHtml = text == null || text.isBlank();
        return new RawDocument(id, where, str(n, "title"), useHtml ? null : text, useHtml ? html : null,
                date, str(n, "url"), str(n, "source"), str(n, "lang"));
    }

    /** "2017-07-07", "2017-07-07T10:00:00Z" and the like. */
    public static LocalDate parseIsoDate(String s) {
        s = s.strip();
        if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String str(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

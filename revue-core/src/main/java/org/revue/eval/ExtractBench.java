package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The three extraction benchmarks (ScrapingHub, trafilatura's evaluation, WCXB): reads a folder, runs an
 * extractor on every page, scores it with the benchmark's own scoring ({@link ExtractScores}), the metadata
 * where the gold has some, and the extraction time.
 */
public final class ExtractBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind { SCRAPINGHUB, TRAFILATURA, WCXB }

    /** What an extractor returns for one page; metadata may be null. */
    public record Out(String text, String title, String author, LocalDate published) {
    }

    /** An extractor under test: the page's raw bytes (original encoding) and its URL. */
    @FunctionalInterface
    public interface PageExtractor {
        Out extract(byte[] page, String url) throws Exception;
    }

    /** One page and its gold: {@code body} (ScrapingHub, WCXB) or snippets (trafilatura), metadata (WCXB). */
    public record Page(String id, String url, Path file, String body, List<String> with, List<String> without,
                       String title, String author, String date) {
    }

    /** Per-page result, for inspection. */
    public record PageResult(Page page, Out out, double[] scores, double millis, String error) {
    }

    /** The scores of one run. {@code accuracy}: exact match (ScrapingHub) or snippet accuracy (trafilatura). */
    public record Report(Kind kind, int pages, int errors, double precision, double recall, double f1, double accuracy,
                         int titles, int titlesRight, int dates, int datesRight, int authors, int authorsRight,
                         double seconds, double slowestMillis, String slowestId) {
        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }
    }

    private ExtractBench() {
    }

    /** Revue's extractor: {@link org.revue.ingest.Decoder#decodeHtml} then {@link org.revue.extract.HtmlExtractor}. */
    public static PageExtractor revue() {
        org.revue.extract.HtmlExtractor html = new org.revue.extract.HtmlExtractor();
        return (page, url) -> {
            var e = html.extract(org.revue.ingest.Decoder.decodeHtml(page, null).text(), url);
            return new Out(e.text(), e.title(), e.author(), e.published());
        };
    }

    /** A floor: all the text of the page's body (jsoup), as trafilatura's "everything" row. */
    public static PageExtractor everything() {
        return (page, url) -> {
            var doc = org.jsoup.Jsoup.parse(org.revue.ingest.Decoder.decodeHtml(page, null).text());
            return new Out(doc.body() == null ? "" : doc.body().text(), doc.title(), null, null);
        };
    }

    public static Kind kind(Path dir) {
        if (Files.exists(dir.resolve("ground-truth.json"))) {
            return Kind.SCRAPINGHUB;
        }
        if (Files.exists(dir.resolve("evaldata.json"))) {
            return Kind.TRAFILATURA;
        }
        if (Files.isDirectory(dir.resolve("ground-truth"))) {
            return Kind.WCXB;
        }
        throw new IllegalArgumentException(dir + ": no ground-truth.json, evaldata.json or ground-truth/ folder");
    }

    public static List<Page> read(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        switch (kind(dir)) {
            case SCRAPINGHUB -> {
                JsonNode gt = JSON.readTree(dir.resolve("ground-truth.json").toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
                    var e = it.next();
                    pages.add(new Page(e.getKey(), text(e.getValue(), "url"), dir.resolve("html/" + e.getKey() + ".html.gz"),
                            java.util.Objects.requireNonNullElse(text(e.getValue(), "articleBody"), ""), List.of(), List.of(), null, null, null));
                }
            }
            case TRAFILATURA -> {
                JsonNode gt = JSON.readTree(dir.resolve("evaldata.json").toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
                    var e = it.next();
                    String file = text(e.getValue(), "file");
                    Path p = dir.resolve("html/" + file + ".gz");
                    if (!Files.exists(p)) {
                        p = dir.resolve("html/" + file);
                    }
                    String url = e.getKey().replaceFirst("^[a-z]+::", "");
                    pages.add(new Page(file, url.startsWith("http") ? url : null, p, null,
                            strings(e.getValue().get("with")), strings(e.getValue().get("without")), null, null, null));
                }
            }
            case WCXB -> {
                List<Path> files;
                try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
                    files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                }
                for (Path f : files) {
                    JsonNode d = JSON.readTree(f.toFile());
                    JsonNode g = d.path("ground_truth");
                    String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                    pages.add(new Page(id, text(d, "url"), dir.resolve("html/" + id + ".html.gz"),
                            text(g, "main_content"), List.of(), List.of(), text(g, "title"), text(g, "author"),
                            text(g, "publish_date")));
                }
            }
            default -> throw new IllegalStateException();
        }
        return pages;
    }

    /** The page's bytes, gunzipped when the file is gzip-compressed. */
    public static byte[] bytes(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                return in.readAllBytes();
            }
        }
        return b;
    }

    /**
     * Runs the extractor on every page (pages are read into memory first, so that the time counted is the
     * extraction's only) and scores it. {@code each} sees every page's result.
     */
    public static Report run(Kind kind, List<Page> pages, PageExtractor ex, Consumer<PageResult> each) throws IOException {
        List<double[]> sh = new ArrayList<>();
        long tp = 0, fp = 0, fn = 0, tn = 0;
        double wp = 0, wr = 0, wf = 0;
        int exact = 0, errors = 0;
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0, authors = 0, authorsRight = 0;
        double total = 0, slowest = 0;
        String slowestId = null;
        for (Page p : pages) {
            byte[] bytes = bytes(p.file());
            Out out = null;
            String error = null;
            long t0 = System.nanoTime();
            try {
                out = ex.extract(bytes, p.url());
            } catch (Exception | StackOverflowError e) {
                error = e.toString();
                errors++;
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            total += ms;
            if (ms > slowest) {
                slowest = ms;
                slowestId = p.id();
            }
            String text = out == null ? null : out.text();
            double[] scores;
            switch (kind) {
                case SCRAPINGHUB -> {
                    scores = ExtractScores.shingles(p.body(), text == null ? "" : text);
                    sh.add(scores);
                    if (p.body().equals(text == null ? "" : text)) {
                        exact++;
                    }
                }
                case TRAFILATURA -> {
                    int[] c = ExtractScores.snippets(p.with(), p.without(), text);
                    tp += c[0];
                    fp += c[1];
                    fn += c[2];
                    tn += c[3];
                    scores = Arrays.stream(c).asDoubleStream().toArray();
                }
                default -> {
                    scores = ExtractScores.wordF1(text == null ? "" : text, p.body());
                    wp += scores[0];
                    wr += scores[1];
                    wf += scores[2];
                }
            }
            if (notBlank(p.title())) {
                titles++;
                titlesRight += out != null && sameTitle(p.title(), out.title()) ? 1 : 0;
            }
            if (notBlank(p.date())) {
                dates++;
                datesRight += out != null && out.published() != null && p.date().startsWith(out.published().toString()) ? 1 : 0;
            }
            if (notBlank(p.author())) {
                authors++;
                authorsRight += out != null && sameAuthor(p.author(), out.author()) ? 1 : 0;
            }
            if (each != null) {
                each.accept(new PageResult(p, out, scores, ms, error));
            }
        }
        int n = pages.size();
        double prec, rec, f1, acc;
        switch (kind) {
            case SCRAPINGHUB -> {
                double[] a = ExtractScores.shingleAverages(sh);
                prec = a[0];
                rec = a[1];
                f1 = a[2];
                acc = n == 0 ? 0 : (double) exact / n;
            }
            case TRAFILATURA -> {
                double[] a = ExtractScores.snippetScores(tp, fp, fn, tn);
                prec = a[0];
                rec = a[1];
                acc = a[2];
                f1 = a[3];
            }
            default -> {
                prec = n == 0 ? 0 : wp / n;
                rec = n == 0 ? 0 : wr / n;
                f1 = n == 0 ? 0 : wf / n;
                acc = Double.NaN;
            }
        }
        return new Report(kind, n, errors, prec, rec, f1, acc, titles, titlesRight, dates, datesRight, authors,
                authorsRight, total / 1000, slowest, slowestId);
    }

    /** Titles match when equal after Unicode normalization, case folding and collapsing of punctuation. */
    public static boolean sameTitle(String gold, String ours) {
        return ours != null && key(gold).equals(key(ours));
    }

    /**
     * Authors match when their words are the same, or when one side's words (at least two: a full name) are all
     * in the other's: "Dylan Bailey" for "Dylan Bailey, MS, RD", or one of several listed authors.
     */
    public static boolean sameAuthor(String gold, String ours) {
        if (ours == null || ours.isBlank()) {
            return false;
        }
        String g = key(gold), o = key(ours);
        if (g.equals(o)) {
            return true;
        }
        Set<String> gw = new HashSet<>(Arrays.asList(g.split(" ")));
        Set<String> ow = new HashSet<>(Arrays.asList(o.split(" ")));
        return ow.size() >= 2 && gw.containsAll(ow) || gw.size() >= 2 && ow.containsAll(gw);
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}

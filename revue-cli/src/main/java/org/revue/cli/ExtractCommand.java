package org.revue.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.revue.eval.ExtractBench;
import org.revue.extract.Extract;
import org.revue.extract.Extracted;
import org.revue.ingest.Decoder;
import org.revue.model.Paragraph;
import org.revue.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code revue extract}: the clean article text and metadata of one page or scraped text, or of a list of pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article text and metadata from an HTML page or a scraped text (.html, .htm, .txt, "
                + "optionally .gz), or with --batch from every page of a list.")
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..2", paramLabel = "FILE | LIST OUTDIR",
            description = "a page; with --batch: a list of lines id<TAB>path and the output folder")
    List<Path> args;

    @Option(names = "--url", description = "the page's URL (dates in the path, canonical URL)")
    String url;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--batch", description = "extract every page of LIST into OUTDIR/<id>.txt and <id>.json, "
            + "and write OUTDIR/_timing.json")
    boolean batch;

    @Option(names = "--warmup", defaultValue = "auto", paramLabel = "N|auto",
            description = "with --batch: untimed passes over the list before the timed one (JIT warm-up); "
                    + "auto (default): until the JIT compiler is quiet (at most 20 passes and 60 seconds); 0: none")
    String warmup;

    private final Extract extract = new Extract();

    @Override
    public Integer call() throws Exception {
        if (batch) {
            if (args.size() != 2) {
                System.err.println("extract --batch: LIST and OUTDIR expected");
                return 2;
            }
            return batch(args.get(0), args.get(1));
        }
        if (args.size() != 1) {
            System.err.println("extract: one FILE expected (or --batch LIST OUTDIR)");
            return 2;
        }
        Path f = args.get(0);
        Extracted e = extract(ExtractBench.bytes(f), f, url);
        if (format.equalsIgnoreCase("json")) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(id(f), e)));
        } else {
            if (e.title() != null) {
                System.out.println(e.title());
                System.out.println();
            }
            System.out.println(e.text());
        }
        return 0;
    }

    private int batch(Path list, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        Warmup auto = warmup.equalsIgnoreCase("auto") ? new Warmup() : null;
        long w0 = System.nanoTime();
        int warmed = warmUp(list, lines, auto, auto != null ? 0 : Integer.parseInt(warmup));
        double warmSeconds = (System.nanoTime() - w0) / 1e9;
        // pages are read, extracted and written a chunk at a time: decompressing and writing files between
        // two extractions would evict the extractor's code and data from the caches every page
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0, cpuNanos = 0, slowest = 0;
        String slowestId = null;
        int docs = 0, errors = 0, lineNo = 0;
        List<Item> chunk = new ArrayList<>(CHUNK);
        for (int from = 0; from < lines.size(); from += CHUNK) {
            chunk.clear();
            for (String line : lines.subList(from, Math.min(lines.size(), from + CHUNK))) {
                lineNo++;
                Item item = read(list, line, lineNo);
                if (item != null) {
                    chunk.add(item);
                }
            }
            for (int i = 0; i < chunk.size(); i++) {
                Item item = chunk.get(i);
                if (item.problem() != null) {
                    continue;
                }
                try {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    Extracted e = extract(item.bytes(), item.page(), null);
                    long took = System.nanoTime() - t0;
                    cpuNanos += cpu.getCurrentThreadCpuTime() - c0;
                    nanos += took;
                    if (took > slowest) {
                        slowest = took;
                        slowestId = item.id();
                    }
                    chunk.set(i, new Item(item.id(), item.page(), null, e, null));
                } catch (Exception | StackOverflowError ex) {
                    chunk.set(i, new Item(item.id(), item.page(), null, null, item.page() + ": " + ex));
                }
            }
            for (Item item : chunk) {
                if (item.problem() != null) {
                    errors++;
                    System.err.println(item.problem());
                    continue;
                }
                try {
                    Files.writeString(out.resolve(item.id() + ".txt"), item.extracted().text() + "\n", StandardCharsets.UTF_8);
                    Files.writeString(out.resolve(item.id() + ".json"), JSON.writeValueAsString(json(item.id(), item.extracted())),
                            StandardCharsets.UTF_8);
                    docs++;
                } catch (IOException | RuntimeException ex) {
                    errors++;
                    System.err.println(item.page() + ": cannot write: " + ex);
                }
            }
        }
        ObjectNode t = JSON.createObjectNode();
        t.put("docs", docs);
        t.put("errors", errors);
        t.put("extract_seconds", nanos / 1e9);
        t.put("extract_cpu_seconds", cpuNanos / 1e9); // this thread's CPU time: what other processes take is not in it
        t.put("warmup_pages", warmed); // extracted untimed before the timed pass (JIT warm-up), not written
        t.put("warmup_seconds", warmSeconds);
        if (auto != null && !Double.isNaN(auto.lastCompileShare())) {
            t.put("warmup_compile_share", auto.lastCompileShare()); // of the warm-up's last window: how settled the JIT was
        }
        Files.writeString(out.resolve("_timing.json"), JSON.writeValueAsString(t) + "\n", StandardCharsets.UTF_8);
        System.err.printf("extract: %d docs, %d errors, %.3f s in extraction (%.0f pages/s; %.0f per CPU second), slowest page %.1f ms (%s); "
                        + "after a warm-up of %d pages in %.1f s%n",
                docs, errors, nanos / 1e9, nanos == 0 ? 0 : docs / (nanos / 1e9), cpuNanos == 0 ? 0 : docs / (cpuNanos / 1e9),
                slowest / 1e6, slowestId, warmed, warmSeconds);
        return 0;
    }

    /** The pages read, extracted and written together. */
    static final int CHUNK = 32;

    /** A page read (or why it could not be), then its extraction. */
    private record Item(String id, Path page, byte[] bytes, Extracted extracted, String problem) {
    }

    /** A line of the list read: its page's bytes, or the problem; null for a blank or comment line. */
    private static Item read(Path list, String line, int lineNo) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
            return new Item(null, null, null, null, list + ":" + lineNo + ": expected id<TAB>path, skipped");
        }
        String id = line.substring(0, tab).strip();
        Path page = page(list, line.substring(tab + 1));
        try {
            return new Item(id, page, ExtractBench.bytes(page), null, null);
        } catch (Exception | OutOfMemoryError ex) {
            return new Item(id, page, null, null, page + ": " + ex);
        }
    }

    /** A page's path as the list gives it, else relative to the list's folder. */
    private static Path page(Path list, String path) {
        Path page = Path.of(path.strip());
        if (!page.isAbsolute() && list.getParent() != null && !Files.exists(page)) {
            page = list.getParent().resolve(page);
        }
        return page;
    }

    /**
     * Extracts the list's pages untimed (a fresh JVM's warm-up: "after warm-up" is what the batch's timing
     * measures): until {@code auto} says the JIT is settled, or else for {@code passes} passes. Returns the pages done.
     */
    private int warmUp(Path list, List<String> lines, Warmup auto, int passes) {
        int done = 0;
        for (int w = 0; auto != null || w < passes; w++) {
            for (String line : lines) {
                if (auto != null && auto.outOfTime()) {
                    return done;
                }
                Item item = read(list, line, 0);
                if (item == null || item.problem() != null) {
                    continue; // reported in the timed pass
                }
                try {
                    extract(item.bytes(), item.page(), null);
                    done++;
                } catch (Exception | StackOverflowError ex) {
                    // reported in the timed pass
                }
            }
            if (auto != null && auto.passDone()) {
                return done;
            }
        }
        return done;
    }

    /** Decodes and extracts one file: HTML by its extension or its first bytes, else scraped text. */
    Extracted extract(byte[] bytes, Path file, String url) throws Decoder.NotText {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksHtml(bytes);
        String id = id(file);
        if (html) {
            String text = Decoder.decodeHtml(bytes, null).text();
            return extract.extract(new RawDocument(id, file.toString(), null, null, text, null, url, null, null));
        }
        String text = Decoder.decode(bytes).text();
        return extract.extract(new RawDocument(id, file.toString(), null, text, null, null, url, null, null));
    }

    private static boolean looksHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static String id(Path f) {
        return f.getFileName().toString().replaceFirst("(\\.[A-Za-z]+)?(\\.gz)?$", "");
    }

    static ObjectNode json(String id, Extracted e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("title", e.title());
        o.put("published", e.published() == null ? null : e.published().toString());
        o.put("modified", e.modified() == null ? null : e.modified().toString());
        o.put("author", e.author());
        o.put("site", e.source());
        o.put("lang", e.lang());
        o.put("url", e.url());
        o.put("text", e.text());
        ArrayNode ps = o.putArray("paragraphs");
        for (Paragraph p : e.paragraphs()) {
            ps.addObject().put("kind", p.kind().name().toLowerCase(Locale.ROOT)).put("text", p.text());
        }
        return o;
    }
}

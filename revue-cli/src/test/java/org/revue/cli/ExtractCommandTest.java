package org.revue.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    private static final String BODY = "The council voted on Tuesday evening to extend the tram line to the northern districts, "
            + "a project that has been discussed for more than ten years.";
    private static final String PAGE = "<html lang=\"en\"><head><title>Tram line extended | City News</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/city\">City</a></nav><article><h1>Tram line extended</h1><p>" + BODY
            + "</p></article><footer><p>All rights reserved</p></footer></body></html>";

    @Test
    void extractsOnePageAsJson(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("tram.html");
        Files.writeString(page, PAGE);
        String out = Captured.out(() -> assertThat(Main.run("extract", page.toString(), "--format", "json")).isZero());
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.path("title").asText()).isEqualTo("Tram line extended");
        assertThat(j.path("published").asText()).isEqualTo("2024-03-05");
        assertThat(j.path("text").asText()).isEqualTo(BODY);
    }

    @Test
    void batchWritesTextJsonAndTimingAndGoesOnAfterABadPage(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("a.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(tmp.resolve("bad.html"), new byte[]{0, 1, 2, 3, 0, 0});
        Path list = tmp.resolve("list.tsv");
        Files.writeString(list, "a\t" + gz + "\nbad\t" + tmp.resolve("bad.html") + "\nmissing\t" + tmp.resolve("nope.html") + "\n");
        Path out = tmp.resolve("out");
        String err = Captured.err(() -> assertThat(Main.run("extract", "--batch", list.toString(), out.toString())).isZero());
        assertThat(err).contains("bad.html", "nope.html");
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo(BODY + "\n");
        assertThat(new ObjectMapper().readTree(out.resolve("a.json").toFile()).path("title").asText()).isEqualTo("Tram line extended");
        assertThat(out.resolve("bad.txt")).doesNotExist();
        JsonNode timing = new ObjectMapper().readTree(out.resolve("_timing.json").toFile());
        assertThat(timing.path("docs").asInt()).isEqualTo(1);
        assertThat(timing.path("errors").asInt()).isEqualTo(2);
        assertThat(timing.has("extract_seconds")).isTrue();
        // the default warm-up: untimed passes over the pages that can be read (one here) until the JIT is quiet,
        // at most Warmup.MAX_PASSES of them; nothing written for them
        assertThat(timing.path("warmup_pages").asInt()).isBetween(1, Warmup.MAX_PASSES);
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(3); // a.txt, a.json, _timing.json
        }
    }

    @Test
    void batchWithAFixedWarmUp(@TempDir Path tmp) throws Exception {
        JsonNode timing = onePageBatch(tmp, "3");
        assertThat(timing.path("warmup_pages").asInt()).isEqualTo(3);
        assertThat(timing.has("warmup_compile_share")).isFalse();
    }

    @Test
    void batchWithoutWarmUp(@TempDir Path tmp) throws Exception {
        JsonNode timing = onePageBatch(tmp, "0");
        assertThat(timing.path("docs").asInt()).isEqualTo(1);
        assertThat(timing.path("warmup_pages").asInt()).isZero();
    }

    /** A batch of one page with the given warm-up; its _timing.json. */
    private static JsonNode onePageBatch(Path tmp, String warmup) throws Exception {
        Path page = tmp.resolve("a.html");
        Files.writeString(page, PAGE);
        Path list = tmp.resolve("list.tsv");
        Files.writeString(list, "a\t" + page + "\n");
        Path out = tmp.resolve("out");
        Captured.err(() -> assertThat(Main.run("extract", "--batch", "--warmup", warmup, list.toString(), out.toString())).isZero());
        return new ObjectMapper().readTree(out.resolve("_timing.json").toFile());
    }

    @Test
    void evalExtractScoresAScrapingHubStyleFolder(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("html/p1.html.gz")))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(tmp.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": null}}");
        String out = Captured.out(() -> assertThat(Main.run("eval", "extract", "--data", tmp.toString())).isZero());
        // the page's text is exactly the gold: P = R = F1 = accuracy = 1
        assertThat(out).containsPattern(tmp.getFileName() + "\\s+1\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000");
    }


}

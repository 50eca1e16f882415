package org.revue.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    private static final Path SAMPLES = Path.of("..", "samples", "news");

    @Test
    void digestWritesJsonToAFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("digest.json");
        int code = Main.run("digest", SAMPLES.toString(), "--format", "json", "--out", out.toString());
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("articles").size()).isEqualTo(8);
        assertThat(root.path("stories").size()).isEqualTo(2);
    }

    @Test
    void digestOfAFolderWithBadFilesGoesOnAndNamesThem(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("good.txt"), "Un titre de test\n\nLe conseil municipal a voté mardi soir le budget de la ville pour l'an prochain.");
        Files.write(tmp.resolve("bad.txt"), new byte[]{0, 1, 2, 3});
        Files.writeString(tmp.resolve("broken.jsonl"), "{not json\n");
        Path out = tmp.resolve("d.md");
        String err = stderr(() -> assertThat(Main.run("digest", tmp.toString(), "--out", out.toString())).isZero());
        assertThat(err).contains("bad.txt", "broken.jsonl:1");
        assertThat(Files.readString(out)).contains("# Press review", "Le conseil municipal a voté mardi soir");
    }

    @Test
    void nothingReadableIsAnError(@TempDir Path tmp) throws Exception {
        String err = stderr(() -> assertThat(Main.run("digest", tmp.resolve("missing").toString())).isEqualTo(1));
        assertThat(err).contains("missing: no such file or folder");
    }

    @Test
    void unknownFormatIsAUsageError() {
        String err = stderr(() -> assertThat(Main.run("digest", SAMPLES.toString(), "--format", "pdf")).isEqualTo(2));
        assertThat(err).contains("--format");
    }

    @Test
    void evalClusterScoresAGoldFile(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id":"A","story":"S","docs":[{"id":"a1","text":"Le port de Brest est bloqué par une grève des dockers depuis lundi."},{"id":"a2","text":"Grève des dockers : le port de Brest bloqué depuis lundi matin."}]}
                {"id":"B","story":"T","docs":[{"id":"b1","text":"La finale de la coupe de rugby se jouera samedi au stade de France."}]}
                """);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("eval", "cluster", "--data", gold.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("3 docs, 2 gold clusters").containsPattern("event\\s+3\\s").containsPattern("story\\s+3\\s");
    }

    @Test
    void clusterPrintsEventsStoriesAndCopies() throws Exception {
        String out = stdout(() -> assertThat(Main.run("cluster", SAMPLES.toString())).isZero());
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.path("articles").size()).isEqualTo(8);
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        root.path("articles").forEach(a -> byId.put(a.path("id").asText(), a));
        assertThat(byId.get("fr-tempete-02").path("duplicateOf").asText()).isEqualTo("fr-tempete-01");
        assertThat(byId.get("fr-tempete-02").path("event").asText()).isEqualTo(byId.get("fr-tempete-01").path("event").asText());
        assertThat(byId.get("europe-003").path("story").asText()).isNotEqualTo(byId.get("fr-tempete-01").path("story").asText());
        // standard output is still usable afterwards
        assertThat(stdout(() -> System.out.print("still open"))).isEqualTo("still open");
    }

    private static String stdout(Runnable r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static String stderr(Runnable r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}

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
    void analyzeBatchWritesOneLinePerInputWithOffsetsIntoTheGivenText(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        String text = "  Le maire, Paul Girard, a inauguré hier la médiathèque. « C'est un beau jour », a-t-il déclaré.";
        ObjectMapper json = new ObjectMapper();
        Files.writeString(in, json.writeValueAsString(java.util.Map.of("id", "a", "text", text, "dct", "2022-05-04")) + "\n"
                + "{\"id\": \"b\", \"text\": \"Rien.\", \"dct\": null}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("analyze", "--batch", in.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode a = json.readTree(lines[0]);
        assertThat(a.path("id").asText()).isEqualTo("a");
        for (String k : new String[]{"timex", "entities", "quotes"}) {
            for (JsonNode n : a.path(k)) {
                assertThat(text.substring(n.path("start").asInt(), n.path("end").asInt())).isEqualTo(n.path("text").asText());
            }
        }
        assertThat(a.path("timex").get(0).path("value").asText()).isEqualTo("2022-05-03");
        assertThat(a.path("entities").get(0).path("entity").asText()).isEqualTo("Paul Girard");
        assertThat(a.path("quotes").get(0).path("speaker").asText()).isEqualTo("Paul Girard");
        assertThat(a.path("sentences").size()).isEqualTo(2);
    }

    @Test
    void evalTimexPrintsTheTempEvalMeasures(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("t.jsonl");
        Files.writeString(gold, "{\"id\":\"x\",\"lang\":\"fr\",\"dct\":\"2020-01-02\",\"text\":\"Il est parti hier.\","
                + "\"timex3\":[{\"start\":13,\"end\":17,\"text\":\"hier\",\"type\":\"DATE\",\"value\":\"2020-01-01\"}]}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("eval", "timex", "--data", gold.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("strict extent", "relaxed extent", "value", "type")
                .containsPattern("value\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000");
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

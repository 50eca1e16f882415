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
        String err = Captured.err(() -> assertThat(Main.run("digest", tmp.toString(), "--out", out.toString())).isZero());
        assertThat(err).contains("bad.txt", "broken.jsonl:1");
        assertThat(Files.readString(out)).contains("# Press review", "Le conseil municipal a voté mardi soir");
    }

    @Test
    void nothingReadableIsAnError(@TempDir Path tmp) throws Exception {
        String err = Captured.err(() -> assertThat(Main.run("digest", tmp.resolve("missing").toString())).isEqualTo(1));
        assertThat(err).contains("missing: no such file or folder");
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        String err = Captured.err(() -> assertThat(Main.run("digest", SAMPLES.toString(), "--format", "pdf")).isEqualTo(2));
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

    @Test
    void clusterPrintsEventsStoriesAndCopies() throws Exception {
        String out = Captured.out(() -> assertThat(Main.run("cluster", SAMPLES.toString())).isZero());
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.path("articles").size()).isEqualTo(8);
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        root.path("articles").forEach(a -> byId.put(a.path("id").asText(), a));
        assertThat(byId.get("fr-tempete-02").path("duplicateOf").asText()).isEqualTo("fr-tempete-01");
        assertThat(byId.get("fr-tempete-02").path("event").asText()).isEqualTo(byId.get("fr-tempete-01").path("event").asText());
        assertThat(byId.get("europe-003").path("story").asText()).isNotEqualTo(byId.get("fr-tempete-01").path("story").asText());
        // standard output is still usable afterwards
        assertThat(Captured.out(() -> System.out.print("still open"))).isEqualTo("still open");
    }

    private static final String CLUSTERS = """
            {"id":"A","lang":"fr","summaries":["Les dockers du port de Brest sont en grève depuis lundi contre la réforme des retraites."],"docs":[{"id":"a1","title":"Grève à Brest","date":"2024-03-04","text":"Les dockers du port de Brest sont en grève depuis lundi contre la réforme des retraites. Le trafic des ferries est interrompu jusqu'à nouvel ordre."},{"id":"a2","title":"Le port bloqué","date":"2024-03-05","text":"La grève des dockers paralyse le port de Brest depuis lundi matin. Les syndicats réclament le retrait de la réforme des retraites."},{"id":"a3","title":"Troisième jour","date":"2024-03-06","text":"Au port de Brest, la grève des dockers entre dans son troisième jour. Les navires attendent au large du port de Brest."}]}
            """;



    @Test
    void summarizeBatchPrintsOneJsonLinePerClusterWithinTheBudget(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("c.jsonl");
        Files.writeString(data, CLUSTERS);
        String out = Captured.out(() -> assertThat(Main.run("summarize", "--batch", data.toString(), "--words", "30")).isZero());
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode n = new ObjectMapper().readTree(lines[0]);
        assertThat(n.path("id").asText()).isEqualTo("A");
        assertThat(n.path("summary").asText().split("\\s+").length).isLessThanOrEqualTo(30);
        assertThat(n.path("sentences").size()).isPositive();
        assertThat(n.path("sentences").get(0).path("sources").get(0).path("doc").asText()).startsWith("a");
    }

    @Test
    void summarizeAFolderPrintsPlainText() throws Exception {
        String out = Captured.out(() -> assertThat(Main.run("summarize", SAMPLES.toString(), "--words", "60")).isZero());
        assertThat(out).isNotBlank();
        assertThat(out.strip().split("\\s+").length).isLessThanOrEqualTo(60);
    }

    @Test
    void evalRougeScoresAPeerEqualToItsReferenceAsPerfect(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("c.jsonl");
        Files.writeString(data, CLUSTERS);
        Path peers = tmp.resolve("p.jsonl");
        Files.writeString(peers, "{\"id\":\"A\",\"summary\":\"Les dockers du port de Brest sont en grève depuis lundi contre la réforme des retraites.\"}\n");
        String out = Captured.out(() -> assertThat(Main.run("eval", "rouge", "--peers", peers.toString(), "--references", data.toString(),
                "--mode", "unicode", "--stem")).isZero());
        assertThat(out).contains("1 clusters scored").containsPattern("unicode\\s+1\\.0000 1\\.0000 1\\.0000");
    }

    @Test
    void evalSummarizePrintsEveryAlgorithmInBothModes(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("c.jsonl");
        Files.writeString(data, CLUSTERS);
        String out = Captured.out(() -> assertThat(Main.run("eval", "summarize", "--data", data.toString(), "--words", "20")).isZero());
        for (String a : new String[]{"revue", "lead", "centroid", "lexrank", "textrank"}) {
            assertThat(out).containsPattern(a + "\\s+unicode").containsPattern(a + "\\s+rouge155");
        }
    }

}

package org.revue.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revue.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    private final List<String> warnings = new ArrayList<>();
    private final Ingest ingest = new Ingest((origin, message) -> warnings.add(origin + ": " + message));

    @Test
    void readsEachFormatWithIds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-1.txt"), "Titre\n\nUn texte assez long pour un article.");
        Files.writeString(dir.resolve("page.html"), "<html><body><p>Bonjour</p></body></html>");
        Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Corps.\",\"date\":\"2017-07-07T10:00:00Z\",\"source\":\"S\"}\n"
                        + "\n{\"id\":\"x2\",\"html\":\"<p>Corps</p>\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored: not an article format");
        List<RawDocument> docs = ingest.read(List.of(dir));
        assertThat(docs).extracting(RawDocument::id).containsExactly("a-1", "x1", "x2", "page");
        RawDocument x1 = docs.get(1);
        assertThat(x1.date()).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(x1.source()).isEqualTo("S");
        assertThat(docs.get(2).isHtml()).isTrue();
        assertThat(docs.get(3).isHtml()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void badFilesAreReportedByNameAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[]{1, 2, 0, 3, 4, 0, 5});
        Files.writeString(dir.resolve("blank.txt"), " \n\n \t\n");
        Files.writeString(dir.resolve("broken.jsonl"), "{\"id\":\"ok\",\"text\":\"Bon.\"}\n{\"id\": \"bad\", \"text\n"
                + "{\"title\":\"sans id\",\"text\":\"x\"}\n[1,2]\n{\"id\":\"notext\"}\n{\"id\":\"d\",\"text\":\"t\",\"date\":\"hier\"}\n");
        Files.write(dir.resolve("latin.txt"), "Le président a déclaré.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("good.txt"), "Titre\n\nTexte.", StandardCharsets.UTF_8);
        List<RawDocument> docs = ingest.read(List.of(dir, dir.resolve("missing.txt")));
        assertThat(docs).extracting(RawDocument::id).containsExactlyInAnyOrder("ok", "d", "good", "latin");
        assertThat(docs.stream().filter(d -> d.id().equals("latin")).findFirst().orElseThrow().text())
                .isEqualTo("Le président a déclaré.");
        assertThat(String.join("\n", warnings))
                .contains("empty.txt: empty file")
                .contains("binary.txt: binary content")
                .contains("blank.txt: no text")
                .contains("broken.jsonl:2: malformed JSON")
                .contains("broken.jsonl:3: no 'id'")
                .contains("broken.jsonl:4: not a JSON object")
                .contains("broken.jsonl:5: article 'notext' has no 'text' or 'html'")
                .contains("broken.jsonl:6: unreadable date 'hier'")
                .contains("latin.txt: not valid UTF-8")
                .contains("missing.txt: no such file");
    }

    @Test
    void duplicateIdsAreSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/same.txt"), "Un.");
        Files.writeString(dir.resolve("b/same.txt"), "Deux.");
        assertThat(ingest.read(List.of(dir))).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("duplicate id 'same'");
    }
}

package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.revue.Shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RougeTest {
    private static final Rouge.Settings R155 = Rouge.Settings.rouge155(100);

    @Test
    void porterStemmerFollowsThePaper() {
        assertThat(RougeStemmer.stem("caresses")).isEqualTo("caress");
        assertThat(RougeStemmer.stem("ponies")).isEqualTo("poni");
        assertThat(RougeStemmer.stem("hopping")).isEqualTo("hop");
        assertThat(RougeStemmer.stem("relational")).isEqualTo("relat");
        assertThat(RougeStemmer.stem("generalizations")).isEqualTo("gener");
        assertThat(RougeStemmer.stem("controlling")).isEqualTo("control");
        assertThat(RougeStemmer.stem("yelling")).isEqualTo("yell");
    }

    @Test
    void rouge155DropsWhatIsNotAsciiAndCutsAtTheWordLimit() {
        assertThat(Rouge.tokens(List.of("Le président a dit."), new Rouge.Settings(Rouge.Mode.ROUGE155, 0, false, "fr")))
                .containsExactly("le", "pr", "sident", "a", "dit");
        // the limit counts whitespace-separated words of the raw text; "-" splits tokens but is not one
        assertThat(Rouge.tokens(List.of("one two-three four", "five six"), new Rouge.Settings(Rouge.Mode.ROUGE155, 4, false, "en")))
                .containsExactly("one", "two", "three", "four", "five");
    }

    @Test
    void unicodeModeKeepsLettersStemsThenFoldsAccents() {
        Rouge.Settings s = new Rouge.Settings(Rouge.Mode.UNICODE, 0, true, "fr");
        assertThat(Rouge.tokens(List.of("Le Président, les présidents."), s))
                .containsExactly("le", "president", "le", "president");
    }

    @Test
    void scoresCountClippedHitsOverEveryModel() {
        Rouge.Settings s = new Rouge.Settings(Rouge.Mode.ROUGE155, 0, false, "en");
        Rouge.Scores sc = Rouge.score(List.of("a b c d"), List.of(List.of("a b x y"), List.of("a a b c")), s);
        // unigrams: hits 2 + 3 over 8 model unigrams; peer counted once per model
        assertThat(sc.rouge1().r()).isEqualTo(0.625);
        assertThat(sc.rouge1().p()).isEqualTo(0.625);
        // bigrams: "a b" in both, "b c" in the second: 3 of 6
        assertThat(sc.rouge2().r()).isEqualTo(0.5);
    }

    /** Every vector, with the WordNet exception lists shipped as ROUGE-1.5.5 uses them. */
    @Test
    void reproducesTheRouge155Vectors() throws Exception {
        assertThat(mismatches(R155)).isEmpty();
    }

    /** Without WordNet's irregular forms, the texts with "analyses" (Porter: "analys") come out different. */
    @Test
    void wordnetExceptionsMatter() throws Exception {
        assertThat(Rouge.wordnetExceptions()).containsEntry("analyses", "analysis").hasSizeGreaterThan(5000);
        List<String> without = mismatches(R155.withExceptions(java.util.Map.of()));
        assertThat(without).isNotEmpty().allMatch(s -> s.startsWith("T08_C1"));
    }

    private static List<String> mismatches(Rouge.Settings settings) throws Exception {
        var file = Shared.dir().resolve("data/rouge155-vectors.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            JsonNode v = json.readTree(line);
            List<String> peer = new ArrayList<>();
            v.get("peer").forEach(x -> peer.add(x.asText()));
            List<List<String>> models = new ArrayList<>();
            for (JsonNode m : v.get("models")) {
                List<String> ss = new ArrayList<>();
                m.forEach(x -> ss.add(x.asText()));
                models.add(ss);
            }
            Rouge.Scores got = Rouge.score(peer, models, settings);
            JsonNode want = v.get("scores");
            check(wrong, v.get("id").asText() + " ROUGE-1", got.rouge1(), want.get("ROUGE-1"));
            check(wrong, v.get("id").asText() + " ROUGE-2", got.rouge2(), want.get("ROUGE-2"));
            check(wrong, v.get("id").asText() + " ROUGE-SU4", got.su4(), want.get("ROUGE-SU4"));
        }
        assertThat(n).isGreaterThan(0);
        return wrong;
    }

    private static void check(List<String> wrong, String what, Rouge.Prf got, JsonNode want) {
        double[] g = {got.r(), got.p(), got.f()};
        String[] k = {"R", "P", "F"};
        for (int i = 0; i < 3; i++) {
            double w = want.get(k[i]).asDouble();
            if (Math.abs(g[i] - w) > 0.00005 + 1e-9) {
                wrong.add(what + " " + k[i] + ": " + g[i] + " != " + w);
            }
        }
    }
}

package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;

import org.revue.analyze.time.Timex;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** TIMEX3 gold in JSONL: one document a line, {@code id}, {@code lang}, {@code dct}, {@code text}, {@code timex3}. */
public record TimexSet(List<Doc> docs) {

    public record Doc(String id, String lang, LocalDate dct, String text, List<Timex> timex) {
    }

    public static TimexSet read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Jsonl.each(file, (n, no) -> {
            List<Timex> gold = new ArrayList<>();
            for (JsonNode t : n.path("timex3")) {
                gold.add(new Timex(t.get("start").asInt(), t.get("end").asInt(), t.path("text").asText(),
                        t.path("type").asText(null), t.path("value").asText(null)));
            }
            docs.add(new Doc(n.path("id").asText(), n.path("lang").asText("fr"), Jsonl.date(n, "dct"),
                    n.path("text").asText(), gold));
        });
        return new TimexSet(docs);
    }
}

package org.revue.analyze.semantic;

import org.junit.jupiter.api.Test;
import org.revue.analyze.SentenceSplitter;
import org.revue.eval.AnalysisScores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled French/English gold set for entities and quotes (written for Revue): quality floors. */
class AnalysisGoldTest {
    private static AnalysisScores score(String file) throws Exception {
        SentenceSplitter sp = new SentenceSplitter();
        AnalysisScores sc = new AnalysisScores();
        for (var d : AnalysisScores.read(Path.of("src/test/resources/gold", file))) {
            List<int[]> s = new ArrayList<>();
            sp.split(d.text(), d.lang()).forEach(x -> s.add(new int[]{x.getStart(), x.getEnd()}));
            var an = Analyzer.analyze(new Analyzer.Input(d.id(), d.text(), d.dct(), d.lang(), s));
            sc.addMentions(d.entities(), an.mentions());
            sc.addQuotes(d.quotes(), an.quotes());
        }
        return sc;
    }

    @Test
    void developmentSet() throws Exception {
        AnalysisScores sc = score("analysis-gold.jsonl");
        assertThat(sc.mentions()[0]).isGreaterThanOrEqualTo(0.90);
        assertThat(sc.mentions()[1]).isGreaterThanOrEqualTo(0.85);
        assertThat(sc.quotes()[2]).isGreaterThanOrEqualTo(0.95);
        assertThat(sc.speakers()[2]).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void heldOutSet() throws Exception {
        AnalysisScores sc = score("analysis-heldout.jsonl");
        assertThat(sc.mentions()[2]).isGreaterThanOrEqualTo(0.70);
        assertThat(sc.quotes()[2]).isGreaterThanOrEqualTo(0.95);
    }
}

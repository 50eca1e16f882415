package org.revue.cluster;

import org.junit.jupiter.api.Test;
import org.revue.model.Article;
import org.revue.model.RawDocument;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReferencesTest {
    private static List<Article> analyze(RawDocument... docs) {
        return new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE).analyze(List.of(docs));
    }

    private static RawDocument doc(String id, LocalDate date, String text) {
        return new RawDocument(id, id, null, text, null, date, null, null, "fr");
    }

    @Test
    void anArticleNamingTheDayOfAnotherEventRaisesTheirLinkOnce() {
        List<Article> arts = analyze(
                doc("call", LocalDate.of(2017, 5, 2), "Les deux présidents se sont parlé au téléphone. Ils doivent se "
                        + "rencontrer le 7 juillet en marge du sommet du G20 à Hambourg."),
                doc("meeting", LocalDate.of(2017, 7, 7), "Les deux présidents se sont rencontrés à Hambourg en marge du "
                        + "sommet du G20."),
                doc("other", LocalDate.of(2017, 3, 20), "Le cours du blé a encore baissé sur les marchés européens."));
        TermSpace space = new TermSpace(arts, false);
        assertThat(space.namedDays(0)).containsExactly(707);
        List<List<Integer>> events = List.of(List.of(0), List.of(1), List.of(2));
        long[] days = {Clusterer.day(space, events.get(0)), Clusterer.day(space, events.get(1)),
                Clusterer.day(space, events.get(2))};
        Map<Long, Double> between = new HashMap<>(Map.of(0L * 3 + 1, 0.1, 0L * 3 + 2, 0.05));
        Clusterer.references(space, events, days, between);
        assertThat(between.get(1L)).isCloseTo(0.1 * Clusterer.REFERENCE, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(between.get(2L)).isEqualTo(0.05); // 20 March is not named
        assertThat(between).hasSize(2); // no link is made from nothing
    }
}

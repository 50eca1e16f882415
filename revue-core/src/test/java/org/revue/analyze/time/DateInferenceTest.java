package org.revue.analyze.time;

import org.junit.jupiter.api.Test;
import org.revue.analyze.semantic.Analyzer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DateInferenceTest {
    private static Analyzer.Input in(String id, String text, LocalDate d) {
        return new Analyzer.Input(id, text, d, "fr", List.of(new int[]{0, text.length()}));
    }

    @Test
    void anUndatedArticleOfADatedEventTakesItsEarliestDate() {
        var a = in("a", "Le sommet s'est ouvert vendredi.", LocalDate.of(2020, 2, 7));
        var b = in("b", "Le sommet s'est ouvert vendredi à Nice.", LocalDate.of(2020, 2, 8));
        var c = in("c", "Ouverture du sommet de Nice.", null);
        Map<String, LocalDate> m = DateInference.infer(List.of(a, b, c), List.of(List.of(a, b, c)));
        assertThat(m).containsEntry("c", LocalDate.of(2020, 2, 7)).doesNotContainKey("a");
    }

    @Test
    void anUndatedEventIsPlacedBetweenThePastAndTheFutureItSpeaksOf() {
        var dated = in("d", "Le sommet s'est tenu à Nice.", LocalDate.of(2020, 9, 10));
        var u = in("u", "Les deux ministres s'étaient vus en mars à Rome. Ils doivent se retrouver le 20 mai à Nice.", null);
        Map<String, LocalDate> m = DateInference.infer(List.of(dated, u), List.of(List.of(dated), List.of(u)));
        assertThat(m.get("u")).isAfter(LocalDate.of(2020, 3, 31)).isBeforeOrEqualTo(LocalDate.of(2020, 5, 20));
    }

    @Test
    void nothingToGoOnMeansNoDate() {
        var u = in("u", "Une conversation téléphonique a eu lieu.", null);
        assertThat(DateInference.infer(List.of(u), List.of(List.of(u)))).isEmpty();
    }
}

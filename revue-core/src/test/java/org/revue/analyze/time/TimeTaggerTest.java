package org.revue.analyze.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTaggerTest {
    private static final LocalDate SAT = LocalDate.of(2021, 3, 13); // a Saturday

    private static Timex only(String text, LocalDate dct, String lang, String surface) {
        List<Timex> all = TimeTagger.tag(text, dct, lang);
        return all.stream().filter(t -> t.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + all));
    }

    @Test
    void relativeDaysAndPartsOfDay() {
        String t = "Le maire a été reçu hier matin à la préfecture, puis il est reparti avant-hier soir selon lui.";
        assertThat(only(t, SAT, "fr", "hier matin").value()).isEqualTo("2021-03-12TMO");
        assertThat(only(t, SAT, "fr", "hier matin").type()).isEqualTo("TIME");
        assertThat(only(t, SAT, "fr", "avant-hier soir").value()).isEqualTo("2021-03-11TEV");
    }

    @Test
    void aWeekdayGoesToThePastUnlessTheSentenceSpeaksOfTheFuture() {
        assertThat(only("La réunion s'est tenue mardi à Lille.", SAT, "fr", "mardi").value()).isEqualTo("2021-03-09");
        Timex t = only("La trêve devrait entrer en vigueur dimanche à la mi-journée.", SAT, "fr", "dimanche à la mi-journée");
        assertThat(t.value()).isEqualTo("2021-03-14T12:00");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(only("Il a démissionné vendredi dernier.", SAT, "fr", "vendredi dernier").value()).isEqualTo("2021-03-12");
        assertThat(only("Il a démissionné samedi dernier.", SAT, "fr", "samedi dernier").value()).isEqualTo("2021-03-06");
    }

    @Test
    void datesMonthsAndAlternatives() {
        String t = "Les ministres doivent se revoir le 10 ou le 11 mai, puis début juillet, après leur rencontre du 27 février 2019.";
        assertThat(only(t, SAT, "fr", "le 10").value()).isEqualTo("2021-05-10");
        assertThat(only(t, SAT, "fr", "le 11 mai").value()).isEqualTo("2021-05-11");
        assertThat(only(t, SAT, "fr", "début juillet").value()).isEqualTo("2021-07");
        assertThat(only(t, SAT, "fr", "27 février 2019").value()).isEqualTo("2019-02-27");
    }

    @Test
    void agoDurationsAndSets() {
        String t = "L'accident a eu lieu il y a trois jours. Les secours ont travaillé deux heures et quart. Le marché se tient tous les jeudis.";
        Timex ago = only(t, SAT, "fr", "il y a trois jours");
        assertThat(ago.type()).isEqualTo("DATE");
        assertThat(ago.value()).isEqualTo("2021-03-10");
        assertThat(only(t, SAT, "fr", "deux heures et quart").value()).isEqualTo("PT2H15M");
        Timex set = only(t, SAT, "fr", "tous les jeudis");
        assertThat(set.type()).isEqualTo("SET");
        assertThat(set.value()).isEqualTo("XXXX-WXX-4");
    }

    @Test
    void clockTimesTakeTheDayOfTheirSentence() {
        String t = "Les faits se sont produits mardi vers 21 h 45 près de la gare.";
        assertThat(only(t, SAT, "fr", "21 h 45").value()).isEqualTo("2021-03-09T21:45");
    }

    @Test
    void agesAndTheParticipleEteAreNotTime() {
        List<Timex> t = TimeTagger.tag("Un homme de 45 ans a été interpellé. La fillette, âgée de 6 ans, a été soignée.", SAT, "fr");
        assertThat(t).isEmpty();
    }

    @Test
    void withoutACreationDateRelativeValuesStayUnknown() {
        Timex t = only("Il est arrivé mardi.", null, "fr", "mardi");
        assertThat(t.value()).isEqualTo("XXXX-WXX-2");
        assertThat(only("Rendez-vous le 3 juin 2020.", null, "fr", "le 3 juin 2020").value()).isEqualTo("2020-06-03");
    }

    @Test
    void english() {
        String t = "The minister resigned yesterday, three days ago the talks failed, and the summit opens next week on May 4, 2021.";
        assertThat(only(t, SAT, "en", "yesterday").value()).isEqualTo("2021-03-12");
        assertThat(only(t, SAT, "en", "three days ago").value()).isEqualTo("2021-03-10");
        assertThat(only(t, SAT, "en", "next week").value()).isEqualTo("2021-W11");
        assertThat(only(t, SAT, "en", "May 4, 2021").value()).isEqualTo("2021-05-04");
    }

    @Test
    void offsetsPointIntoTheGivenText() {
        String text = "\n  Hier,\u00a0à 10 h, le conseil s'est réuni.";
        for (Timex t : TimeTagger.tag(text, SAT, "fr")) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(TimeTagger.tag(text, SAT, "fr")).isNotEmpty();
    }
}

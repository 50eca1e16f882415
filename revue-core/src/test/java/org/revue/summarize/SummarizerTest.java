package org.revue.summarize;

import org.junit.jupiter.api.Test;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.RawDocument;
import org.revue.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizerTest {
    private static RawDocument doc(String id, LocalDate date, String text) {
        return new RawDocument(id, id, "Titre " + id, text, null, date, null, null, "fr");
    }

    /** Four articles on one event; the port strike is what most of them say. */
    private static List<Article> strike() {
        List<RawDocument> docs = List.of(
                doc("a", LocalDate.of(2024, 3, 5), "Les dockers du port de Brest sont en grève depuis lundi contre la réforme des retraites. "
                        + "Il a ajouté que les dockers du port de Brest resteraient en grève contre la réforme. "
                        + "Le maire de la ville a inauguré une nouvelle bibliothèque municipale dans le quartier nord."),
                doc("b", LocalDate.of(2024, 3, 4), "La grève des dockers paralyse le port de Brest depuis lundi matin. "
                        + "Les syndicats des dockers réclament le retrait de la réforme des retraites du gouvernement. "
                        + "Un concert de jazz aura lieu samedi soir sur la place principale de la ville."),
                doc("c", LocalDate.of(2024, 3, 6), "Au port de Brest, la grève des dockers entre dans son troisième jour. "
                        + "Les navires attendent au large tandis que les conteneurs s'accumulent sur les quais du port. "
                        + "La météo annonce du soleil pour tout le week-end sur la Bretagne."),
                doc("d", LocalDate.of(2024, 3, 6), "Les dockers du port de Brest sont en grève depuis lundi contre la réforme des retraites. "
                        + "Le trafic des ferries vers l'Angleterre est interrompu jusqu'à nouvel ordre au port de Brest."));
        return new ClusterSummaries("fr", (o, m) -> { }).analyze(docs);
    }

    private static int words(List<Cited> s) {
        return s.stream().mapToInt(c -> Summarizer.words(c.text())).sum();
    }

    @Test
    void staysWithinTheBudgetAndCitesExactSentences() {
        List<Article> arts = strike();
        Map<String, Article> byId = arts.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        for (Summarizer.Algorithm a : Summarizer.Algorithm.values()) {
            for (int budget : new int[]{20, 40, 60}) {
                List<Cited> s = ClusterSummaries.summarize(arts, budget, a);
                assertThat(s).as(a + " " + budget).isNotEmpty();
                assertThat(words(s)).as(a + " " + budget).isLessThanOrEqualTo(budget);
                for (Cited c : s) {
                    for (SourceRef r : c.sources()) {
                        assertThat(byId.get(r.article()).sentences().get(r.sentence()).text()).isEqualTo(c.text());
                    }
                }
            }
        }
    }

    @Test
    void aBudgetNoSentenceFitsGivesTheBestSentenceAlone() {
        for (Summarizer.Algorithm a : Summarizer.Algorithm.values()) {
            assertThat(ClusterSummaries.summarize(strike(), 0, a)).as(a.name()).hasSize(1);
        }
    }

    @Test
    void coversWhatManySourcesSayOnceAndLeavesTheAsidesOut() {
        List<Cited> s = ClusterSummaries.summarize(strike(), 40, Summarizer.Algorithm.CONCEPTS);
        String text = String.join(" ", s.stream().map(Cited::text).toList());
        assertThat(text).contains("grève").contains("port de Brest");
        assertThat(text).doesNotContain("bibliothèque", "jazz", "météo");
        // the sentence two articles share is said once and cites both
        long same = s.stream().filter(c -> c.text().startsWith("Les dockers du port de Brest sont en grève")).count();
        assertThat(same).isLessThanOrEqualTo(1);
        s.stream().filter(c -> c.text().startsWith("Les dockers du port de Brest sont en grève"))
                .forEach(c -> assertThat(c.sources()).extracting(SourceRef::article).contains("a", "d"));
    }

    @Test
    void neverPicksASentenceWhoseSubjectIsMissing() {
        for (Summarizer.Algorithm a : Summarizer.Algorithm.values()) {
            List<Cited> s = ClusterSummaries.summarize(strike(), 200, a);
            assertThat(s).as(a.name()).noneMatch(c -> c.text().startsWith("Il a ajouté"));
        }
    }

    @Test
    void readsInChronologicalOrder() {
        List<Article> arts = strike();
        Map<String, LocalDate> date = arts.stream().collect(Collectors.toMap(Article::id, Article::published));
        List<Cited> s = ClusterSummaries.summarize(arts, 80, Summarizer.Algorithm.CONCEPTS);
        assertThat(s.size()).isGreaterThan(1);
        List<LocalDate> dates = new ArrayList<>();
        s.forEach(c -> dates.add(date.get(c.sources().get(0).article())));
        assertThat(dates).isSorted();
    }

    @Test
    void englishGoesThroughTheSameSummarizerWithEnglishAnalysis() {
        List<RawDocument> docs = List.of(
                new RawDocument("e1", "e1", null, "Dock workers at the port of Bristol went on strike on Monday over pension reform. "
                        + "He said the strike at the port would last until the reform was withdrawn. "
                        + "A new library opened in the northern district of the city.", null, null, null, null, "en"),
                new RawDocument("e2", "e2", null, "The strike by dock workers has paralysed the port of Bristol since Monday morning. "
                        + "Unions of dock workers demand that the government withdraw its pension reform.", null, null, null, null, "en"),
                new RawDocument("e3", "e3", null, "At the port of Bristol, the dock workers' strike entered its third day. "
                        + "Ships are waiting offshore while containers pile up on the quays of the port.", null, null, null, null, "en"));
        List<Cited> s = ClusterSummaries.summarize(new ClusterSummaries("en", (o, m) -> { }).analyze(docs), 40,
                Summarizer.Algorithm.CONCEPTS);
        String text = String.join(" ", s.stream().map(Cited::text).toList());
        assertThat(text).contains("strike").doesNotContain("library");
        assertThat(s).noneMatch(c -> c.text().startsWith("He said"));
        assertThat(words(s)).isLessThanOrEqualTo(40);
    }

    @Test
    void roundRobinLeadTakesEachArticlesFirstSentenceFirst() {
        List<Cited> s = ClusterSummaries.summarize(strike(), 45, Summarizer.Algorithm.LEAD);
        assertThat(s).allMatch(c -> c.sources().get(0).sentence() == 0);
        assertThat(s.size()).isGreaterThanOrEqualTo(2);
    }
}

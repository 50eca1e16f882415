package org.revue.analyze.semantic;

import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.analyze.time.TimeTagger;
import org.revue.analyze.time.Timex;
import org.revue.eval.TimexScores;
import org.revue.eval.TimexSet;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.Story;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance checks of the analysis layer on the seeds and French TimeBank (skipped without ../shared). */
class SeedsAnalysisTest {
    private static Digest seeds() {
        Path dir = Shared.dir().resolve("seeds");
        return new Pipeline(Pipeline.Options.defaults(), (o, m) -> { }, Progress.NONE).run(List.of(dir));
    }

    private static Article article(Digest d, String prefix) {
        return d.articles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void undatedSeedsArePlacedInTheirMonth() {
        Digest d = seeds();
        for (String id : List.of("002", "004")) {
            Article a = article(d, id);
            assertThat(a.publishedInferred()).isTrue();
            assertThat(a.published()).isBetween(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31));
        }
        Article a3 = article(d, "003");
        assertThat(a3.publishedInferred()).isTrue();
        assertThat(a3.published()).isBetween(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 31));
        assertThat(article(d, "000").publishedInferred()).isFalse();
    }

    @Test
    void theMeetingAndTheCeasefireAreDatedToTheDay() {
        Digest d = seeds();
        Article a0 = article(d, "000");
        List<Timex> t0 = TimeTagger.tag(a0.text(), a0.published(), a0.lang());
        assertThat(t0).anyMatch(t -> t.text().startsWith("Vendredi 7 juillet") && t.value().equals("2017-07-07"));
        assertThat(t0).anyMatch(t -> t.text().startsWith("dimanche") && t.value().startsWith("2017-07-09"));
        Article a3 = article(d, "003");
        List<Timex> t3 = TimeTagger.tag(a3.text(), a3.published(), a3.lang());
        assertThat(t3).anyMatch(t -> t.text().equals("dimanche") && t.value().equals("2017-07-09"));
        Article a1 = article(d, "001");
        List<Timex> t1 = TimeTagger.tag(a1.text(), a1.published(), a1.lang());
        assertThat(t1).anyMatch(t -> t.text().equals("vendredi") && t.value().equals("2017-07-07"));
    }

    @Test
    void personsAreFoundWithTheirVariantsMerged() {
        Story s = seeds().stories().stream().max((a, b) -> Integer.compare(a.articles().size(), b.articles().size())).orElseThrow();
        Map<String, NamedEntity> byName = s.entities().stream().collect(Collectors.toMap(NamedEntity::name, Function.identity()));
        assertThat(byName.get("Donald Trump").aliases()).contains("Trump", "le président américain");
        assertThat(byName.get("Vladimir Poutine").aliases()).contains("Poutine", "son homologue russe");
        assertThat(byName.get("Sergueï Lavrov").aliases()).contains("Sergeï Lavrov");
        assertThat(byName.get("Rex Tillerson").aliases()).contains("Tillerson");
        assertThat(byName).containsKey("Bachar al-Assad");
        assertThat(s.entities()).filteredOn(e -> e.type().equals("PERSON")).extracting(NamedEntity::name)
                .containsExactlyInAnyOrder("Donald Trump", "Vladimir Poutine", "Sergueï Lavrov", "Rex Tillerson", "Bachar al-Assad");
        assertThat(s.entities()).filteredOn(e -> e.name().contains("Etats-Unis") || e.name().contains("États-Unis")).hasSize(1);
    }

    @Test
    void directQuotesHaveTheirSpeakers() {
        Story s = seeds().stories().stream().max((a, b) -> Integer.compare(a.articles().size(), b.articles().size())).orElseThrow();
        Map<String, String> speaker = s.quotes().stream().filter(Quotation::direct)
                .collect(Collectors.toMap(q -> q.text().substring(0, Math.min(24, q.text().length())), Quotation::speaker, (a, b) -> a));
        assertThat(speaker).containsEntry("Je crois que cela s’est ", "Donald Trump")
                .containsEntry("C’est la preuve que les ", "Rex Tillerson")
                .containsEntry("merveilleux", "Donald Trump")
                .containsEntry("échange très long et trè", "Rex Tillerson")
                .containsEntry("C'est un honneur d'être ", "Donald Trump")
                .containsEntry("Je suis ravi de vous ren", "Vladimir Poutine")
                .containsEntry("Nous avons parlé au télé", "Vladimir Poutine")
                .containsEntry("très bonne conversation", "Maison Blanche")
                .containsEntry("accepte", "Sergueï Lavrov")
                .containsEntry("travailler ensemble pour", "Les deux hommes");
    }

    @Test
    void frenchTimeBankFigures() throws Exception {
        Path data = Shared.dir().resolve("data/ftib-fr-dev.jsonl");
        if (!Files.exists(data)) {
            return;
        }
        TimexScores sc = new TimexScores();
        for (var doc : TimexSet.read(data).docs()) {
            sc.add(doc.timex(), TimeTagger.tag(doc.text(), doc.dct(), doc.lang()));
        }
        assertThat(sc.relaxed()[2]).isGreaterThanOrEqualTo(0.92);
        assertThat(sc.value()[2]).isGreaterThanOrEqualTo(0.80);
    }
}

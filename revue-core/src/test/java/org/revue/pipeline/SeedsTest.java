package org.revue.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.SourceRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue acceptance on the five real seed articles (../shared/seeds); skipped when ../shared is absent. */
class SeedsTest {
    private static Digest digest;
    private static Map<String, Article> byPrefix;

    @BeforeEach
    void run() {
        java.nio.file.Path seeds = Shared.dir().resolve("seeds"); // skips each test, saying why, without ../shared
        if (digest == null) {
            digest = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
            }, Progress.NONE).run(List.of(seeds));
            byPrefix = digest.articles().stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity()));
        }
    }

    @Test
    void noBoilerplateLeft() {
        String all = digest.articles().stream().map(Article::text).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContain("Autres actualités", "Jérusalem", "Fujimori", "Honduras", "newsletter",
                "Newsletter", "S'inscrire", "adresse e-mail", "Édition matinale", "Lire aussi", "Voir aussi",
                "En vidéo", "Bombe : le coup de semonce", "Sur le même sujet", "Lire et commenter", "Et aussi",
                "MANDEL NGAN", "agences/cab/tmun", "Source AFP", "Toute L'info sur", "Tensions USA-Russie",
                "Publié le", "08 - Juillet - 2017", "](#)", "International\n");
    }

    @Test
    void sentenceCutByTheSignUpBlockIsWholeAgain() {
        assertThat(byPrefix.get("001").text()).contains("dans les rues de Hambourg en déliçates depuis que Donald Trump");
        assertThat(byPrefix.get("001").sentences()).noneMatch(s -> s.text().equals("déliçates depuis que Donald Trump a décidé "
                + "de faire sortir les États-Unis de l'accord de Paris."));
    }

    @Test
    void articleTextIsKept() {
        assertThat(byPrefix.get("000").text()).contains("« Je crois que cela s’est très bien passé »",
                "Avant de quitter Washington, Donald Trump avait rappelé");
        assertThat(byPrefix.get("004").text()).startsWith("Le président états-unien, Donald Trump,")
                .endsWith("selon la diplomatie russe.");
        assertThat(byPrefix.get("002").text()).startsWith("Malgré le regain de tension");
        assertThat(byPrefix.get("003").sentences()).hasSizeGreaterThan(12);
    }

    @Test
    void printedDatesAreRead() {
        assertThat(byPrefix.get("000").published()).isEqualTo(LocalDate.of(2017, 7, 8));
        assertThat(byPrefix.get("001").published()).isEqualTo(LocalDate.of(2017, 7, 7));
    }

    @Test
    void twoEventsInOneStory() {
        assertThat(digest.stories()).hasSize(1);
        assertThat(digest.stories().get(0).events()).hasSize(2);
        Map<String, String> ev = digest.eventOf();
        String meeting = ev.get(byPrefix.get("000").id());
        String call = ev.get(byPrefix.get("002").id());
        assertThat(meeting).isNotEqualTo(call);
        assertThat(List.of(ev.get(byPrefix.get("001").id()), ev.get(byPrefix.get("003").id()))).containsOnly(meeting);
        assertThat(ev.get(byPrefix.get("004").id())).isEqualTo(call);
    }

    @Test
    void eventsAreDatedAndInOrderWithInferredDates() {
        var events = digest.stories().get(0).events();
        assertThat(events.get(0).articles()).contains(byPrefix.get("002").id());
        // the call was on "mardi" in articles read as of early May 2017: Tuesday 2 May, the day it happened
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(events.get(1).date()).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(digest.stories().get(0).timeline()).extracting(t -> t.date().getMonthValue()).containsExactly(5, 7);
    }

    @Test
    void everySummarySentenceCitesASentenceItEquals() {
        Map<String, Article> byId = digest.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<Cited> all = PipelineTest.allSummaries(digest);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        for (Cited c : all) {
            for (SourceRef r : c.sources()) {
                assertThat(byId.get(r.article()).sentences().get(r.sentence()).text()).isEqualTo(c.text());
            }
        }
    }
}

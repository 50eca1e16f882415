package org.revue.analyze.semantic;

import org.junit.jupiter.api.Test;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.SourceRef;
import org.revue.model.Story;
import org.revue.model.RawDocument;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventDateTest {
    private static Digest digest(RawDocument... docs) {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE);
        return p.digest(p.analyze(List.of(docs)));
    }

    private static RawDocument doc(String id, LocalDate date, String text) {
        return new RawDocument(id, id, null, text, null, date, null, null, "fr");
    }

    @Test
    void anEventIsDatedByTheDayItsLeadsSayItHappened() {
        // articles of Friday 10 and Saturday 11 March 2023 on a vote that took place on Tuesday 7 March
        Digest d = digest(
                doc("a", LocalDate.of(2023, 3, 10), "Les députés ont adopté mardi la réforme des retraites par 301 voix. "
                        + "Le texte doit revenir au Sénat dimanche."),
                doc("b", LocalDate.of(2023, 3, 11), "La réforme des retraites a été adoptée mardi à l'Assemblée par 301 voix. "
                        + "Les syndicats appellent à manifester."));
        assertThat(d.stories()).hasSize(1);
        var event = d.stories().get(0).events().get(0);
        assertThat(event.date()).isEqualTo(LocalDate.of(2023, 3, 7));
        assertThat(d.stories().get(0).timeline()).extracting(t -> t.date()).containsOnly(LocalDate.of(2023, 3, 7));
    }

    @Test
    void theStorySummaryFollowsTheEventsOnceTheyAreDated() {
        // as the summarizer leaves it: the dated event's sentences first, the undated event's last
        Cited c0 = cited("c", 0), c1 = cited("c", 1), a0 = cited("a", 0);
        Event july = new Event("e1", "G20", LocalDate.of(2017, 7, 7), List.of("c"), List.of(c0, c1));
        Event may = new Event("e2", "Appel", null, List.of("a", "b"), List.of(a0));
        Story story = new Story("s1", "Trump et Poutine", List.of("a", "b", "c"), List.of(july, may), List.of(c0, c1, a0), List.of());

        Story dated = DigestAnalysis.dated(story, List.of(), Map.of("e2", LocalDate.of(2017, 5, 2)));
        assertThat(dated.events()).extracting(Event::id).containsExactly("e2", "e1");
        assertThat(dated.summary()).containsExactly(a0, c0, c1);
        // an event that stays undated keeps its sentences last
        assertThat(DigestAnalysis.dated(story, List.of(), Map.of()).summary()).containsExactly(c0, c1, a0);
    }

    private static Cited cited(String article, int sentence) {
        return new Cited(article + sentence, List.of(new SourceRef(article, sentence)));
    }

    @Test
    void withoutADayInTheLeadTheEventKeepsItsPublicationDate() {
        Digest d = digest(doc("a", LocalDate.of(2023, 3, 10), "Les députés ont adopté la réforme des retraites. "
                + "Le texte doit revenir au Sénat dimanche."));
        assertThat(d.stories().get(0).events().get(0).date()).isEqualTo(LocalDate.of(2023, 3, 10));
    }
}

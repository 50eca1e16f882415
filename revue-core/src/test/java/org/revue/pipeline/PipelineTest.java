package org.revue.pipeline;

import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.SourceRef;
import org.revue.model.Story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole path on the bundled sample corpus, whose expected grouping samples/README.md states. */
class PipelineTest {
    private final List<String> warnings = new ArrayList<>();

    private Digest run() {
        return new Pipeline(Pipeline.Options.defaults(), (o, m) -> warnings.add(o + ": " + m), Progress.NONE)
                .run(List.of(Shared.samples()));
    }

    @Test
    void groupsTheSamplesIntoTheirEventsAndStories() {
        Digest d = run();
        assertThat(warnings).isEmpty();
        assertThat(d.articles()).hasSize(8);
        Map<String, String> event = d.eventOf();
        Map<String, String> story = d.storyOf();
        assertThat(Set.copyOf(List.of(event.get("fr-tempete-01"), event.get("fr-tempete-02"), event.get("fr-tempete-03")))).hasSize(1);
        assertThat(event.get("fr-tempete-04")).isEqualTo(event.get("tempete-suite")).isNotEqualTo(event.get("fr-tempete-01"));
        assertThat(story.get("fr-tempete-01")).isEqualTo(story.get("tempete-suite"));
        assertThat(Set.copyOf(List.of(event.get("europe-001"), event.get("europe-002"), event.get("europe-003")))).hasSize(1);
        assertThat(story.get("europe-001")).isNotEqualTo(story.get("fr-tempete-01"));
        assertThat(d.stories()).hasSize(2);
    }

    @Test
    void wireCopyIsMarkedAndNeverSummarized() {
        Digest d = run();
        assertThat(d.duplicateOf()).containsEntry("fr-tempete-02", "fr-tempete-01");
        List<Cited> all = allSummaries(d);
        assertThat(all).allSatisfy(c -> assertThat(c.sources().get(0).article()).isNotEqualTo("fr-tempete-02"));
    }

    @Test
    void everySummarySentenceEqualsTheSentencesItCites() {
        Digest d = run();
        Map<String, Article> byId = d.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<Cited> all = allSummaries(d);
        assertThat(all).isNotEmpty();
        for (Cited c : all) {
            assertThat(c.sources()).isNotEmpty();
            for (SourceRef r : c.sources()) {
                assertThat(byId.get(r.article()).sentences().get(r.sentence()).text()).isEqualTo(c.text());
            }
        }
        for (Story s : d.stories()) {
            s.events().forEach(e -> assertThat(e.summary()).isNotEmpty());
        }
    }

    @Test
    void everyArticleIsInExactlyOneEventOfOneStory() {
        Digest d = run();
        List<String> inEvents = d.stories().stream().flatMap(s -> s.events().stream()).flatMap(e -> e.articles().stream()).toList();
        assertThat(inEvents).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(d.articles().stream().map(Article::id).toList());
    }

    static List<Cited> allSummaries(Digest d) {
        return d.stories().stream().flatMap(s -> Stream.concat(s.summary().stream(),
                s.events().stream().flatMap(e -> e.summary().stream()))).toList();
    }
}

package org.revue.cluster;

import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.ingest.Ingest;
import org.revue.model.Article;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalClustererTest {
    private static List<Article> samples() {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE);
        return p.analyze(new Ingest((o, m) -> {
        }).read(List.of(Shared.samples())));
    }

    private static Map<String, IncrementalClusterer.Assignment> byId(List<IncrementalClusterer.Assignment> l) {
        return l.stream().collect(Collectors.toMap(IncrementalClusterer.Assignment::article, Function.identity()));
    }

    @Test
    void aWireCopyJoinsItsOriginalAsItArrives() {
        List<Article> arts = samples();
        IncrementalClusterer ic = new IncrementalClusterer();
        Article original = arts.stream().filter(a -> a.id().equals("fr-tempete-01")).findFirst().orElseThrow();
        Article copy = arts.stream().filter(a -> a.id().equals("fr-tempete-02")).findFirst().orElseThrow();
        IncrementalClusterer.Assignment first = ic.add(original);
        IncrementalClusterer.Assignment second = ic.add(copy);
        assertThat(second.duplicateOf()).isEqualTo("fr-tempete-01");
        assertThat(second.event()).isEqualTo(first.event());
        assertThat(second.story()).isEqualTo(first.story());
    }

    @Test
    void unrelatedArticlesOpenTheirOwnEventAndStory() {
        List<Article> arts = samples();
        IncrementalClusterer ic = new IncrementalClusterer();
        IncrementalClusterer.Assignment storm = ic.add(arts.stream().filter(a -> a.id().equals("fr-tempete-01")).findFirst().orElseThrow());
        IncrementalClusterer.Assignment eu = ic.add(arts.stream().filter(a -> a.id().equals("europe-001")).findFirst().orElseThrow());
        assertThat(eu.event()).isNotEqualTo(storm.event());
        assertThat(eu.story()).isNotEqualTo(storm.story());
        assertThat(eu.duplicateOf()).isNull();
    }

    @Test
    void rebalancingFindsTheBatchGroupingInAnyOrderAndKeepsIds() {
        List<Article> arts = new ArrayList<>(samples());
        Collections.shuffle(arts, new Random(3));
        IncrementalClusterer ic = new IncrementalClusterer();
        arts.forEach(ic::add);
        ic.rebalance();
        Map<String, IncrementalClusterer.Assignment> after = byId(ic.assignments());
        assertThat(after.get("fr-tempete-02").event()).isEqualTo(after.get("fr-tempete-01").event());
        assertThat(after.get("fr-tempete-03").event()).isEqualTo(after.get("fr-tempete-01").event());
        assertThat(after.get("tempete-suite").event()).isEqualTo(after.get("fr-tempete-04").event())
                .isNotEqualTo(after.get("fr-tempete-01").event());
        assertThat(after.get("tempete-suite").story()).isEqualTo(after.get("fr-tempete-01").story());
        assertThat(after.get("europe-003").event()).isEqualTo(after.get("europe-001").event());
        assertThat(after.get("fr-tempete-02").duplicateOf()).isEqualTo("fr-tempete-01");
        // nothing new: a second rebalance moves nothing and renames nothing
        assertThat(ic.rebalance()).isZero();
        assertThat(byId(ic.assignments())).isEqualTo(after);
    }

    @Test
    void anEventThatDidNotChangeKeepsItsIdWhenOthersArrive() {
        List<Article> arts = samples();
        IncrementalClusterer ic = new IncrementalClusterer();
        arts.stream().filter(a -> a.id().startsWith("europe")).forEach(ic::add);
        ic.rebalance();
        String euEvent = byId(ic.assignments()).get("europe-001").event();
        String euStory = byId(ic.assignments()).get("europe-001").story();
        arts.stream().filter(a -> !a.id().startsWith("europe")).forEach(ic::add);
        ic.rebalance();
        Map<String, IncrementalClusterer.Assignment> now = byId(ic.assignments());
        assertThat(now.get("europe-001").event()).isEqualTo(euEvent);
        assertThat(now.get("europe-002").event()).isEqualTo(euEvent);
        assertThat(now.get("europe-001").story()).isEqualTo(euStory);
        assertThat(now.get("fr-tempete-01").event()).isNotEqualTo(euEvent);
    }

    @Test
    void itRebalancesByItselfOnceEnoughArticlesHaveCome() {
        List<Article> many = new ArrayList<>();
        for (int k = 0; many.size() < IncrementalClusterer.FIRST_REBALANCE; k++) {
            for (Article a : samples()) {
                many.add(new Article(a.id() + "-" + k, a.origin(), a.title(), a.source(), a.url(), a.published(), a.lang(),
                        a.text(), a.paragraphs(), a.sentences(), a.publishedInferred()));
            }
        }
        List<Article> feed = many.subList(0, IncrementalClusterer.FIRST_REBALANCE);
        IncrementalClusterer auto = new IncrementalClusterer(Clusterer.Settings.DEFAULT, true);
        IncrementalClusterer manual = new IncrementalClusterer(Clusterer.Settings.DEFAULT, false);
        IncrementalClusterer.Assignment last = null;
        for (Article a : feed) {
            last = auto.add(a);
            manual.add(a);
        }
        assertThat(manual.rebalance()).isPositive(); // the quick decisions were not the batch's ...
        assertThat(auto.rebalance()).isZero(); // ... but the automatic rebalance already made them so
        assertThat(byId(auto.assignments())).isEqualTo(byId(manual.assignments()));
        assertThat(last).isEqualTo(byId(auto.assignments()).get(last.article()));
    }
}

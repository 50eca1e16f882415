package org.revue.analyze.semantic;

import org.revue.analyze.entities.Entity;
import org.revue.analyze.quotes.Quote;
import org.revue.model.Article;
import org.revue.model.Digest;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.Story;

import java.util.ArrayList;
import java.util.List;

/** Fills a digest with the analysis layer: story entities and quotes, inferred publication dates. */
public final class DigestAnalysis {
    private DigestAnalysis() {
    }

    public static Digest enrich(Digest d) {
        StoryAnalysis.Result r = StoryAnalysis.analyze(d.articles(), d.stories(), null);
        List<Article> articles = new ArrayList<>();
        for (Article a : d.articles()) {
            Analysis an = r.byArticle().get(a.id());
            articles.add(a.published() == null && an != null && an.dctInferred() ? a.withInferredDate(an.dct()) : a);
        }
        List<Story> stories = new ArrayList<>();
        for (Story s : d.stories()) {
            List<NamedEntity> ents = new ArrayList<>();
            for (Entity e : r.byStory().getOrDefault(s.id(), List.of())) {
                ents.add(new NamedEntity(e.name(), e.type(), e.aliases(), e.articles(), e.mentions()));
            }
            List<Quotation> quotes = new ArrayList<>();
            for (String id : s.articles()) {
                Analysis an = r.byArticle().get(id);
                if (an == null || d.duplicateOf().containsKey(id)) {
                    continue;
                }
                for (Quote q : an.quotes()) {
                    if (q.speaker() != null && q.sentence() >= 0) {
                        quotes.add(new Quotation(q.speaker(), q.text(), id, q.sentence(), q.direct()));
                    }
                }
            }
            stories.add(s.withAnalysis(ents, quotes));
        }
        return new Digest(articles, d.duplicateOf(), stories);
    }
}

package org.revue.analyze.semantic;

import org.revue.analyze.entities.Entity;
import org.revue.analyze.entities.EntityLinker;
import org.revue.analyze.entities.EntityTagger;
import org.revue.analyze.entities.Mention;
import org.revue.analyze.quotes.Quote;
import org.revue.analyze.quotes.QuoteFinder;
import org.revue.analyze.time.DateInference;
import org.revue.analyze.time.TimeTagger;
import org.revue.analyze.time.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Entities, quotes and time for a group of texts analyzed together (one article, or the articles of a story):
 * entities are merged over the group, so that a variant or a role description met in one article resolves a
 * mention or a speaker in another; undated texts get a date inferred from their content and the group's dates.
 */
public final class Analyzer {

    /** One text: id, text, publication date (null when unknown), language, sentence spans. */
    public record Input(String id, String text, LocalDate dct, String lang, List<int[]> sentences) {
    }

    /** The analyses of the texts of a group, and the entities of the whole group. */
    public record Group(List<Analysis> analyses, List<Entity> entities) {
    }

    private Analyzer() {
    }

    /** One text alone. */
    public static Analysis analyze(Input in) {
        return analyze(List.of(in), List.of(List.of(in))).analyses().get(0);
    }

    /**
     * @param group  the texts analyzed together (entity merging, speakers)
     * @param events the same texts grouped by event, for date inference (each list is a subset of group)
     */
    public static Group analyze(List<Input> group, List<List<Input>> events) {
        List<EntityLinker.Doc> docs = new ArrayList<>();
        for (Input in : group) {
            docs.add(new EntityLinker.Doc(in.id(), in.text(), EntityTagger.tag(in.text(), in.lang())));
        }
        EntityLinker.Linked linked = EntityLinker.link(docs);
        java.util.Map<String, List<Timex>> undated = new java.util.HashMap<>();
        java.util.Map<String, LocalDate> inferred = DateInference.infer(group, events, undated);
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Input in = group.get(i);
            LocalDate dct = in.dct();
            boolean guessed = false;
            if (dct == null && inferred.get(in.id()) != null) {
                dct = inferred.get(in.id());
                guessed = true;
            }
            List<Timex> timex = dct == null && undated.containsKey(in.id()) ? undated.get(in.id()) : TimeTagger.tag(in.text(), dct, in.lang());
            List<Mention> mentions = linked.mentions().get(i);
            List<Quote> quotes = new ArrayList<>();
            for (QuoteFinder.Found f : QuoteFinder.find(in.text(), in.sentences(), mentions)) {
                String speaker = null;
                if (f.speakerStart() >= 0) {
                    speaker = linked.entityAt(i, f.speakerStart(), f.speakerEnd(), f.speakerText());
                    if (speaker == null) {
                        speaker = f.speakerText();
                    }
                }
                quotes.add(new Quote(in.id(), sentenceOf(in.sentences(), f.start()), f.start(), f.end(), f.text(), speaker, f.direct()));
            }
            List<Entity> own = new ArrayList<>();
            for (Entity e : linked.entities()) {
                if (e.articles().contains(in.id())) {
                    int n = (int) mentions.stream().filter(m -> m.entity().equals(e.name())).count();
                    List<String> aliases = mentions.stream().filter(m -> m.entity().equals(e.name()) && !m.text().equals(e.name()))
                            .map(Mention::text).distinct().toList();
                    own.add(new Entity(e.name(), e.type(), aliases, List.of(in.id()), n));
                }
            }
            out.add(new Analysis(in.id(), in.lang(), dct, guessed, in.sentences(), timex, mentions, own, quotes));
        }
        return new Group(out, linked.entities());
    }

    static int sentenceOf(List<int[]> sentences, int pos) {
        for (int i = 0; i < sentences.size(); i++) {
            if (pos >= sentences.get(i)[0] && pos < sentences.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }
}

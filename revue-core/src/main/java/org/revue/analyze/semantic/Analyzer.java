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

    private record TextKey(String text, String lang) {
    }

    /** Tagging is a pure function of the text: a story rebuilt with a new article does not tag the others again. */
    private static final org.revue.analyze.Memo<TextKey, EntityTagger.Tagged> ENTITY_TAGS = new org.revue.analyze.Memo<>(50_000);

    static EntityTagger.Tagged entities(String text, String lang) {
        return ENTITY_TAGS.get(new TextKey(text, lang), k -> EntityTagger.tag(k.text(), k.lang()));
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
        boolean parallel = group.size() >= 8;
        EntityLinker.Doc[] tagged = new EntityLinker.Doc[group.size()];
        each(group.size(), parallel, i -> tagged[i] = new EntityLinker.Doc(group.get(i).id(), group.get(i).text(),
                entities(group.get(i).text(), group.get(i).lang())));
        EntityLinker.Linked linked = EntityLinker.link(java.util.Arrays.asList(tagged));
        java.util.Map<String, List<Timex>> undated = new java.util.HashMap<>();
        java.util.Map<String, LocalDate> inferred = DateInference.infer(group, events, undated);
        Analysis[] out = new Analysis[group.size()];
        each(group.size(), parallel, i -> {
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
            java.util.Map<String, List<Mention>> byEntity = new java.util.HashMap<>();
            for (Mention m : mentions) {
                byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
            }
            List<Entity> own = new ArrayList<>();
            for (Entity e : linked.entities()) {
                List<Mention> ms = byEntity.get(e.name());
                if (ms != null) {
                    List<String> aliases = ms.stream().map(Mention::text).filter(t -> !t.equals(e.name())).distinct().toList();
                    own.add(new Entity(e.name(), e.type(), aliases, List.of(in.id()), ms.size()));
                }
            }
            out[i] = new Analysis(in.id(), in.lang(), dct, guessed, in.sentences(), timex, mentions, own, quotes);
        });
        return new Group(java.util.Arrays.asList(out), linked.entities());
    }

    /** Runs {@code body} for 0..n-1, in parallel when asked (the analysis of one text is independent of the others). */
    private static void each(int n, boolean parallel, java.util.function.IntConsumer body) {
        java.util.stream.IntStream r = java.util.stream.IntStream.range(0, n);
        (parallel ? r.parallel() : r).forEach(body);
    }

    static int sentenceOf(List<int[]> sentences, int pos) {
        return QuoteFinder.sentenceOf(sentences, pos);
    }
}

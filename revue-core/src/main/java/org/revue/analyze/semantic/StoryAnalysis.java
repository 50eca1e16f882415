package org.revue.analyze.semantic;

import org.revue.analyze.entities.Entity;
import org.revue.model.Article;
import org.revue.model.Event;
import org.revue.model.Sentence;
import org.revue.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The analysis of clean articles grouped in stories: each story analyzed as a group (entities, speakers, dates). */
public final class StoryAnalysis {

    /** Per article its analysis; per story id its entities. */
    public record Result(Map<String, Analysis> byArticle, Map<String, List<Entity>> byStory) {
    }

    private StoryAnalysis() {
    }

    /**
     * @param fallback the date of articles that have none and get none inferred (may be null)
     */
    public static Result analyze(List<Article> articles, List<Story> stories, LocalDate fallback) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        Map<String, Analysis> out = new HashMap<>();
        Map<String, List<Entity>> ents = new HashMap<>();
        Set<String> done = java.util.concurrent.ConcurrentHashMap.newKeySet();
        out = new java.util.concurrent.ConcurrentHashMap<>();
        ents = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Analysis> outF = out;
        Map<String, List<Entity>> entsF = ents;
        (articles.size() >= 64 ? stories.parallelStream() : stories.stream()).forEach(s -> {
            List<Analyzer.Input> group = new ArrayList<>();
            List<List<Analyzer.Input>> events = new ArrayList<>();
            Map<String, Analyzer.Input> inputs = new HashMap<>();
            for (String id : s.articles()) {
                Article a = byId.get(id);
                if (a != null) {
                    Analyzer.Input in = input(a);
                    group.add(in);
                    inputs.put(id, in);
                }
            }
            for (Event e : s.events()) {
                List<Analyzer.Input> ev = new ArrayList<>();
                for (String id : e.articles()) {
                    if (inputs.containsKey(id)) {
                        ev.add(inputs.get(id));
                    }
                }
                events.add(ev);
            }
            Analyzer.Group g = Analyzer.analyze(group, events);
            for (Analysis an : g.analyses()) {
                outF.put(an.id(), fallback(an, fallback, byId.get(an.id())));
                done.add(an.id());
            }
            entsF.put(s.id(), g.entities());
        });
        for (Article a : articles) {
            if (!done.contains(a.id())) {
                Analyzer.Input in = input(a);
                Analyzer.Group g = Analyzer.analyze(List.of(in), List.of(List.of(in)));
                out.put(a.id(), fallback(g.analyses().get(0), fallback, a));
            }
        }
        return new Result(out, ents);
    }

    private static Analysis fallback(Analysis an, LocalDate fallback, Article a) {
        if (an.dct() != null || fallback == null) {
            return an;
        }
        Analyzer.Input in = new Analyzer.Input(a.id(), a.text(), fallback, a.lang(), spans(a));
        Analysis x = Analyzer.analyze(in);
        return new Analysis(an.id(), an.lang(), fallback, false, an.sentences(), x.timex(), an.mentions(), an.entities(), an.quotes());
    }

    static Analyzer.Input input(Article a) {
        return new Analyzer.Input(a.id(), a.text(), a.published(), a.lang(), spans(a));
    }

    static List<int[]> spans(Article a) {
        List<int[]> sp = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            sp.add(new int[]{s.start(), s.end()});
        }
        return sp;
    }
}

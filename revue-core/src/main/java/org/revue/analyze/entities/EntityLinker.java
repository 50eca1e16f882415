package org.revue.analyze.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one or more texts (an article, or the articles of a story) into entities: full names
 * with spelling variants of the given name ("Sergueï Lavrov" / "Sergeï Lavrov"), surnames alone ("Poutine"),
 * names with accents or hyphens or not ("Etats-Unis" / "États-Unis"), and role descriptions that the texts put
 * in apposition to a name ("le président russe, Vladimir Poutine" makes "le président russe" a variant).
 */
public final class EntityLinker {

    /** One text to link: an id (article id) and what the tagger found in it. */
    public record Doc(String id, String text, EntityTagger.Tagged tagged) {
    }

    /** The result: the mentions of each text with their entity, description mentions included, and the entities. */
    public record Linked(List<List<Mention>> mentions, List<Entity> entities, Map<String, String> descriptions) {
        /** The entity a span of text {@code doc} refers to: a mention overlapping it, else a known description. */
        public String entityAt(int doc, int start, int end, String text) {
            for (Mention m : mentions.get(doc)) {
                if (m.start() < end && m.end() > start) {
                    return m.entity();
                }
            }
            return byDescription(text);
        }

        public String byDescription(String phrase) {
            if (phrase == null) {
                return null;
            }
            String p = phrase.trim().replaceFirst("(?i)^(le|la|l['’]|son|sa|leur|du|au|the|its|his|her|their)\\s*", "");
            return descriptions.get(EntityTagger.key(p));
        }
    }

    private static final class Cluster {
        final String type;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Set<String> given = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> descs = new LinkedHashSet<>();
        int mentions;
        String name;

        Cluster(String type) {
            this.type = type;
        }
    }

    private EntityLinker() {
    }

    public static Linked link(List<Doc> docs) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> bySurname = new HashMap<>();
        Map<String, Cluster> byFold = new HashMap<>();
        List<Cluster[]> assigned = new ArrayList<>();
        for (Doc d : docs) {
            assigned.add(new Cluster[d.tagged().mentions().size()]);
        }
        Map<String, Cluster> laterTokens = null;
        // full person names first, then single names, then places and organizations
        for (int pass = 0; pass < 3; pass++) {
            for (int di = 0; di < docs.size(); di++) {
                List<Mention> ms = docs.get(di).tagged().mentions();
                for (int i = 0; i < ms.size(); i++) {
                    Mention m = ms.get(i);
                    String[] toks = m.text().trim().split("\\s+");
                    boolean person = m.type().equals("PERSON");
                    Cluster c = null;
                    if (pass == 0 && person && toks.length >= 2) {
                        String sur = Names.fold(toks[toks.length - 1]);
                        for (Cluster k : bySurname.getOrDefault(sur, List.of())) {
                            if (k.given.stream().anyMatch(g -> Names.sameGiven(g, toks[0]))) {
                                c = k;
                                break;
                            }
                        }
                        if (c == null) {
                            c = new Cluster("PERSON");
                            clusters.add(c);
                            bySurname.computeIfAbsent(sur, x -> new ArrayList<>()).add(c);
                        }
                        c.given.add(toks[0]);
                    } else if (pass == 1 && person && toks.length == 1) {
                        String sur = Names.fold(toks[0]);
                        List<Cluster> cands = bySurname.getOrDefault(sur, List.of());
                        c = cands.stream().max((a, b) -> Integer.compare(a.mentions, b.mentions)).orElse(null);
                        if (c == null) {
                            // "Lula" for "Luiz Inácio Lula da Silva": a later token of a full name
                            if (laterTokens == null) {
                                laterTokens = new HashMap<>();
                                for (Cluster k : clusters) {
                                    if (k.type.equals("PERSON")) {
                                        for (String f : k.forms.keySet()) {
                                            String[] ft = Names.fold(f).split(" ");
                                            for (int x = 1; x < ft.length; x++) {
                                                laterTokens.putIfAbsent(ft[x], k);
                                            }
                                        }
                                    }
                                }
                            }
                            c = laterTokens.get(sur);
                        }
                        if (c == null) {
                            c = byFold.get("P:" + sur);
                            if (c == null) {
                                c = new Cluster("PERSON");
                                clusters.add(c);
                                byFold.put("P:" + sur, c);
                            }
                        }
                    } else if (pass == 2 && !person) {
                        String f = Names.fold(m.text());
                        // a place or organization named like a known person's surname is that person
                        List<Cluster> asPerson = bySurname.getOrDefault(f, List.of());
                        if (!asPerson.isEmpty()) {
                            c = asPerson.get(0);
                        } else {
                            c = byFold.get(f);
                            if (c == null) {
                                c = new Cluster(m.type());
                                clusters.add(c);
                                byFold.put(f, c);
                            }
                        }
                    }
                    if (c != null) {
                        c.forms.merge(m.text().trim(), 1, Integer::sum);
                        c.articles.add(docs.get(di).id());
                        c.mentions++;
                        assigned.get(di)[i] = c;
                    }
                }
            }
        }
        for (Cluster c : clusters) {
            int bestTokens = -1;
            int bestCount = -1;
            for (Map.Entry<String, Integer> f : c.forms.entrySet()) {
                int t = f.getKey().split("\\s+").length;
                if (t > bestTokens || t == bestTokens && f.getValue() > bestCount) {
                    bestTokens = t;
                    bestCount = f.getValue();
                    c.name = f.getKey();
                }
            }
        }
        // descriptions in apposition to a name: their key names that entity, if only that one
        Map<String, Set<Cluster>> keyed = new HashMap<>();
        for (int di = 0; di < docs.size(); di++) {
            for (EntityTagger.Desc d : docs.get(di).tagged().descs()) {
                if (d.apposition() >= 0 && d.key().contains(" ")) {
                    Cluster c = assigned.get(di)[d.apposition()];
                    if (c != null) {
                        keyed.computeIfAbsent(d.key(), k -> new LinkedHashSet<>()).add(c);
                        c.descs.add(lowerFirst(d.text()));
                    }
                }
            }
        }
        Map<String, String> descriptions = new HashMap<>();
        Map<String, Cluster> descCluster = new HashMap<>();
        for (Map.Entry<String, Set<Cluster>> e : keyed.entrySet()) {
            if (e.getValue().size() == 1) {
                Cluster c = e.getValue().iterator().next();
                descriptions.put(e.getKey(), c.name);
                descCluster.put(e.getKey(), c);
            }
        }
        List<List<Mention>> out = new ArrayList<>();
        for (int di = 0; di < docs.size(); di++) {
            List<Mention> ms = docs.get(di).tagged().mentions();
            List<Mention> linked = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                Cluster c = assigned.get(di)[i];
                if (c != null) {
                    linked.add(new Mention(ms.get(i).start(), ms.get(i).end(), ms.get(i).text(), c.type, c.name));
                }
            }
            for (EntityTagger.Desc d : docs.get(di).tagged().descs()) {
                Cluster c = descCluster.get(d.key());
                if (c != null && d.apposition() < 0) {
                    linked.add(new Mention(d.start(), d.end(), d.text(), c.type, c.name));
                    c.mentions++;
                    c.articles.add(docs.get(di).id());
                    c.descs.add(lowerFirst(d.text()));
                }
            }
            linked.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(linked);
        }
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : clusters) {
            List<String> aliases = new ArrayList<>();
            for (String f : c.forms.keySet()) {
                if (!f.equals(c.name)) {
                    aliases.add(f);
                }
            }
            for (String d : c.descs) {
                if (!aliases.contains(d)) {
                    aliases.add(d);
                }
            }
            entities.add(new Entity(c.name, c.type, aliases, new ArrayList<>(c.articles), c.mentions));
        }
        entities.sort((a, b) -> b.mentions() != a.mentions() ? Integer.compare(b.mentions(), a.mentions()) : a.name().compareTo(b.name()));
        return new Linked(out, entities, descriptions);
    }

    private static String lowerFirst(String s) {
        String t = s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        return t.replaceFirst("^(?:du|au)\\s+", "le ");
    }
}

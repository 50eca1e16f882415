package org.revue.eval;

import com.fasterxml.jackson.databind.JsonNode;

import org.revue.analyze.entities.Mention;
import org.revue.analyze.entities.Names;
import org.revue.analyze.quotes.Quote;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores of entity mentions and quotes against gold. Mentions: exact span and type (CoNLL-style micro P/R/F1),
 * and "linked": exact span, type and entity name (folded). Quotes: a system direct quote detects a gold quote
 * when their spans overlap (one to one); its speaker is right when it names the gold speaker (folded).
 */
public final class AnalysisScores {
    /** A gold document: entities {start, end, type, entity} and quotes {start, end, speaker}. */
    public record Doc(String id, String lang, LocalDate dct, String text, List<Mention> entities, List<Quote> quotes) {
    }

    private int goldM;
    private int sysM;
    private int exactM;
    private int linkedM;
    private int goldQ;
    private int sysQ;
    private int foundQ;
    private int speakerQ;

    public static List<Doc> read(Path file) throws IOException {
        List<Doc> out = new ArrayList<>();
        Jsonl.each(file, (n, no) -> {
            String text = n.path("text").asText();
            List<Mention> ents = new ArrayList<>();
            for (JsonNode e : n.path("entities")) {
                int s = e.get("start").asInt();
                int en = e.get("end").asInt();
                ents.add(new Mention(s, en, text.substring(s, en), type(e.path("type").asText()), e.path("entity").asText(null)));
            }
            List<Quote> qs = new ArrayList<>();
            for (JsonNode q : n.path("quotes")) {
                int s = q.get("start").asInt();
                int en = q.get("end").asInt();
                qs.add(new Quote(n.path("id").asText(), -1, s, en, text.substring(s, en), q.path("speaker").asText(null), true));
            }
            out.add(new Doc(n.path("id").asText(), n.path("lang").asText(null), Jsonl.date(n, "dct"), text, ents, qs));
        });
        return out;
    }

    /** PER, LOC, ORG (and their long names) as the tagger's types. */
    public static String type(String t) {
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> "PERSON";
            case "LOC", "LOCATION", "GPE" -> "LOCATION";
            case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORGANIZATION";
            default -> t;
        };
    }

    public void addMentions(List<Mention> gold, List<Mention> sys) {
        goldM += gold.size();
        sysM += sys.size();
        for (Mention g : gold) {
            for (Mention s : sys) {
                if (g.start() == s.start() && g.end() == s.end() && g.type().equals(s.type())) {
                    exactM++;
                    if (g.entity() == null || s.entity() != null && Names.fold(g.entity()).equals(Names.fold(s.entity()))) {
                        linkedM++;
                    }
                    break;
                }
            }
        }
    }

    public void addQuotes(List<Quote> gold, List<Quote> sys) {
        List<Quote> direct = sys.stream().filter(Quote::direct).toList();
        goldQ += gold.size();
        sysQ += direct.size();
        boolean[] used = new boolean[direct.size()];
        for (Quote g : gold) {
            for (int j = 0; j < direct.size(); j++) {
                Quote s = direct.get(j);
                if (!used[j] && Math.min(g.end(), s.end()) > Math.max(g.start(), s.start())) {
                    used[j] = true;
                    foundQ++;
                    if (s.speaker() != null && g.speaker() != null && Names.fold(s.speaker()).equals(Names.fold(g.speaker()))) {
                        speakerQ++;
                    }
                    break;
                }
            }
        }
    }

    public double[] mentions() {
        return prf(exactM, sysM, goldM);
    }

    public double[] linked() {
        return prf(linkedM, sysM, goldM);
    }

    public double[] quotes() {
        return prf(foundQ, sysQ, goldQ);
    }

    public double[] speakers() {
        return prf(speakerQ, sysQ, goldQ);
    }

    public int[] counts() {
        return new int[]{goldM, sysM, goldQ, sysQ};
    }

    private static double[] prf(int ok, int sys, int gold) {
        double p = sys == 0 ? 0 : (double) ok / sys;
        double r = gold == 0 ? 0 : (double) ok / gold;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}

package org.revue.analyze;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentence spans: OpenNLP's sentence models where Maven Central has one
 * (fr, en, de; loaded once, on first use), a rule-based splitter elsewhere; then fixes splits after
 * abbreviations ("M.", "Mme.", "Dr.", initials) that the models make on news text.
 */
public final class SentenceSplitter {
    private static final Map<String, String> MODELS = Map.of(
            "fr", "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");
    private static final Map<String, SentenceModel> LOADED = new ConcurrentHashMap<>();
    private static final Pattern ABBREV_END = Pattern.compile(
            "(?:^|[\\s(«\"])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|St|Ste|Sr|Jr|Gen|Gén|Col|Lt|Sgt|Mgr|Me|No|n°|"
                    + "av|apr|J\\.-C|etc|cf|p|vol|art|al|Inc|Ltd|Co|Corp|vs|approx|env|hab|Bd|bd|Dept|Jan|Feb|Aug|Sept|Oct|Nov|Dec|"
                    + "\\p{Lu})\\.$");
    private static final Pattern RULE_BOUNDARY = Pattern.compile("[.!?…]+[»\"”’)]*\\s+(?=[«\"“(\\-–—]?\\s*[\\p{Lu}\\d])");

    private final ThreadLocal<Map<String, SentenceDetectorME>> detectors = ThreadLocal.withInitial(ConcurrentHashMap::new);

    /** Sentence spans of {@code text}, trimmed, never empty. */
    public List<Span> split(String text, String lang) {
        List<Span> raw = modelSplit(text, lang);
        List<Span> out = new ArrayList<>(raw.size());
        for (Span s : raw) {
            Span t = trim(text, s);
            if (t == null) {
                continue;
            }
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), t)) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private List<Span> modelSplit(String text, String lang) {
        SentenceDetectorME d = detector(lang);
        if (d != null) {
            return List.of(d.sentPosDetect(text));
        }
        List<Span> out = new ArrayList<>();
        Matcher m = RULE_BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            int end = m.end();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Span(start, end));
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }

    private SentenceDetectorME detector(String lang) {
        String res = MODELS.get(lang);
        if (res == null) {
            return null;
        }
        return detectors.get().computeIfAbsent(lang, l -> new SentenceDetectorME(LOADED.computeIfAbsent(l, k -> load(res))));
    }

    private static SentenceModel load(String resource) {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model missing from the classpath: " + resource);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A split right after an abbreviation or before a lower-case word is not a sentence end. */
    private static boolean shouldJoin(String text, Span prev, Span next) {
        // an abbreviation is at most a few characters before the final period: only the tail is matched
        // (17 characters: longer than any abbreviation with the character before it and the period)
        int end = prev.getEnd();
        if (text.charAt(end - 1) == '.'
                && ABBREV_END.matcher(text.substring(Math.max(prev.getStart(), end - 17), end)).find()) {
            return true;
        }
        char first = text.charAt(next.getStart());
        return Character.isLowerCase(first);
    }

    private static Span trim(String text, Span s) {
        int a = s.getStart();
        int b = s.getEnd();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return a < b ? new Span(a, b) : null;
    }
}

package org.revue.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Index terms of a text with the language's Lucene analyzer: tokens, lower case, elision,
 * stop words removed, stemmed. Analyzers are built once per language, on first use; thread-safe.
 */
public final class Terms {
    private static final Map<String, Supplier<Analyzer>> FACTORIES = Map.ofEntries(
            Map.entry("fr", FrenchAnalyzer::new), Map.entry("en", EnglishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new));
    private static final Terms DEFAULT = new Terms();

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    public static Terms get() {
        return DEFAULT;
    }

    public Analyzer analyzer(String lang) {
        String key = FACTORIES.containsKey(lang) ? lang : "*";
        return analyzers.computeIfAbsent(key, k -> FACTORIES.getOrDefault(k, StandardAnalyzer::new).get());
    }

    /** Calls {@code sink} with each term of {@code text}, in order. */
    public void each(String text, String lang, Consumer<String> sink) {
        eachChars(text, lang, (chars, length) -> sink.accept(new String(chars, 0, length)));
    }

    /** Receives a term as the analyzer's buffer, valid only during the call. */
    public interface CharsSink {
        void accept(char[] chars, int length);
    }

    /** Like {@link #each(String, String, Consumer)} without a String per term: for counting in bulk. */
    public void eachChars(String text, String lang, CharsSink sink) {
        try (TokenStream ts = analyzer(lang).tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.buffer(), term.length());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> terms(String text, String lang) {
        List<String> out = new ArrayList<>();
        each(text, lang, out::add);
        return out;
    }
}

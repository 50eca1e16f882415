package org.revue.eval;

import org.tartarus.snowball.SnowballStemmer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-SU4 (recall, precision, F) of a peer summary against model summaries, counted as
 * ROUGE-1.5.5 counts with {@code -n 2 -2 4 -u -f A -p 0.5 -t 0 -l WORDS [-m]}:
 * <ul>
 * <li>the summary is cut after its first WORDS whitespace-separated words (sentences kept whole while the
 * running count stays under the limit, the last one cut);</li>
 * <li>n-gram counts are clipped per model; with {@code -f A} hits, model counts and peer counts are summed over
 * the models, R = hits / model n-grams, P = hits / (peer n-grams × models);</li>
 * <li>R and P are rounded to 5 decimals, F = P·R / ((1-α)P + αR) from the rounded values, rounded too;</li>
 * <li>SU4 counts every pair (i, j) with 1 ≤ j-i ≤ 5 over the whole cut text, plus the unigrams of every token
 * but the last (ROUGE-1.5.5 counts them that way).</li>
 * </ul>
 * Two tokenizations: {@link Mode#ROUGE155} is the script's (ASCII lower case, every other byte a separator, so
 * "président" gives "pr" and "sident"; with {@code stem} its Porter stemmer on words of more than 3 letters);
 * {@link Mode#UNICODE} takes runs of Unicode letters and digits, lower-cased, stemmed with the language's
 * Snowball stemmer when {@code stem}, then with accents folded.
 * ROUGE-1.5.5 also looks words up in WordNet's exception lists before stemming ("analyses" gives "analysis");
 * {@link Settings#rouge155} does the same with WordNet 3.0's lists, shipped as a resource
 * ({@link #wordnetExceptions}); another table can be given with {@link Settings#withExceptions}.
 */
public final class Rouge {
    private Rouge() {
    }

    public enum Mode { ROUGE155, UNICODE }

    /** How to count: mode, word limit (0: none), stemming, language of the text (for {@link Mode#UNICODE}). */
    public record Settings(Mode mode, int words, boolean stem, String lang, Map<String, String> exceptions) {
        public Settings {
            exceptions = exceptions == null ? Map.of() : Map.copyOf(exceptions);
        }

        public Settings(Mode mode, int words, boolean stem, String lang) {
            this(mode, words, stem, lang, Map.of());
        }

        /** ROUGE-1.5.5's settings: its tokens, Porter stemming after WordNet's irregular forms. */
        public static Settings rouge155(int words) {
            return new Settings(Mode.ROUGE155, words, true, "en", wordnetExceptions());
        }

        /** The same with a table of irregular forms looked up before stemming in ROUGE155 mode (inflected to base). */
        public Settings withExceptions(Map<String, String> table) {
            return new Settings(mode, words, stem, lang, table);
        }
    }

    private static volatile Map<String, String> wordnet;

    /** WordNet 3.0's exception lists (inflected form to base), read once from the classpath. */
    public static Map<String, String> wordnetExceptions() {
        Map<String, String> m = wordnet;
        if (m == null) {
            Map<String, String> t = new HashMap<>();
            for (String f : new String[]{"adj", "adv", "noun", "verb"}) {
                try (var in = Rouge.class.getResourceAsStream("wordnet/" + f + ".exc")) {
                    if (in == null) {
                        throw new IllegalStateException("WordNet exception list missing: wordnet/" + f + ".exc");
                    }
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")) {
                        String[] w = line.trim().split("\\s+");
                        if (w.length >= 2) {
                            t.putIfAbsent(w[0], w[1]);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            m = Map.copyOf(t);
            wordnet = m;
        }
        return m;
    }

    /**
     * Reads WordNet exception lists ({@code *.exc}: "inflected base …" per line), the table ROUGE-1.5.5 builds
     * its {@code WordNet-2.0.exc.db} from; the first base of each form is kept.
     */
    public static Map<String, String> readExceptions(java.nio.file.Path dir) throws java.io.IOException {
        Map<String, String> m = new HashMap<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".exc")).sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    String[] w = line.trim().split("\\s+");
                    if (w.length >= 2) {
                        m.putIfAbsent(w[0], w[1]);
                    }
                }
            }
        }
        return m;
    }

    public record Prf(double r, double p, double f) {
    }

    /** The three scores of one peer. */
    public record Scores(Prf rouge1, Prf rouge2, Prf su4) {
    }

    private static final double ALPHA = 0.5;
    private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Scores of {@code peer} (its sentences) against {@code models} (each a list of sentences). */
    public static Scores score(List<String> peer, List<List<String>> models, Settings s) {
        List<String> p = tokens(peer, s);
        List<List<String>> ms = new ArrayList<>();
        for (List<String> m : models) {
            ms.add(tokens(m, s));
        }
        return new Scores(ngram(p, ms, 1), ngram(p, ms, 2), skip(p, ms, 4));
    }

    /** Mean of each score over several peers (each peer's scores already rounded, as ROUGE does). */
    public static Scores mean(List<Scores> all) {
        double[] v = new double[9];
        for (Scores s : all) {
            Prf[] x = {s.rouge1(), s.rouge2(), s.su4()};
            for (int k = 0; k < 3; k++) {
                v[3 * k] += x[k].r();
                v[3 * k + 1] += x[k].p();
                v[3 * k + 2] += x[k].f();
            }
        }
        int n = Math.max(1, all.size());
        Prf[] out = new Prf[3];
        for (int k = 0; k < 3; k++) {
            out[k] = new Prf(v[3 * k] / n, v[3 * k + 1] / n, v[3 * k + 2] / n);
        }
        return new Scores(out[0], out[1], out[2]);
    }

    /** The tokens ROUGE counts in a summary given as sentences (one line each), after the word limit. */
    public static List<String> tokens(List<String> sentences, Settings s) {
        boolean ascii = s.mode() == Mode.ROUGE155;
        Pattern space = ascii ? ASCII_SPACE : ANY_SPACE;
        List<String> words = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String sentence : sentences) {
            for (String line : sentence.split("\n", -1)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        int limit = s.words();
        for (String line : lines) {
            List<String> ws = perlSplit(line, space);
            if (limit <= 0 || words.size() + ws.size() < limit) {
                words.addAll(ws);
            } else {
                words.addAll(ws.subList(0, limit - words.size()));
                break;
            }
        }
        SnowballStemmer stemmer = ascii || !s.stem() ? null : snowball(s.lang());
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            for (int i = 0; i <= w.length(); ) {
                int cp = i < w.length() ? w.codePointAt(i) : ' ';
                boolean in = ascii ? cp < 128 && Character.isLetterOrDigit(cp) : Character.isLetterOrDigit(cp)
                        || b.length() > 0 && Character.getType(cp) == Character.NON_SPACING_MARK;
                if (in) {
                    b.appendCodePoint(ascii ? Character.toLowerCase(cp) : cp);
                } else if (b.length() > 0) {
                    out.add(ascii ? stem155(b.toString(), s) : unicode(b.toString(), stemmer));
                    b.setLength(0);
                }
                i += i < w.length() ? Character.charCount(cp) : 1;
            }
        }
        return out;
    }

    private static String stem155(String t, Settings s) {
        if (!s.stem() || t.length() <= 3) {
            return t;
        }
        String e = s.exceptions().get(t);
        return e != null ? e : RougeStemmer.stem(t);
    }

    private static String unicode(String t, SnowballStemmer stemmer) {
        String w = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (stemmer != null) {
            stemmer.setCurrent(w);
            stemmer.stem();
            w = stemmer.getCurrent();
        }
        return fold(w);
    }

    /** Accents removed: canonical decomposition, combining marks dropped, ligatures "œ", "æ" spelled out. */
    public static String fold(String w) {
        String d = Normalizer.normalize(w, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        if (d.indexOf('œ') >= 0 || d.indexOf('æ') >= 0 || d.indexOf('ß') >= 0) {
            d = d.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        }
        return d;
    }

    private static final Map<String, Supplier<SnowballStemmer>> SNOWBALL = Map.ofEntries(
            Map.entry("fr", org.tartarus.snowball.ext.FrenchStemmer::new),
            Map.entry("en", org.tartarus.snowball.ext.EnglishStemmer::new),
            Map.entry("de", org.tartarus.snowball.ext.German2Stemmer::new),
            Map.entry("es", org.tartarus.snowball.ext.SpanishStemmer::new),
            Map.entry("it", org.tartarus.snowball.ext.ItalianStemmer::new),
            Map.entry("pt", org.tartarus.snowball.ext.PortugueseStemmer::new),
            Map.entry("nl", org.tartarus.snowball.ext.DutchStemmer::new),
            Map.entry("sv", org.tartarus.snowball.ext.SwedishStemmer::new),
            Map.entry("da", org.tartarus.snowball.ext.DanishStemmer::new),
            Map.entry("fi", org.tartarus.snowball.ext.FinnishStemmer::new),
            Map.entry("ro", org.tartarus.snowball.ext.RomanianStemmer::new));

    /** A new Snowball stemmer for the language (not thread-safe), or null when there is none. */
    static SnowballStemmer snowball(String lang) {
        Supplier<SnowballStemmer> f = lang == null ? null : SNOWBALL.get(lang);
        return f == null ? null : f.get();
    }

    /** Perl's {@code split(/\s+/, $s)}: a leading empty field when the line starts with a space, no trailing ones. */
    private static List<String> perlSplit(String line, Pattern space) {
        String[] f = space.split(line, 0);
        List<String> out = new ArrayList<>(f.length);
        for (String x : f) {
            out.add(x);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> g = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            String k = n == 1 ? t.get(i) : String.join(" ", t.subList(i, i + n));
            g.merge(k, 1, Integer::sum);
        }
        return g;
    }

    private static Map<String, Integer> skipGrams(List<String> t, int distance) {
        Map<String, Integer> g = new HashMap<>();
        for (int i = 0; i < t.size() - 1; i++) {
            g.merge(t.get(i), 1, Integer::sum);
            for (int j = i + 1; j < t.size() && j <= i + distance + 1; j++) {
                g.merge(t.get(i) + " " + t.get(j), 1, Integer::sum);
            }
        }
        return g;
    }

    private static Prf ngram(List<String> peer, List<List<String>> models, int n) {
        Map<String, Integer> p = grams(peer, n);
        List<Map<String, Integer>> ms = new ArrayList<>();
        for (List<String> m : models) {
            ms.add(grams(m, n));
        }
        return combine(p, ms);
    }

    private static Prf skip(List<String> peer, List<List<String>> models, int d) {
        Map<String, Integer> p = skipGrams(peer, d);
        List<Map<String, Integer>> ms = new ArrayList<>();
        for (List<String> m : models) {
            ms.add(skipGrams(m, d));
        }
        return combine(p, ms);
    }

    private static Prf combine(Map<String, Integer> peer, List<Map<String, Integer>> models) {
        long hit = 0;
        long modelCount = 0;
        long peerCount = 0;
        long pc = count(peer);
        for (Map<String, Integer> m : models) {
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                Integer c = peer.get(e.getKey());
                if (c != null) {
                    hit += Math.min(c, e.getValue());
                }
            }
            modelCount += count(m);
            peerCount += pc;
        }
        double r = round5(modelCount == 0 ? 0 : (double) hit / modelCount);
        double p = round5(peerCount == 0 ? 0 : (double) hit / peerCount);
        double den = (1 - ALPHA) * p + ALPHA * r;
        double f = round5(den > 0 ? p * r / den : 0);
        return new Prf(r, p, f);
    }

    private static long count(Map<String, Integer> g) {
        long n = 0;
        for (int c : g.values()) {
            n += c;
        }
        return n;
    }

    /** As Perl's {@code sprintf("%7.5f")}: the exact binary value rounded half-even. */
    static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}

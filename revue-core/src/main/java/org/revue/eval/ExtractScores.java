package org.revue.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorings of the three extraction benchmarks, each as its own published script computes it.
 *
 * <ul>
 *   <li>ScrapingHub ({@code article-extraction-benchmark/evaluate.py}): tokens are the matches of Python's
 *   {@code \w+} (case kept); shingles are 4-token tuples (a text of fewer than 4 tokens is one shorter shingle);
 *   per page TP/FP/FN are the multiset intersection and differences of the shingle counts; precision is
 *   averaged over the pages where TP+FP &gt; 0, recall over those where TP+FN &gt; 0 (a page where FP = FN = 0
 *   counts 1, one where TP = FP = 0 counts 0); F1 is the harmonic mean of the two averages.</li>
 *   <li>trafilatura ({@code tests/eval_common.py}): output and snippets whitespace-normalized
 *   ({@code \s+} to one space, stripped); a "with" snippet found is a TP, missing a FN; a "without" snippet
 *   found is a FP, missing a TN; counts summed over pages (micro average).</li>
 *   <li>WCXB ({@code evaluate.py}): tokens are the {@code \w+} matches of the lower-cased text; per page,
 *   overlap = multiset intersection, P = overlap / predicted tokens, R = overlap / reference tokens, F1 of the
 *   two; an empty reference scores 1 if the prediction is empty too, else 0; an empty prediction 0;
 *   P, R and F1 each macro-averaged over pages.</li>
 * </ul>
 */
public final class ExtractScores {
    private ExtractScores() {
    }

    /** Python 3's {@code \w} on str: letters, digits and numbers of any script, and the underscore. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]+");
    /** Python 3's {@code \s} on str: ASCII whitespace, the information separators and Unicode spaces. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    // ---------------------------------------------------------------- ScrapingHub

    /** Per-page TP, FP, FN of 4-gram shingles (raw counts; the script normalizes them, which no ratio sees). */
    public static double[] shingles(String truth, String pred) {
        Map<List<String>, Integer> t = shingleCounts(truth);
        Map<List<String>, Integer> p = shingleCounts(pred);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        return new double[]{tp, fp, fn};
    }

    private static Map<List<String>, Integer> shingleCounts(String text) {
        List<String> tokens = words(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 4 + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Averages of per-page TP/FP/FN triples: {precision, recall, F1}, as {@code metrics_from_tp_fp_fns}. */
    public static double[] shingleAverages(List<double[]> pages) {
        double ps = 0, rs = 0;
        int pn = 0, rn = 0;
        for (double[] x : pages) {
            double tp = x[0], fp = x[1], fn = x[2];
            if (tp + fp > 0) {
                ps += fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
                pn++;
            }
            if (tp + fn > 0) {
                rs += fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
                rn++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn; // the script would fail on an empty mean; 0 is the honest value
        double r = rn == 0 ? 0 : rs / rn;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    // ---------------------------------------------------------------- trafilatura

    /** Whitespace normalization of the trafilatura evaluation ({@code norm}). */
    public static String norm(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Per-page TP, FP, FN, TN of the snippets; a null result (a crash) finds nothing. */
    public static int[] snippets(List<String> with, List<String> without, String result) {
        int tp = 0, fp = 0;
        if (result != null) {
            String r = norm(result);
            for (String w : with) {
                if (r.contains(norm(w))) {
                    tp++;
                }
            }
            for (String w : without) {
                if (r.contains(norm(w))) {
                    fp++;
                }
            }
        }
        return new int[]{tp, fp, with.size() - tp, without.size() - fp};
    }

    /** {precision, recall, accuracy, F1} of summed TP, FP, FN, TN, as {@code ConfusionMatrix.scores}. */
    public static double[] snippetScores(long tp, long fp, long fn, long tn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        long total = tp + fp + fn + tn;
        double acc = total == 0 ? 0 : (double) (tp + tn) / total;
        double f = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        return new double[]{p, r, acc, f};
    }

    // ---------------------------------------------------------------- WCXB

    /** Per-page word precision, recall, F1 ({@code word_f1}). */
    public static double[] wordF1(String pred, String ref) {
        List<String> p = words(pred == null ? "" : pred.toLowerCase(Locale.ROOT));
        List<String> r = words(ref == null ? "" : ref.toLowerCase(Locale.ROOT));
        if (r.isEmpty()) {
            return p.isEmpty() ? new double[]{1, 1, 1} : new double[]{0, 0, 0};
        }
        if (p.isEmpty()) {
            return new double[]{0, 0, 0};
        }
        Map<String, Integer> pc = new HashMap<>();
        for (String w : p) {
            pc.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> rc = new HashMap<>();
        for (String w : r) {
            rc.merge(w, 1, Integer::sum);
        }
        long overlap = 0;
        for (Map.Entry<String, Integer> e : pc.entrySet()) {
            overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / p.size();
        double recall = (double) overlap / r.size();
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new double[]{precision, recall, f1};
    }
}

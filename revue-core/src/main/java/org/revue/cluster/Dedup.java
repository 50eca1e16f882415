package org.revue.cluster;

import org.revue.model.Article;
import org.revue.model.Sentence;

import java.util.Arrays;
import java.util.List;

/**
 * Near-duplicates: word 5-gram shingles of the normalized text; an article whose shingles are mostly
 * (containment ≥ 0.7) in another one's is a copy of it (exact copies, wire copies with a new lead,
 * syndicated rewrites). The copy points to the earliest published, else the longest, else the first-read
 * article.
 */
public final class Dedup {
    static final int SHINGLE = 5;
    static final double CONTAINMENT = 0.7;
    /**
     * Only the first 3,000 words are shingled: a copy shows from its start, and a scraped page of 300,000
     * words would otherwise cost as much as a hundred articles.
     */
    static final int SHINGLE_WORDS = 3000;

    private Dedup() {
    }

    /**
     * For each article, the index of the article it copies, or -1. Candidates come from MinHash/LSH over the
     * whole set; a candidate is a copy when its shingles are mostly (containment ≥ 0.7) in the other's.
     */
    static int[] duplicates(TermSpace space) {
        int n = space.size();
        int[] dup = new int[n];
        Arrays.fill(dup, -1);
        long[][] sh = new long[n][];
        long[][] sig = new long[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            sh[i] = shingles(space.article(i));
            sig[i] = sh[i].length == 0 ? null : MinHash.signature(sh[i]);
        });
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> canonicalFirst(space.article(a), a, space.article(b), b));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        java.util.Map<Integer, List<Integer>> earlier = new java.util.HashMap<>();
        for (long p : MinHash.candidatePairs(sig, n)) {
            int a = (int) (p / n);
            int b = (int) (p % n);
            int later = rank[a] > rank[b] ? a : b;
            earlier.computeIfAbsent(later, k -> new java.util.ArrayList<>()).add(later == a ? b : a);
        }
        for (int r = 0; r < n; r++) {
            int i = order[r];
            List<Integer> cands = earlier.get(i);
            if (cands == null) {
                continue;
            }
            cands.sort((x, y) -> Integer.compare(rank[x], rank[y]));
            for (int j : cands) {
                if (containmentBound(sig[i], sig[j], sh[i].length, sh[j].length) < CONTAINMENT) {
                    continue; // not a copy by the signatures: no exact check (many variants of one text share bands)
                }
                if (containment(sh[i], sh[j]) >= CONTAINMENT) {
                    dup[i] = dup[j] >= 0 ? dup[j] : j;
                    break;
                }
            }
        }
        return dup;
    }

    /**
     * |a ∩ b| / |a| as high as the signatures allow: the share of equal bins estimates the Jaccard similarity J
     * (raised by two standard errors and one bin, so that a real copy is not passed over), and
     * |a ∩ b| = J (|a| + |b|) / (1 + J). A pair whose bound is under the copy threshold gets no exact check.
     */
    static double containmentBound(long[] sa, long[] sb, int na, int nb) {
        if (sa == null || sb == null || na == 0) {
            return 1;
        }
        int same = 0;
        for (int k = 0; k < sa.length; k++) {
            same += sa[k] == sb[k] ? 1 : 0;
        }
        double j = (double) same / sa.length;
        double high = Math.min(1, j + 2 * Math.sqrt(j * (1 - j) / sa.length) + 1.0 / sa.length);
        return Math.min(1, high * (na + nb) / (1 + high) / na);
    }

    private static int canonicalFirst(Article a, int ia, Article b, int ib) {
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            return a.published().compareTo(b.published());
        }
        if (a.published() != null != (b.published() != null)) {
            return a.published() != null ? -1 : 1;
        }
        int len = Integer.compare(b.text().length(), a.text().length());
        return len != 0 ? len : Integer.compare(ia, ib);
    }

    /**
     * Sorted distinct hashes of the word 5-grams of the article's sentences (lower case, letters and digits),
     * up to {@link #SHINGLE_WORDS} words.
     */
    public static long[] shingles(Article a) {
        long[] window = new long[SHINGLE];
        long[] out = new long[64];
        int words = 0;
        int count = 0;
        long word = 0;
        boolean in = false;
        for (Sentence s : a.sentences()) {
            if (words >= SHINGLE_WORDS) {
                break;
            }
            String t = s.text();
            for (int i = 0; i <= t.length(); i++) {
                char c = i < t.length() ? t.charAt(i) : ' ';
                if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                    word = word * 31 + (c < 128 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c) : Character.toLowerCase(c));
                    in = true;
                    continue;
                }
                if (!in) {
                    continue;
                }
                window[words++ % SHINGLE] = MinHash.mix(word);
                word = 0;
                in = false;
                if (words >= SHINGLE) {
                    long h = 1125899906842597L;
                    for (int k = 0; k < SHINGLE; k++) {
                        h = 31 * h + window[(words + k) % SHINGLE];
                    }
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = h;
                }
            }
        }
        if (count == 0 && words > 0) {
            long h = 1125899906842597L;
            for (int k = 0; k < words; k++) {
                h = 31 * h + window[k];
            }
            return new long[]{h};
        }
        long[] sh = Arrays.copyOf(out, count);
        Arrays.sort(sh);
        int d = 0;
        for (int i = 0; i < sh.length; i++) {
            if (i == 0 || sh[i] != sh[i - 1]) {
                sh[d++] = sh[i];
            }
        }
        return Arrays.copyOf(sh, d);
    }

    /** |a ∩ b| / |a|: how much of a is in b. */
    public static double containment(long[] a, long[] b) {
        return a.length == 0 ? 0 : (double) shared(a, b) / a.length;
    }

    /** How many values two sorted arrays without repeats have in common. */
    public static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}

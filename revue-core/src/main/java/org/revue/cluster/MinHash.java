package org.revue.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MinHash signatures of shingle sets and LSH banding: two sets with Jaccard similarity J share at least one
 * band with probability 1 - (1 - J^ROWS)^BANDS (J = 0.3: 0.44; J = 0.5: 0.94; J = 0.7: 1.00), so near-duplicates
 * are found without comparing every pair. Three rows a band rather than four: a wire copy with a new lead over a
 * short dispatch may share only half its shingles with the original (J = 0.5 was found 64 % of the time with
 * 16 × 4); the candidates are checked by exact containment, so more of them cost little.
 */
final class MinHash {
    static final int BANDS = 21;
    static final int ROWS = 3;
    static final int HASHES = BANDS * ROWS;

    private MinHash() {
    }

    /**
     * One-permutation MinHash (Li, Owen, Zhang 2012): one hash per shingle, its top bits choose one of the
     * {@code HASHES} bins, each bin keeps its minimum; an empty bin borrows the next filled bin's value, shifted by
     * the distance (rotation densification, Shrivastava 2017), so equal sets get equal signatures. One hash per
     * shingle instead of {@code HASHES}: the same collision curve for banding at a 64th of the cost.
     */
    static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            long h = mix(x ^ 0x9E3779B97F4A7C15L);
            int bin = (int) (((h >>> 32) * HASHES) >>> 32); // the high half chooses the bin
            long v = h & VALUE; // the low half is the value
            if (v < sig[bin]) {
                sig[bin] = v;
            }
        }
        int first = -1;
        for (int b = 0; b < HASHES && first < 0; b++) {
            first = sig[b] != Long.MAX_VALUE ? b : -1;
        }
        if (first < 0) {
            return sig;
        }
        for (int b = HASHES - 1; b >= 0; b--) { // right to left, wrapping: each empty bin takes the next filled one's
            int at = (first + b) % HASHES;
            if (sig[at] == Long.MAX_VALUE) {
                int next = (at + 1) % HASHES;
                sig[at] = sig[next] + DENSIFY;
            }
        }
        return sig;
    }

    private static final long VALUE = 0xFFFFFFFFL;
    /** The shift an empty bin adds to the value it borrows: borrowed values differ from first-hand ones. */
    private static final long DENSIFY = 1L << 32;

    /** Pairs (i &lt; j) whose signatures agree on at least one band; items with no shingles are skipped. */
    static Set<Long> candidatePairs(long[][] signatures, int n) {
        Set<Long> pairs = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < signatures.length; i++) {
                if (signatures[i] == null) {
                    continue;
                }
                long key = 17;
                for (int r = 0; r < ROWS; r++) {
                    key = mix(key * 31 + signatures[i][band * ROWS + r]);
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> b : buckets.values()) {
                if (b.size() < 2 || b.size() > 200) {
                    continue; // a huge bucket is boilerplate shared by many, not a copy
                }
                for (int x = 0; x < b.size(); x++) {
                    for (int y = x + 1; y < b.size(); y++) {
                        pairs.add((long) b.get(x) * n + b.get(y));
                    }
                }
            }
        }
        return pairs;
    }

    /** SplitMix64 finalizer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.revue.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MinHash signatures of shingle sets and LSH banding: two sets with Jaccard similarity J share at least one
 * band with probability 1 - (1 - J^ROWS)^BANDS (J = 0.5: 0.64; J = 0.7: 0.99), so near-duplicates are found
 * without comparing every pair.
 */
final class MinHash {
    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int HASHES = BANDS * ROWS;

    private MinHash() {
    }

    static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            long h1 = mix(x);
            long h2 = mix(h1) | 1; // h_i = h1 + i·h2: independent enough for banding, two mixes per shingle
            long v = h1;
            for (int h = 0; h < HASHES; h++) {
                v += h2;
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

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

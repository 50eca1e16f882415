package org.revue.cluster;

import java.util.Arrays;

/**
 * Counts terms handed over as character buffers, in an open-addressing table: a String is made once per
 * distinct term, not once per occurrence, and counts are not boxed.
 */
final class TermCounter {
    private char[][] keys = new char[64][];
    private int[] hashes = new int[64];
    private int[] counts = new int[64];
    private int size;

    void add(char[] chars, int length, int by) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        int mask = keys.length - 1;
        int slot = mix(h) & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == h && equal(keys[slot], chars, length)) {
                counts[slot] += by;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOf(chars, length);
        hashes[slot] = h;
        counts[slot] = by;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** The terms, in table order, and with them ({@code countsOut}, at least {@link #size()} long) their counts. */
    String[] terms(int[] countsOut) {
        String[] out = new String[size];
        int k = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null) {
                countsOut[k] = counts[s];
                out[k++] = new String(keys[s]);
            }
        }
        return out;
    }

    private static boolean equal(char[] key, char[] chars, int length) {
        return key.length == length && Arrays.equals(key, 0, length, chars, 0, length);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes, oldCounts = counts;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[keys.length];
        counts = new int[keys.length];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != null) {
                int slot = mix(oldHashes[s]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                hashes[slot] = oldHashes[s];
                counts[slot] = oldCounts[s];
            }
        }
    }
}

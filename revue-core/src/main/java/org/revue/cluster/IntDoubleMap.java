package org.revue.cluster;

import java.util.Arrays;

/**
 * An int to double hash map without boxing (open addressing, linear probing, deletion by backward shift),
 * for the neighbour sums of average-link clustering. Keys are non-negative.
 */
final class IntDoubleMap {
    private static final int FREE = -1;

    private int[] keys;
    private double[] values;
    private int size;

    IntDoubleMap() {
        this(4);
    }

    IntDoubleMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new double[cap];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    /** Adds {@code v} to the value of {@code k} (0 if absent). */
    void add(int k, double v) {
        int i = slot(k);
        if (keys[i] == k) {
            values[i] += v;
            return;
        }
        insert(i, k, v);
    }

    void put(int k, double v) {
        int i = slot(k);
        if (keys[i] == k) {
            values[i] = v;
            return;
        }
        insert(i, k, v);
    }

    void remove(int k) {
        int mask = keys.length - 1;
        int i = slot(k);
        if (keys[i] != k) {
            return;
        }
        // backward shift: move later entries of the probe run into the hole
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = FREE;
        size--;
    }

    /** Calls {@code f} with each key and value; the map must not change meanwhile. */
    void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                f.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(int key, double value);
    }

    private void insert(int i, int k, double v) {
        keys[i] = k;
        values[i] = v;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private int slot(int k) {
        int mask = keys.length - 1;
        int i = hash(k) & mask;
        while (keys[i] != FREE && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int hash(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[keys.length];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

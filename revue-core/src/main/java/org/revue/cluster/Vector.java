package org.revue.cluster;

import java.util.Arrays;

/** A sparse vector with sorted term ids, unit length once {@link #normalized()}. */
public record Vector(int[] ids, float[] weights) {
    public static final Vector EMPTY = new Vector(new int[0], new float[0]);

    public double dot(Vector o) {
        int i = 0;
        int j = 0;
        double s = 0;
        int[] a = ids;
        int[] b = o.ids;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                s += weights[i++] * o.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Dot product with a dense vector indexed by term id (ids beyond its length count as 0). */
    public double dot(float[] dense) {
        double s = 0;
        for (int i = 0; i < ids.length && ids[i] < dense.length; i++) {
            s += weights[i] * dense[ids[i]];
        }
        return s;
    }

    /** This vector as a dense array of {@code size} entries. */
    public float[] dense(int size) {
        float[] d = new float[size];
        for (int i = 0; i < ids.length; i++) {
            d[ids[i]] = weights[i];
        }
        return d;
    }

    public double norm() {
        double s = 0;
        for (float w : weights) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    public Vector normalized() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        float[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] /= n;
        }
        return new Vector(ids, w);
    }

    /** The sum of vectors (not normalized). */
    public static Vector sum(Iterable<Vector> vs) {
        java.util.HashMap<Integer, Float> m = new java.util.HashMap<>();
        for (Vector v : vs) {
            for (int i = 0; i < v.ids.length; i++) {
                m.merge(v.ids[i], v.weights[i], Float::sum);
            }
        }
        int[] ids = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] w = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            w[i] = m.get(ids[i]);
        }
        return new Vector(ids, w);
    }

    @Override
    public String toString() {
        return "Vector" + Arrays.toString(ids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vector v && Arrays.equals(ids, v.ids) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + Arrays.hashCode(weights);
    }
}

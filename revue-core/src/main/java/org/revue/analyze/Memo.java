package org.revue.analyze;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function: a text analyzed again (a story rebuilt as articles
 * arrive, the same text read by two stages) is not analyzed twice. When it holds {@code capacity} entries
 * it starts afresh, so memory stays bounded; values must be immutable.
 */
public final class Memo<K, V> {
    private final int capacity;
    private volatile ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

    public Memo(int capacity) {
        this.capacity = capacity;
    }

    public V get(K key, Function<K, V> compute) {
        ConcurrentHashMap<K, V> m = map;
        V v = m.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (m.size() >= capacity) {
                m = new ConcurrentHashMap<>();
                map = m;
            }
            m.put(key, v);
        }
        return v;
    }

    public int size() {
        return map.size();
    }
}

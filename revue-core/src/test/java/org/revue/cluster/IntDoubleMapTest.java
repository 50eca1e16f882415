package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IntDoubleMapTest {
    @Test
    void behavesLikeAHashMapUnderRandomAddsPutsAndRemoves() {
        Random r = new Random(3);
        IntDoubleMap m = new IntDoubleMap();
        Map<Integer, Double> ref = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            int k = r.nextInt(300);
            switch (r.nextInt(3)) {
                case 0 -> {
                    m.add(k, 1.5);
                    ref.merge(k, 1.5, Double::sum);
                }
                case 1 -> {
                    m.put(k, step);
                    ref.put(k, (double) step);
                }
                default -> {
                    m.remove(k);
                    ref.remove(k);
                }
            }
        }
        Map<Integer, Double> got = new HashMap<>();
        m.forEach(got::put);
        assertThat(got).isEqualTo(ref);
        assertThat(m.size()).isEqualTo(ref.size());
    }
}

package org.revue.cluster;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TermCounterTest {
    @Test
    void countsLikeAMapThroughGrowthAndSharedBuffers() {
        Random r = new Random(3);
        TermCounter c = new TermCounter();
        Map<String, Integer> expected = new HashMap<>();
        char[] buffer = new char[32]; // reused, as the analyzer's buffer is
        for (int i = 0; i < 20_000; i++) {
            String w = "t" + r.nextInt(3_000);
            w.getChars(0, w.length(), buffer, 0);
            buffer[w.length()] = 'x'; // what lies past the term must not count
            int by = 1 + r.nextInt(2);
            c.add(buffer, w.length(), by);
            expected.merge(w, by, Integer::sum);
        }
        int[] counts = new int[c.size()];
        String[] terms = c.terms(counts);
        Map<String, Integer> got = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            got.put(terms[i], counts[i]);
        }
        assertThat(got).isEqualTo(expected);
    }
}

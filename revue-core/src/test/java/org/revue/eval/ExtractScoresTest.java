package org.revue.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractScoresTest {
    @Test
    void wordsAreThoseOfPythonsBackslashW() {
        assertThat(ExtractScores.words("Élan_vital, l'été 2024 — 東京タワー!")).containsExactly("Élan_vital", "l", "été", "2024", "東京タワー");
    }

    @Test
    void shinglesCountMultisetOverlap() {
        // truth: a b c d e -> shingles abcd, bcde; prediction: a b c d x -> abcd, bcdx
        double[] s = ExtractScores.shingles("a b c d e", "a b c d x");
        assertThat(s).containsExactly(1, 1, 1);
        // fewer than four tokens: one shorter shingle
        assertThat(ExtractScores.shingles("a b", "a b")).containsExactly(1, 0, 0);
        // an empty prediction: everything missed
        assertThat(ExtractScores.shingles("a b c d e", "")).containsExactly(0, 0, 2);
    }

    @Test
    void shingleAveragesFollowTheBenchmarkScript() {
        // page 1: P = 1/2, R = 1/2; page 2: empty prediction, P undefined (skipped), R = 0; page 3: perfect
        double[] a = ExtractScores.shingleAverages(List.of(new double[]{1, 1, 1}, new double[]{0, 0, 2}, new double[]{2, 0, 0}));
        assertThat(a[0]).isCloseTo((0.5 + 1) / 2, within(1e-12));
        assertThat(a[1]).isCloseTo((0.5 + 0 + 1) / 3, within(1e-12));
        assertThat(a[2]).isCloseTo(2 * a[0] * a[1] / (a[0] + a[1]), within(1e-12));
    }

    @Test
    void snippetsMatchAfterWhitespaceNormalization() {
        int[] c = ExtractScores.snippets(List.of("first  part\nof text", "missing bit"), List.of("menu item", "absent"),
                "The first part of\u00a0text, then a menu item.");
        assertThat(c).containsExactly(1, 1, 1, 1); // tp, fp, fn, tn
        assertThat(ExtractScores.snippets(List.of("a"), List.of("b"), null)).containsExactly(0, 0, 1, 1);
        double[] s = ExtractScores.snippetScores(3, 1, 1, 5);
        assertThat(s[0]).isCloseTo(0.75, within(1e-12));
        assertThat(s[1]).isCloseTo(0.75, within(1e-12));
        assertThat(s[2]).isCloseTo(0.8, within(1e-12));
        assertThat(s[3]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void wordF1IsABagOfLowerCasedWords() {
        // prediction: the cat the dog (4), reference: The cat sat (3); overlap: the, cat = 2
        double[] s = ExtractScores.wordF1("the cat the dog", "The cat sat");
        assertThat(s[0]).isCloseTo(0.5, within(1e-12));
        assertThat(s[1]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s[2]).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-12));
        assertThat(ExtractScores.wordF1("", "")).containsExactly(1, 1, 1);
        assertThat(ExtractScores.wordF1("x", "")).containsExactly(0, 0, 0);
        assertThat(ExtractScores.wordF1("", "x")).containsExactly(0, 0, 0);
    }

    @Test
    void metadataMatching() {
        assertThat(ExtractBench.sameTitle("Orages à Lyon : la ville compte", "orages à lyon – la ville compte")).isTrue();
        assertThat(ExtractBench.sameTitle("Orages à Lyon", "Orages à Lyon | Le Journal")).isFalse();
        assertThat(ExtractBench.sameAuthor("Dylan Bailey, MS, RD", "Dylan Bailey")).isTrue();
        assertThat(ExtractBench.sameAuthor("Dylan Bailey", "Bailey")).isFalse();
        assertThat(ExtractBench.sameAuthor("Jane Doe", null)).isFalse();
    }
}

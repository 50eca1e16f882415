package org.revue.analyze.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names for matching variants: case, accents, hyphens and apostrophes ("États-Unis" = "Etats Unis"). */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEP = Pattern.compile("[\\s\\-‐–]+");

    private Names() {
    }

    public static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('’', '\'').toLowerCase(Locale.ROOT);
        return SEP.matcher(t).replaceAll(" ").trim();
    }

    /** Levenshtein distance, for spelling variants of transliterated names ("Sergueï"/"Sergeï"). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether two given names are spellings of one name: same initial and close. */
    public static boolean sameGiven(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        if (x.length() <= 2 || y.length() <= 2) {
            return x.charAt(0) == y.charAt(0); // an initial
        }
        return distance(x, y) <= Math.max(1, Math.min(x.length(), y.length()) / 4);
    }
}

package org.revue.summarize;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a sentence can stand alone in a summary: a complete sentence of reasonable length, quotes
 * balanced, not opening on a pronoun or connective whose referent would be missing.
 */
final class Standalone {
    private Standalone() {
    }

    private static final Map<String, Pattern> DANGLING = Map.of(
            "fr", Pattern.compile("(?iu)^[«\"“]?\\s*(il|elle|ils|elles|ce dernier|cette dernière|ces derniers|celui-ci|celle-ci|"
                    + "ceux-ci|lui|leur|mais|et|or|donc|pourtant|cependant|toutefois|en revanche|par ailleurs|de son côté|"
                    + "en outre|aussi,|ainsi|puis|enfin|selon lui|selon elle|d['’]après lui|d['’]après elle|là|y|en réponse|"
                    + "après cela|cela|ceci|c['’]est pourquoi)\\b"),
            "en", Pattern.compile("(?iu)^[\"“]?\\s*(he|she|they|it|this|these|those|his|her|their|but|and|however|also|"
                    + "meanwhile|still|moreover|furthermore|then|there|that)\\b"),
            "de", Pattern.compile("(?iu)^[„\"]?\\s*(er|sie|es|dies|diese|aber|und|jedoch|auch|dann|dort)\\b"));

    static boolean ok(String s, String lang) {
        int w = Summarizer.words(s);
        if (w < 6 || w > 55) {
            return false;
        }
        String t = s.strip();
        char first = t.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        if (!endsSentence(t) || t.endsWith(":")) {
            return false;
        }
        if (count(t, '«') != count(t, '»') || count(t, '“') != count(t, '”') || count(t, '"') % 2 != 0
                || count(t, '(') != count(t, ')')) {
            return false;
        }
        Pattern p = DANGLING.get(lang);
        return p == null || !p.matcher(t).lookingAt();
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "»\"”’) ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0 && !s.endsWith("...");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

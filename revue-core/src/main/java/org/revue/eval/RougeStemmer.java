package org.revue.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 applies it (Porter 1980, with ROUGE's own change to step 4:
 * "-ement" is tried before "-ment" and "-ent", each rule in turn). Written from the published algorithm;
 * the patterns below are the algorithm's measure conditions ([C](VC){m}[V]) as regular expressions.
 * ROUGE looks words up in WordNet's exception lists first; that table is not shipped here (see
 * {@link Rouge}), so irregular forms ("children") are stemmed by the rules alone.
 */
final class RougeStemmer {
    private RougeStemmer() {
    }

    private static final String C1 = "[^aeiou]";
    private static final String V1 = "[aeiouy]";
    private static final String CS = C1 + "[^aeiouy]*";
    private static final String VS = V1 + "[aeiou]*";
    private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_V = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

    private static final Pattern S1A = Pattern.compile("(ss|i)es$");
    private static final Pattern S1A2 = Pattern.compile("([^s])s$");
    private static final Pattern EED = Pattern.compile("eed$");
    private static final Pattern ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern Y_END = Pattern.compile("y$");
    private static final Pattern S2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|"
            + "ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern S3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern S4 = Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern MENT = Pattern.compile("ment$");
    private static final Pattern ENT = Pattern.compile("ent$");
    private static final Pattern ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern E_END = Pattern.compile("e$");
    private static final Pattern LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"),
            Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"),
            Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"), Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"), Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"),
            Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 = Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic",
            "ical", "ic", "ful", "", "ness", "");

    private static boolean has(Pattern p, String s) {
        return p.matcher(s).find();
    }

    /** The stem of a lower-case ASCII word. */
    static String stem(String word) {
        String w = word;
        if (w.length() < 3) {
            return w;
        }
        boolean y = w.charAt(0) == 'y';
        if (y) {
            w = 'Y' + w.substring(1);
        }
        Matcher m;
        // step 1a
        if ((m = S1A.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = S1A2.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        // step 1b
        if ((m = EED.matcher(w)).find()) {
            if (has(MGR0, w.substring(0, m.start()))) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(HAS_V, stem)) {
                w = stem;
                if (has(AT_BL_IZ, w)) {
                    w = w + "e";
                } else if (has(DOUBLE, w)) {
                    w = w.substring(0, w.length() - 1);
                } else if (has(CVC, w)) {
                    w = w + "e";
                }
            }
        }
        // step 1c
        if ((m = Y_END.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(HAS_V, stem)) {
                w = stem + "i";
            }
        }
        // step 2
        if ((m = S2.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR0, stem)) {
                w = stem + STEP2.get(m.group(1));
            }
        }
        // step 3
        if ((m = S3.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR0, stem)) {
                w = stem + STEP3.get(m.group(1));
            }
        }
        // step 4, in ROUGE's order
        if ((m = S4.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR1, stem)) {
                w = stem;
            }
        }
        if ((m = MENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR1, stem)) {
                w = stem;
            }
        }
        if ((m = ENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR1, stem)) {
                w = stem;
            }
        } else if ((m = ION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (has(MGR1, stem)) {
                w = stem;
            }
        }
        // step 5
        if ((m = E_END.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (has(MGR1, stem) || has(MEQ1, stem) && !has(CVC, stem)) {
                w = stem;
            }
        }
        if (has(LL, w) && has(MGR1, w)) {
            w = w.substring(0, w.length() - 1);
        }
        if (y) {
            w = 'y' + w.substring(1);
        }
        return w;
    }
}

package org.revue.analyze.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Numbers written in words or digits, French and English ("vingt-cinq", "quatre-vingt-dix", "twenty-one", "30,4"). */
final class Numbers {
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[] fr = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < fr.length; i++) {
            WORDS.put(fr[i], i);
        }
        WORDS.put("une", 1);
        WORDS.put("vingt", 20);
        WORDS.put("vingts", 20);
        WORDS.put("trente", 30);
        WORDS.put("quarante", 40);
        WORDS.put("cinquante", 50);
        WORDS.put("soixante", 60);
        WORDS.put("cent", 100);
        WORDS.put("cents", 100);
        WORDS.put("mille", 1000);
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < en.length; i++) {
            WORDS.put(en[i], i);
        }
        WORDS.put("a", 1);
        WORDS.put("an", 1);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], 20 + 10 * i);
        }
        WORDS.put("hundred", 100);
        WORDS.put("thousand", 1000);
        WORDS.put("dizaine", 10);
        WORDS.put("douzaine", 12);
        WORDS.put("quinzaine", 15);
        WORDS.put("vingtaine", 20);
        WORDS.put("trentaine", 30);
        WORDS.put("quarantaine", 40);
        WORDS.put("cinquantaine", 50);
        WORDS.put("centaine", 100);
        WORDS.put("dozen", 12);
    }

    /** Alternation of the number words, for patterns. */
    static final String FR_WORD = "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
            + "quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)";
    static final String FR_NUM = "(?:\\d+(?:[,.]\\d+)?|" + FR_WORD + "(?:(?:-et-|\\s+et\\s+|-|\\s+)" + FR_WORD + ")*)";
    static final String EN_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
    static final String EN_NUM = "(?:\\d+(?:\\.\\d+)?|a|an|" + EN_WORD + "(?:(?:-|\\s+and\\s+|\\s+)" + EN_WORD + ")*)";

    private Numbers() {
    }

    /** The value of a number in digits or words, or NaN. */
    static double parse(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return Double.parseDouble(t.replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        long total = 0;
        long cur = 0;
        String prev = "";
        boolean any = false;
        for (String tok : t.split("[-\\s]+")) {
            if (tok.equals("et") || tok.equals("and")) {
                continue;
            }
            Integer v = WORDS.get(tok);
            if (v == null) {
                return Double.NaN;
            }
            any = true;
            if ((tok.startsWith("vingt")) && prev.equals("quatre")) {
                cur = cur - 4 + 80;
            } else if (v == 100) {
                cur = (cur == 0 ? 1 : cur) * 100;
            } else if (v == 1000) {
                total += (cur == 0 ? 1 : cur) * 1000;
                cur = 0;
            } else {
                cur += v;
            }
            prev = tok;
        }
        return any ? total + cur : Double.NaN;
    }

    /** A number as TIMEX3 writes it: "30", "30.4". */
    static String format(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.3f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

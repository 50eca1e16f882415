package org.revue.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The time words of a text: weekday names and written dates. Articles on the same happening name the same
 * day ("vendredi", "7 juillet"); articles on another happening of the same story name other days.
 */
final class TimeSignature {
    private TimeSignature() {
    }

    private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", 1), Map.entry("mardi", 2), Map.entry("mercredi", 3), Map.entry("jeudi", 4),
            Map.entry("vendredi", 5), Map.entry("samedi", 6), Map.entry("dimanche", 7),
            Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3), Map.entry("thursday", 4),
            Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7),
            Map.entry("montag", 1), Map.entry("dienstag", 2), Map.entry("mittwoch", 3), Map.entry("donnerstag", 4),
            Map.entry("freitag", 5), Map.entry("samstag", 6), Map.entry("sonntag", 7),
            Map.entry("lunes", 1), Map.entry("martes", 2), Map.entry("miercoles", 3), Map.entry("miércoles", 3),
            Map.entry("jueves", 4), Map.entry("viernes", 5), Map.entry("sabado", 6), Map.entry("sábado", 6),
            Map.entry("domingo", 7), Map.entry("lunedi", 1), Map.entry("lunedì", 1), Map.entry("martedi", 2),
            Map.entry("martedì", 2), Map.entry("mercoledi", 3), Map.entry("mercoledì", 3), Map.entry("giovedi", 4),
            Map.entry("giovedì", 4), Map.entry("venerdi", 5), Map.entry("venerdì", 5), Map.entry("sabato", 6));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    /** The first two letters (lower case) of the weekday names: other words are not looked up. */
    private static final java.util.Set<Integer> WEEKDAY_STARTS = WEEKDAYS.keySet().stream()
            .map(w -> start2(w, 0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int[] DAYS_IN = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * Calls {@code sink} with a token per weekday named ("wd5" for Friday) and, after them, one per day and
     * month written as "7 juillet", "1er mai" or "7 July" ("dm7-7"). One pass over the characters, no regex.
     */
    static void each(String text, Consumer<String> sink) {
        java.util.List<String> dates = null;
        int n = text.length();
        int i = 0;
        int lastNumber = -1;
        int lastNumberEnd = -10;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                int v = 0;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    v = v * 10 + (text.charAt(i) - '0');
                    i++;
                }
                boolean word = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
                lastNumber = i - start <= 2 && !word ? v : -1;
                if (lastNumber >= 0 && i + 1 < n && text.charAt(i) == 'e' && text.charAt(i + 1) == 'r') {
                    i += 2; // "1er"
                }
                lastNumberEnd = i;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int len = i - start;
            boolean afterNumber = lastNumber >= 1 && start - lastNumberEnd >= 1 && start - lastNumberEnd <= 2;
            boolean weekday = len >= 5 && WEEKDAY_STARTS.contains(start2(text, start));
            if (len >= 3 && len <= 10 && (weekday || afterNumber)) { // most words: no string made
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                Integer d = weekday ? WEEKDAYS.get(w) : null;
                if (d != null) {
                    sink.accept("wd" + d);
                } else if (afterNumber && isSpaces(text, lastNumberEnd, start)) {
                    Integer m = MONTHS.get(w);
                    if (m != null && lastNumber <= DAYS_IN[m]) {
                        if (dates == null) {
                            dates = new java.util.ArrayList<>(2);
                        }
                        dates.add("dm" + m + "-" + lastNumber);
                    }
                }
            }
            lastNumber = -1;
        }
        if (dates != null) {
            dates.forEach(sink);
        }
    }

    /** The month * 100 + day of a date token ("dm7-14": 714), or 0 for a weekday token. */
    static int monthDay(String token) {
        int dash = token.indexOf('-');
        if (!token.startsWith("dm") || dash < 0) {
            return 0;
        }
        return Integer.parseInt(token.substring(2, dash)) * 100 + Integer.parseInt(token.substring(dash + 1));
    }

    private static int start2(String t, int at) {
        return Character.toLowerCase(t.charAt(at)) << 16 | Character.toLowerCase(t.charAt(at + 1));
    }

    private static boolean isSpaces(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

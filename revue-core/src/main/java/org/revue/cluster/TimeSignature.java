package org.revue.cluster;

import org.revue.extract.DateParser;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b(\\d{1,2})(?:er)?\\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|"
            + "août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\b");

    /** Calls {@code sink} with a token per weekday and per day-and-month written in {@code text}. */
    static void each(String text, Consumer<String> sink) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 5 && w.length() <= 10 && "lmjvsdfwtgLMJVSDFWTG".indexOf(w.charAt(0)) >= 0) {
                Integer d = WEEKDAYS.get(w.toLowerCase(Locale.ROOT));
                if (d != null) {
                    sink.accept("wd" + d);
                }
            }
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            var found = DateParser.findAll(m.group() + " 2000");
            if (!found.isEmpty()) {
                sink.accept("dm" + found.get(0).date().getMonthValue() + "-" + found.get(0).date().getDayOfMonth());
            }
        }
    }
}

package org.revue.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds absolute calendar dates written in text, in the main European languages. */
public final class DateParser {
    private DateParser() {
    }

    /** A date found at [start, end) of the text. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?(?:\\s*[-/]\\s*|\\s+)(?:de\\s+)?" + MONTH
                    + "(?:\\s*[-/,]\\s*|\\s+)(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?:(?<!\\p{L})|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./])(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d{2})(?!\\d)");
    /** Year, month name, day, as in reference lists: 2024 Jun 30. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?iu)\\b((?:19|20)\\d{2})\\s+" + MONTH + "\\s+(\\d{1,2})(?!\\d)");
    /** Year first with dots or slashes: 2025.12.17, 2025/12/17. */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b((?:19|20)\\d{2})[./](\\d{1,2})[./](\\d{1,2})(?![\\d./])");

    /** Every date in the text, in order of position. Numeric dates are read day first (dd/mm/yyyy) unless only month first can be. */
    public static List<Found> findAll(String text) {
        return findAll(text, false);
    }

    /**
     * Every date in the text; with {@code monthFirst} (a page in American English: {@link #monthFirst(String)}),
     * slashed numeric dates are read month first (3/4/2025 is March 4), unless only day first can be.
     */
    public static List<Found> findAll(String text, boolean monthFirst) {
        List<Found> out = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), MONTHS.get(key(m.group(2))), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), MONTHS.get(key(m.group(1))), Integer.parseInt(m.group(2)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = YEAR_MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), MONTHS.get(key(m.group(2))), Integer.parseInt(m.group(3)));
        }
        m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            boolean slashed = text.charAt(m.end(1)) == '/';
            if (b > 12 && a <= 12 || monthFirst && slashed && a <= 12) {
                add(out, m, Integer.parseInt(m.group(3)), a, b); // 10/31/2024: only month first can be read
            } else {
                add(out, m, Integer.parseInt(m.group(3)), b, a);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether a page's language is American English ("en-US"), where 3/4/2025 is March 4. Not "en" alone: British
     * and other sites declare it too (on WCXB dev, reading it month first put one date right and one wrong).
     */
    public static boolean monthFirst(String lang) {
        if (lang == null) {
            return false;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en-us");
    }

    private static void add(List<Found> out, Matcher m, int y, Integer mo, int d) {
        if (mo == null) {
            return;
        }
        for (Found f : out) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return;
            }
        }
        try {
            out.add(new Found(LocalDate.of(y, mo, d), m.start(), m.end()));
        } catch (DateTimeException e) {
            // not a real date
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"janvier", "janv", "january", "jan", "ene", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"},
                {"février", "fevrier", "févr", "fevr", "february", "feb", "februar", "febrero", "febbraio", "fevereiro", "februari"},
                {"mars", "march", "mar", "märz", "mrz", "marzo", "março", "maart"},
                {"avril", "avr", "april", "apr", "abr", "abril", "aprile"},
                {"mai", "may", "mayo", "maggio", "maio", "mei"},
                {"juin", "june", "jun", "juni", "junio", "giugno", "junho"},
                {"juillet", "juil", "july", "jul", "juli", "julio", "luglio", "julho"},
                {"août", "aout", "august", "aug", "agosto", "ago", "augustus"},
                {"septembre", "sept", "september", "sep", "set", "septiembre", "settembre", "setembro"},
                {"octobre", "oct", "october", "oktober", "okt", "octubre", "ottobre", "outubro"},
                {"novembre", "nov", "november", "noviembre", "novembro"},
                {"décembre", "decembre", "déc", "dec", "december", "dezember", "dez", "dic", "diciembre", "dicembre", "dezembro"},
        };
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.putIfAbsent(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}

package org.revue.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based temporal tagger, French first, then English: finds dates, times, durations and sets in a text and
 * normalizes them to TIMEX3 values against the document creation time (DCT), following the TimeML/TempEval-3
 * conventions. Every pattern is compiled once; tagging is a few regex passes over the text.
 *
 * <p>Relative expressions ("hier", "mardi", "il y a trois jours", "next week") are resolved against the DCT;
 * a day of the week goes to the past unless the sentence speaks of the future ("devrait", "will" …); clock
 * times ("21 h 45", "midi") take the day of the nearest date of their sentence, or the last date of the text.
 * Without a DCT, relative values keep their unknown parts as X ("XXXX-WXX-2").
 */
public final class TimeTagger {
    /** Patterns run over a lower-cased copy of the text (same offsets), without slow Unicode case folding. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String REF = "{REF}";

    /** What a rule makes of one match: {type, value}, or null to drop the match. */
    private interface Resolver {
        String[] resolve(MatchResult m, Ctx c);
    }

    /**
     * A rule; when {@code anchor} is set, the pattern only runs in windows around the anchor's matches
     * ({@code before} characters before, {@code after} after), which keeps tagging to a few cheap passes.
     */
    private record Rule(Pattern pattern, int spanGroup, Resolver resolver, long anchor, int before, int after) {
    }

    /** Anchor words (lower case) to the bits of the anchors they belong to; "#" stands for any token with a digit. */
    private static final Map<String, Long> ANCHOR_WORDS = new HashMap<>();
    private static final boolean[] ANCHOR_FIRST = new boolean[0x250];
    private static long digitAnchors;
    private static int anchorCount;
    private static long anchor;
    private static int anchorBefore;
    private static int anchorAfter;

    /** The rules added next run only around these words (space-separated), or everywhere when null. */
    private static void anchor(String words, int before, int after) {
        if (words == null) {
            anchor = 0;
            return;
        }
        long bit = 1L << anchorCount++;
        for (String w : words.split(" ")) {
            if (w.equals("#")) {
                digitAnchors |= bit;
            } else {
                ANCHOR_WORDS.merge(w, bit, (x, y) -> x | y);
            }
        }
        for (String w : words.split(" ")) {
            if (!w.equals("#") && w.charAt(0) < ANCHOR_FIRST.length) {
                ANCHOR_FIRST[w.charAt(0)] = true;
            }
        }
        anchor = bit;
        anchorBefore = before;
        anchorAfter = after;
    }

    private record Cand(int start, int end, String type, String value) {
        int length() {
            return end - start;
        }
    }

    /** The document being tagged. */
    private static final class Ctx {
        final String text;
        final String low;
        final LocalDate dct;
        final boolean en;

        final List<int[]> tokens = new ArrayList<>();
        final List<Long> masks = new ArrayList<>();

        Ctx(String text, LocalDate dct, boolean en) {
            this.text = text;
            Words words = Words.of(text);
            this.low = words.low;
            // the words that anchor rules
            for (int k = 0; k < words.count(); k++) {
                int s = words.start(k);
                int i = words.end(k);
                long mask = words.hasDigit(k) ? digitAnchors : 0;
                char f = low.charAt(s);
                Long w = i - s > 13 || f >= ANCHOR_FIRST.length || !ANCHOR_FIRST[f] ? null : ANCHOR_WORDS.get(low.substring(s, i));
                if (w != null) {
                    mask |= w;
                }
                if (mask != 0) {
                    tokens.add(new int[]{s, i});
                    masks.add(mask);
                }
            }
            this.dct = dct;
            this.en = en;
        }

        /** Whether the sentence around {@code pos} speaks of the future. */
        boolean future(int pos) {
            int s = sentenceStart(text, pos);
            int e = sentenceEnd(text, pos);
            Matcher m = (en ? EN_FUTURE : FR_FUTURE).matcher(low);
            m.region(Math.max(s, pos - 120), Math.min(e, pos + 60));
            return m.find();
        }
    }

    // ---------------------------------------------------------------- French vocabulary
    private static final String FR_MONTH = "(janvier|janv\\.|février|fevrier|févr\\.|mars|avril|avr\\.|mai|juin|juillet|"
            + "juil\\.|août|aout|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|décembre|decembre|déc\\.)";
    private static final String FR_WD = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String FR_DAYNUM = "(1er|premier|[12]\\d|3[01]|0?[1-9])";
    private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
    private static final String FR_PART = "(matin|matinée|soir|soirée|après-midi|après midi|nuit)";
    private static final String FR_AT = "(?:\\s+à\\s+(?:la\\s+)?(mi-journée|midi|minuit|([01]?\\d|2[0-3])\\s*h\\s*([0-5]\\d)?))?";
    private static final Pattern FR_FUTURE = Pattern.compile("\\b(?:sera|seront|aura|auront|va|vont|doit|doivent|"
            + "devra|devront|devrait|devraient|prévue?s?|prochaine?s?|compte|comptent|envisagen?t?|entrera|"
            + "souhaite\\p{L}*|convenu)\\b|\\b(?:\\p{L}+(?:eront|iront)|\\p{L}{2,}(?:era|ira)|feront|seront|auront|pourront|devront|viendront)\\b", FLAGS);
    private static final Pattern EN_FUTURE = Pattern.compile("\\b(?:will|shall|going to|is to|are to|expected|"
            + "scheduled|plans?|planned|next)\\b|'ll\\b", FLAGS);

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Map<String, String> PARTS = new HashMap<>();

    static {
        String[][] months = {
                {"janvier", "janv.", "january", "jan."}, {"février", "fevrier", "févr.", "february", "feb."},
                {"mars", "march", "mar."}, {"avril", "avr.", "april", "apr."}, {"mai", "may"},
                {"juin", "june"}, {"juillet", "juil.", "july"}, {"août", "aout", "august", "aug."},
                {"septembre", "sept.", "september", "sep."}, {"octobre", "oct.", "october"},
                {"novembre", "nov.", "november"}, {"décembre", "decembre", "déc.", "december", "dec."}};
        for (int i = 0; i < months.length; i++) {
            for (String m : months[i]) {
                MONTHS.put(m, i + 1);
            }
        }
        String[][] days = {{"lundi", "monday"}, {"mardi", "tuesday"}, {"mercredi", "wednesday"}, {"jeudi", "thursday"},
                {"vendredi", "friday"}, {"samedi", "saturday"}, {"dimanche", "sunday"}};
        for (int i = 0; i < days.length; i++) {
            for (String d : days[i]) {
                WEEKDAYS.put(d, i + 1);
            }
        }
        for (String p : new String[]{"matin", "matinée", "morning"}) {
            PARTS.put(p, "MO");
        }
        for (String p : new String[]{"après-midi", "après midi", "afternoon"}) {
            PARTS.put(p, "AF");
        }
        for (String p : new String[]{"soir", "soirée", "evening"}) {
            PARTS.put(p, "EV");
        }
        for (String p : new String[]{"nuit", "night"}) {
            PARTS.put(p, "NI");
        }
        PARTS.put("journée", "DT");
        PARTS.put("mi-journée", "MI");
        PARTS.put("midi", "MI");
        PARTS.put("noon", "MI");
    }

    private static final List<Rule> FR = new ArrayList<>();
    private static final List<Rule> EN = new ArrayList<>();

    private static void fr(String regex, Resolver r) {
        FR.add(new Rule(Pattern.compile(regex, FLAGS), 0, r, anchor, anchorBefore, anchorAfter));
    }

    private static void fr(String regex, int group, Resolver r) {
        FR.add(new Rule(Pattern.compile(regex, FLAGS), group, r, anchor, anchorBefore, anchorAfter));
    }

    private static void en(String regex, Resolver r) {
        EN.add(new Rule(Pattern.compile(regex, FLAGS), 0, r, 0, 0, 0));
    }

    private static void en(String regex, int group, Resolver r) {
        EN.add(new Rule(Pattern.compile(regex, FLAGS), group, r, 0, 0, 0));
    }

    static {
        anchor("janvier janv février fevrier févr mars avril avr mai juin juillet juil août aout septembre sept octobre oct novembre nov décembre decembre déc", 45, 45);
        // le mercredi 1er mai 2002, 27 mai 1998, le 6 mai dernier, 13 avril prochains, octobre 98 (year of 2 digits)
        fr("\\b(?:le\\s+)?(?:" + FR_WD + "\\s+)?" + FR_DAYNUM + "\\s+" + FR_MONTH + "(?:\\s+" + YEAR + "\\b|\\s+(\\d{2})\\b(?!\\s*(?:%|h\\b|heures|ans)))?"
                        + "(?:\\s+(dernier|prochain)s?\\b)?" + FR_AT,
                (m, c) -> dayMonth(c, m.start(), m.group(1), m.group(2), m.group(3), m.group(4) != null ? m.group(4) : m.group(5), m.group(6),
                        m.group(7), m.group(8), m.group(9)));
        // les 6 et 13 avril, le 10 ou le 11 mai: the first day takes the month of the second
        fr("\\b(?:les?\\s+)" + FR_DAYNUM + "(?=\\s+(?:et|ou)\\s+(?:le\\s+)?" + FR_DAYNUM + "\\s+" + FR_MONTH + "(?:\\s+" + YEAR + ")?)",
                (m, c) -> dayMonth(c, m.start(), null, m.group(1), m.group(3), m.group(4), null, null, null, null));
        anchor("#", 3, 8);
        // 07/07/2017, 8.7.2017
        fr("\\b(0?[1-9]|[12]\\d|3[01])[/.](0?[1-9]|1[0-2])[/.](\\d{4}|\\d{2})\\b",
                (m, c) -> new String[]{"DATE", ymd(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))});
        anchor("janvier janv février fevrier févr mars avril avr mai juin juillet juil août aout septembre sept octobre oct novembre nov décembre decembre déc", 45, 30);
        // début juillet, en juin prochain, mois de juin, août 2001, octobre 98
        fr("\\b(?:(début|fin|mi|courant|milieu)(?:-|\\s+)(?:de\\s+|d['’])?)?(?:mois\\s+d['’]|mois\\s+de\\s+)?" + FR_MONTH
                        + "(?![\\p{L}\\d])(?:\\s+" + YEAR + "\\b|\\s+(\\d{2})\\b(?!\\s*(?:%|h\\b|heures|ans|mois|jours)))?(?:\\s+(dernier|prochain)\\b)?",
                (m, c) -> monthYear(c, m.start(), m.group(2), m.group(3) != null ? m.group(3) : m.group(4), m.group(5), m.group(1),
                        m.group(0)));
        anchor("lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches", 16, 40);
        // un jour de la semaine: dimanche, ce même lundi après-midi, vendredi dernier, dimanche à la mi-journée
        fr("\\b(?:(ce|cette)\\s+(?:même\\s+)?)?" + FR_WD + "(?:\\s+(dernier|prochain))?(?:\\s+" + FR_PART + ")?" + FR_AT,
                (m, c) -> weekday(c, m.start(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)));
        anchor("hier demain aujourd", 8, 55);
        // aujourd'hui vendredi, hier matin, demain soir, hier à 10 h
        fr("\\b(avant-hier|après-demain|hier|aujourd['’]hui|demain)(?:\\s+" + FR_WD + ")?(?:\\s+" + FR_PART + ")?" + FR_AT,
                (m, c) -> relativeDay(c, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
        anchor("chaque tous toutes", 1, 30);
        // sets: tous les jeudis, chaque jour, les deuxième et quatrième jeudis, uniquement le mercredi
        fr("\\b(?:tous\\s+les|chaque)\\s+(jours?|semaines?|mois|ans|années?|matins?|soirs?|nuits?|week-ends?|lundis?|mardis?|"
                        + "mercredis?|jeudis?|vendredis?|samedis?|dimanches?)\\b",
                (m, c) -> set(m.group(1)));
        anchor("lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches", 45, 3);
        fr("\\bles\\s+(?:\\p{L}+\\s+(?:et\\s+\\p{L}+\\s+)?)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s\\b",
                (m, c) -> set(m.group(1)));
        fr("(?<=\\b(?:uniquement|seulement|sauf|excepté|fermée?s?|ouverte?s?)\\s)le\\s+" + FR_WD + "\\b(?!\\s+\\d)",
                (m, c) -> set(m.group(1)));
        anchor("par", 0, 15);
        fr("\\bpar\\s+(jour|semaine|mois|an|année|semestre|trimestre)\\b", 1, (m, c) -> set(m.group(1)));
        anchor("annuel annuelle annuels annuelles quinquennat septennat mandat", 0, 30);
        fr("\\b(annuel(?:le)?s?|quinquennat|septennat|mandat\\s+de\\s+cinq\\s+ans)\\b", (m, c) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return w.startsWith("annuel") ? new String[]{"SET", "P1Y"} : w.startsWith("septennat") ? new String[]{"DURATION", "P7Y"}
                    : new String[]{"DURATION", "P5Y"};
        });
        anchor("semaine week mois année an trimestre siècle été eté ete hiver printemps automne", 45, 30);
        // cette semaine, ce week-end, l'année dernière, la fin de l'année dernière, le mois prochain, cet été
        fr("\\b(?:(?:la|le)\\s+(début|fin|milieu)\\s+(?:de\\s+(?:la\\s+|l['’])?|du\\s+|d['’]))?(?:(ce|cette|cet)\\s+|(la|le|l['’])\\s*)"
                        + "(semaine|week-end|mois|année|an|trimestre|siècle|été|hiver|printemps|automne)"
                        + "(?:-ci)?(?:\\s+(dernière?|prochaine?|passée?|précédente?|suivante?|en\\s+cours|écoulée?))?\\b",
                (m, c) -> relativeUnit(c, m.start(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        // seasons: en été, Eté comme hiver, l'hiver 2002
        fr("\\b(?:(en|au|comme|l['’])\\s*)?(?<!d['’])(([ée]t[ée]|hiver|printemps|automne)(?:\\s+" + YEAR + ")?)\\b", 2,
                (m, c) -> season(c, m.group(1), m.group(3), m.group(4), m.group(0)));
        fr("\\bles\\s+mois\\s+d['’](été|hiver)\\b", (m, c) -> season(c, "en", m.group(1), null, m.group(0)));
        anchor("#", 14, 30);
        // years: 1998, l'année 2001, 2002/2003; the 1990s
        fr("\\b(?:l['’]an(?:née)?\\s+)?" + YEAR + "\\b(?![,.]?\\d)(?!\\s*(?:%|€|euros?|francs|dollars|habitants|personnes|"
                        + "km|m\\b|mètres|tonnes|hectares|salariés|emplois|voix|exemplaires|logements))",
                (m, c) -> new String[]{"DATE", m.group(1)});
        anchor("années", 5, 12);
        fr("\\bles\\s+années\\s+(?:(19|20)?(\\d)0)\\b", (m, c) -> new String[]{"DATE", (m.group(1) == null ? "19" : m.group(1)) + m.group(2)});
        anchor("siècle", 16, 8);
        fr("\\b(?:le\\s+)?(xx|xix|xviii|xxi|[12]\\d)(?:e|ème)\\s+siècle\\b", (m, c) -> {
            String r = m.group(1).toUpperCase(Locale.ROOT);
            int n = switch (r) {
                case "XVIII" -> 18;
                case "XIX" -> 19;
                case "XX" -> 20;
                case "XXI" -> 21;
                default -> Integer.parseInt(r);
            };
            return new String[]{"DATE", String.format("%02d", n - 1)};
        });
        anchor("y", 4, 45);
        // il y a trois jours (a date), depuis trois ans (a duration)
        fr("\\bil\\s+y\\s+a\\s+(" + Numbers.FR_NUM + ")\\s+(jours?|semaines?|mois|ans|années?)\\b",
                (m, c) -> ago(c, Numbers.parse(m.group(1)), m.group(2)));
        anchor("seconde secondes minute minutes heure heures jour jours journée journées semaine semaines mois an ans année années décennie décennies siècle siècles trimestre trimestres semestre semestres", 90, 25);
        fr("\\b(?:(?:environ|près\\s+de|plus\\s+de|moins\\s+de|au\\s+moins|quelque)\\s+)?"
                        + "(" + Numbers.FR_NUM + "|plusieurs|quelques|des|de\\s+nombreuses|de\\s+nombreux|de\\s+longues|de\\s+longs|"
                        + "une\\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\\s+d[e'’]\\s*|ces\\s+derni(?:ers|ères)|ces)\\s*"
                        + "(secondes?|minutes?|heures?|jours?|journées|semaines?|mois|ans|années?|décennies?|siècles?|trimestres?|semestres?)"
                        + "(?:\\s+et\\s+(demie?|quart))?\\b",
                (m, c) -> duration(c, m.start(), m.group(1), m.group(2), m.group(3), m.group(0)));
        anchor("quart demi demie", 12, 20);
        fr("\\b(un\\s+quart\\s+d['’]heure|une\\s+demi-heure|un\\s+quart\\s+de\\s+siècle|un\\s+demi-siècle|une\\s+demi-journée)\\b", (m, c) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return new String[]{"DURATION", w.contains("heure") ? (w.contains("quart") ? "PT15M" : "PT30M")
                    : w.contains("journée") ? "PT12H" : w.contains("quart") ? "P25Y" : "P50Y"};
        });
        anchor("# h", 3, 12);
        // clock times: 21 h 45, 18h, 8 h 30, midi, minuit
        fr("\\b([01]?\\d|2[0-3])\\s*h\\s*([0-5]\\d)?\\b(?!\\s*(?:de\\s+(?:route|vol|trajet|travail)))",
                (m, c) -> new String[]{"TIME", REF + "T" + two(m.group(1)) + ":" + (m.group(2) == null ? "00" : m.group(2))});
        anchor("#", 3, 4);
        fr("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b", (m, c) -> new String[]{"TIME", REF + "T" + two(m.group(1)) + ":" + m.group(2)});
        anchor("midi minuit heure heures", 14, 10);
        fr("(?<!après-)(?<!après )\\b(midi|minuit)\\b", (m, c) -> Character.isUpperCase(m.group(1).charAt(0))
                && sentenceStart(c.text, m.start()) < m.start() - 1 ? null
                : new String[]{"TIME", REF + (m.group(1).equalsIgnoreCase("midi") ? "T12:00" : "T24:00")});
        fr("(?<=\\b(?:à|vers|dès|avant|après|jusqu['’]à)\\s)([01]?\\d|2[0-3])\\s+heures?(?:\\s+([0-5]\\d))?\\b",
                (m, c) -> new String[]{"TIME", REF + "T" + two(m.group(1)) + ":" + (m.group(2) == null ? "00" : m.group(2))});
        anchor("matin matinée soir soirée nuit journée midi", 45, 12);
        // parts of a day: ce matin, ce soir, cette nuit, dans la soirée, le matin même, en fin de matinée, la mi-journée
        fr("\\b(?:ce|cette)\\s+" + FR_PART + "\\b", (m, c) -> new String[]{"TIME", dctOr(c) + "T" + PARTS.get(m.group(1).toLowerCase(Locale.ROOT))});
        fr("\\b(?:dans|pendant|durant|au\\s+cours\\s+de|jusque\\s+tard\\s+dans|tard\\s+dans)\\s+(la\\s+(nuit|soirée|matinée|journée))\\b", 1,
                (m, c) -> new String[]{"TIME", REF + "T" + PARTS.get(m.group(2).toLowerCase(Locale.ROOT))});
        fr("\\ble\\s+(matin|soir)\\s+même\\b", (m, c) -> new String[]{"TIME", REF + "T" + PARTS.get(m.group(1).toLowerCase(Locale.ROOT))});
        fr("\\b(?:en\\s+)?(?:début|fin|milieu)\\s+(?:de\\s+|d['’])(matinée|après-midi|soirée|journée|nuit)\\b",
                (m, c) -> new String[]{"TIME", REF + "T" + PARTS.get(m.group(1).toLowerCase(Locale.ROOT))});
        fr("\\b(?:à\\s+)?la\\s+mi-journée\\b", (m, c) -> new String[]{"TIME", REF + "T12:00"});
        anchor("désormais actuellement maintenant présent moment instant auparavant autrefois récemment naguère jadis "
                + "nouvellement bientôt prochainement passé avenir", 12, 14);
        // references to the present, past and future
        fr("\\b(désormais|actuellement|maintenant|à\\s+présent|en\\s+ce\\s+moment|pour\\s+l['’]instant|"
                        + "auparavant|autrefois|récemment|naguère|jadis|nouvellement|bientôt|prochainement|"
                        + "dans\\s+le\\s+passé|dans\\s+l['’]avenir)\\b",
                (m, c) -> new String[]{"TIME", ref(m.group(1))});

        // ---------------------------------------------------------------- English
        String enMonth = "(january|february|march|april|may|june|july|august|september|october|november|december|"
                + "jan\\.|feb\\.|mar\\.|apr\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)";
        String enWd = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
        String enDay = "([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
        String enPart = "(morning|afternoon|evening|night)";
        en("\\b(?:" + enWd + ",?\\s+)?" + enMonth + "\\s+" + enDay + "(?:,?\\s+" + YEAR + ")?\\b",
                (m, c) -> dayMonth(c, m.start(), m.group(1), m.group(3), m.group(2), m.group(4), null, null, null, null));
        en("\\b(?:(?:the\\s+)?" + enWd + ",?\\s+)?(?:the\\s+)?" + enDay + "\\s+(?:of\\s+)?" + enMonth + "(?:,?\\s+" + YEAR + ")?\\b",
                (m, c) -> dayMonth(c, m.start(), m.group(1), m.group(2), m.group(3), m.group(4), null, null, null, null));
        en("\\b(?:(early|late|mid)[-\\s])?" + enMonth + "(?:\\s+" + YEAR + ")?\\b",
                (m, c) -> m.group(2).equalsIgnoreCase("may") && m.group(3) == null && m.group(1) == null
                        && !Character.isUpperCase(m.group(2).charAt(0)) ? null
                        : monthYear(c, m.start(), m.group(2), m.group(3), null, m.group(1), m.group(0)));
        en("\\b(?:(this|last|next|on)\\s+)?" + enWd + "(?:\\s+" + enPart + ")?\\b",
                (m, c) -> weekday(c, m.start(), m.group(1) != null && m.group(1).equalsIgnoreCase("this") ? "ce" : null,
                        m.group(2), m.group(1) == null ? null : m.group(1).equalsIgnoreCase("last") ? "dernier"
                                : m.group(1).equalsIgnoreCase("next") ? "prochain" : null, m.group(3), null, null, null));
        en("\\b(yesterday|today|tomorrow|tonight)(?:\\s+" + enPart + ")?\\b", (m, c) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String fr = switch (w) {
                case "yesterday" -> "hier";
                case "tomorrow" -> "demain";
                default -> "aujourd'hui";
            };
            return relativeDay(c, fr, null, w.equals("tonight") ? "night" : m.group(2), null, null, null);
        });
        en("\\b(this|last|next|the\\s+past|the\\s+coming)\\s+(week|weekend|month|year|quarter|century|summer|winter|spring|autumn|fall)\\b", (m, c) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String unit = Map.of("week", "semaine", "weekend", "week-end", "month", "mois", "year", "année", "quarter", "trimestre",
                    "century", "siècle", "summer", "été", "winter", "hiver", "spring", "printemps").getOrDefault(
                    m.group(2).toLowerCase(Locale.ROOT), "automne");
            return relativeUnit(c, m.start(), null, w.equals("this") ? "ce" : null, w.equals("this") ? null : "la", unit,
                    w.equals("last") || w.equals("the past") ? "dernier" : w.equals("this") ? null : "prochain");
        });
        en("\\b(" + Numbers.EN_NUM + ")\\s+(days?|weeks?|months?|years?)\\s+ago\\b", (m, c) -> ago(c, Numbers.parse(m.group(1)),
                m.group(2).toLowerCase(Locale.ROOT).startsWith("day") ? "jours" : m.group(2).toLowerCase(Locale.ROOT).startsWith("week")
                        ? "semaines" : m.group(2).toLowerCase(Locale.ROOT).startsWith("month") ? "mois" : "ans"));
        en("\\b(?:(?:about|nearly|almost|more\\s+than|less\\s+than|at\\s+least|over|some)\\s+)?(" + Numbers.EN_NUM
                        + "|several|a\\s+few|few|many)[-\\s]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\b(?!\\s+ago)",
                (m, c) -> duration(c, m.start(), m.group(1), m.group(2), null, m.group(0)));
        en("\\b" + YEAR + "\\b(?![,.]?\\d)(?!\\s*(?:%|people|dollars|euros))", 0,
                (m, c) -> new String[]{"DATE", m.group(1)});
        en("\\bthe\\s+(19|20)(\\d)0s\\b", (m, c) -> new String[]{"DATE", m.group(1) + m.group(2)});
        en("\\b(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*(a\\.?m\\.?|p\\.?m\\.?)", (m, c) -> {
            int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            return new String[]{"TIME", REF + "T" + two(Integer.toString(h)) + ":" + (m.group(2) == null ? "00" : m.group(2))};
        });
        en("\\b(noon|midnight)\\b", (m, c) -> new String[]{"TIME", REF + (m.group(1).equalsIgnoreCase("noon") ? "T12:00" : "T24:00")});
        en("\\b(?:every|each)\\s+(day|week|month|year|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
                (m, c) -> set(Map.of("day", "jour", "week", "semaine", "month", "mois", "year", "année", "morning", "matin",
                        "evening", "soir", "night", "nuit").getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT))));
        en("\\b(daily|weekly|monthly|annually|yearly)\\b", (m, c) -> new String[]{"SET", switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            default -> "P1Y";
        }});
        en("\\b(now|currently|at\\s+present|nowadays|recently|formerly|previously|soon|in\\s+the\\s+future|in\\s+the\\s+past)\\b",
                (m, c) -> new String[]{"TIME", ref(m.group(1))});
    }

    private TimeTagger() {
    }

    /** Whether the sentence around {@code pos} speaks of the future ("devrait", "doivent", "will" …). */
    public static boolean futureAt(String text, int pos, String lang) {
        int st = sentenceStart(text, pos);
        int e = sentenceEnd(text, pos);
        int from = Math.max(st, pos - 120);
        int to = Math.min(e, pos + 60);
        if (from >= to) {
            return false;
        }
        return ("en".equals(lang) ? EN_FUTURE : FR_FUTURE).matcher(lower(text.substring(from, to))).find();
    }

    /**
     * The temporal expressions of {@code text}, in text order, without overlaps.
     *
     * @param dct  the document creation time, or null when unknown
     * @param lang "fr", "en" (other languages get the French rules, then the English ones)
     */
    public static List<Timex> tag(String text, LocalDate dct, String lang) {
        return TAGGED.get(new Key(text, dct, lang), k -> List.copyOf(tagAll(k.text(), k.dct(), k.lang())));
    }

    private record Key(String text, LocalDate dct, String lang) {
    }

    /** A text is tagged once: the stages that read its time expressions, and a story rebuilt later, share it. */
    private static final org.revue.analyze.Memo<Key, List<Timex>> TAGGED = new org.revue.analyze.Memo<>(50_000);

    private static List<Timex> tagAll(String text, LocalDate dct, String lang) {
        boolean en = "en".equals(lang);
        Ctx c = new Ctx(text, dct, en);
        List<Cand> cands = new ArrayList<>();
        collect(en ? EN : FR, c, cands);
        if (!en && !"fr".equals(lang)) {
            collect(EN, new Ctx(text, dct, true), cands);
        }
        cands.sort(Comparator.comparingInt(Cand::length).reversed().thenComparingInt(Cand::start));
        boolean[] taken = new boolean[text.length() + 1];
        List<Cand> kept = new ArrayList<>();
        for (Cand k : cands) {
            boolean free = true;
            for (int i = k.start; i < k.end && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = k.start; i < k.end; i++) {
                    taken[i] = true;
                }
                kept.add(k);
            }
        }
        kept.sort(Comparator.comparingInt(Cand::start));
        List<Timex> out = new ArrayList<>(kept.size());
        String last = dct == null ? null : dct.toString();
        for (int i = 0; i < kept.size(); i++) {
            Cand k = kept.get(i);
            String v = k.value;
            if (v.startsWith(REF)) {
                String day = dayInSentence(text, kept, i);
                v = (day != null ? day : last != null ? last : "XXXX-XX-XX") + v.substring(REF.length());
            } else if (isDay(v)) {
                last = v.substring(0, 10);
            }
            out.add(new Timex(k.start, k.end, text.substring(k.start, k.end), k.type, v));
        }
        return out;
    }

    /** The text lower-cased character by character (same length and offsets), no-break spaces as spaces. */
    public static String lower(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char ch = cs[i];
            if (ch == '\u00a0' || ch == '\u202f' || ch == '\u2009') {
                cs[i] = ' ';
            } else if (ch >= 'A' && ch <= 'Z') {
                cs[i] = (char) (ch + 32);
            } else if (ch > 127 && !Character.isSurrogate(ch)) {
                cs[i] = Character.toLowerCase(ch);
            }
        }
        return new String(cs);
    }

    /** A match over the lower-cased copy, seen through the original text's characters. */
    private record Orig(MatchResult m, String text) implements MatchResult {
        public int start() {
            return m.start();
        }

        public int start(int g) {
            return m.start(g);
        }

        public int end() {
            return m.end();
        }

        public int end(int g) {
            return m.end(g);
        }

        public String group() {
            return group(0);
        }

        public String group(int g) {
            int s = m.start(g);
            return s < 0 ? null : text.substring(s, m.end(g)).replace('\u00a0', ' ').replace('\u202f', ' ');
        }

        public int groupCount() {
            return m.groupCount();
        }
    }

    private static void collect(List<Rule> rules, Ctx c, List<Cand> out) {
        int n = c.low.length();
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(c.low);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (r.anchor == 0) {
                scan(r, m, 0, n, c, out);
                continue;
            }
            int ws = -1;
            int we = -1;
            for (int t = 0; t < c.tokens.size(); t++) {
                if ((c.masks.get(t) & r.anchor) == 0) {
                    continue;
                }
                int[] tok = c.tokens.get(t);
                int s = Math.max(0, tok[0] - r.before);
                int e = Math.min(n, tok[1] + r.after);
                if (ws >= 0 && s <= we) {
                    we = Math.max(we, e);
                } else {
                    if (ws >= 0) {
                        scan(r, m, ws, we, c, out);
                    }
                    ws = s;
                    we = e;
                }
            }
            if (ws >= 0) {
                scan(r, m, ws, we, c, out);
            }
        }
    }

    private static void scan(Rule r, Matcher m, int from, int to, Ctx c, List<Cand> out) {
        m.region(from, to);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            {
                String[] tv = r.resolver.resolve(new Orig(m.toMatchResult(), c.text), c);
                if (tv == null || tv[1] == null) {
                    continue;
                }
                int s = m.start(r.spanGroup);
                int e = m.end(r.spanGroup);
                while (e > s && !Character.isLetterOrDigit(c.text.charAt(e - 1))) {
                    e--;
                }
                out.add(new Cand(s, e, tv[0], tv[1]));
            }
        }
    }

    /** The nearest day-precise date of the sentence of candidate i: before it first, else just after it. */
    private static String dayInSentence(String text, List<Cand> kept, int i) {
        int s = sentenceStart(text, kept.get(i).start);
        int e = sentenceEnd(text, kept.get(i).start);
        for (int j = i - 1; j >= 0 && kept.get(j).start >= s; j--) {
            String v = kept.get(j).value;
            if (isDay(v)) {
                return v.substring(0, 10);
            }
        }
        for (int j = i + 1; j < kept.size() && kept.get(j).start < e; j++) {
            String v = kept.get(j).value;
            if (isDay(v)) {
                return v.substring(0, 10);
            }
        }
        return null;
    }

    private static boolean isDay(String v) {
        return v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && Character.isDigit(v.charAt(0))
                && Character.isDigit(v.charAt(8));
    }

    static int sentenceStart(String text, int pos) {
        int i = Math.min(pos, text.length()) - 1;
        while (i > 0) {
            char ch = text.charAt(i);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            i--;
        }
        return 0;
    }

    static int sentenceEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return text.length();
    }

    // ---------------------------------------------------------------- resolvers

    private static String[] dayMonth(Ctx c, int pos, String wd, String day, String month, String year, String rel,
                                     String at, String hh, String mm) {
        int d = day.equalsIgnoreCase("1er") || day.equalsIgnoreCase("premier") ? 1 : Integer.parseInt(day);
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mo == null) {
            return null;
        }
        int y;
        if (year != null) {
            y = year(year);
        } else if (c.dct == null) {
            return withAt(new String[]{"DATE", String.format("XXXX-%02d-%02d", mo, d)}, at, hh, mm);
        } else {
            y = c.dct.getYear();
            LocalDate best = null;
            for (int dy = -1; dy <= 1; dy++) {
                LocalDate cand = safeDate(c.dct.getYear() + dy, mo, d);
                if (cand == null) {
                    continue;
                }
                boolean ok = rel == null || (rel.toLowerCase(Locale.ROOT).startsWith("dernier") ? !cand.isAfter(c.dct) : !cand.isBefore(c.dct));
                if (ok && (best == null || Math.abs(cand.toEpochDay() - c.dct.toEpochDay()) < Math.abs(best.toEpochDay() - c.dct.toEpochDay()))) {
                    best = cand;
                }
            }
            if (best != null) {
                y = best.getYear();
            }
        }
        String v = ymd(y, mo, d);
        return v == null ? null : withAt(new String[]{"DATE", v}, at, hh, mm);
    }

    private static String[] withAt(String[] tv, String at, String hh, String mm) {
        if (at == null) {
            return tv;
        }
        String a = at.toLowerCase(Locale.ROOT);
        String t = a.equals("minuit") ? "T24:00" : hh != null ? "T" + two(hh) + ":" + (mm == null ? "00" : mm) : "T12:00";
        return new String[]{"TIME", tv[1] + t};
    }

    private static String[] monthYear(Ctx c, int pos, String month, String year, String rel, String mod, String all) {
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mo == null) {
            return null;
        }
        String lower = all.toLowerCase(Locale.ROOT);
        // "mai" and "mars" are also words of their own: a bare capitalized one inside a sentence is a name
        if (year == null && rel == null && mod == null && Character.isUpperCase(month.charAt(0)) && pos > 0
                && pos - 2 >= 0 && !".!?\n«\"".contains(String.valueOf(c.text.charAt(Math.max(0, pos - 2))))
                && (lower.equals("mai") || lower.equals("mars") || lower.equals("may") || lower.equals("march"))) {
            return null;
        }
        if (year != null) {
            return new String[]{"DATE", String.format("%04d-%02d", year(year), mo)};
        }
        if (lower.startsWith("mois")) {
            return new String[]{"DATE", String.format("XXXX-%02d", mo)};
        }
        if (c.dct == null) {
            return new String[]{"DATE", String.format("XXXX-%02d", mo)};
        }
        YearMonth now = YearMonth.from(c.dct);
        YearMonth best = null;
        for (int dy = -1; dy <= 1; dy++) {
            YearMonth cand = YearMonth.of(now.getYear() + dy, mo);
            boolean ok = rel == null || (rel.toLowerCase(Locale.ROOT).startsWith("dernier") ? cand.isBefore(now) : cand.isAfter(now));
            if (ok && (best == null || Math.abs(months(cand, now)) < Math.abs(months(best, now))
                    || (Math.abs(months(cand, now)) == Math.abs(months(best, now)) && c.future(pos) == cand.isAfter(now)))) {
                best = cand;
            }
        }
        return new String[]{"DATE", best == null ? String.format("XXXX-%02d", mo) : best.toString()};
    }

    private static long months(YearMonth a, YearMonth b) {
        return (a.getYear() * 12L + a.getMonthValue()) - (b.getYear() * 12L + b.getMonthValue());
    }

    private static String[] weekday(Ctx c, int pos, String ce, String wd, String rel, String part, String at, String hh, String mm) {
        int w = WEEKDAYS.get(wd.toLowerCase(Locale.ROOT));
        String date;
        if (c.dct == null) {
            date = "XXXX-WXX-" + w;
        } else {
            int today = c.dct.getDayOfWeek().getValue();
            String r = rel == null ? null : rel.toLowerCase(Locale.ROOT);
            LocalDate d;
            if ("dernier".equals(r)) {
                int back = (today - w + 7) % 7;
                d = c.dct.minusDays(back == 0 ? 7 : back);
            } else if ("prochain".equals(r)) {
                int fwd = (w - today + 7) % 7;
                d = c.dct.plusDays(fwd == 0 ? 7 : fwd);
            } else if (ce != null || !c.future(pos)) {
                if (ce != null && c.future(pos)) {
                    d = c.dct.plusDays((w - today + 7) % 7);
                } else {
                    d = c.dct.minusDays((today - w + 7) % 7);
                }
            } else {
                d = c.dct.plusDays((w - today + 7) % 7);
            }
            date = d.toString();
        }
        if (part != null) {
            return new String[]{"TIME", date + "T" + PARTS.get(part.toLowerCase(Locale.ROOT))};
        }
        return withAt(new String[]{"DATE", date}, at, hh, mm);
    }

    private static String[] relativeDay(Ctx c, String word, String wd, String part, String at, String hh, String mm) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int delta = switch (w) {
            case "avant-hier" -> -2;
            case "hier" -> -1;
            case "demain" -> 1;
            case "après-demain" -> 2;
            default -> 0;
        };
        String date = c.dct == null ? "XXXX-XX-XX" : c.dct.plusDays(delta).toString();
        if (part != null) {
            return new String[]{"TIME", date + "T" + PARTS.get(part.toLowerCase(Locale.ROOT))};
        }
        return withAt(new String[]{"DATE", date}, at, hh, mm);
    }

    private static String[] relativeUnit(Ctx c, int pos, String mod, String ce, String det, String unit, String rel) {
        String u = unit.toLowerCase(Locale.ROOT);
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        int delta = r.startsWith("derni") || r.startsWith("pass") || r.startsWith("précéd") || r.startsWith("écoul") ? -1
                : r.startsWith("prochain") || r.startsWith("suivant") ? 1 : 0;
        if (ce == null && r.isEmpty()) {
            // "la semaine", "l'année" alone are not anchored; seasons are handled by the season rule
            return null;
        }
        boolean season = u.equals("été") || u.equals("hiver") || u.equals("printemps") || u.equals("automne");
        if (c.dct == null) {
            return new String[]{"DATE", switch (u) {
                case "semaine" -> "XXXX-WXX";
                case "week-end" -> "XXXX-WXX-WE";
                case "mois" -> "XXXX-XX";
                default -> season ? "XXXX-" + seasonCode(u) : "XXXX";
            }};
        }
        LocalDate d = c.dct;
        String v = switch (u) {
            case "semaine", "week-end" -> {
                int dd = delta;
                if (u.equals("week-end") && ce != null && d.getDayOfWeek().getValue() <= 4 && !c.future(pos)) {
                    dd = -1; // "ce week-end" said early in the week, of things done: the one just past
                }
                LocalDate x = d.plusWeeks(dd);
                String wk = String.format("%04d-W%02d", x.get(IsoFields.WEEK_BASED_YEAR), x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                yield u.equals("week-end") ? wk + "-WE" : wk;
            }
            case "mois" -> YearMonth.from(d).plusMonths(delta).toString();
            case "trimestre" -> {
                int q = (d.getMonthValue() - 1) / 3 + delta;
                int y = d.getYear() + Math.floorDiv(q, 4);
                yield y + "-Q" + (Math.floorMod(q, 4) + 1);
            }
            case "siècle" -> String.format("%02d", d.getYear() / 100 + delta);
            default -> season ? (d.getYear() + delta) + "-" + seasonCode(u) : Integer.toString(d.getYear() + delta);
        };
        return new String[]{"DATE", v};
    }

    private static String seasonCode(String u) {
        return switch (u) {
            case "été" -> "SU";
            case "hiver" -> "WI";
            case "printemps" -> "SP";
            default -> "FA";
        };
    }

    private static String[] season(Ctx c, String det, String word, String year, String all) {
        String w = word.toLowerCase(Locale.ROOT).matches("[ée]t[ée]") ? "été" : word.toLowerCase(Locale.ROOT);
        if (w.equals("été") && !word.equals("été") && !word.equals("Été") && !word.equals("Eté")) {
            return null;
        }
        if (w.equals("été") && det == null && Character.isLowerCase(word.charAt(0))) {
            return null; // "a été": the participle
        }
        if (w.equals("été") && det != null && det.toLowerCase(Locale.ROOT).startsWith("l") && year == null) {
            // "l'été" can still be the participle after "l'a": keep only when not preceded by a verb form
            return new String[]{"DATE", c.dct == null ? "XXXX-SU" : c.dct.getYear() + "-SU"};
        }
        String code = seasonCode(w);
        if (year != null) {
            return new String[]{"DATE", year + "-" + code};
        }
        return new String[]{"DATE", "XXXX-" + code};
    }

    private static String[] set(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.endsWith("s") && !u.equals("mois") && !u.equals("ans")) {
            u = u.substring(0, u.length() - 1);
        }
        Integer wd = WEEKDAYS.get(u);
        if (wd != null) {
            return new String[]{"SET", "XXXX-WXX-" + wd};
        }
        return new String[]{"SET", switch (u) {
            case "jour" -> "P1D";
            case "semaine" -> "P1W";
            case "week-end" -> "XXXX-WXX-WE";
            case "mois" -> "P1M";
            case "semestre" -> "P6M";
            case "trimestre" -> "P3M";
            case "matin" -> "XXXX-XX-XXTMO";
            case "soir" -> "XXXX-XX-XXTEV";
            case "nuit" -> "XXXX-XX-XXTNI";
            default -> "P1Y";
        }};
    }

    private static String[] ago(Ctx c, double n, String unit) {
        if (Double.isNaN(n)) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        int k = (int) n;
        if (c.dct == null) {
            return new String[]{"DATE", "PAST_REF"};
        }
        if (u.startsWith("jour")) {
            return new String[]{"DATE", c.dct.minusDays(k).toString()};
        }
        if (u.startsWith("semaine")) {
            LocalDate x = c.dct.minusWeeks(k);
            return new String[]{"DATE", String.format("%04d-W%02d", x.get(IsoFields.WEEK_BASED_YEAR), x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))};
        }
        if (u.startsWith("mois")) {
            return new String[]{"DATE", YearMonth.from(c.dct).minusMonths(k).toString()};
        }
        return new String[]{"DATE", Integer.toString(c.dct.getYear() - k)};
    }

    private static final Pattern AGE_BEFORE = Pattern.compile("(?:\\b(?:âgée?s?|agée?s?)\\s+d['’e]\\s*|\\b(?<!période |durée |peine |terme |plus |moins |près |espace |cours |délai )(?:de|d['’])\\s*)$", FLAGS);

    private static String[] duration(Ctx c, int pos, String num, String unit, String half, String all) {
        String u = unit.toLowerCase(Locale.ROOT);
        String nl = num.toLowerCase(Locale.ROOT).trim();
        boolean years = u.startsWith("an") || u.startsWith("année") || u.startsWith("year");
        if (years && !nl.startsWith("plus") && !nl.startsWith("ces")) {
            // an age ("un homme de 45 ans", "âgé de 30 ans") is not a duration
            String before = c.low.substring(Math.max(0, pos - 20), pos);
            String lowAll = all.toLowerCase(Locale.ROOT);
            if (!lowAll.startsWith("environ") && !lowAll.startsWith("près") && AGE_BEFORE.matcher(before).find()) {
                return null;
            }
            String after = c.text.substring(pos + all.length(), Math.min(c.text.length(), pos + all.length() + 2));
            if (before.endsWith("-") || before.endsWith(", ") && (after.startsWith(",") || after.startsWith(")"))
                    || before.matches("(?s).*\\bles\\s+$") || before.matches("(?s).*\\bles\\s+(?:moins|plus)\\s+de\\s+$")) {
                return null;
            }
        }
        String n;
        boolean vague = false;
        if (nl.equals("plusieurs") || nl.equals("quelques") || nl.equals("des") || nl.startsWith("de ") || nl.startsWith("ces")
                || nl.equals("several") || nl.equals("few") || nl.equals("a few") || nl.equals("many")) {
            if (nl.equals("des") || nl.equals("ces") || nl.equals("many")) {
                // "des jours" is vague but plain: keep only the longer units
                if (!(years || u.startsWith("mois") || u.startsWith("month") || u.startsWith("semaine") || u.startsWith("week")
                        || u.startsWith("jour") || u.startsWith("day") || u.startsWith("décenn") || u.startsWith("siècle"))) {
                    return null;
                }
                if (nl.equals("ces") || nl.equals("des") && !c.text.substring(Math.max(0, pos - 12), pos).toLowerCase(Locale.ROOT).matches(".*\\b(?:depuis|pendant|durant|pour)\\s+$")) {
                    return null;
                }
            }
            n = "X";
            vague = true;
        } else {
            String digits = nl.replaceAll("^une\\s+", "").replaceAll("\\s+d[e'’]\\s*$", "");
            double v = Numbers.parse(digits);
            if (v == 1 && (u.equals("jour") || u.equals("day"))) {
                return null; // "un jour": some day
            }
            if (Double.isNaN(v) || v <= 0) {
                return null;
            }
            if (nl.matches("\\d+") && v > 1000) {
                return null;
            }
            n = Numbers.format(v);
            if (half != null && !vague) {
                String h = half.toLowerCase(Locale.ROOT);
                if (u.startsWith("heure")) {
                    return new String[]{"DURATION", "PT" + n + "H" + (h.startsWith("demi") ? "30M" : "15M")};
                }
                if (years) {
                    return new String[]{"DURATION", "P" + Numbers.format(v * 12 + (h.startsWith("demi") ? 6 : 3)) + "M"};
                }
            }
        }
        String v;
        if (u.startsWith("seconde") || u.startsWith("second")) {
            v = "PT" + n + "S";
        } else if (u.startsWith("minute")) {
            v = "PT" + n + "M";
        } else if (u.startsWith("heure") || u.startsWith("hour")) {
            v = "PT" + n + "H";
        } else if (u.startsWith("jour") || u.startsWith("day")) {
            v = "P" + n + "D";
        } else if (u.startsWith("semaine") || u.startsWith("week")) {
            v = "P" + n + "W";
        } else if (u.startsWith("mois") || u.startsWith("month")) {
            v = "P" + n + "M";
        } else if (u.startsWith("trimestre")) {
            v = vague ? "PXM" : "P" + Numbers.format(Double.parseDouble(n) * 3) + "M";
        } else if (u.startsWith("semestre")) {
            v = vague ? "PXM" : "P" + Numbers.format(Double.parseDouble(n) * 6) + "M";
        } else if (u.startsWith("décenn") || u.startsWith("decade")) {
            v = "P" + n + "DE";
        } else if (u.startsWith("siècle") || u.startsWith("centur")) {
            v = "P" + n + "CE";
        } else {
            v = "P" + n + "Y";
        }
        return new String[]{"DURATION", v};
    }

    private static String ref(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.matches("auparavant|autrefois|récemment|naguère|jadis|nouvellement|dans le passé|recently|formerly|previously|in the past")) {
            return "PAST_REF";
        }
        if (l.matches("bientôt|prochainement|à l['’]avenir|dans l['’]avenir|soon|in the future")) {
            return "FUTURE_REF";
        }
        return "PRESENT_REF";
    }

    private static String dctOr(Ctx c) {
        return c.dct == null ? "XXXX-XX-XX" : c.dct.toString();
    }

    private static int year(String y) {
        String t = y.replace("'", "");
        int v = Integer.parseInt(t);
        if (t.length() == 2) {
            v += v < 40 ? 2000 : 1900;
        }
        return v;
    }

    private static String ymd(int y, int m, int d) {
        LocalDate x = safeDate(y, m, d);
        return x == null ? null : x.toString();
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String two(String h) {
        return h.length() == 1 ? "0" + h : h;
    }

    /** Unused weekday helper kept for symmetry with {@link DayOfWeek}. */
    static DayOfWeek dayOf(String w) {
        Integer v = WEEKDAYS.get(w.toLowerCase(Locale.ROOT));
        return v == null ? null : DayOfWeek.of(v);
    }
}

package org.revue.server.web;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The interface language of one request, French or English: {@code ?ui=} (remembered in a cookie), else the
 * cookie, else Accept-Language. Gives the messages and the dates in that locale.
 */
final class Ui {
    static final String COOKIE = "revue_lang";

    final String lang;
    final Locale locale;
    private final Map<String, String> messages;
    private final DateTimeFormatter medium;
    private final DateTimeFormatter dayMonth;

    private Ui(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.messages = lang.equals("fr") ? Messages.FR : Messages.EN;
        this.medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofPattern(lang.equals("fr") ? "d MMM" : "MMM d", locale);
    }

    static final Ui EN = new Ui("en");
    static final Ui FR = new Ui("fr");

    /** The interface switch's parameter ({@code lang} is the front page's language filter, as in the API). */
    static final String PARAM = "ui";

    static Ui of(Context ctx) {
        String p = ctx.queryParam(PARAM);
        if ("fr".equals(p) || "en".equals(p)) {
            ctx.cookie(new io.javalin.http.Cookie(COOKIE, p, "/", 365 * 24 * 3600, false, true, null,
                    io.javalin.http.SameSite.LAX));
            return of(p);
        }
        String c = ctx.cookie(COOKIE);
        if ("fr".equals(c) || "en".equals(c)) {
            return of(c);
        }
        return of(fromAccept(ctx.header("Accept-Language")));
    }

    static Ui of(String lang) {
        return "fr".equals(lang) ? FR : EN;
    }

    /** The first of fr/en in the header's preference order (q values), else en. */
    static String fromAccept(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        String best = "en";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] f = part.strip().split(";");
            String tag = f[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < f.length; i++) {
                String x = f[i].strip();
                if (x.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(x.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String l = tag.startsWith("fr") ? "fr" : tag.startsWith("en") ? "en" : null;
            if (l != null && q > bestQ) {
                best = l;
                bestQ = q;
            }
        }
        return best;
    }

    /** The message, with {0}, {1}… replaced by the arguments (not escaped: callers escape). */
    String t(String key, Object... args) {
        String m = messages.getOrDefault(key, Messages.EN.getOrDefault(key, key));
        for (int i = 0; i < args.length; i++) {
            m = m.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return m;
    }

    /** "1 article" / "3 articles": key.one or key.many. */
    String n(int n, String key) {
        return t(key + (n == 1 ? ".one" : ".many"), n);
    }

    String date(LocalDate d) {
        return d == null ? t("undated") : medium.format(d);
    }

    /** "14 – 16 Oct 2025", or one date. */
    String span(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return date(a != null ? a : b);
        }
        if (a.equals(b)) {
            return date(a);
        }
        String first = a.getYear() == b.getYear() ? dayMonth.format(a) : date(a);
        return first + " – " + date(b);
    }

    /** {@code <time>} element with the ISO date and its local form. */
    String time(LocalDate d) {
        return d == null ? Html.esc(t("undated")) : "<time datetime=\"" + d + "\">" + Html.esc(date(d)) + "</time>";
    }
}

package org.revue.extract;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata a page shows its readers but does not declare in its tags: the byline ("By Jane Doe", an element
 * classed as author) and the date line ("Published March 5, 2025", a short line that is a date near the top).
 * Read from the page's blocks before pruning, only for what the tags left missing.
 */
final class Visible {
    private Visible() {
    }

    /** A byline: a cue, then one to four names of capitalized words, joined by commas, "and" or "&". */
    private static final Pattern BYLINE = Pattern.compile("(?u)^(?i:(?:written|posted|reviewed|published|words|text|story)\\s+by|"
            + "by|par|von|por|di|author\\s*:|auteur\\s*:|autor\\s*:)\\s+"
            + "((?:Dr\\.?\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|da|del|di|le|la|du|bin)){0,4}"
            + "(?:\\s*(?:,|and|&|und|et|y)\\s+(?:Dr\\.?\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|da|del|di|le|la|du)){0,4}){0,4})");
    /** Capitalized words only: a name. */
    private static final Pattern NAME = Pattern.compile("(?u)^(?:Dr\\.?\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|da|del|di|le|la|du)){1,4}$");
    /** A team signing as the author: "The Upwork Team", "Podium Staff". */
    private static final Pattern TEAM = Pattern.compile("(?u)^(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\d.&'’\\-]*\\s+){1,3}(?:Team|Staff|Editors|Editorial Team)$");
    /** Words that make a short text a label, not a name (with "team" and "staff", below). */
    private static final String LABEL_WORDS = "about|more|posts|articles|view|profile|follow|"
            + "share|contact|read|author|authors|written|updated|published|minutes?|min|role|rights|reserved|"
            + "copyright|privacy|policy|terms|cookies?|case|solutions|products|services|home|menu|search|category|tags";
    private static final Pattern NOT_NAME = Pattern.compile("(?iu)\\b(" + LABEL_WORDS + "|team|staff)\\b");
    /** After an explicit "By", a team is an author too ("By the Upwork Team", "By Podium Staff"). */
    private static final Pattern NOT_NAME_CUED = Pattern.compile("(?iu)\\b(" + LABEL_WORDS + ")\\b|^(?:the\\s+)?(?:team|staff)$");

    /**
     * How many blocks after the headline the byline and the date line are looked for: pages put a table of
     * contents, a summary box or a gallery between the headline and them (40 found 0.5 % fewer dates, 2 % fewer authors).
     */
    static final int NEAR_AFTER = 100;

    static void complete(HtmlMetadata meta, List<HtmlExtractor.Block> blocks) {
        boolean monthFirst = DateParser.monthFirst(meta.lang);
        // the byline and the date line are near the headline: from a little above it to a little below
        // the headline: the heading that reads as the title, else the first h1 (not a logo or a menu set as h1)
        int h1 = -1;
        String title = meta.headline == null ? null : HtmlMetadata.norm(meta.headline);
        for (int i = 0; i < blocks.size(); i++) {
            HtmlExtractor.Block b = blocks.get(i);
            if (title != null && b.heading() && b.length() < 400 && HtmlMetadata.norm(b.text()).equals(title)) {
                h1 = i;
                break;
            }
            if (h1 < 0 && b.tag().equals("h1")) {
                h1 = i;
            }
        }
        int from = h1 < 0 ? 0 : Math.max(0, h1 - 15);
        int to = h1 < 0 ? Math.max(40, blocks.size() * 2 / 3) : h1 + NEAR_AFTER;
        List<HtmlExtractor.Block> near = blocks.subList(from, Math.min(to, blocks.size()));
        if (HtmlPruner.DEBUG) {
            System.err.printf("h1 at %d of %d blocks%n", h1, blocks.size());
            near.forEach(b -> System.err.println("  near: " + b.tag() + " " + b.text().substring(0, Math.min(80, b.text().length()))));
        }
        List<HtmlExtractor.Block> wide = blocks;
        if (meta.author == null) {
            meta.author = HtmlMetadata.author(author(near, true));
        } else if (meta.authorIsOrganization) {
            String person = HtmlMetadata.author(author(near, true)); // the byline of a person, rather than the publisher
            if (person != null) {
                meta.author = person;
            }
        }
        if (meta.author == null) {
            meta.author = HtmlMetadata.author(author(wide, false)); // a "By …" line further away, not a bare name
        }
        if (meta.author == null && meta.authorLink != null && (NAME.matcher(meta.authorLink).matches()
                && !NOT_NAME.matcher(meta.authorLink).find() || TEAM.matcher(meta.authorLink).matches())) {
            meta.author = meta.authorLink; // the text of a link to the author's page
        }
        if (meta.published == null) {
            meta.published = date(near, true, true, monthFirst);
        } else if (h1 >= 0) {
            // a date shown right under the headline is the one the publisher gives readers; tags often
            // carry the CMS's first draft or a time zone's other day (not for an "Updated …" line)
            List<HtmlExtractor.Block> header = blocks.subList(Math.max(0, h1 - 1), Math.min(blocks.size(), h1 + HEADER));
            LocalDate shown = date(header, true, false, monthFirst);
            if (shown != null && !shows(header, meta.published) && !updatedLine(header, shown, monthFirst)) {
                meta.published = shown;
            }
        }
        if (meta.published == null) {
            meta.published = meta.ldPublished; // the JSON-LD date, after the dates the page shows
        }
        if (meta.published == null) {
            meta.published = date(wide, false, true, monthFirst); // a "Published …" line further away, not a bare date
        }
        if (meta.published != null && meta.ldPublished != null && swapped(meta.published, meta.ldPublished)) {
            meta.published = meta.ldPublished; // a numeric date read the wrong way round: JSON-LD's is ISO
        }
        if (meta.modified == null) {
            meta.modified = modified(near, monthFirst);
        }
    }

    /** The date of the last change a date line near the headline gives ("Publié le … - Modifié le …"). */
    private static LocalDate modified(List<HtmlExtractor.Block> blocks, boolean monthFirst) {
        for (HtmlExtractor.Block b : blocks) {
            String t = b.text();
            if (t.length() <= 160 && hasYear(t) && Cues.hasPublishCue(t)) {
                LocalDate d = Cues.modified(t, DateParser.findAll(t, monthFirst));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String author(List<HtmlExtractor.Block> blocks, boolean bare) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (t.length() > 120) {
                continue;
            }
            Matcher m = BYLINE.matcher(t);
            if (m.find()) {
                String name = m.group(1).strip().replaceAll("[,.]$", "");
                if (!NOT_NAME_CUED.matcher(name).find()) {
                    return name;
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (t.length() > 100) {
                continue;
            }
            if (i + 1 < blocks.size() && AUTHOR_LABEL.matcher(t).matches()) {
                String next = firstName(blocks.get(i + 1).text().strip());
                if (next != null) {
                    return next; // "Written by" then the name in its own element
                }
            }
            if (bare && hasYear(t) && !DateParser.findAll(t).isEmpty()) {
                Matcher m = INLINE_BYLINE.matcher(t);
                if (m.find() && !NOT_NAME_CUED.matcher(m.group(1)).find()) {
                    return m.group(1).strip(); // "Published August 7, 2023 by Jane Doe"
                }
                for (String part : SEPARATOR.split(t)) {
                    String name = firstName(part.strip().replaceFirst("(?iu)\\s+on behalf of.*$", ""));
                    if (name != null && DateParser.findAll(part).isEmpty()) {
                        return name; // "Jane Doe | Senior Writer | July 2, 2024"
                    }
                }
            }
        }
        for (int i = 0; i < (bare ? blocks.size() : 0); i++) {
            HtmlExtractor.Block b = blocks.get(i);
            String t = b.text().strip();
            if (t.length() > 60 || !NAME.matcher(t).matches() || NOT_NAME.matcher(t).find()) {
                continue;
            }
            for (Element e = b.owner(); e != null && e.parent() != null; e = e.parent()) {
                if (authorClass(e)) {
                    return t;
                }
                if (e.normalName().equals("article") || e.normalName().equals("body")) {
                    break;
                }
            }
        }
        return null;
    }

    /** A label that stands before the author's name, in an element of its own. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)^(?:(?:written|posted|article|story|words|authored)\\s+by|"
            + "by|author|authors|autor|autorin|auteur|auteurs|verfasst von|geschrieben von|écrit par|escrito por)\\s*:?$");
    /** "by Jane Doe" inside a line (a date line): the name runs to the end of the line or to a separator. */
    private static final Pattern INLINE_BYLINE = Pattern.compile("(?u)(?:^|[\\s|·•,–—])(?i:by|von|par|por)\\s+"
            + "((?:Dr\\.?\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|da|del|di|le|la|du)){1,3})"
            + "\\s*(?:$|[|·•,–—(])");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");

    /** A short text that is a name ("Jane Doe", "Jane Doe, MD"), without its credentials; else null. */
    private static String firstName(String t) {
        if (t.length() > 60) {
            return null;
        }
        int comma = t.indexOf(',');
        String n = comma > 0 ? t.substring(0, comma).strip() : t;
        return NAME.matcher(n).matches() && !NOT_NAME.matcher(n).find() ? n : null;
    }

    private static boolean byline(HtmlExtractor.Block b) {
        return b.length() <= 120 && BYLINE.matcher(b.text().strip()).find();
    }

    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|meta|byline|posted|published");

    /** Whether an element's class or id names a date or the post's meta data ("post-meta", "entry-date"). */
    private static boolean dateClass(Element e) {
        return e.attributesSize() > 0 && DATE_CLASS.matcher(Attrs.className(e) + " " + Attrs.id(e)).find();
    }

    private static boolean authorClass(Element e) {
        String n = (Attrs.className(e) + " " + Attrs.id(e) + " " + Attrs.get(e, "itemprop") + " " + Attrs.get(e, "rel")).toLowerCase(Locale.ROOT);
        return n.contains("author") || n.contains("byline");
    }

    /** Whether the text has four digits in a row (a year): the dates read here all have one. */
    static boolean hasYear(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks from the headline on that are its header (the headline, a standfirst or byline, a date line), after
     * the one block above it (a kicker or date line). On WCXB dev, taking a date shown there over the meta tags' date
     * put the right date on 1 % more pages (0.8923 → 0.9044, with the two changes below); a wider header, on 3 % fewer.
     */
    static final int HEADER = 3;

    /** Whether a short line of the blocks shows the date, or the date read the other way round ("03/01/2017"). */
    private static boolean shows(List<HtmlExtractor.Block> blocks, LocalDate date) {
        for (HtmlExtractor.Block b : blocks) {
            String t = b.text();
            if (t.length() <= 160 && hasYear(t)) {
                for (DateParser.Found f : DateParser.findAll(t)) {
                    if (f.date().equals(date) || swapped(f.date(), date)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A class token that names an update ("updated", "date-updated", "updated-on"). */
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|.+-updated|updated-.+");

    /**
     * Whether the line showing the date is classed as an update (its element, its three nearest ancestors, or the
     * element inside it holding the date): the tags' publication date stays then, as for a line saying "Updated".
     */
    private static boolean updatedLine(List<HtmlExtractor.Block> blocks, LocalDate date, boolean monthFirst) {
        for (HtmlExtractor.Block b : blocks) {
            String t = b.text();
            if (t.length() > 160 || !hasYear(t) || DateParser.findAll(t, monthFirst).stream().noneMatch(f -> f.date().equals(date))) {
                continue;
            }
            Element e = b.owner();
            for (int k = 0; k < 4 && e != null; k++, e = e.parent()) {
                if (Attrs.classToken(e, UPDATED)) {
                    return true;
                }
            }
            for (Element d : b.owner().getAllElements()) {
                if (d != b.owner() && Attrs.classToken(d, UPDATED) && DateParser.findAll(d.text(), monthFirst).stream().anyMatch(f -> f.date().equals(date))) {
                    return true; // the date itself in an element classed as an update ("<time class='updated'>")
                }
            }
        }
        return false;
    }

    /** Whether two dates are one numeric date read month-first and day-first ("03/01/2017"). */
    static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue();
    }

    /**
     * The date line among the blocks: a "Published …" line first; with {@code bare}, a short line that is mostly a
     * date; with {@code updatedToo}, a "Last updated …" line when nothing else.
     */
    private static LocalDate date(List<HtmlExtractor.Block> blocks, boolean bare, boolean updatedToo, boolean monthFirst) {
        LocalDate plain = null, updated = null;
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (t.length() > 160) {
                continue;
            }
            if (!hasYear(t)) {
                continue;
            }
            List<DateParser.Found> found = DateParser.findAll(t, monthFirst);
            if (found.isEmpty()) {
                continue;
            }
            if (Cues.hasPublishCue(t)) {
                for (DateParser.Found f : found) {
                    if (Cues.publishedBefore(t.substring(0, f.start()))) {
                        return f.date();
                    }
                }
                if (!t.toLowerCase(Locale.ROOT).matches("(?s).*(updated|modifié|mis à jour|aktualisiert|actualizado).*")) {
                    return found.get(0).date();
                }
                if (bare && updatedToo && updated == null) {
                    updated = found.get(0).date(); // "Last updated: …": the only date some pages show
                }
                continue;
            }
            int covered = found.get(0).end() - found.get(0).start();
            if (!bare && t.length() <= 80 && covered * 3 >= Cues.letters(t) && (i > 0 && byline(blocks.get(i - 1))
                    || i + 1 < blocks.size() && byline(blocks.get(i + 1)))) {
                return found.get(0).date(); // a date line beside the byline, wherever they are on the page
            }
            if (bare && plain == null && t.length() <= 100 && dateClass(blocks.get(i).owner())) {
                plain = found.get(0).date(); // a short line in an element named for the date or the post's meta data
            }
            if (bare && plain == null && (t.length() <= 80 && covered * 3 >= Cues.letters(t)
                    || t.length() <= 100 && found.get(0).start() <= 2)) {
                plain = found.get(0).date(); // a line that is mostly a date, or opens with one, near the top
            }
        }
        return plain != null ? plain : updated;
    }
}

package org.revue.extract;

import org.revue.model.Paragraph;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans scraped article text at line level: drops related-content teasers, sign-up blocks, link debris,
 * captions with credits, agency tags, rubric labels and datelines (reading the publication date from them),
 * tells headings from body paragraphs, and joins a paragraph that a removed block cut in two.
 */
public final class TextCleaner {

    private static final Pattern DATELINE_FILLER = Pattern.compile(
            "(?iu)\\b(le|la|à|a|at|on|am|el|il|\\d{1,2}[:h]\\d{2}|h|,|-|\\|)\\b");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?…]\\s+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /** One line of input; {@code heading} when the markup said so (HTML h2–h6). */
    public record Line(String text, boolean heading) {
    }

    /** Lines of scraped text, title on the first non-empty line. */
    public Extracted clean(String text) {
        return clean(text, true);
    }

    /** Lines of scraped text; {@code firstIsTitle} false when the title is known apart. */
    public Extracted clean(String text, boolean firstIsTitle) {
        List<Line> lines = new ArrayList<>();
        for (String l : text.split("\r\n|\r|\n|\u2028|\u2029")) {
            lines.add(new Line(l, false));
        }
        return clean(lines, firstIsTitle);
    }

    /**
     * @param firstIsTitle whether the first line may be the title (plain text); HTML passes its title apart
     */
    public Extracted clean(List<Line> raw, boolean firstIsTitle) {
        List<Line> lines = normalize(raw);
        State st = new State();
        List<Block> kept = new ArrayList<>();
        int newsletterAt = -100;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (Cues.onlyLinks(t)) {
                newsletterAt = i;
                continue;
            }
            t = Cues.unlink(t).strip();
            if (Cues.letters(t) == 0) {
                continue;
            }
            if (st.skipNext) {
                st.skipNext = false;
                continue;
            }
            switch (Cues.marker(t)) {
                case WHOLE -> {
                    st.related = true;
                    continue;
                }
                case OPEN -> {
                    st.skipNext = true;
                    continue;
                }
                case INLINE -> {
                    continue;
                }
                default -> {
                }
            }
            if (st.related) {
                if (looksBody(t)) {
                    st.related = false;
                    if (!st.pending.isEmpty()) {
                        String h = st.pending.get(st.pending.size() - 1);
                        if (headingLike(h)) {
                            kept.add(new Block(h, Kind.HEADING, i));
                        }
                        st.pending.clear();
                    }
                } else {
                    if (Cues.words(t) <= 20 && !Cues.truncated(t) && DateParser.findAll(t).isEmpty()) {
                        st.pending.add(t);
                    }
                    continue;
                }
            }
            if (Cues.newsletter(t)) {
                dropSandwich(kept, newsletterAt, i);
                newsletterAt = i;
                continue;
            }
            if (Cues.agencySignature(t) || Cues.photoCredit(t) || Cues.byline(t)) {
                continue;
            }
            if (dateline(t, st)) {
                continue;
            }
            Kind k = line.heading() ? Kind.HEADING : headingLike(t) ? Kind.HEADING : Kind.BODY;
            kept.add(new Block(t, k, i));
        }
        return assemble(kept, firstIsTitle, st);
    }

    private enum Kind { HEADING, BODY }

    private record Block(String text, Kind kind, int line) {
    }

    private static final class State {
        boolean related;
        boolean skipNext;
        final List<String> pending = new ArrayList<>();
        LocalDate published;
        boolean publishedCue;
        LocalDate modified;
        String source;
    }

    /** Lines between two sign-up lines a few lines apart are part of the same form. */
    private static void dropSandwich(List<Block> kept, int previous, int now) {
        if (now - previous > 8) {
            return;
        }
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            if (last.line() <= previous || looksBody(last.text()) && Cues.words(last.text()) > 25) {
                return;
            }
            kept.remove(kept.size() - 1);
        }
    }

    /** A short line that is mostly a date, or a date with a publication cue: read it, drop it. */
    private static boolean dateline(String t, State st) {
        if (Cues.words(t) > 18) {
            return false;
        }
        List<DateParser.Found> dates = DateParser.findAll(t);
        if (dates.isEmpty()) {
            return false;
        }
        int covered = 0;
        for (DateParser.Found f : dates) {
            covered += f.end() - f.start();
        }
        boolean cue = Cues.hasPublishCue(t);
        String rest = DATELINE_FILLER.matcher(t).replaceAll(" ");
        boolean mostlyDate = covered * 2 >= Cues.letters(t) || Cues.letters(rest) - covered <= 12;
        if (!cue && !mostlyDate) {
            return false;
        }
        DateParser.Found pick = dates.get(0);
        boolean pickCue = false;
        for (DateParser.Found f : dates) {
            if (Cues.publishedBefore(t.substring(0, f.start()))) {
                pick = f;
                pickCue = true;
                break;
            }
        }
        if (st.published == null || pickCue && !st.publishedCue) {
            st.published = pick.date();
            st.publishedCue = pickCue;
        }
        if (st.modified == null && cue) {
            st.modified = Cues.modified(t, dates);
        }
        int bar = t.lastIndexOf('|');
        if (st.source == null && bar >= 0) {
            String src = t.substring(bar + 1).strip();
            if (!src.isEmpty() && Cues.words(src) <= 5 && DateParser.findAll(src).isEmpty()) {
                st.source = src;
            }
        }
        return true;
    }

    /**
     * How many headline-like lines in a row, before the first paragraph of running text, make a list of other
     * news (a scraped page's menu of teasers above the article) rather than a kicker, a title and a standfirst.
     */
    static final int TEASER_RUN = 4;

    /** Where the article starts after a leading list of teasers: the last headline-like line before the body is its title. */
    private static int afterTeasers(List<Block> kept) {
        int k = 0;
        while (k < kept.size() && headline(kept.get(k).text())) {
            k++;
        }
        if (k > TEASER_RUN && k < kept.size() && looksBody(kept.get(k).text())) {
            return k - 1;
        }
        return 0;
    }

    private Extracted assemble(List<Block> kept, boolean firstIsTitle, State st) {
        String title = null;
        int from = firstIsTitle ? afterTeasers(kept) : 0;
        if (firstIsTitle && from == 0 && kept.size() > 1 && Cues.words(kept.get(0).text()) <= 3 && headingLike(kept.get(0).text())
                && titleLike(kept.get(1).text()) && !looksBody(kept.get(1).text())) {
            from = 1; // a rubric label above the title
        }
        if (firstIsTitle && kept.size() > from && titleLike(kept.get(from).text())) {
            title = kept.get(from).text();
            from++;
        }
        List<Paragraph> out = new ArrayList<>();
        boolean seenBody = false;
        Block prev = null;
        for (int i = from; i < kept.size(); i++) {
            Block b = kept.get(i);
            String t = b.text();
            if (!seenBody && b.kind() == Kind.HEADING && Cues.words(t) <= 3 && !nextStartsLower(kept, i)) {
                continue; // a rubric label above the article
            }
            if (prev != null && !out.isEmpty() && startsLower(t) && !Cues.endsSentence(prev.text())) {
                Paragraph last = out.remove(out.size() - 1);
                String joined = last.text() + " " + t;
                out.add(Paragraph.body(joined));
                prev = new Block(joined, Kind.BODY, b.line());
                seenBody = true;
                continue;
            }
            if (b.kind() == Kind.BODY) {
                if (!seenBody || out.size() < 3) {
                    t = Cues.stripKicker(t);
                }
                seenBody = true;
                out.add(Paragraph.body(t));
            } else {
                out.add(Paragraph.heading(t));
            }
            prev = b;
        }
        while (!out.isEmpty() && !out.get(out.size() - 1).isBody()) {
            out.remove(out.size() - 1); // a heading with nothing under it
        }
        return new Extracted(title, st.published, st.modified, null, st.source, null, null, out);
    }

    private static boolean nextStartsLower(List<Block> kept, int i) {
        return i + 1 < kept.size() && startsLower(kept.get(i + 1).text());
    }

    static boolean startsLower(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** A paragraph of running text: long enough, ends like a sentence, not a truncated teaser. */
    static boolean looksBody(String t) {
        return Cues.words(t) >= 12 && Cues.endsSentence(t) && !Cues.truncated(t);
    }

    /** A short line that does not end like a sentence: a heading. */
    static boolean headingLike(String t) {
        int w = Cues.words(t);
        if (w == 0 || w > 16 || Cues.truncated(t)) {
            return false;
        }
        String s = t.strip();
        char last = s.charAt(s.length() - 1);
        if (last == '?' || last == '!') {
            return w <= 10;
        }
        return !Cues.endsSentence(s) && ",;:".indexOf(last) < 0;
    }

    /** A line that could head an article: not too long, not ended by a full stop (questions and quotes may be). */
    private static boolean headline(String t) {
        int w = Cues.words(t);
        String s = t.strip();
        return w > 0 && w <= 30 && (!s.endsWith(".") || s.endsWith("...")) && !Cues.truncated(s);
    }

    /** A title: one sentence at most, not too long. */
    static boolean titleLike(String t) {
        int w = Cues.words(t);
        if (w == 0 || w > 30) {
            return false;
        }
        String s = t.strip();
        if (w > 12 && INNER_SENTENCE_END.matcher(s).find()) {
            return false; // several sentences: a lead paragraph
        }
        return !s.endsWith(".") || s.endsWith("..."); // press titles do not end with a full stop
    }

    private static List<Line> normalize(List<Line> raw) {
        List<Line> out = new ArrayList<>(raw.size());
        for (Line l : raw) {
            String t = l.text();
            if (t == null) {
                continue;
            }
            t = Normalizer.normalize(t, Normalizer.Form.NFC)
                    .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\t', ' ')
                    .replace("\u200B", "").replace("\uFEFF", "")
                    .strip();
            t = SPACES.matcher(t).replaceAll(" ");
            if (!t.isEmpty()) {
                out.add(new Line(t, l.heading()));
            }
        }
        return out;
    }
}

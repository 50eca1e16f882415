package org.revue.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.revue.model.Paragraph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Article text and metadata from an HTML page.
 *
 * <ol>
 *   <li>Metadata first ({@link HtmlMetadata}), from the untouched page.</li>
 *   <li>Pruning ({@link HtmlPruner}): elements that are never article text (scripts, navigation, forms,
 *   captions…) and elements whose class/id names page furniture (share bars, related links, comments…).</li>
 *   <li>Blocks: the page cut into text blocks (paragraphs, headings, list items, cells, and text directly in a
 *   div), each with its count of characters inside links.</li>
 *   <li>The article container: the element that maximizes the text of its good blocks (long, few links)
 *   minus the text of its link lists (a subtree with the article and little navigation); class names that
 *   say "article body" give a bonus. When it holds too little text, the whole page is used.</li>
 *   <li>The lead: running text between the headline and the container (a standfirst set apart from the
 *   body's element) is kept before the body.</li>
 *   <li>Within the container, blocks that are link lists or furniture phrases are dropped, and so are the
 *   blocks after the last paragraph of running text, except short closing paragraphs beside it; the rest goes
 *   through the line rules of {@link Cues} ({@link LineFilter}: teasers, sign-up and promotion lines, credits,
 *   date lines, disclaimers).</li>
 * </ol>
 */
public final class HtmlExtractor {
    // selectors parsed once
    static final org.jsoup.select.Evaluator H1 = org.jsoup.select.QueryParser.parse("h1");
    static final org.jsoup.select.Evaluator SUB_HEADINGS = org.jsoup.select.QueryParser.parse("h2, h3, h4, h5, h6");
    private static final org.jsoup.select.Evaluator LINK = org.jsoup.select.QueryParser.parse("a[href]");

    /** One block of text and the element that holds it. */
    record Block(Element owner, String text, int linkChars, String tag) {
        int length() {
            return text.length();
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean heading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }
    }

    public Extracted extract(String html, String baseUri) {
        Document doc = Jsoup.parse(RawContent.strip(html), baseUri == null ? "" : baseUri);
        HtmlMetadata meta = HtmlMetadata.read(doc, baseUri);
        Element body = doc.body();
        List<Block> all = Blocks.of(body);
        Visible.complete(meta, all);
        HtmlPruner.prune(body, all, meta.headline);
        List<Block> blocks = Blocks.of(body);
        Element root = container(body, blocks);
        if (HtmlPruner.DEBUG) {
            System.err.printf("container %s.%s#%s; %d blocks%n", root.normalName(), root.className(), root.id(), blocks.size());
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        LineFilter filter = new LineFilter();
        boolean titleSeen = false;
        int bodyChars = 0;
        int lastGood = -1;
        boolean[] in = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            in[i] = inside(blocks.get(i).owner(), root, body);
            if (in[i] && weight(blocks.get(i)) > 0) {
                lastGood = i;
            }
        }
        boolean[] lead = lead(blocks, in, all, root, body, meta.headline);
        Map<Element, Boolean> headers = new IdentityHashMap<>();
        filter.datedEntries = LineFilter.dateLines(blocks) >= 3;
        boolean tailRun = true;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (lead[i]) {
                if (HtmlPruner.DEBUG) {
                    System.err.println("block LEAD " + b.tag() + " " + b.text().replace('\n', '|'));
                }
                for (String part : b.text().split("\n")) {
                    part = nfc(part.strip());
                    if (!part.isEmpty() && filter.keep(part)) {
                        paragraphs.add(Paragraph.body(part));
                    }
                }
                continue;
            }
            if (HtmlPruner.DEBUG) {
                System.err.printf("block %s %s w=%.0f ld=%.2f %s%n", !in[i] ? "OUT"
                        : i > lastGood && lastGood >= 0 && !trailingKeep(b) ? "TAIL?" : keep(b) ? "in" : "DROP",
                        b.tag(), weight(b), b.linkDensity(), b.text().replace('\n', '|'));
            }
            if (!in[i]) {
                continue;
            }
            if (i > lastGood && lastGood >= 0 && !trailingKeep(b)) {
                if (tailRun && b.tag().equals("p") && b.owner().parent() == blocks.get(lastGood).owner().parent()
                        && b.linkDensity() < 0.5) {
                    // a short closing paragraph beside the last one: the end of the text, a sign-off; not a
                    // label that opens what follows ("More topics:"), unless it introduces a list that is kept
                    if (b.text().endsWith(":") && !(i + 1 < blocks.size() && blocks.get(i + 1).tag().equals("li")
                            && keep(blocks.get(i + 1)))) {
                        continue;
                    }
                } else {
                    tailRun = false;
                    continue; // after the last paragraph of running text: bio, tags, dates, sharing, contact lines
                }
            }
            String t = b.text();
            if (!titleSeen && b.tag().equals("h1") && meta.headline != null
                    && HtmlMetadata.norm(t).equals(HtmlMetadata.norm(meta.headline))) {
                titleSeen = true;
                continue; // the headline is metadata, not body text
            }
            if (b.heading() && t.length() < 80 && bodyChars >= 400 && Furniture.endOfArticle(t)) {
                break; // "Comments", "Leave a reply", "Related articles": what follows is not the article
            }
            if (!keep(b) || weight(b) <= 0 && inHeadlineHeader(b, headers)) {
                continue;
            }
            if (weight(b) > 0) {
                bodyChars += b.length();
            }
            filter.inList = LISTS.contains(b.tag());
            for (String part : t.split("\n")) {
                part = nfc(part.strip());
                if (!part.isEmpty() && filter.keep(part)) {
                    paragraphs.add(b.heading() && !b.tag().equals("h1") ? Paragraph.heading(part) : Paragraph.body(part));
                }
            }
        }
        while (!paragraphs.isEmpty() && !paragraphs.get(paragraphs.size() - 1).isBody()) {
            paragraphs.remove(paragraphs.size() - 1); // a heading with nothing under it
        }
        paragraphs = withoutRepeats(paragraphs);
        if (meta.ldBody != null && fromJsonLd(meta.ldBody, paragraphs)) {
            paragraphs = new ArrayList<>();
            for (String part : meta.ldBody.split("\\s*\\n\\s*")) {
                part = nfc(part.strip());
                if (!part.isEmpty()) {
                    paragraphs.add(Paragraph.body(part));
                }
            }
        }
        java.time.LocalDate modified = meta.modified != null ? meta.modified : filter.modified;
        java.time.LocalDate published = meta.published != null ? meta.published
                : filter.published != null ? filter.published : modified; // last modified: the only date some pages give
        return new Extracted(meta.title, published, modified,
                meta.author, meta.site, blankToNull(meta.lang), meta.canonical, paragraphs);
    }

    /**
     * The line rules of scraped text ({@link Cues}) that apply to the blocks of a page too: "Lire aussi / Read
     * more" markers and the teaser they open, sign-up and share lines, photo credits, and the page's own
     * "Publié le … / Published …" line (its date is read, the line dropped). Unlike {@link TextCleaner}, no
     * rule here depends on spaces between words, so text in Chinese or Japanese goes through.
     */
    static final class LineFilter {
        private boolean skipNext;
        java.time.LocalDate published;
        /** The date of the last change a date line gives ("Modifié le …", "Updated …"). */
        java.time.LocalDate modified;
        /** Whether the line is from a list item, a cell or preformatted text (a list of dated entries). */
        boolean inList;
        /** Whether the page has several date lines: entries of a list (events, posts), not the article's date. */
        boolean datedEntries;

        boolean keep(String t) {
            if (skipNext) {
                skipNext = false;
                return false;
            }
            String lower320 = t.length() < 320 ? t.toLowerCase(java.util.Locale.ROOT) : null;
            switch (lower320 == null ? Cues.Marker.NONE : Cues.markerLower(t, lower320)) {
                case WHOLE, INLINE -> {
                    return false;
                }
                case OPEN -> {
                    skipNext = true;
                    return false;
                }
                default -> {
                }
            }
            String lower = t.length() < 160 ? lower320 : null;
            if (lower != null && (Cues.newsletterLower(t, lower) || Cues.photoCredit(t) || Cues.byline(t))
                    || lower320 != null && (Cues.promoLower(t, lower320) || Cues.sourceLineLower(t, lower320))
                    || t.length() < 60 && DOMAIN_ONLY.matcher(t).matches()) {
                if (HtmlPruner.DEBUG) {
                    System.err.println("line DROP " + t);
                }
                return false;
            }
            if (lower != null && t.length() < 40 && PUBLISH_LINE.matcher(lower).lookingAt() && TIME.matcher(t).find()) {
                return false; // "Updated at 1:23 p.m."
            }
            if (t.length() < 120 && Visible.hasYear(t)) {
                boolean cue = Cues.hasPublishCueLower(lower);
                List<DateParser.Found> dates = cue || t.length() < 40 ? DateParser.findAll(t) : List.of();
                if (cue && !dates.isEmpty()) {
                    if (published == null) {
                        published = dates.get(0).date();
                    }
                    if (modified == null) {
                        modified = Cues.modified(t, dates);
                    }
                    return false;
                }
                if (dates.size() == 1 && !inList && !datedEntries && dates.get(0).start() < 20 && t.lastIndexOf(':', dates.get(0).start()) < 0
                        && dateOnly(t, dates.get(0))) {
                    return false; // a date standing alone: the article's date line, not its text
                }
                if (cue && PUBLISH_LINE.matcher(lower).lookingAt()) {
                    return false; // "Published Tue, Nov 19 20197:05 AM EST": a date line the parser cannot read
                }
                if (lower.indexOf('©') >= 0 || lower.startsWith("copyright")) {
                    return false; // "© 2019 Publisher", "The contents of this site are ©2019 …"
                }
            }
            return true;
        }

        /** The number of short blocks that are only a date. */
        static int dateLines(List<Block> blocks) {
            int n = 0;
            for (Block b : blocks) {
                String t = b.text();
                if (t.length() < 40 && Visible.hasYear(t)) {
                    List<DateParser.Found> d = DateParser.findAll(t);
                    if (d.size() == 1 && dateOnly(t, d.get(0))) {
                        n++;
                    }
                }
            }
            return n;
        }

        /** Whether a line is only a date, give or take a weekday, a time and punctuation ("Monday, 12.03.2020 | 14:05"). */
        private static boolean dateOnly(String t, DateParser.Found d) {
            int letters = 0;
            for (int i = 0; i < t.length(); i++) {
                if ((i < d.start() || i >= d.end()) && Character.isLetter(t.charAt(i))) {
                    letters++;
                }
            }
            return letters <= 12;
        }
    }

    /**
     * The lead (standfirst) of an article whose container does not hold its headline: the running-text
     * blocks between the headline ({@code h1}) and the container's first block, when there are at most
     * {@link #LEAD_BLOCKS} of them. Pages often put the summary paragraph under the headline, in the
     * article's header, apart from the body's element.
     */
    static boolean[] lead(List<Block> blocks, boolean[] in, List<Block> unpruned, Element root, Element body, String title) {
        boolean[] lead = new boolean[blocks.size()];
        if (root == body) {
            return lead;
        }
        // the headline is found among the blocks before pruning: it may sit in a breadcrumb or a banner
        int h = -1;
        boolean titled = false; // the first heading that reads as the title wins over the first h1 (not a later copy)
        String t = title == null ? null : HtmlMetadata.norm(title);
        for (int i = 0; i < unpruned.size(); i++) {
            Block b = unpruned.get(i);
            if (inside(b.owner(), root, body)) {
                break;
            }
            if (!titled && b.heading() && t != null && HtmlMetadata.norm(b.text()).equals(t)) {
                h = i;
                titled = true;
            } else if (b.tag().equals("h1") && h < 0) {
                h = i;
            }
        }
        if (h < 0) {
            return lead;
        }
        Map<Element, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < unpruned.size(); i++) {
            position.putIfAbsent(unpruned.get(i).owner(), i);
        }
        Map<Element, Boolean> teasers = new IdentityHashMap<>();
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (in[i]) {
                break;
            }
            if (position.getOrDefault(b.owner(), -1) > h && weight(b) > 0 && keep(b) && !teaser(b.owner(), teasers)) {
                lead[i] = true;
                n++;
            }
        }
        if (n > LEAD_BLOCKS) {
            java.util.Arrays.fill(lead, false);
        }
        return lead;
    }

    static final int LEAD_BLOCKS = 3;

    /**
     * Whether a block is in the {@code <header>} of the article (one that holds an h1): its dates, bylines,
     * rubric and share labels are not text, its lead is.
     */
    static boolean inHeadlineHeader(Block b, Map<Element, Boolean> headers) {
        if (b.tag().equals("h1")) {
            return false;
        }
        Element e = b.owner();
        for (int up = 0; up < 6 && e != null; up++, e = e.parent()) {
            if (e.normalName().equals("header")) {
                return headers.computeIfAbsent(e, h -> h.selectFirst(H1) != null);
            }
        }
        return false;
    }

    /** A line that opens with a publication or update cue. */
    private static final java.util.regex.Pattern PUBLISH_LINE = java.util.regex.Pattern.compile(
            "^\\W*(?:last )?(?:published|updated|posted|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\\b");
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b");

    /** A line that is only a web address: a source or a credit ("BVINEWS.COM", "www.example.org"). */
    private static final java.util.regex.Pattern DOMAIN_ONLY = java.util.regex.Pattern.compile(
            "(?i)^(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}/?$");

    /** A short block after the article's last paragraph that is still part of it: a list item, code, a quote. */
    private static boolean trailingKeep(Block b) {
        return TAIL_KEEP.contains(b.tag());
    }

    private static final java.util.Set<String> LISTS = java.util.Set.of("li", "td", "th", "dd", "dt", "pre");
    private static final java.util.Set<String> TAIL_KEEP = java.util.Set.of("pre", "blockquote", "li", "td");

    /** Whether a block of the container is article text: not a link list, not a furniture phrase. */
    static boolean keep(Block b) {
        double ld = b.linkDensity();
        int own = b.length() - b.linkChars();
        if (ld > 0.5 && own < 80 && !(ld < 0.7 && own >= 40 && b.tag().equals("li") && sentenceEnd(b.text()))) {
            return false; // a link list: menu, related articles, tags (not an item that says a sentence on its link)
        }
        if (ld > 0.3 && b.length() < 40 && !b.heading()) {
            return false; // a short line that is mostly a link: "Read more", "Next article"
        }
        return !Furniture.phrase(b.text());
    }

    /**
     * The paragraphs without a second copy of the article: a run of {@link #COPY_RUN} or more paragraphs that
     * repeats, in the same order, at least half of what came before it (pages that carry their article once
     * per screen size). Shorter repeats stay: lists and plans repeat items, even runs of them, on purpose.
     */
    static List<Paragraph> withoutRepeats(List<Paragraph> paragraphs) {
        Map<String, Integer> first = new java.util.HashMap<>();
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < paragraphs.size()) {
            Integer j = first.get(paragraphs.get(i).text());
            int run = 0;
            if (j != null) {
                while (i + run < paragraphs.size() && j + run < i
                        && paragraphs.get(i + run).text().equals(paragraphs.get(j + run).text())) {
                    run++;
                }
            }
            if (run >= COPY_RUN && run * 2 >= out.size()) {
                i += run;
                continue;
            }
            first.putIfAbsent(paragraphs.get(i).text(), i);
            out.add(paragraphs.get(i));
            i++;
        }
        return out;
    }

    /** The paragraphs in a row that make a repeat a copy of the article. */
    static final int COPY_RUN = 5;

    /**
     * Whether the JSON-LD {@code articleBody} should replace the text found in the HTML: it is long (80 words
     * or more) and the HTML gave less than half as many words (an article rendered by a script from data,
     * a page whose markup hides it).
     */
    static boolean fromJsonLd(String ldBody, List<Paragraph> paragraphs) {
        int ld = Cues.words(ldBody);
        if (ld < 80) {
            return false;
        }
        int ours = 0;
        for (Paragraph p : paragraphs) {
            ours += Cues.words(p.text());
        }
        return ours * 2 < ld;
    }

    private static boolean sentenceEnd(String t) {
        char c = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d';
    }

    /** The element whose subtree holds the article: most good text, least link-list text. */
    static Element container(Element body, List<Block> blocks) {
        Map<Element, double[]> score = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        Map<Element, Boolean> teasers = new IdentityHashMap<>();
        double total = 0;
        for (Block b : blocks) {
            double w = weight(b);
            if (w > 0 && b.length() < 350 && teaser(b.owner(), teasers)) {
                w = 0; // the summary of a teaser to another article counts for no container
            }
            total += Math.max(0, w);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] sc = score.get(e);
                if (sc == null) {
                    score.put(e, sc = new double[1]);
                    order.add(e);
                }
                sc[0] += w;
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestScore = score.getOrDefault(body, new double[1])[0];
        for (Element e : order) { // in a fixed order: ties go to the element met first
            double s = score.get(e)[0] * Furniture.bonus(e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best != body && score.get(best)[0] < Math.min(250, 0.3 * total)) {
            return body; // too little in the best container: keep the page, the block filter does the rest
        }
        return sectionsOf(best, score, body);
    }

    /**
     * The article when the best container is one of its sections: siblings of the same tag and class ("sect1",
     * "article-section") that hold running text of their own, together at least a third of the best one's.
     */
    private static Element sectionsOf(Element best, Map<Element, double[]> score, Element body) {
        Element parent = best.parent();
        String cls = Attrs.className(best);
        if (best == body || parent == null || cls.isEmpty()) {
            return best;
        }
        double others = 0;
        for (Element s = parent.firstElementChild(); s != null; s = s.nextElementSibling()) {
            if (s != best && s.normalName().equals(best.normalName()) && Attrs.className(s).equals(cls)) {
                double[] sc = score.get(s);
                others += sc == null ? 0 : Math.max(0, sc[0]);
            }
        }
        return others >= score.get(best)[0] / 3 ? parent : best;
    }

    /**
     * A block's weight for choosing the container: its text out of links when it reads like running text
     * (at least 60 characters, few links), minus its link text when it is a link list, else nothing.
     */
    static double weight(Block b) {
        double ld = b.linkDensity();
        if (ld > 0.5) {
            return -b.linkChars();
        }
        int own = b.length() - b.linkChars();
        if (own >= GOOD_CHARS && ld < 0.35) {
            return own;
        }
        return 0;
    }

    /**
     * Whether a block is the summary of a teaser: its parent or grandparent holds a heading that is a link
     * (the headline of another article), as in the lists of related or latest articles.
     */
    static boolean teaser(Element owner, Map<Element, Boolean> cache) {
        Element e = owner.parent();
        for (int up = 0; up < 2 && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
            Boolean known = cache.get(e);
            if (known == null) {
                known = false;
                // a teaser is a small card (a heading, a summary, a picture): not the article's own element,
                // whose sub-headings may be links too (to the products or places it describes)
                for (Element h : e.childrenSize() > TEASER_CHILDREN ? List.<Element>of() : e.children()) {
                    String tag = h.normalName();
                    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6'
                            || tag.equals("a") && h.selectFirst(SUB_HEADINGS) != null) {
                        Element a = tag.equals("a") ? h : h.selectFirst(LINK);
                        String href = a == null ? "" : Attrs.get(a, "href");
                        if (a != null && href.length() > 1 && !href.startsWith("#") && !href.startsWith("javascript")
                                && a.text().length() * 2 >= h.text().length() && !h.text().isBlank()) {
                            known = true;
                            break;
                        }
                    }
                }
                cache.put(e, known);
            }
            if (known) {
                return true;
            }
        }
        return false;
    }

    /** The most children a teaser card has. */
    static final int TEASER_CHILDREN = 6;

    /** The characters out of links that make a block running text. */
    static final int GOOD_CHARS = 60;

    private static boolean inside(Element e, Element root, Element body) {
        if (root == body) {
            return true;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (x == root) {
                return true;
            }
        }
        return false;
    }

    /** Text in Unicode's composed form (NFC), as most text is typed and searched: "য়" as one character. */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
                        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            }
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Cuts an element into text blocks. */
    static final class Blocks {
        private final List<Block> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private Element owner;
        /** How many {@code <pre>} elements the walk is in. */
        private int inPre;

        static List<Block> of(Element root) {
            Blocks b = new Blocks();
            b.owner = root;
            b.walk(root, false);
            b.flush();
            return b.out;
        }

        private void walk(Element e, boolean inLink) {
            for (int k = 0, size = e.childNodeSize(); k < size; k++) {
                Node n = e.childNode(k);
                if (n instanceof TextNode tn) {
                    String s = tn.getWholeText();
                    if (inPre > 0) { // code keeps its lines, in the highlighter's spans too
                        append(s, inLink);
                    } else {
                        appendCollapsed(s, inLink);
                    }
                } else if (n instanceof Element c) {
                    String tag = c.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                        continue;
                    }
                    if (tag.equals("textarea")) {
                        continue; // a form's text (a text area holding the article's HTML to copy) is no page text
                    }
                    boolean block = BLOCK.contains(tag);
                    boolean pre = tag.equals("pre");
                    inPre += pre ? 1 : 0;
                    if (block) {
                        flush();
                        Element saved = owner;
                        owner = c;
                        walk(c, inLink);
                        flush();
                        owner = saved;
                    } else {
                        walk(c, inLink || tag.equals("a"));
                    }
                    inPre -= pre ? 1 : 0;
                }
            }
        }

        private void append(String s, boolean inLink) {
            if (s.isEmpty()) {
                return;
            }
            if (s.charAt(0) == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' '
                    || text.charAt(text.length() - 1) == '\n')) {
                s = s.substring(1);
            }
            text.append(s);
            if (inLink) {
                linkChars += s.strip().length();
            }
        }

        /** White space as HTML collapses it. */
        private static boolean space(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        }

        /** The text with its runs of white space as one space, appended a word at a time. */
        private void appendCollapsed(String s, boolean inLink) {
            int from = text.length();
            boolean space = from == 0 || text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\n';
            int n = s.length();
            for (int i = 0; i < n; ) {
                if (space(s.charAt(i))) {
                    if (!space) {
                        text.append(' ');
                        space = true;
                    }
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && !space(s.charAt(j))) {
                    j++;
                }
                text.append(s, i, j);
                space = false;
                i = j;
            }
            if (inLink) {
                int a = from, b = text.length();
                while (a < b && space(text.charAt(a))) {
                    a++;
                }
                while (b > a && space(text.charAt(b - 1))) {
                    b--;
                }
                linkChars += b - a;
            }
        }

        private void flush() {
            String t = text.toString().replace('\u00a0', ' ');
            if (t.indexOf('\n') >= 0) {
                t = NEWLINES.matcher(t).replaceAll("\n");
            }
            t = t.strip();
            if (!t.isEmpty()) {
                out.add(new Block(owner, t, Math.min(linkChars, t.length()), owner.normalName()));
            }
            text.setLength(0);
            linkChars = 0;
        }

        private static final java.util.regex.Pattern NEWLINES = java.util.regex.Pattern.compile(" *\n[ \n]*");

        private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
                "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
                "blockquote", "pre", "section", "article", "main", "header", "footer", "aside", "nav", "figure",
                "address", "center", "details", "summary", "hr", "body", "form", "fieldset", "caption", "menu");
    }
}

package org.revue.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Removes from a page the elements that are never article text. */
final class HtmlPruner {
    // selectors parsed once

    private HtmlPruner() {
    }

    /** Elements that hold no article text: code, media, controls, and the HTML5 furniture elements. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "input", "textarea", "option", "label", "canvas", "video", "audio", "object",
            "embed", "map", "figcaption", "figure", "picture", "nav", "aside", "footer", "dialog", "link", "meta", "head");
    /** The characters of text beyond which a {@code <figure>} holds text rather than a caption. */
    static final int FIGURE_TEXT = 400;
    /** ARIA roles of furniture. */
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** {@code -Drevue.extract.debug=true}: say on stderr what is pruned and which container is chosen. */
    static final boolean DEBUG = Boolean.getBoolean("revue.extract.debug");

    static void prune(Element body, List<HtmlExtractor.Block> unpruned, String title) {
        Map<Element, Integer> len = new IdentityHashMap<>();
        int[] hiddenChars = new int[1];
        int total = textLength(body, len, hiddenChars);
        // the running text under each element, to spare a wrapper of the article misnamed by its classes
        Map<Element, double[]> good = new IdentityHashMap<>();
        double allGood = 0;
        for (HtmlExtractor.Block b : unpruned) {
            double w = HtmlExtractor.weight(b);
            if (w > 0) {
                allGood += w;
                for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                    good.computeIfAbsent(e, k -> new double[1])[0] += w;
                }
            }
        }
        List<Element> remove = new ArrayList<>();
        // content streamed into hidden elements that a script reveals: when they hold most of the page, they are the page
        int hidden = hiddenChars[0];
        boolean showHidden = hidden > 0.4 * total && hidden > 500;
        String headline = title == null ? null : HtmlMetadata.norm(title);
        collect(body, len, total, good, allGood, remove, showHidden, headline);
        for (Element e : remove) {
            if (DEBUG && len.getOrDefault(e, 0) > 0) {
                System.err.printf("pruned %s.%s#%s (%d chars of %d) %s%n", e.normalName(), e.className(), e.id(),
                        len.getOrDefault(e, 0), total, e.text());
            }
            e.remove();
        }
    }

    private static void collect(Element e, Map<Element, Integer> len, int total, Map<Element, double[]> good,
                                double allGood, List<Element> remove, boolean showHidden, String headline) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            double g = good.getOrDefault(c, ZERO)[0];
            boolean major = g >= 500 && g >= 0.5 * allGood; // most of the page's running text
            if (furniture(c, len.getOrDefault(c, 0), total, major || showHidden && Attrs.has(c, "hidden"), headline)) {
                remove.add(c);
            } else if (!c.normalName().equals("pre") && !c.normalName().equals("code")) {
                // inside code, class names are the highlighter's ("hljs-comment", "token comment"), not furniture
                collect(c, len, total, good, allGood, remove, showHidden, headline);
            }
        }
    }

    private static final double[] ZERO = new double[1];

    /**
     * Whether an element is furniture. A structural element or a furniture class/id that holds most of the
     * page's text is not (a whole page wrapped in a {@code <form>}, a {@code <header>} or a "sidebar-layout").
     */
    static boolean furniture(Element e, int length, int total, boolean major, String headline) {
        String tag = e.normalName();
        boolean big = length > 0.4 * total && length > 500;
        if (tag.equals("figure") && length > FIGURE_TEXT) {
            return false; // a figure holding paragraphs of text, not a picture and its caption (the caption is pruned inside)
        }
        if (NEVER.contains(tag)) {
            // a page whose content is all in <noscript> (rendered by a script otherwise) keeps it, and an
            // <aside> holding most of the page's running text is its article
            return !(big || major && tag.equals("aside"))
                    || tag.equals("script") || tag.equals("style") || tag.equals("template") || tag.equals("svg");
        }
        big |= major;
        if (tag.equals("form") || tag.equals("header")) {
            return !big && !containsHeadline(e, tag, headline);
        }
        if (e.attributesSize() == 0) {
            return false; // no class, id, role or hiding attribute: nothing names it furniture
        }
        if (!big && (Attrs.has(e, "hidden") || "true".equals(Attrs.get(e, "aria-hidden")) && length < 200
                || HIDDEN_STYLE.matcher(Attrs.get(e, "style")).find()) && !disclosure(e) && !streamed(e)) {
            return true; // hidden from readers (but not a page's whole content hidden until a script shows it)
        }
        String role = Attrs.get(e, "role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(java.util.Locale.ROOT))) {
            return !big;
        }
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || "articleBody".equals(Attrs.get(e, "itemprop"))) {
            return false;
        }
        if (big) {
            return false;
        }
        Furniture.Strength strength = Furniture.classWords(e);
        if (strength == Furniture.Strength.NONE || Furniture.bonus(e) > 1) {
            return false;
        }
        return switch (strength) {
            case STRONG -> true;
            case WEAK -> length < 250; // "widget", "meta", "banner"…: also the names of page-builder wrappers
            case CAPTION -> length < 600; // a caption with its credit: a sentence or three
            case COPYRIGHT -> length >= 60; // the site's copyright and address, not a picture's "© name"
            case HOVER -> hoverCard(e); // the card, not the name that shows it
            case BOX -> length < 800; // an author box or profile: a paragraph or two
            default -> false;
        };
    }

    /**
     * The panel of an accordion or a tab, hidden until its heading is clicked: text (steps of a guide, answers
     * of an FAQ), unlike a hidden menu or pop-up.
     */
    private static boolean disclosure(Element e) {
        String role = Attrs.get(e, "role");
        return role.equals("region") || role.equals("tabpanel")
                || !Attrs.get(e, "aria-labelledby").isEmpty() && !role.equals("menu") && !role.equals("dialog");
    }

    /**
     * A part of the page streamed in hidden and moved into place by a script (React's server rendering writes
     * {@code <div hidden id="S:0">}): the page's own content, often its article.
     */
    private static boolean streamed(Element e) {
        String id = Attrs.id(e);
        return id.length() > 2 && id.charAt(0) == 'S' && id.charAt(1) == ':';
    }

    /**
     * A card shown over a name: an element named so inside another (the wrapper holds the name's link, then the
     * card), or one that does not open with a link. The link itself is text.
     */
    private static boolean hoverCard(Element e) {
        if (e.normalName().equals("a")) {
            return false;
        }
        Element p = e.parent();
        for (int up = 0; up < 2 && p != null; up++, p = p.parent()) {
            if (p.attributesSize() > 0 && Furniture.classWords(p) == Furniture.Strength.HOVER) {
                return true;
            }
        }
        Element first = e.firstElementChild();
        return first == null || !first.normalName().equals("a");
    }

    /**
     * A page header holding the h1 may hold the lead too: it is kept (its furniture is pruned inside it, and
     * only its running text is used: {@link HtmlExtractor#inHeadlineHeader}).
     */
    private static boolean containsHeadline(Element e, String tag, String headline) {
        if (!tag.equals("header")) {
            return false;
        }
        if (e.selectFirst(HtmlExtractor.H1) != null) {
            return true;
        }
        if (headline != null) { // the headline set in another heading, the page's h1 being a section label
            for (Element h : e.select(HtmlExtractor.SUB_HEADINGS)) {
                if (HtmlMetadata.norm(h.text()).equals(headline)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the text without white space at either end, without making the stripped copy. */
    private static int strippedLength(String s) {
        int a = 0, b = s.length();
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b - a;
    }

    /** The characters of text under each element (in {@code len}); {@code hidden[0]} sums those under {@code hidden} elements. */
    private static int textLength(Element e, Map<Element, Integer> len, int[] hidden) {
        int n = 0;
        for (int k = 0, size = e.childNodeSize(); k < size; k++) {
            Node c = e.childNode(k);
            if (c instanceof TextNode t) {
                n += strippedLength(t.getWholeText());
            } else if (c instanceof Element ce) {
                String tag = ce.normalName();
                if (!tag.equals("script") && !tag.equals("style") && !tag.equals("textarea")) {
                    n += textLength(ce, len, hidden);
                }
            }
        }
        len.put(e, n);
        if (e.attributesSize() > 0 && Attrs.has(e, "hidden")) {
            hidden[0] += n;
        }
        return n;
    }
}

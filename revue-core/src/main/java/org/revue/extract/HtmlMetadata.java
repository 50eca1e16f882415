package org.revue.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.revue.ingest.Ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata of an HTML page, read before any pruning, from the sources publishers fill in, best first:
 * JSON-LD (schema.org Article and kin), Open Graph / article: / Dublin Core / itemprop meta tags, the page's
 * {@code <h1>} and {@code <title>}, {@code <time>} elements, bylines, and the URL's date path.
 */
final class HtmlMetadata {
    // selectors parsed once
    private static final org.jsoup.select.Evaluator ITEMPROP_AUTHOR = org.jsoup.select.QueryParser.parse("[itemprop=author]");
    private static final org.jsoup.select.Evaluator NAV_FOOTER_ASIDE = org.jsoup.select.QueryParser.parse("nav, footer, aside");
    private static final org.jsoup.select.Evaluator MAIN = org.jsoup.select.QueryParser.parse("article, main, [role=main]");
    private static final org.jsoup.select.Evaluator ARTICLE = org.jsoup.select.QueryParser.parse("article");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A link to an author's page: "/author/jane-doe/", "/authors/upwork-staff". */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:author|authors|autor|auteur)/[^/?#]+");
    /** Yoast's Twitter card label for the author ("Written by", then the name in the matching data tag). */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)^(?:written by|author|auteur|écrit par|autor|verfasst von|escrito por)$");
    /** A date in a URL path: /2023/06/02/ or /2023-06-02 or /20230602. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_-]|$)");
    /** Title separators between the headline and the site name: "Headline | Site", "Headline - Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»/]\\s+|\\s*\\|\\s*|\\s+::\\s+");
    /** "By Jane Doe", "Par Jean Dupont", "Von …": the cue words of a byline, removed from the name. */
    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(?:(?:(?:written|posted|authored|article|reviewed)\\s+by|by|par|von|por|di|door|de)\\s*:?|"
            + "auteur\\s*:|author\\s*:|autor\\s*:)\\s+");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|Posting|Report|Story|NewsArticle|Review|HowTo|Recipe|WebPage).*");

    String title;
    /**
     * Where the page shows its headline, as the page's h1 (or the title tags) gives it: the text the byline, the
     * date line and the lead are looked for around. The title may be the same headline worded as another heading.
     */
    String headline;
    LocalDate published;
    LocalDate modified;
    String author;
    String site;
    String canonical;
    String lang;
    /**
     * JSON-LD {@code datePublished}: taken only when neither the meta tags, {@code <time>}, the URL nor the
     * page's visible date lines give one. SEO plugins fill it with the post's first creation, while the page
     * shows the date it was (re)published: taken first, it was wrong on 3 % more pages of WCXB dev.
     */
    LocalDate ldPublished;
    /** The JSON-LD article's {@code articleBody}: the text when the page's HTML holds little of it. */
    String ldBody;
    /** The text of the first link to an author's page: the last resort for the author. */
    String authorLink;
    /** Whether the author found is an organization (JSON-LD type, or the publisher's or site's name): a person's byline on the page is better. */
    boolean authorIsOrganization;

    /** What the metadata steps look for, gathered in one walk over the page. */
    private static final class Scan {
        final java.util.Map<String, String> metas = new java.util.HashMap<>();
        final List<Element> ldScripts = new ArrayList<>();
        /** JSON-LD some pages carry in a meta tag ({@code <meta name="script:ld+json" content="{…}">}). */
        final List<String> ldMetas = new ArrayList<>();
        final List<Element> headlines = new ArrayList<>();
        /** The h2–h6 headings, where a blog's post title sits under its name set as the h1. */
        final List<Element> subheadings = new ArrayList<>();
        final List<Element> times = new ArrayList<>();
        Element article;
        Element canonical;
        Element datePublished;
        final Element[] bylines = new Element[4];
        /** The first link to an author's page ("/author/jane-doe/") with a short text. */
        Element authorLink;

        Scan(Document doc) {
            for (Element e = doc; e != null; e = Attrs.next(e, doc)) {
                String tag = e.normalName();
                switch (tag) {
                    case "meta" -> {
                        String c = Attrs.get(e, "content");
                        if (!c.isBlank()) {
                            for (String a : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                                String v = Attrs.get(e, a);
                                if (!v.isEmpty()) {
                                    metas.putIfAbsent(a + "=" + v.toLowerCase(Locale.ROOT), c.strip());
                                }
                            }
                            if (Attrs.get(e, "name").equalsIgnoreCase("script:ld+json")) {
                                ldMetas.add(c);
                            }
                        }
                    }
                    case "script" -> {
                        if (Attrs.get(e, "type").equalsIgnoreCase("application/ld+json")) {
                            ldScripts.add(e);
                        }
                    }
                    case "h1" -> headlines.add(e);
                    case "h2", "h3", "h4", "h5", "h6" -> subheadings.add(e);
                    case "time" -> {
                        if (Attrs.has(e, "datetime") && !inComments(e)) {
                            times.add(e);
                        }
                    }
                    case "article" -> {
                        if (article == null) {
                            article = e;
                        }
                    }
                    case "link" -> {
                        if (canonical == null && Attrs.get(e, "rel").equalsIgnoreCase("canonical")) {
                            canonical = e;
                        }
                    }
                    default -> {
                    }
                }
                if (e.attributesSize() == 0) {
                    continue;
                }
                String itemprop = Attrs.get(e, "itemprop");
                if (!itemprop.isEmpty()) {
                    if (itemprop.equals("headline") && !tag.equals("h1")) {
                        headlines.add(e);
                    } else if (itemprop.equals("datePublished") && datePublished == null) {
                        datePublished = e;
                    } else if (itemprop.equals("author") && bylines[2] == null) {
                        bylines[2] = e;
                    } else if (itemprop.equals("name") && bylines[0] == null && e.parent() != null
                            && e.parent().closest(ITEMPROP_AUTHOR) != null) {
                        bylines[0] = e;
                    }
                }
                if (authorLink == null && tag.equals("a") && authorPage(Attrs.get(e, "href")) && e.closest(NAV_FOOTER_ASIDE) == null) {
                    String t = e.text().strip();
                    if (!t.isEmpty() && t.length() <= 60) {
                        authorLink = e;
                    }
                }
                if (bylines[1] == null && Attrs.get(e, "rel").equals("author")) {
                    bylines[1] = e;
                }
                if (bylines[3] == null) {
                    String cls = Attrs.className(e);
                    if ((cls.contains("author") || cls.contains("byline")) && (e.hasClass("author") || e.hasClass("byline")
                            || e.hasClass("author-name") || e.hasClass("byline__name") || e.hasClass("article-author")
                            || e.hasClass("post-author") || e.hasClass("entry-author"))) {
                        bylines[3] = e;
                    }
                }
            }
        }
    }

    static HtmlMetadata read(Document doc, String url) {
        HtmlMetadata m = new HtmlMetadata();
        Scan scan = new Scan(doc);
        java.util.Map<String, String> metas = scan.metas;
        List<JsonNode> ld = jsonLd(scan.ldScripts, scan.ldMetas);
        String ldHeadline = null, ldPublished = null, ldModified = null, ldAuthor = null, ldPublisher = null;
        for (JsonNode n : ld) {
            if (!ARTICLE_TYPE.matcher(n.path("@type").toString()).matches()) {
                continue;
            }
            ldHeadline = first(ldHeadline, str(n.get("headline")));
            m.ldBody = first(m.ldBody, str(n.get("articleBody")));
            ldPublished = first(ldPublished, str(n.get("datePublished")), str(n.get("dateCreated")));
            ldModified = first(ldModified, str(n.get("dateModified")));
            if (ldAuthor == null && organization(n.get("author"))) {
                m.authorIsOrganization = true;
            }
            ldAuthor = first(ldAuthor, names(n.get("author")), names(n.get("creator")));
            ldPublisher = first(ldPublisher, names(n.get("publisher")));
        }
        for (JsonNode n : ld) { // a WebSite object names the site
            if (n.path("@type").asText().equals("WebSite") || n.path("@type").asText().equals("Organization")) {
                ldPublisher = first(ldPublisher, str(n.get("name")));
            }
        }

        m.site = clean(first(meta(metas, "meta[property=og:site_name]"), ldPublisher,
                meta(metas, "meta[name=application-name]"), meta(metas, "meta[name=apple-mobile-web-app-title]")));
        String og = first(meta(metas, "meta[property=og:title]"), meta(metas, "meta[name=twitter:title]"), ldHeadline);
        m.headline = tagsOrH1(doc, scan, og, ldHeadline, m.site);
        m.title = title(doc, scan, og, m.headline, m.site);
        m.published = date(first(
                meta(metas, "meta[property=article:published_time]"),
                meta(metas, "meta[itemprop=datePublished]"), attr(scan.datePublished, "datetime"),
                meta(metas, "meta[property=og:published_time]"), meta(metas, "meta[name=article:published_time]"),
                meta(metas, "meta[name=pubdate]"), meta(metas, "meta[name=publishdate]"), meta(metas, "meta[name=publish-date]"),
                meta(metas, "meta[name=parsely-pub-date]"), meta(metas, "meta[name=sailthru.date]"),
                meta(metas, "meta[name=DC.date.issued]"), meta(metas, "meta[name=dcterms.date]"),
                meta(metas, "meta[name=dcterms.created]"), meta(metas, "meta[name=DC.date]"), meta(metas, "meta[name=date]")));
        m.ldPublished = date(ldPublished);
        if (m.published == null) {
            m.published = timeElement(scan);
        }
        if (m.published == null) {
            m.published = anyPublishMeta(metas);
        }
        if (m.published == null) {
            m.published = date(meta(metas, "meta[property=og:updated_time]")); // an update time: after any publish tag
        }
        if (m.published == null && url != null) {
            Matcher u = URL_DATE.matcher(url);
            if (u.find()) {
                m.published = date(u.group(1) + "-" + u.group(2) + "-" + u.group(3));
            }
        }
        m.modified = date(first(meta(metas, "meta[property=article:modified_time]"), ldModified,
                meta(metas, "meta[itemprop=dateModified]"), meta(metas, "meta[property=og:updated_time]"),
                meta(metas, "meta[name=last-modified]")));
        m.author = clean(first(ldAuthor, nonUrl(meta(metas, "meta[name=author]")), nonUrl(meta(metas, "meta[property=article:author]")),
                nonUrl(meta(metas, "meta[name=parsely-author]")), nonUrl(meta(metas, "meta[name=sailthru.author]")),
                twitterAuthor(metas),
                meta(metas, "meta[name=dc.creator]"), meta(metas, "meta[name=DC.creator]")));
        if (m.author == null) {
            m.author = clean(byline(scan));
        }
        m.author = author(m.author);
        if (m.author != null && m.site != null && m.author.equalsIgnoreCase(m.site)) {
            String b = byline(scan); // the organisation named as author: a person's byline is better
            m.author = b != null ? clean(b) : m.author;
        }
        if (m.author != null && (ldPublisher != null && m.author.equalsIgnoreCase(clean(ldPublisher))
                || m.site != null && m.author.equalsIgnoreCase(m.site))) {
            m.authorIsOrganization = true;
        }
        m.authorLink = scan.authorLink == null ? null : scan.authorLink.text().strip();
        m.canonical = first(attr(scan.canonical, "abs:href"), meta(metas, "meta[property=og:url]"), url);
        Element html = doc.selectFirst("html");
        m.lang = first(html == null ? null : Attrs.get(html, "lang"), meta(metas, "meta[http-equiv=content-language]"),
                meta(metas, "meta[property=og:locale]"));
        return m;
    }

    /**
     * The title: a heading of the page that reads exactly as the title tags' headline (the tags name the
     * article and the page shows that wording, under a section name set as the h1, or as one of several h1s),
     * else the {@code headline} of {@link #tagsOrH1}.
     */
    private static String title(Document doc, Scan scan, String og, String headline, String site) {
        String best = og != null ? clean(og) : doc.title();
        String shown = best == null || best.isBlank() ? null : stripSite(best.strip(), site);
        if (shown == null || shown.isBlank() || headline != null && norm(headline).equals(norm(shown))) {
            return headline;
        }
        String key = norm(shown);
        for (List<Element> level : List.of(scan.headlines, scan.subheadings)) {
            for (Element h : level) {
                if (norm(h.text()).equals(key) && h.closest(NAV_FOOTER_ASIDE) == null) {
                    String t = h.text().strip();
                    return level == scan.headlines ? stripTail(t) : t;
                }
            }
        }
        return headline;
    }

    /**
     * The headline: the page's {@code <h1>} when the title tags share a third of its words (it is then the exact
     * headline, without the site name) or when the article's JSON-LD headline is that h1 (the social tags then
     * carry a catchier wording), otherwise the Open Graph / JSON-LD title, otherwise {@code <title>} without its
     * site-name part.
     */
    private static String tagsOrH1(Document doc, Scan scan, String og, String ldHeadline, String site) {
        String tag = doc.title();
        String best = og != null ? clean(og) : tag;
        String siteKey = site == null ? null : norm(site);
        String tail = best == null ? null : norm(TITLE_SEPARATOR.split(best)[TITLE_SEPARATOR.split(best).length - 1]);
        Element chosen = null;
        for (Element h : scan.headlines) {
            String t = h.text().strip();
            String k = norm(t);
            if (k.isEmpty() || k.equals(siteKey) || t.length() > 300
                    || TITLE_SEPARATOR.split(best == null ? "" : best).length > 1 && k.equals(tail) && !norm(best).equals(k)
                    && tail.length() * 2 < norm(best).length()) {
                continue; // the site's name or logo set as a heading
            }
            if (h.closest(NAV_FOOTER_ASIDE) != null) {
                continue;
            }
            if (chosen == null || h.closest(MAIN) != null && chosen.closest(MAIN) == null) {
                chosen = h;
            }
        }
        if (chosen != null && (best == null || best.isBlank() || overlap(chosen.text(), best) >= H1_OVERLAP
                || overlap(chosen.text(), tag) >= H1_OVERLAP
                || ldHeadline != null && norm(ldHeadline).equals(norm(chosen.text())))) {
            String h = chosen.text().strip();
            if (tag != null && norm(h).equals(norm(tag))) {
                return stripSite(h, site); // the title tag repeated as the headline: "Headline | Section | Site"
            }
            String titled = best == null || best.isBlank() ? null : stripSite(best.strip(), site);
            if (titled != null && words(titled) >= 3 && around(h, titled)) {
                return titled; // "Blog: Headline": the headline the tags give, without the label
            }
            return stripTail(h); // the headline, which the title tags agree with
        }
        if (best == null || best.isBlank()) {
            return null;
        }
        return stripSite(best.strip(), site);
    }

    /** Whether the headline is the title with a short label before it and a colon ("Blog: Headline"). */
    private static boolean around(String headline, String title) {
        int colon = headline.indexOf(':');
        if (colon <= 0 || words(headline.substring(0, colon)) > 2) {
            return false;
        }
        return norm(headline.substring(colon + 1)).equals(norm(title));
    }

    /** A date in any meta tag whose name says "published" ("published-date", "w-published-date", "publish_date"). */
    private static LocalDate anyPublishMeta(java.util.Map<String, String> metas) {
        for (java.util.Map.Entry<String, String> e : metas.entrySet()) {
            String k = e.getKey();
            if ((k.startsWith("name=") || k.startsWith("property=")) && k.contains("publish") && !k.contains("publisher")) {
                LocalDate d = date(e.getValue());
                if (d == null && Visible.hasYear(e.getValue())) {
                    List<DateParser.Found> f = DateParser.findAll(e.getValue());
                    d = f.isEmpty() ? null : f.get(0).date();
                }
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static final Pattern AUTHOR_TAIL = Pattern.compile("(?iu)\\s+(?:on|at|le|am|el|il|[|·•–—-])\\s+.*$|\\s*[|·•].*$");
    /** A label in the place of a name. */
    private static final Pattern NOT_AUTHOR = Pattern.compile("(?iu)^(?:the\\s+)?(?:author|authors|undefined|null|intro|"
            + "(?:written|posted|authored)(?:\\s+by)?|view (?:more|all) posts.*|more posts.*|admin|administrator)$"
            + "|^[\\p{Ll}\\d_]+(?:\\.[\\p{Ll}\\d_]+){3,}$|^\\d+$");
    /** A date glued to the end of a name ("Yucy3/4/2025"). */
    private static final Pattern GLUED_DATE = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}$");

    /**
     * A name as an author: without the "By" cue, without what follows it on a byline ("on May 5", "| 5 min read"),
     * without a date after it, and not a label such as "Author" (null then). User names are kept: pages show them.
     */
    static String author(String s) {
        if (s == null) {
            return null;
        }
        String a = BY.matcher(s.strip()).replaceFirst("");
        a = AUTHOR_TAIL.matcher(a).replaceFirst("");
        a = a.replaceAll("^[\\s,;:|·•–—-]+|[\\s,;:|·•–—-]+$", "");
        a = GLUED_DATE.matcher(a).replaceFirst("").strip();
        List<DateParser.Found> dates = DateParser.findAll(a);
        if (!dates.isEmpty()) {
            a = a.substring(0, dates.get(0).start()).replaceAll("[\\s,;:|·•–—-]+$", ""); // "Jane Doe 4 August 2010"
        }
        if (a.isEmpty() || a.length() > 150 || NOT_AUTHOR.matcher(a).matches()) {
            return null;
        }
        return a;
    }

    /** The share of the headline's words the title tags must have for the headline to be taken (else a section label). */
    static final double H1_OVERLAP = 0.3;

    /** The share of the words of {@code a} that are in {@code b}. */
    private static double overlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        String[] aw = norm(a).split(" ");
        java.util.Set<String> bw = new java.util.HashSet<>(java.util.Arrays.asList(norm(b).split(" ")));
        int n = 0;
        for (String w : aw) {
            n += bw.contains(w) ? 1 : 0;
        }
        return aw.length == 0 ? 0 : (double) n / aw.length;
    }

    /** A site named by its domain: "Newegg.com", "www.example.co.uk". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}");

    private static final Pattern HEADLINE_TAIL = Pattern.compile("\\s+[|–—-]\\s+|\\s*\\|\\s*");

    /** A headline with a short tail after a bar or a dash ("… | Opinion", "… - Personally Tested"): the tail dropped. */
    static String stripTail(String t) {
        t = stripDate(t);
        for (int round = 0; round < 3; round++) {
            String[] parts = HEADLINE_TAIL.split(t);
            if (parts.length < 2) {
                return t;
            }
            String last = parts[parts.length - 1];
            String first = parts[0];
            if (words(last) <= 4 && words(t) - words(last) >= 3) {
                t = t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|–—-]+$", "").strip();
            } else if (words(first) <= 3 && words(t) - words(first) >= 3) {
                t = t.substring(first.length()).replaceAll("^[\\s|–—-]+", "").strip(); // "Site | Headline"
            } else {
                return t;
            }
        }
        return t;
    }

    /** A headline without the date some pages put before it ("Dec 18 2025 Preparing a transition"). */
    static String stripDate(String t) {
        if (!Visible.hasYear(t)) {
            return t;
        }
        List<DateParser.Found> d = DateParser.findAll(t);
        if (d.isEmpty()) {
            return t;
        }
        DateParser.Found f = d.get(0);
        if (f.start() > 0 && "([".indexOf(t.charAt(f.start() - 1)) >= 0) {
            return t; // "(2025-09-21)": part of the title
        }
        String rest = f.start() <= 1 ? t.substring(f.end()) : null; // a date after the headline may be its own ("Wrap-Up 12/19/2025")
        if (rest == null) {
            return t;
        }
        rest = rest.replaceAll("^[\\s|·•,:–—-]+|[\\s|·•,:–—-]+$", "");
        return words(rest) >= 2 ? rest : t;
    }

    /** "Headline | Site" → "Headline": drop the part that is the site name, or else the shorter end parts. */
    static String stripSite(String t, String site) {
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        if (site != null) {
            String s = norm(site);
            if (norm(parts[parts.length - 1]).equals(s) || s.contains(norm(parts[parts.length - 1]))) {
                return t.substring(0, t.lastIndexOf(parts[parts.length - 1])).replaceAll("[\\s|\\-–—·•:»/]+$", "").strip();
            }
            if (norm(parts[0]).equals(s)) {
                return t.substring(parts[0].length()).replaceAll("^[\\s|\\-–—·•:»/]+", "").strip();
            }
        }
        String last = parts[parts.length - 1];
        if (words(last) <= 4 && words(t) - words(last) >= 3 // a short tail: the site name
                || DOMAIN.matcher(last.strip()).matches() && words(t) > words(last)) { // "… | Newegg.com"
            return stripSite(t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•:»/]+$", "").strip(), null);
        }
        String first = parts[0];
        if (parts.length >= 2 && words(first) <= 3 && words(t) - words(first) >= 3 && HEADLINE_TAIL.matcher(t).find()
                && t.indexOf(first) == 0 && HEADLINE_TAIL.split(t)[0].equals(first)) {
            return stripSite(t.substring(first.length()).replaceAll("^[\\s|\\-–—·•:»/]+", "").strip(), null); // "Site | Headline"
        }
        return t;
    }

    /** The first {@code <time datetime>} of the article, else of the page. */
    private static LocalDate timeElement(Scan scan) {
        if (scan.article != null) {
            for (Element t : scan.times) {
                if (t.closest(ARTICLE) == scan.article) {
                    LocalDate d = date(Attrs.get(t, "datetime"));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        for (Element t : scan.times) {
            LocalDate d = date(Attrs.get(t, "datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Whether a link goes to an author's page (a literal check before the pattern). */
    private static boolean authorPage(String href) {
        return (href.contains("/aut") || href.contains("/Aut")) && AUTHOR_PAGE.matcher(href).find();
    }

    /** The author a Twitter card names: the data tag beside a "Written by" label. */
    private static String twitterAuthor(java.util.Map<String, String> metas) {
        for (int k = 1; k <= 4; k++) {
            String label = metas.get("name=twitter:label" + k);
            if (label != null && WRITTEN_BY.matcher(label.strip()).matches()) {
                return metas.get("name=twitter:data" + k);
            }
        }
        return null;
    }

    /** A byline in the page: itemprop=author's name, rel=author, itemprop=author, an element classed author/byline. */
    private static String byline(Scan scan) {
        for (Element e : scan.bylines) {
            if (e != null) {
                String t = Attrs.has(e, "content") && e.text().isBlank() ? Attrs.get(e, "content") : e.text();
                t = BY.matcher(t.strip()).replaceFirst("");
                if (!t.isBlank() && words(t) <= 8) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(List<Element> scripts, List<String> metas) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : scripts) {
            jsonLd(s.data(), out);
        }
        for (String s : metas) {
            jsonLd(s, out);
        }
        return out;
    }

    private static void jsonLd(String text, List<JsonNode> out) {
        try {
            flatten(JSON.readTree(text.strip()), out);
        } catch (Exception e) {
            // malformed JSON-LD is common: ignore it
        }
    }

    /** A comment section's class or id token: "comments", "comment-list", "wp-comment", "commentlist" (not "has-comments"). */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?i)comments?|comments?[-_].*|.*[-_]comments?[-_].*|.*[-_]comment|commentlist");

    /** Whether an element sits in a comment section: a comment's {@code <time>} dates the comment, not the article. */
    private static boolean inComments(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.attributesSize() == 0) {
                continue;
            }
            if (COMMENTS.matcher(Attrs.id(p)).matches() || Attrs.classToken(p, COMMENTS)) {
                return true;
            }
        }
        return false;
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> flatten(x, out));
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out);
            }
        }
    }

    /** A name, or the names of a list of persons/organisations, joined by ", ". */
    /** Whether a JSON-LD author is an organization (all of them, when several). */
    private static boolean organization(JsonNode n) {
        if (n == null || n.isNull() || n.isTextual()) {
            return false;
        }
        if (n.isArray()) {
            if (n.isEmpty()) {
                return false;
            }
            for (JsonNode x : n) {
                if (!organization(x)) {
                    return false;
                }
            }
            return true;
        }
        String type = n.path("@type").toString();
        return type.contains("Organization") || type.contains("Corporation") || type.contains("NewsMediaOrganization");
    }

    private static String names(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return nonUrl(n.asText());
        }
        if (n.isArray()) {
            List<String> all = new ArrayList<>();
            n.forEach(x -> {
                String s = names(x);
                if (s != null && !s.isBlank()) {
                    all.add(s);
                }
            });
            return all.isEmpty() ? null : String.join(", ", all);
        }
        return str(n.get("name"));
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate d = Ingest.parseIsoDate(s);
        if (d != null) {
            return d;
        }
        List<DateParser.Found> f = DateParser.findAll(s);
        return f.isEmpty() ? null : f.get(0).date();
    }

    private static String meta(java.util.Map<String, String> metas, String sel) {
        int eq = sel.indexOf('=');
        return metas.get(sel.substring(5, eq) + "=" + sel.substring(eq + 1, sel.length() - 1).toLowerCase(Locale.ROOT));
    }

    private static String attr(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String c = e.attr(attr);
        return c.isBlank() ? null : c.strip();
    }

    private static String str(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : str(n.get(0));
        }
        String s = n.isObject() ? n.path("name").asText(null) : n.asText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") || s.startsWith("/") ? null : s;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        s = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    static String norm(String s) {
        // lower case, every run of characters other than letters and digits made one space, trimmed
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static int words(String s) {
        String n = norm(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }

    private static String first(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }
}

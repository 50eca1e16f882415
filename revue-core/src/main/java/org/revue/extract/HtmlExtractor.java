package org.revue.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.revue.ingest.Ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article text and metadata from an HTML page: page furniture removed by element and by class name,
 * the article container chosen, its blocks cleaned with {@link TextCleaner}.
 */
public final class HtmlExtractor {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, select, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], [hidden]";
    private static final Pattern FURNITURE_CLASS = Pattern.compile("(?i)(^|[-_ ])(cookie|consent|newsletter|share|sharing|"
            + "social|related|comments?|promo|advert|ads?|banner|subscribe|breadcrumbs?|menu|sidebar|footer|navbar|"
            + "outbrain|taboola|paywall|popup|modal|recommend\\w*|read-?more|tags?)($|[-_ ])");
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private final TextCleaner cleaner = new TextCleaner();

    public Extracted extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title(), text(doc.selectFirst("h1")));
        LocalDate date = date(doc);
        String source = meta(doc, "meta[property=og:site_name]");
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");

        doc.select(FURNITURE).remove();
        for (Element e : new ArrayList<>(doc.body().getAllElements())) {
            if (e.parent() != null && e != doc.body() && FURNITURE_CLASS.matcher(e.className() + " " + e.id()).find()
                    && e.selectFirst("h1") == null && !"article".equals(e.tagName()) && !"main".equals(e.tagName())) {
                e.remove();
            }
        }
        Element root = root(doc);
        List<TextCleaner.Line> lines = new ArrayList<>();
        for (Element b : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")) {
            if (!"li".equals(b.tagName()) && b.select("p, li, blockquote").stream().anyMatch(x -> x != b)) {
                continue; // a container: its children come on their own
            }
            String t = b.text().strip();
            if (t.isEmpty() || "h1".equals(b.tagName()) && title != null && t.equals(title.strip())) {
                continue;
            }
            if ("h1".equals(b.tagName()) && title == null) {
                title = t;
                continue;
            }
            lines.add(new TextCleaner.Line(t, b.tagName().matches("h[2-6]")));
        }
        if (lines.isEmpty()) {
            for (String t : root.wholeText().split("\n")) {
                lines.add(new TextCleaner.Line(t, false));
            }
        }
        Extracted e = cleaner.clean(lines, false);
        return new Extracted(title == null ? null : title.strip(), date != null ? date : e.published(),
                source != null ? source : e.source(), lang == null || lang.isBlank() ? null : lang, e.paragraphs());
    }

    private static Element root(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element a : doc.select("article, main, [itemprop=articleBody], [role=main]")) {
            int len = a.select("p").text().length();
            if (len > bestLen) {
                best = a;
                bestLen = len;
            }
        }
        return best != null && bestLen > 200 ? best : doc.body();
    }

    private static LocalDate date(Document doc) {
        for (String sel : new String[]{"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=DC.date.issued]",
                "meta[name=dc.date]", "meta[property=og:published_time]"}) {
            LocalDate d = parse(meta(doc, sel));
            if (d != null) {
                return d;
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSONLD_DATE.matcher(s.data());
            if (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : parse(time.attr("datetime"));
    }

    private static LocalDate parse(String s) {
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

    private static String meta(Document doc, String sel) {
        Elements e = doc.select(sel);
        return e.isEmpty() ? null : e.first().attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }
}

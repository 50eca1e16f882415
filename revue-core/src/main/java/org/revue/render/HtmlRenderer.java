package org.revue.render;

import org.jsoup.nodes.Entities;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.NamedEntity;
import org.revue.model.Quotation;
import org.revue.model.Sentence;
import org.revue.model.SourceRef;
import org.revue.model.Story;
import org.revue.model.TimelineEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The digest as one self-contained HTML page (the stylesheet of the server's pages inlined): stories with their
 * cited summaries, timeline, events, entities and quotes; each citation
 * links to the cited sentence, highlighted in the clean article text at the bottom of the page (a line of
 * script opens the article when a citation is followed).
 */
public final class HtmlRenderer implements Renderer {
    /** The stylesheet shared with the server's web pages (resource revue.css), inlined to keep one file. */
    private static final String CSS = css();

    private static String css() {
        try (java.io.InputStream in = HtmlRenderer.class.getResourceAsStream("revue.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource revue.css");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void render(Digest d, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Press review</title><style>");
        out.write(CSS);
        out.write("</style></head><body class=\"digest\">\n<h1>Press review</h1>\n<p class=\"meta\">"
                + MarkdownRenderer.count(d.articles().size(), "article") + ", "
                + MarkdownRenderer.count(d.stories().size(), "story") + "</p>\n");
        for (Story s : d.stories()) {
            out.write("<h2>" + esc(s.title()) + "</h2>\n<p class=\"meta\">"
                    + MarkdownRenderer.count(s.articles().size(), "article") + ", "
                    + MarkdownRenderer.count(s.events().size(), "event") + "</p>\n");
            list(out, s.summary());
            timeline(out, s.timeline());
            for (Event e : s.events()) {
                out.write("<h3>" + (e.date() != null ? e.date() + " — " : "") + esc(e.title()) + "</h3>\n");
                list(out, e.summary());
                out.write("<p class=\"meta\">Sources: ");
                for (String id : e.articles()) {
                    String dup = d.duplicateOf().get(id);
                    out.write("<a href=\"#" + attr(id) + "\"" + (dup != null ? " class=\"dup\" title=\"copy of " + attr(dup) + "\"" : "")
                            + ">" + esc(id) + "</a> ");
                }
                out.write("</p>\n");
            }
            entities(out, s.entities());
            quotes(out, s.quotes());
        }
        out.write("<h2>Articles</h2>\n");
        for (Article a : d.articles()) {
            out.write("<details class=\"art\" id=\"" + attr(a.id()) + "\"><summary><b>" + esc(a.title()) + "</b> <span class=\"meta\">"
                    + esc(a.id()) + (a.source() != null ? " · " + esc(a.source()) : "")
                    + (a.published() != null ? " · " + a.published() : "") + "</span></summary>\n");
            for (Sentence s : a.sentences()) {
                out.write("<span id=\"" + attr(a.id() + ":" + s.index()) + "\">" + esc(s.text()) + "</span> ");
            }
            out.write("</details>\n");
        }
        out.write("<script>addEventListener('hashchange',open);addEventListener('load',open);function open(){"
                + "var e=document.getElementById(decodeURIComponent(location.hash.slice(1)));"
                + "var d=e&&e.closest('details');if(d){d.open=true;e.scrollIntoView();}}</script>\n");
        out.write("</body></html>\n");
    }

    private static void list(Writer out, List<Cited> items) throws IOException {
        out.write("<ul class=\"sum\">\n");
        for (Cited c : items) {
            out.write("<li>" + esc(c.text()));
            cites(out, c.sources());
            out.write("</li>\n");
        }
        out.write("</ul>\n");
    }

    /** The dated lines of the story, each citing its sentence. */
    private static void timeline(Writer out, List<TimelineEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        out.write("<h3>Timeline</h3>\n<ol class=\"timeline\">\n");
        for (TimelineEntry t : entries) {
            out.write("<li><time datetime=\"" + t.date() + "\">" + t.date() + "</time> " + esc(t.text()));
            cites(out, t.sources());
            out.write("</li>\n");
        }
        out.write("</ol>\n");
    }

    /** Persons, places, organizations with their other forms. */
    private static void entities(Writer out, List<NamedEntity> entities) throws IOException {
        if (entities.isEmpty()) {
            return;
        }
        out.write("<h3>People, places, organisations</h3>\n<div class=\"ent-groups\">\n");
        for (String[] g : new String[][]{{"PERSON", "People"}, {"LOCATION", "Places"}, {"ORGANIZATION", "Organisations"}}) {
            List<NamedEntity> of = entities.stream().filter(e -> g[0].equals(e.type())).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.write("<div><h4>" + g[1] + "</h4><ul class=\"ent-list\">");
            for (NamedEntity e : of) {
                out.write("<li>" + esc(e.name()) + " <span class=\"meta\">" + MarkdownRenderer.count(e.mentions(), "mention")
                        + (e.aliases().isEmpty() ? "" : " · also: " + esc(String.join(", ", e.aliases()))) + "</span></li>");
            }
            out.write("</ul></div>\n");
        }
        out.write("</div>\n");
    }

    /** Who said what: the quotation, its speaker, the sentence it is in. */
    private static void quotes(Writer out, List<Quotation> quotes) throws IOException {
        if (quotes.isEmpty()) {
            return;
        }
        out.write("<h3>Who said what</h3>\n<ul class=\"quotes\">\n");
        for (Quotation q : quotes) {
            out.write("<li><blockquote" + (q.direct() ? "" : " class=\"reported\"") + "><p>" + esc(q.text()) + "</p></blockquote>"
                    + "<p class=\"who\">— " + esc(q.speaker()) + (q.direct() ? "" : " <span class=\"meta\">(reported)</span>"));
            cites(out, List.of(new SourceRef(q.article(), q.sentence())));
            out.write("</p></li>\n");
        }
        out.write("</ul>\n");
    }

    private static void cites(Writer out, List<SourceRef> refs) throws IOException {
        for (SourceRef r : refs) {
            out.write("<a class=\"cite\" href=\"#" + attr(r.article() + ":" + r.sentence()) + "\">["
                    + esc(r.article()) + ":" + r.sentence() + "]</a>");
        }
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static String attr(String s) {
        return esc(s).replace("\"", "&quot;");
    }
}

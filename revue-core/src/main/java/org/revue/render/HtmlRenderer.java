package org.revue.render;

import org.jsoup.nodes.Entities;
import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.Sentence;
import org.revue.model.SourceRef;
import org.revue.model.Story;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The digest as one self-contained HTML page: stories with their cited summaries and events; each citation
 * links to the cited sentence, highlighted in the clean article text at the bottom of the page (a line of
 * script opens the article when a citation is followed).
 */
public final class HtmlRenderer implements Renderer {
    private static final String CSS = """
            body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.8rem}h2{margin-top:2.5rem;border-top:2px solid #222;padding-top:.5rem}
            h3{font-size:1.1rem;margin-bottom:.3rem}.meta{color:#666;font-size:.9rem}
            ul.sum li{margin:.3rem 0}a.cite{font:12px monospace;color:#06c;text-decoration:none;margin-left:.2rem}
            details{margin:.5rem 0}summary{cursor:pointer}.art p{margin:.4rem 0}
            .art span:target{background:#ffe680}.dup{color:#999}
            """;

    @Override
    public void render(Digest d, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Press review</title><style>");
        out.write(CSS);
        out.write("</style></head><body>\n<h1>Press review</h1>\n<p class=\"meta\">"
                + MarkdownRenderer.count(d.articles().size(), "article") + ", "
                + MarkdownRenderer.count(d.stories().size(), "story") + "</p>\n");
        for (Story s : d.stories()) {
            out.write("<h2>" + esc(s.title()) + "</h2>\n<p class=\"meta\">"
                    + MarkdownRenderer.count(s.articles().size(), "article") + ", "
                    + MarkdownRenderer.count(s.events().size(), "event") + "</p>\n");
            list(out, s.summary());
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
            for (SourceRef r : c.sources()) {
                out.write("<a class=\"cite\" href=\"#" + attr(r.article() + ":" + r.sentence()) + "\">["
                        + esc(r.article()) + ":" + r.sentence() + "]</a>");
            }
            out.write("</li>\n");
        }
        out.write("</ul>\n");
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static String attr(String s) {
        return esc(s).replace("\"", "&quot;");
    }
}

package org.revue.render;

import org.revue.model.Article;
import org.revue.model.Cited;
import org.revue.model.Digest;
import org.revue.model.Event;
import org.revue.model.SourceRef;
import org.revue.model.Story;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The digest as Markdown: per story, its summary and events with citations [article:sentence]. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public void render(Digest d, Writer out) throws IOException {
        Map<String, Article> byId = d.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        out.write("# Press review\n\n");
        out.write(count(d.articles().size(), "article") + ", " + count(d.stories().size(), "story") + ".\n");
        for (Story s : d.stories()) {
            out.write("\n## " + s.title() + "\n\n");
            out.write("_" + count(s.articles().size(), "article") + ", " + count(s.events().size(), "event") + "_\n\n");
            for (Cited c : s.summary()) {
                out.write("- " + c.text() + " " + cite(c) + "\n");
            }
            for (Event e : s.events()) {
                out.write("\n### " + (e.date() != null ? e.date() + " — " : "") + e.title() + "\n\n");
                for (Cited c : e.summary()) {
                    out.write("- " + c.text() + " " + cite(c) + "\n");
                }
                out.write("\nSources:\n");
                for (String id : e.articles()) {
                    Article a = byId.get(id);
                    String dup = d.duplicateOf().get(id);
                    out.write("- `" + id + "` " + a.title()
                            + (a.source() != null ? " (" + a.source() + ")" : "")
                            + (a.published() != null ? ", " + a.published() : "")
                            + (dup != null ? " — copy of `" + dup + "`" : "") + "\n");
                }
            }
        }
    }

    /** "1 event", "2 events", "3 stories". */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String cite(Cited c) {
        return c.sources().stream().map(MarkdownRenderer::ref).collect(Collectors.joining(" "));
    }

    private static String ref(SourceRef r) {
        return "[" + r.article() + ":" + r.sentence() + "]";
    }
}

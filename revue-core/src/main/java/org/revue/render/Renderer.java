package org.revue.render;

import org.revue.model.Digest;

import java.io.IOException;
import java.io.Writer;

/** Writes a digest in one format. */
public interface Renderer {
    void render(Digest digest, Writer out) throws IOException;

    static Renderer forFormat(String format) {
        return switch (format) {
            case "json" -> new JsonRenderer();
            case "md", "markdown" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (json, md or html)");
        };
    }
}

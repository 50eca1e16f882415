package org.revue.cli;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.revue.eval.ExtractBench;
import org.revue.ingest.Decoder;

/** Readability4J (a Kotlin port of Mozilla's readability.js) as a baseline for {@code eval extract}. */
final class Readability4jBaseline {
    private Readability4jBaseline() {
    }

    static ExtractBench.PageExtractor extractor() {
        return (page, url) -> {
            Article a = new Readability4J(url == null ? "http://localhost/" : url, Decoder.decodeHtml(page, null).text()).parse();
            return new ExtractBench.Out(a.getTextContent() == null ? "" : a.getTextContent(), a.getTitle(), a.getByline(), null);
        };
    }
}

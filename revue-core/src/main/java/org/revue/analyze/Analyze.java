package org.revue.analyze;

import opennlp.tools.util.Span;
import org.revue.extract.Extracted;
import org.revue.model.Article;
import org.revue.model.Paragraph;
import org.revue.model.RawDocument;
import org.revue.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/** The analyze stage: language and sentences of an extracted document, giving the {@link Article}. */
public final class Analyze {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final String forcedLang;

    /** @param forcedLang a language code to use for every article, or null to detect it */
    public Analyze(String forcedLang) {
        this.forcedLang = LanguageDetector.normalize(forcedLang);
    }

    public Article analyze(RawDocument d, Extracted e) {
        String text = e.text();
        String lang = forcedLang != null ? forcedLang : LanguageDetector.normalize(e.lang());
        if (lang == null) {
            lang = LanguageDetector.get().detect(text);
        }
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (Paragraph p : e.paragraphs()) {
            if (p.isBody()) {
                for (Span s : splitter.split(p.text(), lang)) {
                    sentences.add(new Sentence(sentences.size(), p.text().substring(s.getStart(), s.getEnd()),
                            offset + s.getStart(), offset + s.getEnd()));
                }
            }
            offset += p.text().length() + 2;
        }
        String title = e.title();
        if (title == null || title.isBlank()) {
            title = sentences.isEmpty() ? d.id() : shorten(sentences.get(0).text(), 16);
        }
        return new Article(d.id(), d.origin(), title, e.source(), d.url(), e.published(), lang, text,
                e.paragraphs(), sentences);
    }

    /**
     * Extract and analyze every document, in parallel for many; a document that fails, or holds no article
     * text, is reported and left out. {@code tick} is called after each document.
     */
    public List<Article> all(List<RawDocument> docs, org.revue.model.Warnings warnings, Runnable tick) {
        org.revue.extract.Extract extract = new org.revue.extract.Extract();
        Article[] out = new Article[docs.size()];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, docs.size());
        (docs.size() >= 64 ? range.parallel() : range).forEach(i -> {
            RawDocument d = docs.get(i);
            try {
                Article a = analyze(d, extract.extract(d));
                if (a.sentences().isEmpty()) {
                    warnings.warn(d.origin(), "no article text found, skipped");
                } else {
                    out[i] = a;
                }
            } catch (RuntimeException e) {
                warnings.warn(d.origin(), "cannot extract or analyze: " + e);
            }
            tick.run();
        });
        return java.util.Arrays.stream(out).filter(java.util.Objects::nonNull).toList();
    }

    /** The first {@code words} words of a sentence, with an ellipsis when cut. */
    static String shorten(String s, int words) {
        String[] w = s.split("\\s+");
        if (w.length <= words) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, words)).replaceAll("[,;:]$", "") + " …";
    }
}

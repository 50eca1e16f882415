package org.revue.extract;

import org.revue.analyze.LanguageDetector;
import org.revue.model.Paragraph;
import org.revue.model.RawDocument;

import java.util.List;

/** The extract stage: clean article text and metadata from a raw document, HTML or scraped text. */
public final class Extract {
    private final TextCleaner text = new TextCleaner();
    private final HtmlExtractor html = new HtmlExtractor();

    public Extracted extract(RawDocument d) {
        boolean titled = d.title() != null && !d.title().isBlank();
        Extracted e = d.isHtml() ? html.extract(d.html(), d.url()) : text.clean(d.text(), !titled);
        String title = titled ? d.title().strip() : e.title();
        List<Paragraph> paragraphs = e.paragraphs();
        if (titled && !paragraphs.isEmpty() && same(paragraphs.get(0).text(), title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size()); // the text repeats the title
        }
        return new Extracted(title,
                d.date() != null ? d.date() : e.published(),
                e.modified(), e.author(),
                d.source() != null ? d.source() : e.source(),
                d.lang() != null ? d.lang() : e.lang() != null ? e.lang() : detect(paragraphs),
                d.url() != null ? d.url() : e.url(),
                paragraphs);
    }

    /** The language of the text when the document does not declare one ("fr", "en", …), else null when unsure. */
    private static String detect(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 6_000) {
                break;
            }
            sb.append(p.text()).append('\n');
        }
        String lang = LanguageDetector.get().detect(sb);
        return lang.equals(LanguageDetector.UNKNOWN) ? null : lang;
    }

    private static boolean same(String a, String b) {
        if (a.length() > 2 * b.length() + 20 || b.length() > 2 * a.length() + 20) {
            return false; // too different in length to be the same words: no need to compare them
        }
        return a.replaceAll("(?U)\\W+", "").equalsIgnoreCase(b.replaceAll("(?U)\\W+", ""));
    }
}

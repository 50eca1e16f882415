package org.revue.analyze;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.revue.extract.Extracted;
import org.revue.model.Article;
import org.revue.model.Paragraph;
import org.revue.model.RawDocument;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeTest {
    @Test
    void detectsTheMainEuropeanLanguages() {
        LanguageDetector d = LanguageDetector.get();
        assertThat(d.detect("Le président a rencontré son homologue russe pour discuter de la guerre en Syrie et des sanctions."))
                .isEqualTo("fr");
        assertThat(d.detect("The president met his Russian counterpart to discuss the war in Syria and the sanctions."))
                .isEqualTo("en");
        assertThat(d.detect("Der Präsident traf sich mit seinem russischen Amtskollegen, um über den Krieg in Syrien zu sprechen."))
                .isEqualTo("de");
        assertThat(d.detect("El presidente se reunió con su homólogo ruso para hablar de la guerra en Siria y de las sanciones."))
                .isEqualTo("es");
        assertThat(d.detect("Il presidente ha incontrato il suo omologo russo per discutere della guerra in Siria e delle sanzioni."))
                .isEqualTo("it");
        assertThat(d.detect("1234 5678")).isEqualTo(LanguageDetector.UNKNOWN);
    }

    @Test
    void splitsSentencesButNotAfterTitlesAndInitials() {
        String p = "« C'est la preuve que nous pouvons travailler ensemble », a déclaré M. Tillerson. "
                + "Mme Merkel a salué l'accord. Le texte sera signé le 3 mai par J. Dupont.";
        List<Span> spans = new SentenceSplitter().split(p, "fr");
        assertThat(spans).extracting(s -> s.getCoveredText(p).toString()).containsExactly(
                "« C'est la preuve que nous pouvons travailler ensemble », a déclaré M. Tillerson.",
                "Mme Merkel a salué l'accord.",
                "Le texte sera signé le 3 mai par J. Dupont.");
    }

    @Test
    void ruleBasedSplitterForLanguagesWithoutAModel() {
        String p = "Il governo ha approvato la legge. Il Senato voterà domani!";
        assertThat(new SentenceSplitter().split(p, "it")).hasSize(2);
    }

    @Test
    void frenchTermsAreElidedStemmedAndStopWordsGone() {
        List<String> t = Terms.get().terms("L'Ukraine et les présidents", "fr");
        assertThat(t).doesNotContain("l", "et", "les");
        assertThat(t).hasSize(2);
        assertThat(Terms.get().terms("le président", "fr")).isEqualTo(Terms.get().terms("les présidents", "fr"));
    }

    @Test
    void articleSentencesPointIntoItsText() {
        Extracted e = new Extracted("Titre", null, null, null, List.of(
                Paragraph.body("Première phrase du texte. Deuxième phrase du texte."),
                Paragraph.heading("Un intertitre"),
                Paragraph.body("Troisième phrase, après l'intertitre.")));
        Article a = new Analyze("auto").analyze(RawDocument.text("a1", "a1.txt", "x"), e);
        assertThat(a.lang()).isEqualTo("fr");
        assertThat(a.sentences()).hasSize(3);
        a.sentences().forEach(s -> assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(a.sentences()).extracting(s -> s.text()).doesNotContain("Un intertitre");
    }

    @Test
    void untitledArticleGetsItsLeadAsTitle() {
        Extracted e = new Extracted(null, null, null, null, List.of(Paragraph.body(
                "Le conseil municipal de la ville a voté dans la nuit de mardi à mercredi un budget en forte hausse pour les écoles et les crèches.")));
        Article a = new Analyze("fr").analyze(RawDocument.text("a1", "a1.txt", "x"), e);
        assertThat(a.title()).startsWith("Le conseil municipal").endsWith("…");
    }
}

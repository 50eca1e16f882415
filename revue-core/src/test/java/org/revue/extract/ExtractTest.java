package org.revue.extract;

import org.junit.jupiter.api.Test;
import org.revue.model.RawDocument;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractTest {
    private final Extract extract = new Extract();

    @Test
    void theLanguageIsReadFromTheTextWhenTheDocumentDoesNotDeclareOne() {
        String fr = "Le gouvernement a présenté mardi un plan de construction de cent mille logements sociaux, "
                + "qui doit être voté par le Parlement avant la fin de l'année, selon le ministre du logement.";
        String en = "The government presented on Tuesday a plan to build one hundred thousand social homes, "
                + "which is to be voted on by Parliament before the end of the year, the housing minister said.";
        assertThat(extract.extract(RawDocument.text("a", "a.txt", fr)).lang()).isEqualTo("fr");
        assertThat(extract.extract(RawDocument.text("b", "b.txt", en)).lang()).isEqualTo("en");
        String declared = "<html lang=\"de\"><body><article><h1>Titre</h1><p>" + fr + "</p></article></body></html>";
        assertThat(extract.extract(RawDocument.html("c", "c.html", declared)).lang()).isEqualTo("de"); // the page's own word
        assertThat(extract.extract(RawDocument.text("d", "d.txt", "12345 67890")).lang()).isNull();
    }
}

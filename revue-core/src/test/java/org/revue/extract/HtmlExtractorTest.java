package org.revue.extract;

import org.junit.jupiter.api.Test;
import org.revue.model.Paragraph;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr-FR"><head><title>Orages à Lyon - Le Journal</title>
            <meta property="og:title" content="Orages à Lyon : la ville compte ses dégâts">
            <meta property="og:site_name" content="Le Journal">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-06-02T08:00:00+02:00"}</script>
            </head><body>
            <div class="cookie-banner"><p>Nous utilisons des cookies pour mesurer l&rsquo;audience.</p></div>
            <nav><ul><li><a href="/">Accueil</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <article><h1>Orages à Lyon : la ville compte ses dégâts</h1>
            <p>Les orages de jeudi soir ont inondé plusieurs quartiers de Lyon et privé d&rsquo;électricité des milliers de foyers.</p>
            <figure><img src="x.jpg"><figcaption>Une rue inondée. | A. B. / AFP</figcaption></figure>
            <h2>Une nuit agitée</h2>
            <p>Les pompiers sont intervenus plus de 300&nbsp;fois entre 22 heures et 4 heures du matin, selon la préfecture.</p>
            <div class="share-bar"><p>Partager sur Facebook</p></div>
            </article>
            <aside class="related"><p>Lire aussi : la canicule arrive</p></aside>
            <footer><p>Tous droits réservés</p></footer>
            </body></html>
            """;

    @Test
    void extractsArticleBlocksAndMetadata() {
        Extracted e = new HtmlExtractor().extract(PAGE, null);
        assertThat(e.title()).isEqualTo("Orages à Lyon : la ville compte ses dégâts");
        assertThat(e.published()).isEqualTo(LocalDate.of(2023, 6, 2));
        assertThat(e.source()).isEqualTo("Le Journal");
        assertThat(e.lang()).isEqualTo("fr-FR");
        assertThat(e.paragraphs()).containsExactly(
                Paragraph.body("Les orages de jeudi soir ont inondé plusieurs quartiers de Lyon et privé d’électricité des milliers de foyers."),
                Paragraph.heading("Une nuit agitée"),
                Paragraph.body("Les pompiers sont intervenus plus de 300 fois entre 22 heures et 4 heures du matin, selon la préfecture."));
    }

    @Test
    void brokenMarkupStillYieldsText() {
        Extracted e = new HtmlExtractor().extract("<p>Premier paragraphe de l'article, assez long pour compter.<p>Second <b>paragraphe</b> de l'article, lui aussi assez long pour compter.", null);
        assertThat(e.text()).contains("Premier paragraphe", "Second paragraphe");
    }
}

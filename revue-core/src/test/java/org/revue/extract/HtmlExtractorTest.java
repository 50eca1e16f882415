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

    private static final String PARA = "The council voted on Tuesday evening to extend the tram line to the northern districts, "
            + "a project that has been discussed for more than ten years.";

    @Test
    void articleChosenOverTeaserListsAndComments() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            teasers.append("<div class=\"item\"><h3><a href=\"/other-").append(i).append("\">Another story number ").append(i)
                    .append("</a></h3><p>A short summary of another story that is long enough to look like a paragraph of text.</p></div>");
        }
        String page = "<html><head><title>Tram line extended - City News</title></head><body>"
                + "<div class=\"layout\"><div class=\"main\"><h1>Tram line extended</h1>"
                + "<div class=\"story\"><p>" + PARA + "</p><h2>What comes next</h2><p>Work starts in spring and should last "
                + "three years, the mayor said, adding that the budget had been approved by the region.</p>"
                + "<ul><li>Phase one: the depot</li><li>Phase two: the tracks</li></ul></div>"
                + "<section id=\"comments\"><p>I have waited for this tram for years and I am very happy that it finally comes to us.</p></section>"
                + "</div><div class=\"latest\">" + teasers + "</div></div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, "https://example.org/2024/03/05/tram");
        assertThat(e.title()).isEqualTo("Tram line extended");
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5)); // from the URL's date path
        assertThat(e.text()).contains(PARA, "Work starts in spring", "Phase one: the depot", "What comes next");
        assertThat(e.text()).doesNotContain("Another story", "A short summary", "waited for this tram");
        assertThat(e.paragraphs()).contains(Paragraph.heading("What comes next"));
    }

    @Test
    void metadataFromJsonLdAndVisibleByline() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Tram line extended\",\"datePublished\":\"2024-03-05T10:00:00+01:00\",\"dateModified\":\"2024-03-06\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"City News\"}}]}</script>";
        String page = "<html lang=\"en\"><head>" + ld + "<link rel=\"canonical\" href=\"https://example.org/tram\"></head>"
                + "<body><article><h1>Tram line extended</h1><p>" + PARA + "</p></article></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(e.modified()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(e.author()).isEqualTo("Jane Doe, John Roe");
        assertThat(e.source()).isEqualTo("City News");
        assertThat(e.url()).isEqualTo("https://example.org/tram");
        assertThat(e.lang()).isEqualTo("en");

        String visible = "<html><head><title>Tram line extended | City News</title></head><body><article>"
                + "<h1>Tram line extended</h1><p>By Jane Doe and John Roe</p><p>Published March 5, 2024</p>"
                + "<p>" + PARA + "</p></article></body></html>";
        Extracted v = new HtmlExtractor().extract(visible, null);
        assertThat(v.title()).isEqualTo("Tram line extended");
        assertThat(v.author()).isEqualTo("Jane Doe and John Roe");
        assertThat(v.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(v.text()).startsWith(PARA);
    }

    @Test
    void textWithoutSpacesIsKept() {
        String p1 = "東京都は十日、新しい路面電車の路線を北部地区まで延長すると発表した。工事は来年の春に始まる予定である。";
        String p2 = "市長は、この計画が十年以上前から議論されてきたと述べ、地域の予算も承認されたと付け加えた。";
        Extracted e = new HtmlExtractor().extract("<html><body><nav><a href=\"/\">ホーム</a></nav><div class=\"entry\"><p>" + p1
                + "</p><p>" + p2 + "</p></div></body></html>", null);
        assertThat(e.text()).isEqualTo(p1 + "\n\n" + p2);
    }

    @Test
    void aPageWrappedInAFormOrHiddenUntilScriptsRunKeepsItsText() {
        String form = "<html><body><form id=\"aspnetForm\"><div class=\"content\"><p>" + PARA + "</p><p>" + PARA.replace("Tuesday", "Monday")
                + "</p><p>" + PARA.replace("tram", "bus") + "</p><p>" + PARA.replace("council", "region") + "</p></div></form></body></html>";
        assertThat(new HtmlExtractor().extract(form, null).text()).contains(PARA, PARA.replace("tram", "bus"));
        String hidden = "<html><body><div hidden id=\"S:0\"><p>" + PARA + "</p><p>" + PARA.replace("tram", "bus") + "</p><p>"
                + PARA.replace("council", "region") + "</p><p>" + PARA.replace("Tuesday", "Monday") + "</p></div>"
                + "<div hidden><p>Sign in to continue</p></div></body></html>";
        Extracted h = new HtmlExtractor().extract(hidden, null);
        assertThat(h.text()).contains(PARA).doesNotContain("Sign in");
    }

    @Test
    void aCommentsHeadingEndsTheArticle() {
        String page = "<html><body><div class=\"post\"><h1>Tram line extended</h1><p>" + PARA + "</p><p>" + PARA.replace("tram", "bus")
                + "</p><p>" + PARA.replace("council", "region") + "</p><h2>12 Comments</h2><div><p>Great news, I have waited for "
                + "this tram for years and I am very happy that it finally comes to our district.</p></div></div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).contains(PARA.replace("council", "region")).doesNotContain("12 Comments", "Great news");
    }
}

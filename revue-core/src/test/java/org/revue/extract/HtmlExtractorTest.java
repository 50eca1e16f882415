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

    private static String dated(String meta, String dateLine) {
        return "<html><head>" + meta + "</head><body><article><h1>Tram line extended</h1><p>" + dateLine + "</p><p>"
                + PARA + "</p><p>" + PARA.replace("council", "assembly") + "</p></article></body></html>";
    }

    @Test
    void authorsFromTwitterLabelsAuthorPageLinksAndTeamBylines() {
        String yoast = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Rasmus Barslund\">";
        assertThat(new HtmlExtractor().extract(dated(yoast, "A short introduction."), null).author()).isEqualTo("Rasmus Barslund");
        String linked = "<html><body><article><h1>Tram line extended</h1><p><a href=\"/authors/upwork-staff\">The Upwork Team</a></p>"
                + "<p>" + PARA + "</p></article><footer><a href=\"/author/admin\">Site admin</a></footer></body></html>";
        assertThat(new HtmlExtractor().extract(linked, null).author()).isEqualTo("The Upwork Team");
        assertThat(new HtmlExtractor().extract(dated("", "By Podium Staff"), null).author()).isEqualTo("Podium Staff");
        assertThat(new HtmlExtractor().extract(dated("", "By Staff"), null).author()).isNull();
    }

    @Test
    void theDateShownUnderTheHeadlineBeatsTheTagsUnlessItIsAnUpdate() {
        String tag = "<meta property=\"article:published_time\" content=\"2024-02-20T08:00:00Z\">";
        assertThat(new HtmlExtractor().extract(dated(tag, "March 5, 2024"), null).published())
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(new HtmlExtractor().extract(dated(tag, "Updated March 5, 2024"), null).published())
                .isEqualTo(LocalDate.of(2024, 2, 20));
        // the tags' date read the other way round is the same date: the tags are kept
        String ambiguous = "<meta property=\"article:published_time\" content=\"2017-03-01\">";
        assertThat(new HtmlExtractor().extract(dated(ambiguous, "03/01/2017"), null).published())
                .isEqualTo(LocalDate.of(2017, 3, 1));
        // an update date and the publication date glued in one line: the one the tags give is kept
        assertThat(new HtmlExtractor().extract(dated(tag, "March 9, 2024February 20, 2024"), null).published())
                .isEqualTo(LocalDate.of(2024, 2, 20));
    }

    @Test
    void theModificationDateWhenThePageGivesNoOther() {
        String tag = "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">";
        Extracted e = new HtmlExtractor().extract(dated(tag, "A short introduction."), null);
        assertThat(e.published()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(e.modified()).isEqualTo(LocalDate.of(2023, 6, 12));
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

    private static String article(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.toString();
    }

    private static final String[] BODY = {PARA, PARA.replace("tram", "bus"), PARA.replace("council", "region"),
            PARA.replace("Tuesday", "Monday")};
    /** Links to other stories, outside the article: the page's body is not the article's element. */
    private static final String LINKS = "<div class=\"more\">" + "<p><a href=\"/other\">Another headline of another story of the day</a></p>".repeat(10) + "</div>";
    private static final String LEAD = "The northern districts will get their tram in 2027, after a decade of debate.";

    @Test
    void theLeadBetweenHeadlineAndBodyIsKept() {
        String page = "<html><head><title>Tram line extended</title></head><body><div class=\"top\"><h1>Tram line extended</h1>"
                + "<p class=\"intro\">" + LEAD + "</p></div><div class=\"share\"><a href=\"/s\">Share</a></div>"
                + "<div class=\"text\">" + article(BODY) + "</div>" + LINKS + "</body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(page).body();
        assertThat(HtmlExtractor.container(body, HtmlExtractor.Blocks.of(body)).className()).isEqualTo("text"); // the lead is outside
        assertThat(e.paragraphs().get(0)).isEqualTo(Paragraph.body(LEAD));
        assertThat(e.text()).doesNotContain("Another headline");
        assertThat(e.text()).contains(PARA).doesNotContain("Tram line extended");

        // the headline in a breadcrumb (pruned): the lead after it is still found
        String crumb = page.replace("<div class=\"top\"><h1>Tram line extended</h1>",
                "<div class=\"breadcrumb\"><h1>Tram line extended</h1></div><div class=\"top\">");
        assertThat(new HtmlExtractor().extract(crumb, null).text()).startsWith(LEAD);

        // a list of other news after the lead that repeats the headline does not move it
        String repeated = page.replace("<div class=\"share\">", "<ul class=\"most-read\"><li><h3><a href=\"/t\">Tram line extended"
                + "</a></h3></li></ul><div class=\"share\">");
        assertThat(new HtmlExtractor().extract(repeated, null).text()).startsWith(LEAD);

        // the headline set in an h2 of the page's <header>, the h1 being a section label: its lead is kept
        String section = "<html><head><title>Tram line extended</title></head><body><h1><a href=\"/city\">City</a></h1>"
                + "<header class=\"entry\"><h2>Tram line extended</h2><p class=\"subtitle\">" + LEAD + "</p></header>"
                + "<div class=\"text\">" + article(BODY) + "</div>" + LINKS + "</body></html>";
        assertThat(new HtmlExtractor().extract(section, null).text()).startsWith(LEAD);

        // without a headline before it, a paragraph outside the article's element is not a lead
        String noHeadline = page.replace("<h1>Tram line extended</h1>", "");
        assertThat(new HtmlExtractor().extract(noHeadline, null).text()).doesNotContain(LEAD);
    }

    @Test
    void theArticleHeaderGivesItsLeadButNotItsDateOrByline() {
        String page = "<html><head><title>Tram line extended</title></head><body><article><header><h1>Tram line extended</h1>"
                + "<p>" + LEAD + "</p><p>March 5, 2024</p><p>By Jane Doe</p></header>" + article(BODY)
                + "</article></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).startsWith(LEAD).doesNotContain("March 5, 2024", "Jane Doe");
        assertThat(e.author()).isEqualTo("Jane Doe");
    }

    @Test
    void aShortClosingParagraphIsKeptButNotALabelOrTheBlocksAfterIt() {
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<p>See you next week!</p><p>More topics:</p>"
                + "<div class=\"bio\"><p>Jane writes about cities.</p></div></div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).endsWith("See you next week!").doesNotContain("More topics", "Jane writes");
        String list = page.replace("<p>More topics:</p>", "<p>The phases:</p><ul><li>the depot</li><li>the tracks</li></ul>");
        assertThat(new HtmlExtractor().extract(list, null).text()).contains("The phases:", "the depot");
    }

    @Test
    void dateCopyrightSourceAndPromotionLinesAreDropped() {
        String page = "<html><body><div class=\"post\"><p>12 March 2024</p>" + article(BODY)
                + "<p>Follow us on Twitter and Instagram for the latest news.</p><p>Quelle: Landesregierung</p>"
                + "<p>© 2024 City News. All contents reserved.</p><p>Updated at 1:23 p.m.</p><p>WWW.CITYNEWS.ORG</p>"
                + "<p>Kategorie: News</p><p>This post may contain affiliate links.</p>" + article(PARA.replace("ten", "twelve"))
                + "</div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).contains(PARA, PARA.replace("ten", "twelve"))
                .doesNotContain("12 March", "Follow us", "Quelle", "©", "Updated at", "CITYNEWS", "Kategorie", "affiliate");
        // dates that are entries of a list (events) are kept
        String events = "<html><body><div class=\"post\">" + article(BODY) + "<div>March 16, 2026</div><p>Conference one in Atlanta, "
                + "three days of talks.</p><div>April 3, 2026</div><p>Conference two in Denver, two days of talks.</p>"
                + "<div>May 4, 2026</div>" + article(PARA.replace("ten", "twelve")) + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(events, null).text()).contains("March 16, 2026", "May 4, 2026");
    }

    @Test
    void headingsThatOpenTeaserListsEndTheArticle() {
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<h2>Weitere Artikel</h2>"
                + "<p>Another summary of another article that is long enough to count as text here.</p></div></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).text()).doesNotContain("Weitere Artikel", "Another summary");
        assertThat(Furniture.phrase("Close")).isTrue();
        assertThat(Furniture.phrase("3 of 12")).isTrue();
        assertThat(Furniture.phrase("Lesezeit: 4 Minuten")).isTrue();
        assertThat(Furniture.phrase("Quellen ausblenden")).isTrue();
        assertThat(Furniture.phrase("Loading specifications…")).isTrue();
        assertThat(Furniture.phrase("Loading the new line took three years of work.")).isFalse();
        assertThat(Furniture.phrase("Close to the river")).isFalse();
    }

    @Test
    void anArticleWhoseSubHeadingsAreLinksIsNotATeaserList() {
        StringBuilder b = new StringBuilder("<html><head><title>Five meal services compared</title></head><body><h1>Five meal services compared</h1><div class=\"x\">");
        for (int i = 0; i < 5; i++) {
            b.append("<h3><a href=\"https://shop.example/").append(i).append("\">Service ").append(i).append("</a></h3>")
                    .append("<p>Service ").append(i).append(" delivers frozen bowls every week; a bowl costs six dollars and the menu changes monthly.</p>");
        }
        b.append("</div></body></html>");
        Extracted e = new HtmlExtractor().extract(b.toString(), null);
        assertThat(e.text()).contains("Service 0 delivers", "Service 4 delivers");
    }

    @Test
    void hiddenElementsHoldingMostOfThePageAreKept() {
        StringBuilder b = new StringBuilder("<html><body><div class=\"intro\"><p>" + PARA + "</p></div>");
        for (int i = 0; i < 4; i++) {
            b.append("<div hidden id=\"S:").append(i).append("\"><p>Section ").append(i).append(": ").append(PARA).append("</p></div>");
        }
        b.append("</body></html>");
        assertThat(new HtmlExtractor().extract(b.toString(), null).text()).contains("Section 0", "Section 3");
    }

    @Test
    void textIsComposedUnicode() {
        String decomposed = "Jane\u0301 Koos: " + PARA; // "e" and a combining acute accent
        Extracted e = new HtmlExtractor().extract("<html><body><div><p>" + decomposed + "</p><p>" + PARA + "</p></div></body></html>", null);
        assertThat(e.text()).startsWith("Jan\u00e9 Koos");
    }

    @Test
    void visibleAuthorsAndDates() {
        String label = "<html><head><title>Tram line extended</title></head><body><div class=\"meta\"><p>Written by</p><p>Jane Doe, MS</p>"
                + "</div><h1>Tram line extended</h1>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(label, null).author()).isEqualTo("Jane Doe");
        String inline = "<html><head><title>Tram line extended</title></head><body><h1>Tram line extended</h1>"
                + "<div>Published August 7, 2023 by Jane Doe</div>" + article(BODY) + "</body></html>";
        Extracted i = new HtmlExtractor().extract(inline, null);
        assertThat(i.author()).isEqualTo("Jane Doe");
        assertThat(i.published()).isEqualTo(LocalDate.of(2023, 8, 7));
        String bar = "<html><head><title>Tram line extended</title></head><body><header><h1>Tram line extended</h1>"
                + "<p>Jane Doe | Senior Writer | July 2, 2024</p></header>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(bar, null).author()).isEqualTo("Jane Doe");
        // the date near the heading that reads as the title, not near a logo set as h1; "Last updated" as a last resort
        String logo = "<html><head><title>Tram line extended</title></head><body><h1>City News</h1>" + "<p>x</p>".repeat(60)
                + "<h2>Tram line extended</h2><p>Last updated: November 13, 2025</p>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(logo, null).published()).isEqualTo(LocalDate.of(2025, 11, 13));
        String meta = "<html><head><meta name=\"published-date\" content=\"2021-02-16\"></head><body>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(meta, null).published()).isEqualTo(LocalDate.of(2021, 2, 16));
    }

    @Test
    void authorLabelsAndTemplateKeysAreNoAuthors() {
        assertThat(HtmlMetadata.author("Written By")).isNull();
        assertThat(HtmlMetadata.author("page.head.extra.author")).isNull();
        assertThat(HtmlMetadata.author("Authored by: Dr. Ann Lee")).isEqualTo("Dr. Ann Lee");
        assertThat(HtmlMetadata.author("Yucy3/4/2025")).isEqualTo("Yucy");
        assertThat(HtmlMetadata.author("sara.r.peter")).isEqualTo("sara.r.peter"); // a user name, as the page shows it
    }

    @Test
    void titlesLoseSiteNamesAndDatesAtEitherEnd() {
        assertThat(HtmlMetadata.stripTail("How to help babies sleep through the night | Patient Education | Children's Hospital"))
                .isEqualTo("How to help babies sleep through the night");
        assertThat(HtmlMetadata.stripTail("Dec 18 2025 Preparing a transition in Debusine")).isEqualTo("Preparing a transition in Debusine");
        assertThat(HtmlMetadata.stripTail("Using AI for Analytics (2025-09-21)")).isEqualTo("Using AI for Analytics (2025-09-21)");
        String page = "<html><head><meta property=\"og:title\" content=\"Leadfeeder | State of SEO in 2026: Trends and Predictions\">"
                + "</head><body><h1>State of SEO in 2026: Trends and Predictions</h1>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(page, null).title()).isEqualTo("State of SEO in 2026: Trends and Predictions");
        // a site named by its domain, however short the headline
        assertThat(HtmlMetadata.stripSite("GAME CHANGER | Newegg.com", null)).isEqualTo("GAME CHANGER");
        // a section label before the headline, which the title tags give without it
        String labelled = "<html><head><meta property=\"og:title\" content=\"Best Advertising Agencies in 2025 | Silverback\">"
                + "</head><body><h1>Blog: Best Advertising Agencies in 2025</h1>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(labelled, null).title()).isEqualTo("Best Advertising Agencies in 2025");
    }

    @Test
    void theTitleTagsHeadlineShownAsAHeadingBeatsASectionNameSetAsH1() {
        String page = "<html><head><title>Ten quiet trails near Grenoble | Mountain Notes</title>"
                + "<meta property=\"og:site_name\" content=\"Mountain Notes\"></head><body>"
                + "<header><h1>Grenoble trails</h1></header><main><h3>Ten quiet trails near Grenoble</h3>"
                + "<p class=\"date\">Published March 5, 2024</p>" + article(BODY) + "</main></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.title()).isEqualTo("Ten quiet trails near Grenoble");
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        // no heading reads as the tags' headline: the h1, whose words the tags share
        String none = page.replace("<h3>Ten quiet trails near Grenoble</h3>", "<h3>Trails</h3>");
        assertThat(new HtmlExtractor().extract(none, null).title()).isEqualTo("Grenoble trails");
    }

    @Test
    void aJsonLdHeadlineEqualToTheH1KeepsTheH1AgainstCatchierSocialTags() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Best Online MBA Programs\"}</script>";
        String page = "<html><head><meta property=\"og:title\" content=\"Top Online MBAs Ranked\">" + ld
                + "</head><body><article><h1>Best Online MBA Programs</h1>" + article(BODY) + "</article></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).title()).isEqualTo("Best Online MBA Programs");
        // without the JSON-LD headline, the tags share too few of the h1's words: their wording is taken
        assertThat(new HtmlExtractor().extract(page.replace(ld, ""), null).title()).isEqualTo("Top Online MBAs Ranked");
    }

    @Test
    void aFigureHoldingParagraphsIsText() {
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<figure><img src=\"a.jpg\"><p>" + PARA.replace("ten", "nine")
                + "</p><p>" + PARA.replace("ten", "eight") + "</p><p>" + PARA.replace("ten", "seven") + "</p><figcaption>The depot. Photo: A. B.</figcaption></figure>"
                + "<figure><img src=\"b.jpg\"><figcaption>The new tram on its first test run through the northern districts.</figcaption></figure>"
                + "</div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).contains(PARA.replace("ten", "eight")).doesNotContain("Photo: A. B.", "first test run");
    }

    @Test
    void aPersonsBylineRatherThanTheOrganizationAsAuthor() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Tram line extended\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"City Hospital\"}}</script>";
        String page = "<html><head>" + ld + "</head><body><h1>Tram line extended</h1><p>By Jane Doe</p>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(page, null).author()).isEqualTo("Jane Doe");
        assertThat(new HtmlExtractor().extract(page.replace("<p>By Jane Doe</p>", ""), null).author()).isEqualTo("City Hospital");
    }

    @Test
    void aQuotedPostIsTextButAShareBarIsNot() {
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>The new tram is a great day for the northern districts, says the mayor.</p></blockquote></div>"
                + "<div class=\"social-share\"><p>Share this story with your friends and family today.</p></div>"
                + "<p>Empfohlener redaktioneller Inhalt</p>" + article(PARA.replace("ten", "nine")) + "</div></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.text()).contains("a great day for the northern districts").doesNotContain("Share this story", "Empfohlener");
    }

    @Test
    void theDateThePageShowsBeforeTheJsonLdDate() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2019-01-10\"}</script>";
        String page = "<html><head>" + ld + "<title>Tram line extended</title></head><body><h1>Tram line extended</h1>"
                + "<p>Published March 5, 2024</p>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(page, null).published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(new HtmlExtractor().extract(page.replace("<p>Published March 5, 2024</p>", ""), null).published())
                .isEqualTo(LocalDate.of(2019, 1, 10));
    }

    @Test
    void anUpdateTagOrLineAndACommentsTimeAreNotThePublicationDate() {
        // og:updated_time is taken only when no tag names the publication
        String tags = "<meta property=\"og:updated_time\" content=\"2025-01-09\"><meta name=\"w-published-date\" content=\"2024-11-20\">";
        assertThat(new HtmlExtractor().extract(dated(tags, "A short introduction."), null).published())
                .isEqualTo(LocalDate.of(2024, 11, 20));
        // a <time> in the comment section dates a comment
        String comments = "<html><body><h1>Tram line extended</h1>" + article(BODY)
                + "<ol class=\"comment-list\"><li><time datetime=\"2025-06-01\">June 1</time> Great news!</li></ol></body></html>";
        assertThat(new HtmlExtractor().extract(comments, null).published()).isNull();
        assertThat(new HtmlExtractor().extract(comments.replace("comment-list", "has-comments"), null).published())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        // the date under the headline, classed as an update, does not replace the tags' date
        String tag = "<meta property=\"article:published_time\" content=\"2020-03-10T15:30:00+00:00\">";
        String updated = "<time class=\"entry-date published updated\" datetime=\"2025-02-12\">12th February 2025</time>";
        assertThat(new HtmlExtractor().extract(dated(tag, updated), null).published()).isEqualTo(LocalDate.of(2020, 3, 10));
        assertThat(new HtmlExtractor().extract(dated(tag, updated.replace(" updated", "")), null).published())
                .isEqualTo(LocalDate.of(2025, 2, 12));
        // a numeric update date on an American page is read month first, as the date shown is
        String us = dated(tag, "<time class=\"updated\" datetime=\"2017-03-01\">03/01/2017</time>").replace("<html>", "<html lang=\"en-US\">");
        assertThat(new HtmlExtractor().extract(us, null).published()).isEqualTo(LocalDate.of(2020, 3, 10));
    }

    @Test
    void jsonLdInAMetaTagAndItsIsoDateOverANumericDateReadTheOtherWay() {
        String meta = "<meta name=\"script:ld+json\" content='{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-17\"}'>";
        assertThat(new HtmlExtractor().extract(dated(meta, "A short introduction."), null).published())
                .isEqualTo(LocalDate.of(2023, 5, 17));
        String ld = "<html lang=\"en\"><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":"
                + "\"2024-09-10T16:07:00Z\"}</script>";
        String page = ld + "</head><body><article><h1>Tram line extended</h1><p>10/09/2024</p><p>" + PARA + "</p></article></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).published()).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(new HtmlExtractor().extract(page.replace("10/09/2024", "11/09/2024"), null).published())
                .isEqualTo(LocalDate.of(2024, 9, 11)); // a different day: the date shown stays
    }

    @Test
    void theModificationDateOfTheDateLineWhenNoTagGivesOne() {
        String page = "<html lang=\"fr\"><body><article><h1>Tram line extended</h1><p class=\"meta\">Publié le 3 mai 2017 à 10h12"
                + " - Modifié le 4 mai 2017 à 08h00</p><p>" + PARA + "</p></article></body></html>";
        Extracted e = new HtmlExtractor().extract(page, null);
        assertThat(e.published()).isEqualTo(LocalDate.of(2017, 5, 3));
        assertThat(e.modified()).isEqualTo(LocalDate.of(2017, 5, 4));
        String tagged = page.replace("<body>", "<head><meta property=\"article:modified_time\" content=\"2017-05-06\"></head><body>");
        assertThat(new HtmlExtractor().extract(tagged, null).modified()).isEqualTo(LocalDate.of(2017, 5, 6));
    }

    @Test
    void aDateLineBesideTheBylineAnywhereOnThePage() {
        String page = "<html><head><title>Tram line extended</title></head><body><h1>Tram line extended</h1>" + "<p>x</p>".repeat(120)
                + article(BODY) + "<p>Written by Jane Doe</p><p>April 8, 2024</p></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).published()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(new HtmlExtractor().extract(page.replace("<p>Written by Jane Doe</p>", ""), null).published()).isNull();
    }

    @Test
    void aDateInThePostsMetaLine() {
        String page = "<html><head><title>Tram line extended</title></head><body><h1>Tram line extended</h1>"
                + "<p class=\"post-meta\">Jane Doe 02 Feb 2026 Transport 7 Comments</p>" + article(BODY) + "</body></html>";
        assertThat(new HtmlExtractor().extract(page, null).published()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(new HtmlExtractor().extract(page.replace(" class=\"post-meta\"", ""), null).published()).isNull();
    }

    @Test
    void aLongCaptionAHoverCardAndTheSitesAddressAreNotText() {
        String caption = "The mayor, left, and the head of the transport authority, right, ride the first tram on the new line "
                + "through the northern districts on Tuesday morning, watched by residents who had waited ten years for it, "
                + "in a picture taken by a staff photographer for the city's newspaper and its weekly edition on Sunday.";
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<div class=\"image-caption\">" + caption + "</div>"
                + "<p>The vote was welcomed by Councillor <span class=\"rollover-people\"><a href=\"/people/jane-doe\">Jane Doe</a>"
                + "<span class=\"rollover-people-block\"><a href=\"/people/jane-doe\">Jane Doe</a><a href=\"/story/9\">Another story "
                + "about the council</a></span></span>, who had campaigned for the line since her election.</p>"
                + article(PARA.replace("ten", "nine")) + "</div><div class=\"site-copyright\"><p>City News, 12 Main Street, "
                + "Springfield 12345 | 555-0100 tel | 555-0101 fax</p></div></body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains("welcomed by Councillor Jane Doe, who had campaigned")
                .doesNotContain("staff photographer", "Another story about", "555-0100");
        String embedded = page.replace("class=\"image-caption\"", "class=\"InlineImage-imageEmbedCaption\"");
        assertThat(new HtmlExtractor().extract(embedded, null).text()).doesNotContain("staff photographer");
    }

    @Test
    void aListItemThatSaysASentenceAfterItsLinkIsText() {
        String item = "<li><strong><a href=\"/story/%d\">The council has approved the budget for the new tram line number %d</a>."
                + "</strong> Work starts in the spring, the mayor said.</li>";
        String page = "<html><body><div class=\"post\">" + article(BODY) + "<ol>" + String.format(item, 1, 1) + String.format(item, 2, 2)
                + "</ol>" + article(PARA.replace("ten", "nine")) + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).text()).contains("tram line number 2. Work starts in the spring");
        String menu = page.replace(" Work starts in the spring, the mayor said.", "");
        assertThat(new HtmlExtractor().extract(menu, null).text()).doesNotContain("tram line number 2");
    }

    @Test
    void anArticleInSectionsOfOneClassIsTakenWhole() {
        StringBuilder links = new StringBuilder("<ul>");
        for (int i = 0; i < 5; i++) {
            links.append("<li><a href=\"/patch/").append(i).append("\">A link to patch number ").append(i)
                    .append(" that was sent for review upstream last week</a></li>");
        }
        links.append("</ul>");
        String sections = "<div class=\"sect1\"><h2>First part</h2>" + article(BODY[0], BODY[0].replace("ten", "six")) + "</div>"
                + "<div class=\"sect1\"><h2>Patches</h2>" + links + "</div>"
                + "<div class=\"sect1\"><h2>Third part</h2>" + article(BODY[1], BODY[2], BODY[3]) + "</div>";
        String page = "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div id=\"content\">" + sections
                + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).text()).contains(BODY[0], BODY[3]);
        // a first part of another class is not a section of the article
        String other = page.replace("class=\"sect1\"><h2>First", "class=\"teaser\"><h2>First");
        assertThat(new HtmlExtractor().extract(other, null).text()).contains(BODY[3]).doesNotContain(BODY[0]);
    }

    @Test
    void aHiddenAccordionPanelIsTextAHiddenBoxIsNot() {
        String panel = "<div><a id=\"h1\" href=\"#p1\">Step 1</a><div id=\"p1\" style=\"display:none\" role=\"region\" aria-labelledby=\"h1\">"
                + article(BODY[2]) + "<p>Loading specifications…</p></div></div>";
        String box = "<div style=\"display:none\">" + article(PARA.replace("council", "committee")) + "</div>";
        String page = "<html><body><div class=\"post\">" + article(BODY[0], BODY[1]) + panel + box + article(BODY[3]) + "</div></body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains(BODY[2], BODY[3]).doesNotContain("committee", "Loading");
    }

    @Test
    void aTextAreaHoldingTheArticlesHtmlIsNoText() {
        String copy = ("&lt;p&gt;" + PARA.replace("council", "assembly") + "&lt;/p&gt;").repeat(12);
        String page = "<html><body><article><div class=\"sidebar-layout\"><div class=\"sidebar-content\">" + article(BODY)
                + "</div></div></article><div class=\"modal\"><p>Republish this story for free, online or in print, with the "
                + "following text.</p><textarea readonly>" + copy + "</textarea></div></body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains(BODY[0], BODY[3]).doesNotContain("assembly");
    }

    @Test
    void partsStreamedInHiddenAreThePagesContent() {
        String streamed = "<div hidden id=\"S:0\">" + article(BODY[2], BODY[3]) + "</div>";
        String page = "<html><body><div class=\"post\">" + article(BODY[0], BODY[1]) + "</div>" + streamed
                + "<div hidden id=\"menu\">" + article(PARA.replace("council", "committee")) + "</div></body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains(BODY[3]).doesNotContain("committee");
    }

    @Test
    void theJsonLdArticleBodyWhenThePageHoldsLittleOfIt() {
        String body = String.join("\\n", BODY);
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tram line extended\","
                + "\"articleBody\":\"" + body + "\"}</script>";
        String shell = "<html><head>" + ld + "</head><body><h1>Tram line extended</h1><div id=\"app\">" + article(BODY[0]) + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(shell, null).paragraphs()).hasSize(4);
        assertThat(new HtmlExtractor().extract(shell, null).text()).contains(BODY[3]);
        String full = shell.replace(article(BODY[0]), article(BODY[0], BODY[1], BODY[2]));
        assertThat(new HtmlExtractor().extract(full, null).text()).doesNotContain(BODY[3]);
    }

    @Test
    void highlightedCodeKeepsItsComments() {
        String code = "<pre><code><span class=\"hljs-comment\"># initialize the repository</span>\ngit init\n"
                + "<span class=\"token comment\">// list the branches</span>\ngit branch</code></pre>";
        String page = "<html><body><article>" + article(BODY[0], BODY[1]) + code + article(BODY[2]) + "</article>"
                + "<div class=\"comments\"><p>Great post, thanks for writing it up in so much detail!</p></div></body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains("# initialize the repository", "// list the branches", "git branch").doesNotContain("Great post");
        assertThat(text).doesNotContain("# initialize the repository git init"); // code keeps its lines
    }

    @Test
    void aReadThisNextHeadingEndsTheArticle() {
        String next = "<h3>Read This Next</h3><p>" + PARA.replace("council", "harbour board") + "</p>";
        String page = "<html><body><div class=\"post\">" + article(BODY) + next + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).text()).contains(BODY[3]).doesNotContain("harbour board");
        assertThat(new HtmlExtractor().extract(page.replace("Read This Next", "About the Author"), null).text())
                .doesNotContain("harbour board");
        assertThat(new HtmlExtractor().extract(page.replace("Read This Next", "Quicklinks"), null).text())
                .doesNotContain("harbour board");
        String section = page.replace("Read This Next", "What the board said next");
        assertThat(new HtmlExtractor().extract(section, null).text()).contains("harbour board");
    }

    @Test
    void aSecondCopyOfTheArticleIsDroppedRepeatedItemsAreNot() {
        String[] six = {BODY[0], BODY[1], BODY[2], BODY[3], PARA.replace("ten", "five"), PARA.replace("ten", "four")};
        String copies = "<div class=\"desktop\">" + article(six) + "</div><div class=\"tablet\">" + article(six) + "</div>";
        String page = "<html><body><article>" + copies + "</article></body></html>";
        assertThat(new HtmlExtractor().extract(page, null).paragraphs()).hasSize(6);
        // a plan that repeats a run of five items, less than half of what came before, keeps them
        String day = article("Breakfast: oatmeal with berries and a spoon of almond butter, coffee",
                "Lunch: grilled chicken salad with olive oil dressing and a slice of bread",
                "Dinner: baked salmon with rice and steamed green beans, a glass of water",
                "Snack: an apple and a handful of walnuts in the middle of the afternoon",
                "Drink two litres of water over the day and a cup of green tea after lunch");
        String plan = "<html><body><article>" + article(six) + "<h2>Monday</h2>" + day + "<h2>Tuesday</h2>" + day + "</article></body></html>";
        assertThat(new HtmlExtractor().extract(plan, null).text().split("Baked salmon|baked salmon", -1)).hasSize(3);
    }

    @Test
    void anAsideHoldingMostOfThePagesTextIsTheArticle() {
        String nav = "<nav>" + "<a href=\"/x\">Section name</a> ".repeat(100) + "</nav>";
        String page = "<html><body>" + nav + "<aside class=\"direct-content\">" + article(BODY) + "</aside>"
                + "<aside class=\"promo\"><p>Subscribe to our newsletter and get the best stories of the week in your inbox.</p></aside>"
                + "</body></html>";
        String text = new HtmlExtractor().extract(page, null).text();
        assertThat(text).contains(BODY[0], BODY[3]).doesNotContain("Subscribe");
    }
}

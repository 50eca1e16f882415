package org.revue.extract;

import org.junit.jupiter.api.Test;
import org.revue.model.Paragraph;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the scraped-text cleaner on a small page written for the test. */
class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private static final String PAGE = String.join("\n",
            "Economie",
            "",
            "Le port de Brest rouvre après trois jours de grève",
            "",
            "Publié le 12/03/2024 à 07:15 - Modifié le 13/03/2024 à 10:02 | La Vigie",
            "",
            "Source AFP",
            "",
            "Les dockers du port de Brest ont repris le travail mercredi matin après un accord sur les salaires.",
            "Les grues du terminal de Brest, à l'arrêt depuis lundi. | PAUL MARTIN / AFP",
            "La direction a accepté une hausse de 4 % et la révision des primes de nuit, a indiqué le",
            "[S'inscrire à la newsletter](#)",
            "Newsletter du matin",
            "Choisissez le moment où vous souhaitez recevoir l'essentiel :",
            "Votre adresse e-mail",
            "[S'inscrire gratuitement](#)",
            "syndicat majoritaire dans un communiqué.",
            "",
            "Lire aussi",
            "Grève : les ports de l'Atlantique à l'arrêt",
            "Un accord trouvé au petit matin",
            "Les négociations avaient repris mardi soir sous l'égide du préfet maritime et ont duré toute la nuit.",
            ">> Lire aussi : Le trafic transmanche perturbé",
            "« C'est un accord équilibré », a déclaré le délégué syndical Yann Le Goff.",
            "agences/jm/pl",
            "",
            "Autres actualités",
            "11 - Mars - 2024",
            "Un nouveau ferry pour Roscoff",
            "La compagnie a présenté mardi son navire qui doit entrer en service au printemps et qui...",
            "10 - Mars - 2024",
            "La pêche à la coquille reprend",
            "Les bateaux de la rade sont ressortis après une semaine de tempête et de...");

    @Test
    void removesBoilerplateAndKeepsTheArticle() {
        Extracted e = cleaner.clean(PAGE);
        String text = e.text();
        assertThat(e.title()).isEqualTo("Le port de Brest rouvre après trois jours de grève");
        assertThat(text).doesNotContain("Economie", "Source AFP", "Publié le", "PAUL MARTIN", "newsletter",
                "S'inscrire", "adresse e-mail", "Lire aussi", "Grève : les ports", "trafic transmanche",
                "agences/jm/pl", "Autres actualités", "ferry", "coquille", "Choisissez");
        assertThat(text).contains("Les dockers du port de Brest ont repris le travail mercredi matin",
                "« C'est un accord équilibré », a déclaré le délégué syndical Yann Le Goff.",
                "Les négociations avaient repris mardi soir");
    }

    @Test
    void joinsTheSentenceThatTheSignUpBlockCut() {
        String text = cleaner.clean(PAGE).text();
        assertThat(text).contains("a indiqué le syndicat majoritaire dans un communiqué.");
    }

    @Test
    void readsThePublicationDateAndSourceFromTheDateline() {
        Extracted e = cleaner.clean(PAGE);
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(e.source()).isEqualTo("La Vigie");
    }

    @Test
    void readsTheModificationDateOfAPublishedAndUpdatedLine() {
        Extracted e = cleaner.clean("Un titre\n\nPublié le 03/05/2017 à 10h12 - Mis à jour le 04/05/2017 à 08h00\n\n"
                + "Le gouvernement a présenté mardi un plan de construction de cent mille logements sociaux.");
        assertThat(e.published()).isEqualTo(LocalDate.of(2017, 5, 3));
        assertThat(e.modified()).isEqualTo(LocalDate.of(2017, 5, 4));
        assertThat(e.text()).doesNotContain("Publié");
        Extracted once = cleaner.clean("Un titre\n\nPublié le 03/05/2017 à 10h12\n\n"
                + "Le gouvernement a présenté mardi un plan de construction de cent mille logements sociaux.");
        assertThat(once.modified()).isNull();
    }

    @Test
    void keepsTheArticleHeadingThatFollowsATeaser() {
        Extracted e = cleaner.clean(PAGE);
        assertThat(e.paragraphs()).contains(Paragraph.heading("Un accord trouvé au petit matin"));
        assertThat(e.paragraphs()).noneMatch(p -> p.text().startsWith("Grève"));
    }

    @Test
    void teaserDatesAreNotThePublicationDate() {
        Extracted e = cleaner.clean("Titre de l'article\n\nUn article sans date imprimée mais avec un long texte qui suit.\n"
                + "Autres actualités\n11 - Mars - 2024\nUn titre\nUn résumé tronqué qui...");
        assertThat(e.published()).isNull();
    }

    @Test
    void stripsAKickerAndALeadingCaption() {
        Extracted e = cleaner.clean("Le maire de Lyon au chevet des sinistrés après les orages de la nuit. | JEAN DUPONT / REUTERS\n\n"
                + "ORAGES - Le maire de Lyon s'est rendu jeudi dans les quartiers inondés par les orages de la nuit.");
        assertThat(e.title()).isNull();
        assertThat(e.text()).isEqualTo("Le maire de Lyon s'est rendu jeudi dans les quartiers inondés par les orages de la nuit.");
    }

    @Test
    void openMarkerDropsItsObject() {
        Extracted e = cleaner.clean("Un titre\n\nToute l'info sur\n\nLa crise du logement en Europe\n\n"
                + "Le gouvernement a présenté mardi un plan de construction de cent mille logements sociaux.");
        assertThat(e.text()).isEqualTo("Le gouvernement a présenté mardi un plan de construction de cent mille logements sociaux.");
    }

    @Test
    void aLeadingListOfOtherNewsIsDroppedAndTheLastHeadlineBeforeTheBodyIsTheTitle() {
        String teasers = String.join("\n", "Budget européen : un deal à 1 800 milliards d'euros",
                "Colombie : le mystère du galion en eaux profondes Abonnés",
                "Que sait-on du documentaire, qui dénonce une manipulation mondiale sur le virus ? Abonnés",
                "La lecture n'est pas un produit", "L'autre Panthéon de Maurice Genevoix");
        String body = "En 2007, une société française a vendu au régime un système de surveillance d'Internet très perfectionné.";
        Extracted e = cleaner.clean(teasers + "\nKadhafi a espionné les Libyens\n\n" + body);
        assertThat(e.title()).isEqualTo("Kadhafi a espionné les Libyens");
        assertThat(e.text()).isEqualTo(body);
        // a kicker, a title and a standfirst are no list
        Extracted short_ = cleaner.clean("Libye\nKadhafi a espionné les Libyens\nUne affaire d'État qui remonte au début des années 2000\n\n" + body);
        assertThat(short_.title()).isEqualTo("Kadhafi a espionné les Libyens");
        assertThat(short_.text()).contains("Une affaire d'État qui remonte", body);
    }

    @Test
    void plainArticleIsUntouched() {
        String body = "Le conseil municipal a voté mardi le budget de la ville.\n\nLes travaux commenceront en mai.";
        Extracted e = cleaner.clean("Vote du budget\n\n" + body);
        assertThat(e.title()).isEqualTo("Vote du budget");
        assertThat(e.text()).isEqualTo(body);
    }
}

package org.revue.analyze.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntitiesTest {
    private static EntityLinker.Linked link(String... texts) {
        List<EntityLinker.Doc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(new EntityLinker.Doc("d" + i, texts[i], EntityTagger.tag(texts[i], "fr")));
        }
        return EntityLinker.link(docs);
    }

    private static Entity entity(EntityLinker.Linked l, String name) {
        return l.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + l.entities()));
    }

    @Test
    void titlesGazetteerAndFunctionWordsGiveTypes() {
        var t = EntityTagger.tag("Selon M. Durandal, la délégation de l'Unesco est arrivée à Quimperlé puis au Mexique.", "fr");
        assertThat(t.mentions()).extracting(Mention::text, Mention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Durandal", "PERSON"),
                org.assertj.core.groups.Tuple.tuple("Unesco", "ORGANIZATION"),
                org.assertj.core.groups.Tuple.tuple("Quimperlé", "LOCATION"),
                org.assertj.core.groups.Tuple.tuple("Mexique", "LOCATION"));
    }

    @Test
    void variantsMergeAcrossArticles() {
        var l = link("Le chef de la diplomatie iranienne, Mohammad Javad Zarif, est arrivé aux Etats-Unis. Zarif a rencontré la presse.",
                "Mohamad Javad Zarif a quitté les États-Unis.");
        Entity z = entity(l, "Mohammad Javad Zarif");
        assertThat(z.type()).isEqualTo("PERSON");
        assertThat(z.aliases()).contains("Zarif", "Mohamad Javad Zarif", "le chef de la diplomatie iranienne");
        assertThat(z.articles()).containsExactly("d0", "d1");
        Entity us = l.entities().stream().filter(e -> e.type().equals("LOCATION") && Names.fold(e.name()).equals("etats unis"))
                .findFirst().orElseThrow();
        assertThat(us.mentions()).isEqualTo(2);
    }

    @Test
    void aDescriptionInAppositionResolvesItsLaterUses() {
        var l = link("La présidente slovène, Natasa Pirc Musar, a reçu le pape. Plus tard, la présidente slovène a salué la foule.");
        List<Mention> ms = l.mentions().get(0);
        assertThat(ms).filteredOn(m -> m.text().equals("la présidente slovène")).extracting(Mention::entity)
                .containsExactly("Natasa Pirc Musar");
    }

    @Test
    void differentPeopleWithTheSameSurnameStayApart() {
        var l = link("Marine Durand a battu Paul Durand au premier tour.");
        assertThat(l.entities()).extracting(Entity::name).contains("Marine Durand", "Paul Durand");
    }

    @Test
    void englishTitlesAreNotPartOfTheName() {
        var t = EntityTagger.tag("Yesterday German Chancellor Olaf Scholz met President Joe Biden in Ottawa.", "en");
        assertThat(t.mentions()).extracting(Mention::text).contains("Olaf Scholz", "Joe Biden", "Ottawa")
                .doesNotContain("German Chancellor Olaf Scholz");
    }
}

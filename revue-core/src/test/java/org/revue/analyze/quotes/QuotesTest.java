package org.revue.analyze.quotes;

import org.junit.jupiter.api.Test;
import org.revue.analyze.semantic.Analysis;
import org.revue.analyze.semantic.Analyzer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {
    /** Sentences cut after ". " for the test (the splitter is tested elsewhere). */
    private static Analysis analyze(String text) {
        List<int[]> s = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((text.charAt(i) == '.' || text.charAt(i) == '»' && i > 0 && text.charAt(i - 1) == ' ' && text.startsWith(". ", i - 2))
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                s.add(new int[]{start, i + 1});
                start = i + 2;
            }
        }
        if (start < text.length()) {
            s.add(new int[]{start, text.length()});
        }
        return Analyzer.analyze(new Analyzer.Input("t", text, null, "fr", s));
    }

    private static String speakerOf(Analysis a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " not in " + a.quotes())).speaker();
    }

    @Test
    void speakerAfterTheQuote() {
        var a = analyze("La ministre de la Culture, Anne Vasseur, a visité le musée. « Ce lieu est un trésor », a déclaré Mme Vasseur.");
        assertThat(speakerOf(a, "Ce lieu")).isEqualTo("Anne Vasseur");
        assertThat(a.quotes().get(0).direct()).isTrue();
    }

    @Test
    void speakerInsideALongQuote() {
        var a = analyze("« Nous avons trouvé un accord, a déclaré Jules Berthier. Il reste à le signer. »");
        assertThat(speakerOf(a, "Nous avons")).isEqualTo("Jules Berthier");
    }

    @Test
    void speakerBeforeTheQuoteAndPronouns() {
        var a = analyze("Le syndicaliste Marc Ollivier a dénoncé « une provocation ». « Nous ne céderons pas », a-t-il ajouté.");
        assertThat(speakerOf(a, "une provocation")).isEqualTo("Marc Ollivier");
        assertThat(speakerOf(a, "Nous ne céderons")).isEqualTo("Marc Ollivier");
    }

    @Test
    void aPluralPronounSubjectStandsForThePluralDescriptionBefore() {
        var a = analyze("Les deux ministres ont passé la matinée à Bruxelles. Ils se sont engagés à « réduire les délais de paiement ».");
        assertThat(speakerOf(a, "réduire les délais")).isEqualTo("Les deux ministres");
    }

    @Test
    void anImpersonalIlGivesNoSpeaker() {
        var a = analyze("La séance a été longue. Il y a eu « un débat très vif » sur le budget.");
        assertThat(speakerOf(a, "un débat très vif")).isNull();
    }

    @Test
    void speakerInTheNextSentence() {
        var a = analyze("Une « victoire du droit ». C'est ainsi que l'avocate Claire Fontanet a qualifié le jugement.");
        assertThat(speakerOf(a, "victoire du droit")).isEqualTo("Claire Fontanet");
    }

    @Test
    void reportedSpeechIsMarkedIndirect() {
        var a = analyze("Le préfet Alain Roussel a indiqué que la route resterait fermée jusqu'à lundi.");
        Quote q = a.quotes().get(0);
        assertThat(q.direct()).isFalse();
        assertThat(q.speaker()).isEqualTo("Alain Roussel");
        assertThat(q.text()).startsWith("la route resterait fermée");
    }

    @Test
    void straightAndCurlyQuotes() {
        var a = analyze("\"Le calendrier est tenu\", a assuré Hugo Lemaire. Puis “tout ira bien”, a-t-il ajouté.");
        assertThat(speakerOf(a, "Le calendrier")).isEqualTo("Hugo Lemaire");
        assertThat(speakerOf(a, "tout ira bien")).isEqualTo("Hugo Lemaire");
    }
}

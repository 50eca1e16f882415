package org.revue.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CuesTest {
    @Test
    void callsToFollowJoinOrDownloadAndDisclosures() {
        assertThat(Cues.promo("Follow The Daily on Twitter and Instagram @daily and on Facebook.")).isTrue();
        assertThat(Cues.promo("Have a tip? Jane may be reached at jane@example.org. Follow her on Twitter @jane.")).isTrue();
        assertThat(Cues.promo("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.")).isTrue();
        assertThat(Cues.promo("Get the latest news straight to your phone with the Island News app.")).isTrue();
        assertThat(Cues.promo("Disclosure: we may earn a commission from some of the products featured on this page.")).isTrue();
        assertThat(Cues.promo("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")).isTrue();
        assertThat(Cues.promo("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.")).isTrue();
        assertThat(Cues.promo("Para comentar debes registrarte y completar los datos generales.")).isTrue();
        assertThat(Cues.promo("War der Artikel nützlich?")).isTrue();
        assertThat(Cues.promo("Dieses Skript als PDF herunterladen")).isTrue();
        assertThat(Cues.promo("This slideshow requires JavaScript.")).isTrue();
        assertThat(Cues.promo("In this Dec. 12, 2006, file photo, two astronauts work outside the station.")).isTrue();
        assertThat(Cues.promo("An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.")).isTrue();
    }

    @Test
    void sentencesOfArticlesAreNoCalls() {
        assertThat(Cues.promo("The minister said she would follow the committee's advice on the new app for schools.")).isFalse();
        assertThat(Cues.promo("In this picture of the city, the river runs from north to south.")).isFalse();
        assertThat(Cues.promo("Yes, the governor would like us to know that her state is on it.")).isFalse();
        assertThat(Cues.promo("I use this liquid soap or this dish soap, just in case you were wondering (both are affiliate links).")).isFalse();
        assertThat(Cues.promo("You install it from an app store and it works closely with the device's hardware and system features.")).isFalse();
        // a long paragraph that mentions a PDF or a comment in passing
        assertThat(Cues.promo("Want to cover all of the essentials as you pack for your upcoming trip, but don't know where to start? "
                + "Check out the list below (and feel free to download the PDF!) for my complete log of everything I carry.")).isFalse();
    }

    @Test
    void sourceAndCategoryLines() {
        assertThat(Cues.sourceLine("Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin")).isTrue();
        assertThat(Cues.sourceLine("Tags: city, tram, transport")).isTrue();
        assertThat(Cues.sourceLine("Sources say the mayor will resign: the council meets on Monday to discuss her future.")).isFalse();
    }

    @Test
    void photoCreditsInThePlural() {
        assertThat(Cues.photoCredit("Crédits photos : Agence X")).isTrue();
    }
}

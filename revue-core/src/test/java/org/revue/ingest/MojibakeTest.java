package org.revue.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {
    private static String twice(String s, String charset) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @Test
    void utf8ReadAsWindows1252OrLatin1IsRepaired() {
        String text = "L’été à Montréal — « déjà » 20 °C, 5 € : ça coûte.";
        assertThat(twice(text, "windows-1252")).isNotEqualTo(text);
        assertThat(Mojibake.repair(twice(text, "windows-1252"))).isEqualTo(text);
        assertThat(Mojibake.repair(twice(text, "ISO-8859-1"))).isEqualTo(text);
    }

    @Test
    void realTextIsLeftAlone() {
        String text = "Le CAFÉ» est fermé ; São Paulo, Ålesund, âge, château, « à » et 30 °C.";
        assertThat(Mojibake.repair(text)).isSameAs(text);
        assertThat(Mojibake.repair("plain ascii")).isSameAs("plain ascii");
    }
}

package org.revue.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {
    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = "Sergueï Lavrov à Moscou".getBytes(StandardCharsets.UTF_8);
        assertThat(Decoder.decode(plain).text()).isEqualTo("Sergueï Lavrov à Moscou");
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        Decoder.Decoded d = Decoder.decode(bom);
        assertThat(d.text()).isEqualTo("Sergueï Lavrov à Moscou");
        assertThat(d.fallback()).isFalse();
    }

    @Test
    void fallsBackToWindows1252ForLatin1Bytes() throws Exception {
        byte[] latin = "Le président a déclaré".getBytes(Charset.forName("windows-1252"));
        Decoder.Decoded d = Decoder.decode(latin);
        assertThat(d.fallback()).isTrue();
        assertThat(d.text()).isEqualTo("Le président a déclaré");
    }

    @Test
    void rejectsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> Decoder.decode(png)).isInstanceOf(Decoder.NotText.class);
    }

    @Test
    void htmlCharsetFromTheMetaTagOrTheHeader() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body><p>Prix : 20 € déjà payé</p></body></html>";
        byte[] latin9 = page.getBytes(Charset.forName("ISO-8859-15"));
        assertThat(Decoder.decodeHtml(latin9, null).text()).contains("20 € déjà payé");
        assertThat(Decoder.decodeHtml(latin9, null).charset().name()).isEqualTo("ISO-8859-15");
        byte[] koi8 = "<p>Привет</p>".getBytes(Charset.forName("KOI8-R"));
        assertThat(Decoder.decodeHtml(koi8, "text/html; charset=koi8-r").text()).isEqualTo("<p>Привет</p>");
    }

    @Test
    void htmlDeclaredLatin1ButWrittenInUtf8IsReadAsUtf8() throws Exception {
        byte[] b = "<meta charset=\"iso-8859-1\"><p>Sergueï à Moscou</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(Decoder.decodeHtml(b, null).text()).contains("Sergueï à Moscou");
        byte[] latin = "<meta charset=\"iso-8859-1\"><p>Sergueï à Moscou</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(Decoder.decodeHtml(latin, null).text()).contains("Sergueï à Moscou");
    }

    @Test
    void readsMostlyValidUtf8AsUtf8() throws Exception {
        byte[] good = "<p>Zażółć gęślą jaźń, Sergueï à Moscou, déjà vu</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length] = (byte) 0xE9; // one stray Latin-1 byte at the end
        Decoder.Decoded d = Decoder.decodeHtml(b, null);
        assertThat(d.text()).contains("Zażółć gęślą jaźń").contains("déjà vu");
        assertThat(d.fallback()).isTrue();
    }
}

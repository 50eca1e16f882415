package org.revue.ingest;

/**
 * Repairs UTF-8 text that was once decoded as Latin-1 or windows-1252 and encoded again ("Ã©tÃ©" for "été",
 * "â€™" or "â\u0080\u0099" for "’"), a common defect of scraped and re-published pages. Only sequences that
 * start with Â, Ã or â and go on with the right number of continuation characters are read again: these
 * never occur in real text, while a capital such as É followed by "»" does, so other leads are left alone.
 */
public final class Mojibake {
    private Mojibake() {
    }

    /** The text with its mojibake sequences decoded; the same instance when there is none. */
    public static String repair(String s) {
        if (s.indexOf('Ã') < 0 && s.indexOf('Â') < 0 && s.indexOf('â') < 0) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int len = c == 'Â' || c == 'Ã' ? 2 : c == 'â' ? 3 : 0;
            if (len == 0 || i + len > s.length()) {
                continue;
            }
            int cp = c & (len == 2 ? 0x1F : 0x0F);
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                int b = continuation(s.charAt(i + k));
                ok = b >= 0;
                cp = cp << 6 | (b & 0x3F);
            }
            if (!ok || len == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).append((char) cp);
            copied = i + len;
            i += len - 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** The byte 0x80–0xBF a character stands for when windows-1252 or Latin-1 read it, or -1. */
    private static int continuation(char c) {
        if (c >= 0x80 && c <= 0xBF) {
            return c; // Latin-1, C1 controls included
        }
        int i = CP1252.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    /** windows-1252's characters for the bytes 0x80–0x9F, in order (unassigned bytes as U+FFFF). */
    private static final String CP1252 = "€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ";
}

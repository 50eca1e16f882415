package org.revue.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text: BOM first, then strict UTF-8, then windows-1252; rejects binary data. */
public final class Decoder {
    private Decoder() {
    }

    /** Thrown when the bytes are not text. */
    public static final class NotText extends Exception {
        public NotText(String message) {
            super(message);
        }
    }

    /** The decoded text and whether a fallback charset had to be used. */
    public record Decoded(String text, Charset charset, boolean fallback) {
    }

    public static Decoded decode(byte[] bytes) throws NotText {
        if (looksBinary(bytes)) {
            throw new NotText("binary content, not text");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        String s = strictUtf8(bytes);
        if (s != null) {
            return decoded(s, StandardCharsets.UTF_8, false);
        }
        s = mostlyUtf8(bytes);
        if (s != null) {
            return decoded(s, StandardCharsets.UTF_8, true);
        }
        Charset cp1252 = Charset.forName("windows-1252");
        return decoded(new String(bytes, cp1252), cp1252, true);
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
    private static final java.util.regex.Pattern XML_ENCODING = java.util.regex.Pattern.compile(
            "(?i)<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)");
    private static final java.util.regex.Pattern HEADER_CHARSET = java.util.regex.Pattern.compile(
            "(?i)charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]+)");

    /**
     * An HTML page's bytes to text, as a browser would: BOM first, then the charset of the HTTP
     * {@code Content-Type} header when given, then the page's own {@code <meta charset>} / http-equiv or XML
     * declaration (looked for in the first 8 KB), then detection (strict UTF-8, else windows-1252).
     * A declared charset that the bytes contradict (a page declared Latin-1 that is valid, non-ASCII UTF-8)
     * is overridden by UTF-8, the usual mistake of servers and templates.
     */
    public static Decoded decodeHtml(byte[] bytes, String contentType) throws NotText {
        if (hasBom(bytes)) {
            return decode(bytes);
        }
        Charset declared = null;
        if (contentType != null) {
            java.util.regex.Matcher m = HEADER_CHARSET.matcher(contentType);
            declared = m.find() ? charset(m.group(1)) : null;
        }
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m;
            for (int at = head.indexOf("charset"); at >= 0 && declared == null; at = head.indexOf("charset", at + 7)) {
                int tag = head.lastIndexOf("<meta", at);
                if (tag >= 0 && at - tag < 300
                        && (m = META_CHARSET.matcher(head).region(tag, Math.min(head.length(), at + 80))).lookingAt()) {
                    declared = charset(m.group(1));
                }
            }
            if (declared == null && head.contains("<?xml") && (m = XML_ENCODING.matcher(head)).find()) {
                declared = charset(m.group(1));
            }
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-16")) {
            return decode(bytes); // undeclared, or UTF-8: strict UTF-8 then windows-1252 (UTF-16 without BOM is a lie)
        }
        if (looksBinary(bytes)) {
            throw new NotText("binary content, not text");
        }
        if (isLatin(declared) && hasHighBytes(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return decoded(utf8, StandardCharsets.UTF_8, false);
            }
        }
        return decoded(new String(bytes, declared), declared, false);
    }

    /** Decoded text, with UTF-8 that was once read as windows-1252 repaired ({@link Mojibake}). */
    private static Decoded decoded(String text, Charset charset, boolean fallback) {
        return new Decoded(Mojibake.repair(text), charset, fallback);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
                || b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }

    /** A charset by its label; the WHATWG aliases that matter: Latin-1 and ASCII labels mean windows-1252. */
    static Charset charset(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("iso8859-1") || l.equals("l1")) {
            return Charset.forName("windows-1252");
        }
        if (l.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (l.equals("x-sjis") || l.equals("shift-jis")) {
            l = "Shift_JIS";
        }
        try {
            return Charset.forName(l);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset c) {
        String n = c.name().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859");
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-8 with a few malformed bytes (a page pasted together from parts, one stray Latin-1 byte): read as
     * UTF-8, as a browser would, when its valid non-ASCII characters outnumber the malformed sequences ten to
     * one; else null (the bytes are in a single-byte charset).
     */
    static String mostlyUtf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int bad = 0, good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c >= 0x80) {
                good++;
            }
        }
        return good > 0 && good >= 10 * bad ? s : null;
    }

    private static String strictUtf8(byte[] bytes) {
        // the JDK's fast decoding replaces malformed input with U+FFFD: without one, the bytes were valid UTF-8
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes or many control characters in the first 8 KB (UTF-16 with a BOM is text). */
    static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}

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
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            Charset cp1252 = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, cp1252), cp1252, true);
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

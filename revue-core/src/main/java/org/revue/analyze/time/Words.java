package org.revue.analyze.time;

/**
 * The words of a text, found once and shared by the taggers that look words up (time anchors, role words,
 * reporting verbs): a lower-cased copy of the text with the same offsets, and the spans of its runs of letters
 * and digits. The last text seen on each thread is kept, so the taggers of one text share the work.
 */
public final class Words {
    private static final int TABLE = 0x250;
    private static final boolean[] ALNUM = new boolean[TABLE];
    private static final char[] LOWER = new char[TABLE];
    private static final ThreadLocal<Words> LAST = new ThreadLocal<>();

    static {
        for (char c = 0; c < TABLE; c++) {
            ALNUM[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
        }
        LOWER['\u00a0'] = ' ';
    }

    public final String text;
    public final String low;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] digits = new boolean[64];
    private int count;

    private Words(String text) {
        this.text = text;
        int n = text.length();
        char[] cs = new char[n];
        int i = 0;
        int tokStart = -1;
        boolean digit = false;
        for (; i < n; i++) {
            char ch = text.charAt(i);
            boolean an;
            if (ch < TABLE) {
                cs[i] = LOWER[ch];
                an = ALNUM[ch];
            } else if (ch == '\u202f' || ch == '\u2009') {
                cs[i] = ' ';
                an = false;
            } else {
                cs[i] = Character.isSurrogate(ch) ? ch : Character.toLowerCase(ch);
                an = Character.isLetterOrDigit(ch);
            }
            if (an) {
                if (tokStart < 0) {
                    tokStart = i;
                    digit = false;
                }
                digit |= ch >= '0' && ch <= '9';
            } else if (tokStart >= 0) {
                add(tokStart, i, digit);
                tokStart = -1;
            }
        }
        if (tokStart >= 0) {
            add(tokStart, n, digit);
        }
        this.low = new String(cs);
    }

    private void add(int s, int e, boolean digit) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            digits = java.util.Arrays.copyOf(digits, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        digits[count] = digit;
        count++;
    }

    /** The words of {@code text} (the same instance as the last call on this thread when the text is the same). */
    public static Words of(String text) {
        Words w = LAST.get();
        if (w != null && w.text == text) {
            return w;
        }
        w = new Words(text);
        LAST.set(w);
        return w;
    }

    public int count() {
        return count;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean hasDigit(int i) {
        return digits[i];
    }

    /** Whether word i is made of letters only. */
    public boolean letters(int i) {
        return !digits[i];
    }
}

package java.lang;

/**
 * UTF-8 for String: encoding writes '?' for an unpaired surrogate; decoding replaces each maximal
 * ill-formed subpart (Unicode 13 §3.9) with U+FFFD.
 */
final class Utf8 {
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    static byte[] encode(char[] chars, int offset, int count) {
        int end = offset + count;
        int size = 0;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size += 1;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = (byte) '?';
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    static char[] decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int n = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out[n++] = (char) b0;
                i++;
                continue;
            }
            int need = sequenceLength(b0);
            int cp = b0 & (0xFF >> (need + 1));
            int got = 1;
            while (got < need && i + got < end && inRange(bytes[i + got] & 0xFF, b0, got)) {
                cp = cp << 6 | (bytes[i + got] & 0x3F);
                got++;
            }
            if (need == 0 || got < need) {
                out[n++] = REPLACEMENT;
                i += got;
            } else {
                n += Character.toChars(cp, out, n);
                i += need;
            }
        }
        if (n == out.length) {
            return out;
        }
        char[] exact = new char[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /** Bytes in the sequence a lead byte starts, or 0 if it cannot start one. */
    private static int sequenceLength(int b0) {
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return 2;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            return 3;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** Whether byte {@code b} may follow at position {@code index} of a sequence led by {@code b0}. */
    private static boolean inRange(int b, int b0, int index) {
        int low = 0x80;
        int high = 0xBF;
        if (index == 1) {
            if (b0 == 0xE0) {
                low = 0xA0;
            } else if (b0 == 0xED) {
                high = 0x9F;
            } else if (b0 == 0xF0) {
                low = 0x90;
            } else if (b0 == 0xF4) {
                high = 0x8F;
            }
        }
        return b >= low && b <= high;
    }
}

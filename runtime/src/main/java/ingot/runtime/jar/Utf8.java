package ingot.runtime.jar;

/**
 * Strict UTF-8 decoding of entry names and manifest text: rejects (as the JDK's decoder does)
 * truncated sequences, stray continuation bytes, overlong forms, encoded surrogates and code
 * points above U+10FFFF.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Decodes {@code b[off, off+len)}, or throws with {@code what} in the message. */
    static String decode(byte[] b, int off, int len, String what) throws JarFormatException {
        char[] chars = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                chars[n++] = (char) c;
                i++;
                continue;
            }
            int lead = c & 0xFF;
            int count = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            if (count == 0 || lead > 0xF4 || count > end - i - 1) {
                throw malformed(what, i - off);
            }
            int cp = lead & (0x3F >> count);
            for (int k = 1; k <= count; k++) {
                int next = b[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw malformed(what, i - off);
                }
                cp = cp << 6 | (next & 0x3F);
            }
            if (cp < MIN_FOR_COUNT[count] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw malformed(what, i - off);
            }
            if (cp >= 0x10000) {
                chars[n++] = (char) (0xD800 + ((cp - 0x10000) >>> 10));
                chars[n++] = (char) (0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                chars[n++] = (char) cp;
            }
            i += count + 1;
        }
        return new String(chars, 0, n);
    }

    private static final int[] MIN_FOR_COUNT = {0, 0x80, 0x800, 0x10000};

    private static JarFormatException malformed(String what, int at) {
        return new JarFormatException(what + " is not valid UTF-8 (byte " + at + ")");
    }
}

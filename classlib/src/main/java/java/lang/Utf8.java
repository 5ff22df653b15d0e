package java.lang;

/**
 * UTF-8 for String: encoding writes '?' for an unpaired surrogate; decoding replaces malformed
 * input with U+FFFD in the amounts JDK 17 does (see decode).
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

    /**
     * Decodes as JDK 17's String(byte[], UTF_8) does: a well-formed sequence gives its code point;
     * an encoded surrogate or a 3- or 4-byte sequence with good continuation bytes but a bad value
     * gives one U+FFFD for all its bytes; otherwise the bytes up to the first that cannot continue
     * give one U+FFFD; a sequence cut short by the end gives one U+FFFD.
     */
    static char[] decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int n = 0;
        int sp = offset;
        int sl = offset + length;
        while (sp < sl) {
            int b1 = bytes[sp++];
            if (b1 >= 0) {
                out[n++] = (char) b1;
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                if (sp >= sl) {
                    out[n++] = REPLACEMENT;
                    break;
                }
                int b2 = bytes[sp++];
                if (notContinuation(b2)) {
                    out[n++] = REPLACEMENT;
                    sp--;
                } else {
                    out[n++] = (char) (((b1 & 0x1f) << 6) | (b2 & 0x3f));
                }
            } else if ((b1 >> 4) == -2) {
                if (sp + 1 < sl) {
                    int b2 = bytes[sp];
                    int b3 = bytes[sp + 1];
                    if (malformed3(b1, b2, b3)) {
                        out[n++] = REPLACEMENT;
                        sp += (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || notContinuation(b2) ? 0 : 1;
                    } else {
                        char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
                        out[n++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                        sp += 2;
                    }
                    continue;
                }
                if (sp < sl && ((b1 == (byte) 0xe0 && (bytes[sp] & 0xe0) == 0x80) || notContinuation(bytes[sp]))) {
                    out[n++] = REPLACEMENT;
                    continue;
                }
                out[n++] = REPLACEMENT;
                break;
            } else if ((b1 >> 3) == -2) {
                int lead = b1 & 0xff;
                if (sp + 2 < sl) {
                    int b2 = bytes[sp];
                    int b3 = bytes[sp + 1];
                    int b4 = bytes[sp + 2];
                    int cp = ((lead & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
                    if (notContinuation(b2) || notContinuation(b3) || notContinuation(b4)
                            || !Character.isSupplementaryCodePoint(cp)) {
                        out[n++] = REPLACEMENT;
                        sp += malformed4Length(lead, b2 & 0xff, b3) - 1;
                    } else {
                        out[n++] = Character.highSurrogate(cp);
                        out[n++] = Character.lowSurrogate(cp);
                        sp += 3;
                    }
                    continue;
                }
                if (lead > 0xf4 || (sp < sl && badSecondOf4(lead, bytes[sp] & 0xff))) {
                    out[n++] = REPLACEMENT;
                    continue;
                }
                sp++;
                out[n++] = REPLACEMENT;
                if (sp < sl && notContinuation(bytes[sp])) {
                    continue;
                }
                break;
            } else {
                out[n++] = REPLACEMENT;
            }
        }
        if (n == out.length) {
            return out;
        }
        char[] exact = new char[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    private static boolean notContinuation(int b) {
        return (b & 0xc0) != 0x80;
    }

    private static boolean malformed3(int b1, int b2, int b3) {
        return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || notContinuation(b2) || notContinuation(b3);
    }

    private static boolean badSecondOf4(int lead, int b2) {
        return (lead == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (lead == 0xf4 && (b2 & 0xf0) != 0x80) || notContinuation(b2);
    }

    /** How many bytes of a bad 4-byte sequence one U+FFFD replaces. */
    private static int malformed4Length(int lead, int b2, int b3) {
        if (lead > 0xf4 || badSecondOf4(lead, b2)) {
            return 1;
        }
        return notContinuation(b3) ? 2 : 3;
    }
}

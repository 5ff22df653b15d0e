package ingot.runtime.classfile;

/**
 * The modified UTF-8 of CONSTANT_Utf8 entries (JVMS §4.4.7): no zero bytes, no bytes 0xF0..0xFF,
 * only the one-, two- and three-byte forms. {@link #isWellFormed} checks an entry when the pool is read;
 * {@link #decode} makes its String later, only when somebody asks for it.
 */
final class ModifiedUtf8 {
    /** Shape bits: which of the characters that matter to names occur in a string. */
    static final int DOT = 1;
    static final int SEMICOLON = 2;
    static final int BRACKET = 4;
    static final int SLASH = 8;
    static final int ANGLE = 16;
    /** The characters an unqualified name (JVMS §4.2.2) may not contain. */
    static final int NOT_IN_UNQUALIFIED_NAME = DOT | SEMICOLON | BRACKET | SLASH;
    private static final byte[] SHAPE_OF_ASCII = shapeTable();

    private ModifiedUtf8() {
    }

    /** Checks the encoding: true when the bytes are well-formed modified UTF-8. */
    static boolean isWellFormed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (true) {
            while (i < end && bytes[i] > 0) {
                i++;
            }
            if (i == end) {
                return true;
            }
            int b = bytes[i];
            if ((b & 0xE0) == 0xC0) {
                if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                if (i + 2 >= end || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) {
                    return false;
                }
                i += 3;
            } else {
                return false;
            }
        }
    }

    /** The shape bits of well-formed bytes: which of {@code . ; [ / < >} occur. */
    static int shape(byte[] bytes, int offset, int length) {
        int shape = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i];
            if (b > 0) {
                shape |= SHAPE_OF_ASCII[b];
            }
        }
        return shape;
    }

    /** Decodes bytes that {@link #scan} accepted. */
    static String decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && bytes[i] > 0) {
            i++;
        }
        if (i == end) {
            return ascii(bytes, offset, length);
        }
        return decodeMixed(bytes, offset, end);
    }

    /** Pure ASCII (no zero byte): each byte is its char, copied without a char[] in between. */
    @SuppressWarnings("deprecation")
    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, 0, offset, length);
    }

    private static String decodeMixed(byte[] bytes, int offset, int end) {
        char[] chars = new char[end - offset];
        int i = offset;
        int n = 0;
        while (i < end) {
            int b = bytes[i];
            if (b > 0) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0) {
                chars[n++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else {
                chars[n++] = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
        }
        return new String(chars, 0, n);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static byte[] shapeTable() {
        byte[] t = new byte[128];
        t['.'] = DOT;
        t[';'] = SEMICOLON;
        t['['] = BRACKET;
        t['/'] = SLASH;
        t['<'] = ANGLE;
        t['>'] = ANGLE;
        return t;
    }
}

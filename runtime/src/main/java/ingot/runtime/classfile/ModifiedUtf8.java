package ingot.runtime.classfile;

/**
 * Decodes the modified UTF-8 of CONSTANT_Utf8 entries (JVMS §4.4.7): no zero bytes, no bytes
 * 0xF0..0xFF, only the one-, two- and three-byte forms. Malformed input decodes to null.
 */
final class ModifiedUtf8 {
    private char[] buffer = new char[256];

    String decode(byte[] bytes, int offset, int length) {
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        char[] chars = buffer;
        int end = offset + length;
        int i = offset;
        int n = 0;
        while (i < end) {
            int b = bytes[i];
            if (b > 0) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0) {
                if (i + 1 >= end || !isContinuation(bytes[i + 1])) {
                    return null;
                }
                chars[n++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0) {
                if (i + 2 >= end || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) {
                    return null;
                }
                chars[n++] = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                return null;
            }
        }
        return new String(chars, 0, n);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}

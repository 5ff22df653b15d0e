package java.math;

/**
 * Big-endian byte arrays to and from words: bytes[off, off + len) as little-endian 32-bit words
 * (sign-extended with ones for a negative two's complement form), and a BigInteger's two's
 * complement form as its shortest big-endian byte array.
 */
final class ByteConversion {
    private ByteConversion() {
    }

    /** The words of bytes[off, off + len), one extra word of the fill on top (all ones if negative). */
    static int[] toWords(byte[] bytes, int off, int len, boolean negative) {
        int words = (len + 3) / 4 + 1;
        int[] r = new int[words];
        if (negative) {
            for (int i = 0; i < words; i++) {
                r[i] = -1;
            }
        }
        for (int i = 0; i < len; i++) {
            int b = bytes[off + len - 1 - i] & 0xff;
            int w = i >>> 2;
            int shift = (i & 3) * 8;
            r[w] = r[w] & ~(0xff << shift) | b << shift;
        }
        return r;
    }

    /** The last byteCount bytes of x's two's complement form, big-endian. */
    static byte[] toBytes(BigInteger x, int byteCount) {
        int[] words = TwosComplement.words(x, (byteCount + 3) / 4 + 1);
        byte[] r = new byte[byteCount];
        for (int i = 0; i < byteCount; i++) {
            r[byteCount - 1 - i] = (byte) (words[i >>> 2] >>> ((i & 3) * 8));
        }
        return r;
    }
}

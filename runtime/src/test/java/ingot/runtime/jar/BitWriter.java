package ingot.runtime.jar;

import java.io.ByteArrayOutputStream;

/** Writes deflate bit streams by hand, for streams no compressor would produce. */
final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int buffer;
    private int count;

    /** Writes the low {@code n} bits of {@code value}, least significant first. */
    BitWriter bits(int value, int n) {
        for (int i = 0; i < n; i++) {
            buffer |= ((value >>> i) & 1) << count;
            if (++count == 8) {
                out.write(buffer);
                buffer = 0;
                count = 0;
            }
        }
        return this;
    }

    /** Writes a Huffman code of {@code length} bits, most significant first. */
    BitWriter code(int code, int length) {
        for (int i = length - 1; i >= 0; i--) {
            bits(code >>> i, 1);
        }
        return this;
    }

    /** Writes symbol {@code s} of the canonical code with {@code lengths}. */
    BitWriter symbol(int[] lengths, int s) {
        return code(canonicalCodes(lengths)[s], lengths[s]);
    }

    BitWriter bytes(int... values) {
        align();
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    BitWriter align() {
        if (count > 0) {
            bits(0, 8 - count);
        }
        return this;
    }

    byte[] toByteArray() {
        align();
        return out.toByteArray();
    }

    /** The canonical Huffman codes (RFC 1951 3.2.2) for code lengths. */
    static int[] canonicalCodes(int[] lengths) {
        int[] count = new int[16];
        for (int len : lengths) {
            count[len]++;
        }
        count[0] = 0;
        int[] next = new int[16];
        int code = 0;
        for (int len = 1; len < 16; len++) {
            code = (code + count[len - 1]) << 1;
            next[len] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            if (lengths[s] != 0) {
                codes[s] = next[lengths[s]]++;
            }
        }
        return codes;
    }

    /**
     * Writes a dynamic block header for {@code litlen} and {@code dist} code lengths, sending each
     * length literally with a complete code-length code (13 symbols of 4 bits, 6 of 5 bits).
     */
    BitWriter dynamicHeader(boolean last, int[] litlen, int[] dist) {
        bits(last ? 1 : 0, 1).bits(2, 2);
        bits(litlen.length - 257, 5).bits(dist.length - 1, 5).bits(19 - 4, 4);
        int[] clLengths = completeCodeLengthCode();
        for (int i = 0; i < 19; i++) {
            bits(clLengths[DeflateAlphabet.CODE_LENGTH_ORDER[i]], 3);
        }
        for (int len : litlen) {
            symbol(clLengths, len);
        }
        for (int len : dist) {
            symbol(clLengths, len);
        }
        return this;
    }

    static int[] completeCodeLengthCode() {
        int[] cl = new int[19];
        for (int s = 0; s < 19; s++) {
            cl[s] = s < 13 ? 4 : 5;
        }
        return cl;
    }

    /** The fixed literal/length code lengths. */
    static int[] fixedLitlen() {
        int[] lengths = new int[288];
        for (int s = 0; s < 288; s++) {
            lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
        }
        return lengths;
    }
}

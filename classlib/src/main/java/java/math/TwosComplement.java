package java.math;

/**
 * The bitwise operations of BigInteger on the infinite two's complement form of sign and
 * magnitude: word i of a negative value is 0 below its lowest non-zero magnitude word, the
 * negation of that word there, and the complement above it; beyond the magnitude every word
 * repeats the sign.
 */
final class TwosComplement {
    static final int AND = 0;
    static final int OR = 1;
    static final int XOR = 2;
    static final int AND_NOT = 3;

    private TwosComplement() {
    }

    /** Word i (little-endian) of x's two's complement form. */
    static int word(BigInteger x, int i) {
        int[] mag = x.mag;
        if (x.signum >= 0) {
            return i < mag.length ? mag[i] : 0;
        }
        if (i >= mag.length) {
            return -1;
        }
        int first = firstNonZero(mag);
        return i < first ? 0 : i == first ? -mag[i] : ~mag[i];
    }

    private static int firstNonZero(int[] mag) {
        int i = 0;
        while (mag[i] == 0) {
            i++;
        }
        return i;
    }

    /** The first len words of x's two's complement form. */
    static int[] words(BigInteger x, int len) {
        int[] mag = x.mag;
        int[] w = new int[len];
        int n = Math.min(len, mag.length);
        System.arraycopy(mag, 0, w, 0, n);
        if (x.signum < 0) {
            int i = 0;
            while (w[i] == 0) {
                i++;
            }
            w[i] = -w[i];
            for (i++; i < len; i++) {
                w[i] = ~w[i];
            }
        }
        return w;
    }

    /** a op b. */
    static BigInteger apply(BigInteger a, BigInteger b, int op) {
        int len = Math.max(a.mag.length, b.mag.length) + 1;
        int[] x = words(a, len);
        int[] y = words(b, len);
        for (int i = 0; i < len; i++) {
            x[i] = op == AND ? x[i] & y[i] : op == OR ? x[i] | y[i] : op == XOR ? x[i] ^ y[i] : x[i] & ~y[i];
        }
        return fromWords(x);
    }

    /** The value whose two's complement form is words (the top word's sign extended). */
    static BigInteger fromWords(int[] words) {
        if (words[words.length - 1] >= 0) {
            return BigInteger.of(1, Magnitude.trim(words, words.length));
        }
        int[] mag = new int[words.length];
        long carry = 1;
        for (int i = 0; i < words.length; i++) {
            carry += ~words[i] & Magnitude.MASK;
            mag[i] = (int) carry;
            carry >>>= 32;
        }
        return BigInteger.of(-1, Magnitude.trim(mag, mag.length));
    }

    static BigInteger not(BigInteger x) {
        int[] words = words(x, x.mag.length + 1);
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        return fromWords(words);
    }

    static boolean testBit(BigInteger x, int n) {
        return (word(x, n >>> 5) & 1 << n) != 0;
    }

    /** x with bit n set (op OR), cleared (AND_NOT) or flipped (XOR). */
    static BigInteger changeBit(BigInteger x, int n, int op) {
        int w = n >>> 5;
        int len = Math.max(x.mag.length, w + 1) + 1;
        int[] words = words(x, len);
        int bit = 1 << n;
        words[w] = op == OR ? words[w] | bit : op == XOR ? words[w] ^ bit : words[w] & ~bit;
        return fromWords(words);
    }
}

package java.math;

/**
 * Products and squares of magnitudes: schoolbook below {@link #KARATSUBA_THRESHOLD} words,
 * Karatsuba above it (both operands that long), with a squaring of its own that computes each
 * cross product once. Inputs are exact magnitudes; results are exact new arrays.
 */
final class Multiplication {
    /** Both operands at least this many words: Karatsuba. */
    static final int KARATSUBA_THRESHOLD = 48;
    /** Squares of at least this many words: Karatsuba squaring. */
    static final int KARATSUBA_SQUARE_THRESHOLD = 64;
    private static final long MASK = Magnitude.MASK;

    private Multiplication() {
    }

    static int[] multiply(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return Magnitude.ZERO;
        }
        if (a == b) {
            return square(a);
        }
        if (a.length < KARATSUBA_THRESHOLD || b.length < KARATSUBA_THRESHOLD) {
            return schoolbook(a, b);
        }
        return karatsuba(a, b);
    }

    static int[] square(int[] a) {
        if (a.length == 0) {
            return Magnitude.ZERO;
        }
        if (a.length < KARATSUBA_SQUARE_THRESHOLD) {
            int[] r = new int[2 * a.length];
            squareInto(a, a.length, r);
            return Magnitude.trim(r, r.length);
        }
        return karatsubaSquare(a);
    }

    static int[] schoolbook(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        multiplyInto(a, a.length, b, b.length, r);
        return Magnitude.trim(r, r.length);
    }

    /** r[0, aLen + bLen) = a[0, aLen) * b[0, bLen); r's other words are not touched. */
    static void multiplyInto(int[] a, int aLen, int[] b, int bLen, int[] r) {
        if (aLen < bLen) {
            int[] t = a;
            a = b;
            b = t;
            int n = aLen;
            aLen = bLen;
            bLen = n;
        }
        long carry = 0;
        long m = b[0] & MASK;
        for (int i = 0; i < aLen; i++) {
            carry += (a[i] & MASK) * m;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        r[aLen] = (int) carry;
        for (int j = 1; j < bLen; j++) {
            r[aLen + j] = multiplyAddRow(a, aLen, b[j] & MASK, r, j);
        }
    }

    /** r[off, off + len) += a[0, len) * m; returns the carry word. */
    static int multiplyAddRow(int[] a, int len, long m, int[] r, int off) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            carry += (a[i] & MASK) * m + (r[off + i] & MASK);
            r[off + i] = (int) carry;
            carry >>>= 32;
        }
        return (int) carry;
    }

    /** r[0, 2 len) = a[0, len)^2, with each cross product computed once. */
    static void squareInto(int[] a, int len, int[] r) {
        for (int i = 0; i < 2 * len; i++) {
            r[i] = 0;
        }
        for (int i = 0; i < len - 1; i++) {
            long m = a[i] & MASK;
            long carry = 0;
            for (int j = i + 1; j < len; j++) {
                carry += (a[j] & MASK) * m + (r[i + j] & MASK);
                r[i + j] = (int) carry;
                carry >>>= 32;
            }
            r[i + len] = (int) carry;
        }
        // double the cross products and add the squares
        int high = 0;
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long d = (a[i] & MASK) * (a[i] & MASK);
            int lo = r[2 * i];
            int hi = r[2 * i + 1];
            long lo2 = (lo << 1 | high) & MASK;
            long hi2 = (hi << 1 | lo >>> 31) & MASK;
            high = hi >>> 31;
            carry += lo2 + (d & MASK);
            r[2 * i] = (int) carry;
            carry >>>= 32;
            carry += hi2 + (d >>> 32);
            r[2 * i + 1] = (int) carry;
            carry >>>= 32;
        }
    }

    private static int[] karatsuba(int[] a, int[] b) {
        int half = (Math.max(a.length, b.length) + 1) / 2;
        int[] a0 = Magnitude.slice(a, 0, half);
        int[] a1 = Magnitude.slice(a, half, a.length);
        int[] b0 = Magnitude.slice(b, 0, half);
        int[] b1 = Magnitude.slice(b, half, b.length);
        int[] high = multiply(a1, b1);
        int[] low = multiply(a0, b0);
        int[] middle = multiply(Magnitude.add(a0, a1), Magnitude.add(b0, b1));
        return combine(low, middle, high, half, a.length + b.length);
    }

    private static int[] karatsubaSquare(int[] a) {
        int half = (a.length + 1) / 2;
        int[] a0 = Magnitude.slice(a, 0, half);
        int[] a1 = Magnitude.slice(a, half, a.length);
        int[] high = square(a1);
        int[] low = square(a0);
        int[] middle = square(Magnitude.add(a0, a1));
        return combine(low, middle, high, half, 2 * a.length);
    }

    /** low + (middle - low - high) B^half + high B^(2 half), in an array of size words. */
    private static int[] combine(int[] low, int[] middle, int[] high, int half, int size) {
        int[] r = new int[Math.max(size, 2 * half + high.length) + 1];
        System.arraycopy(low, 0, r, 0, low.length);
        System.arraycopy(high, 0, r, 2 * half, high.length);
        int[] m = new int[middle.length];
        System.arraycopy(middle, 0, m, 0, middle.length);
        subtractInPlace(m, low);
        subtractInPlace(m, high);
        addAt(r, m, Magnitude.exactLength(m, m.length), half);
        return Magnitude.trim(r, r.length);
    }

    /** a -= b in place (a >= b, a's length is kept). */
    static void subtractInPlace(int[] a, int[] b) {
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            borrow = (a[i] & MASK) - (b[i] & MASK) + borrow;
            a[i] = (int) borrow;
            borrow >>= 32;
        }
        for (; borrow != 0 && i < a.length; i++) {
            borrow = (a[i] & MASK) + borrow;
            a[i] = (int) borrow;
            borrow >>= 32;
        }
    }

    /** r += x[0, len) * B^off in place (r is long enough for the carry). */
    static void addAt(int[] r, int[] x, int len, int off) {
        long carry = 0;
        int i = 0;
        for (; i < len; i++) {
            carry += (r[off + i] & MASK) + (x[i] & MASK);
            r[off + i] = (int) carry;
            carry >>>= 32;
        }
        for (int k = off + i; carry != 0; k++) {
            carry += r[k] & MASK;
            r[k] = (int) carry;
            carry >>>= 32;
        }
    }
}

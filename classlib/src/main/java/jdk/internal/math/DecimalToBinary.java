package jdk.internal.math;

/**
 * The value nearest to a decimal number D * 10^q, correctly rounded (ties to even) to a double or
 * float. D is given by its digits in the parsed string; its first (at most) 19 digits are w.
 * Three steps, each deciding only when it is sure:
 * <ol>
 * <li>Exact floating-point arithmetic (Clinger): w and 10^|q| both exact in the format, one
 * correctly rounded multiplication or division.
 * <li>A 128-bit estimate (after Eisel and Lemire): w * 10^q lies in [w * T, (w + 1) * (T + 1))
 * scaled, T the truncated power of five of {@link Pow5Table}; when both ends round to the same
 * value, so does everything between.
 * <li>Otherwise the two ends round to neighbours, and one exact big-integer comparison of D * 10^q
 * with the midpoint between them decides.
 * </ol>
 */
final class DecimalToBinary {
    private static final double[] DOUBLE_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    };
    private static final float[] FLOAT_POW10 = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    /** Digits kept in w. */
    static final int MAX_W_DIGITS = 19;

    private DecimalToBinary() {
    }

    /**
     * The bits of the positive value 0.d1d2...dn * 10^decExp rounded to format f, where the digits
     * are the characters of s from {@code first} to {@code last} (a '.' among them skipped), the
     * first and the last not '0'. w holds the first min(n, 19) digits.
     */
    static long convert(String s, int first, int last, int n, long decExp, long w, BinaryFormat f) {
        boolean isDouble = f == BinaryFormat.DOUBLE;
        if (decExp >= (isDouble ? 310 : 40)) {
            return f.infinityBits;
        }
        if (decExp <= (isDouble ? -324 : -46)) {
            return 0;
        }
        boolean truncated = n > MAX_W_DIGITS;
        int q = (int) decExp - (truncated ? MAX_W_DIGITS : n);
        if (!truncated) {
            long exact = isDouble ? exactDouble(w, q) : exactFloat(w, q);
            if (exact >= 0) {
                return exact;
            }
        }
        long low = estimate(w, q, false, f);
        long high = estimate(truncated ? w + 1 : w, q, true, f);
        if (low == high) {
            return low;
        }
        return decide(s, first, last, n, decExp, low, f);
    }

    /** Clinger's fast path for doubles, or -1. */
    private static long exactDouble(long w, int q) {
        if (w < 0 || w > (1L << 53) || q < -22 || q > 22) {
            return -1;
        }
        double d = (double) w;
        d = q >= 0 ? d * DOUBLE_POW10[q] : d / DOUBLE_POW10[-q];
        return Double.doubleToRawLongBits(d);
    }

    /** Clinger's fast path for floats, or -1. */
    private static long exactFloat(long w, int q) {
        if (w < 0 || w > (1L << 24) || q < -10 || q > 10) {
            return -1;
        }
        float v = (float) w;
        v = q >= 0 ? v * FLOAT_POW10[q] : v / FLOAT_POW10[-q];
        return Float.floatToRawIntBits(v);
    }

    /**
     * The rounding of one end of the interval that holds w * 10^q (w unsigned, not zero): the lower
     * end w * T, or the upper end w * (T + 1) (w * T when T is exact).
     */
    static long estimate(long w, int q, boolean upper, BinaryFormat f) {
        Pow5Table t = Pow5Table.of(q);
        int lz = Long.numberOfLeadingZeros(w);
        long x = w << lz;
        // x * (t.hi:t.lo) = p2:p1:p0
        long b0 = x * t.lo;
        long b1 = unsignedMultiplyHigh(x, t.lo);
        long a0 = x * t.hi;
        long a1 = unsignedMultiplyHigh(x, t.hi);
        long p0 = b0;
        long p1 = a0 + b1;
        long p2 = a1 + (Long.compareUnsigned(p1, a0) < 0 ? 1 : 0);
        long exponent = (long) t.exponent + q - lz;
        if (upper && (q < 0 || q > Pow5Table.MAX_EXACT_Q)) {
            long s0 = p0 + x;
            long c0 = Long.compareUnsigned(s0, p0) < 0 ? 1 : 0;
            long s1 = p1 + c0;
            long c1 = c0 != 0 && s1 == 0 ? 1 : 0;
            long s2 = p2 + c1;
            if (c1 != 0 && s2 == 0) {
                // 2^192
                return f.round(Long.MIN_VALUE, 0, exponent + 65, false);
            }
            p0 = s0;
            p1 = s1;
            p2 = s2;
        }
        return f.round(p2, p1, exponent + 64, p0 != 0);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * Between {@code low} and the next value up: compares D * 10^(decExp - n) exactly with the
     * midpoint (2m + 1) * 2^(e - 1), low being m * 2^e; ties go to the even one.
     */
    private static long decide(String s, int first, int last, int n, long decExp, long low, BinaryFormat f) {
        int fractionBits = f.precision - 1;
        long exponentField = low >>> fractionBits;
        long m = low & ((1L << fractionBits) - 1);
        int e = f.minLsbExponent;
        if (exponentField != 0) {
            m |= 1L << fractionBits;
            e += (int) exponentField - 1;
        }
        int q = (int) decExp - n;
        DecimalBig value = DecimalBig.ofDigits(s, first, last, n);
        value.multiplyPow5(Math.max(q, 0));
        int twos = q - (e - 1);
        DecimalBig midpoint = DecimalBig.valueOf(2 * m + 1, Math.max(-q, 0), Math.max(-twos, 0), 64);
        value.shiftLeft(Math.max(twos, 0));
        int c = value.compareTo(midpoint);
        if (c > 0 || c == 0 && (low & 1) != 0) {
            return low + 1;
        }
        return low;
    }
}

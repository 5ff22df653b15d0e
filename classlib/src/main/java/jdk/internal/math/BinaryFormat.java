package jdk.internal.math;

/**
 * An IEEE 754 binary format (double or float) and the one rounding step every parser ends with:
 * a value given as a 128-bit significand, an exponent and a sticky bit becomes the nearest
 * representable value (ties to even), subnormals and overflow to infinity included.
 */
final class BinaryFormat {
    static final BinaryFormat DOUBLE = new BinaryFormat(53, -1074, 0x7ff0000000000000L, 0x7ff8000000000000L);
    static final BinaryFormat FLOAT = new BinaryFormat(24, -149, 0x7f800000L, 0x7fc00000L);

    /** Significand bits including the hidden one (53, 24). */
    final int precision;
    /** The exponent of the least significant bit of the subnormals (-1074, -149). */
    final int minLsbExponent;
    /** The bits of positive infinity, which are also the first bits past the largest finite value. */
    final long infinityBits;
    /** The bits of the canonical NaN. */
    final long nanBits;
    /** The bit that carries the sign. */
    final long signBit;

    private BinaryFormat(int precision, int minLsbExponent, long infinityBits, long nanBits) {
        this.precision = precision;
        this.minLsbExponent = minLsbExponent;
        this.infinityBits = infinityBits;
        this.nanBits = nanBits;
        this.signBit = precision == 53 ? Long.MIN_VALUE : 0x80000000L;
    }

    /** The exponent of the least significant bit of the largest finite values. */
    int maxLsbExponent() {
        int expBits = precision == 53 ? 11 : 8;
        return (1 << (expBits - 1)) - precision;
    }

    /**
     * The bits of the value nearest to ({@code hi:lo} + s) * 2^exponent, where hi:lo is an
     * unsigned 128-bit integer, not zero, and s is in (0, 1) if {@code sticky}, else 0.
     */
    long round(long hi, long lo, long exponent, boolean sticky) {
        int msb = hi != 0 ? 127 - Long.numberOfLeadingZeros(hi) : 63 - Long.numberOfLeadingZeros(lo);
        long topExponent = msb + exponent;
        if (topExponent > maxLsbExponent() + precision - 1) {
            return infinityBits;
        }
        long lsbExponent = Math.max(topExponent - precision + 1, minLsbExponent);
        long shift = lsbExponent - exponent;
        if (shift <= 0) {
            // every bit is kept: hi:lo has at most `precision` significant bits and no sticky part
            long m = lo << -shift;
            return assemble(m, lsbExponent);
        }
        if (shift > 128) {
            return 0;
        }
        int s = (int) shift;
        long m = shiftRight(hi, lo, s);
        boolean roundBit = bit(hi, lo, s - 1);
        boolean below = sticky || lowBitsNonZero(hi, lo, s - 1);
        if (roundBit && (below || (m & 1) != 0)) {
            m++;
        }
        return assemble(m, lsbExponent);
    }

    /** The bits of m * 2^lsbExponent, m below 2^(precision + 1): a carry into the exponent is right. */
    private long assemble(long m, long lsbExponent) {
        long bits = ((lsbExponent - minLsbExponent) << (precision - 1)) + m;
        return bits >= infinityBits ? infinityBits : bits;
    }

    /** (hi:lo) >>> s for 1 <= s <= 128, known to fit in a long. */
    private static long shiftRight(long hi, long lo, int s) {
        if (s >= 64) {
            return s == 128 ? 0 : hi >>> (s - 64);
        }
        return (hi << (64 - s)) | (lo >>> s);
    }

    /** Bit i (0..127) of hi:lo. */
    private static boolean bit(long hi, long lo, int i) {
        return i >= 64 ? (hi >>> (i - 64) & 1) != 0 : (lo >>> i & 1) != 0;
    }

    /** Whether any of the bits 0 .. n-1 of hi:lo is set (0 <= n <= 127). */
    private static boolean lowBitsNonZero(long hi, long lo, int n) {
        if (n == 0) {
            return false;
        }
        if (n <= 64) {
            return n == 64 ? lo != 0 : (lo & ((1L << n) - 1)) != 0;
        }
        return lo != 0 || (hi & ((1L << (n - 64)) - 1)) != 0;
    }
}

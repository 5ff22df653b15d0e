package jdk.internal.math;

/**
 * Powers of five to 128 bits, for the parsers' estimate of w * 10^q: for -342 <= q <= 308,
 * 5^q = (hi:lo + t) * 2^exponent with hi:lo an unsigned 128-bit integer whose top bit is set and
 * t in [0, 1) (the power truncated; exact, t = 0, for 0 <= q <= 55). Entries are computed exactly
 * with DecimalBig on first use and kept in immutable holders.
 */
final class Pow5Table {
    static final int MIN_Q = -342;
    static final int MAX_Q = 308;
    /** The largest q whose power is exact in 128 bits. */
    static final int MAX_EXACT_Q = 55;

    private static final Pow5Table[] ENTRIES = new Pow5Table[MAX_Q - MIN_Q + 1];

    final long hi;
    final long lo;
    final int exponent;

    private Pow5Table(long hi, long lo, int exponent) {
        this.hi = hi;
        this.lo = lo;
        this.exponent = exponent;
    }

    static Pow5Table of(int q) {
        Pow5Table e = ENTRIES[q - MIN_Q];
        if (e == null) {
            e = q >= 0 ? positive(q) : negative(-q);
            ENTRIES[q - MIN_Q] = e;
        }
        return e;
    }

    /** 5^q, its top 128 bits. */
    private static Pow5Table positive(int q) {
        DecimalBig p = DecimalBig.valueOf(1, q, 0, 128);
        int bits = p.bitLength();
        if (bits < 128) {
            p.shiftLeft(128 - bits);
        }
        int low = Math.max(bits, 128) - 128;
        return new Pow5Table(p.bits64(low + 64), p.bits64(low), bits - 128);
    }

    /** 5^-n = 2^(b + 127) / 5^n * 2^-(b + 127), b the bit length of 5^n: 128 quotient bits by long division. */
    private static Pow5Table negative(int n) {
        DecimalBig divisor = DecimalBig.valueOf(1, n, 0, 0);
        int bits = divisor.bitLength();
        DecimalBig remainder = DecimalBig.valueOf(1, 0, bits - 1, 64);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 128; i++) {
            hi = (hi << 1) | (lo >>> 63);
            lo = (lo << 1) | (remainder.doubleAndReduce(divisor) ? 1 : 0);
        }
        return new Pow5Table(hi, lo, -(bits + 127));
    }
}

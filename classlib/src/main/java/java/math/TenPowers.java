package java.math;

/**
 * Powers of ten and decimal digit counts: 10^n as a long (n up to 18) and as a BigInteger
 * (cached up to {@link #CACHED}, squared up beyond), and the number of decimal digits of a long or
 * a BigInteger (from the bit length, corrected by one comparison with a power of ten).
 */
final class TenPowers {
    static final long[] LONG = new long[19];
    private static final int CACHED = 1024;
    private static final BigInteger[] BIG = new BigInteger[CACHED];

    static {
        long p = 1;
        for (int i = 0; i < LONG.length; i++) {
            LONG[i] = p;
            p *= 10;
        }
        for (int i = 0; i < LONG.length; i++) {
            BIG[i] = BigInteger.valueOf(LONG[i]);
        }
    }

    private TenPowers() {
    }

    /** 10^n for n >= 0. */
    static BigInteger big(int n) {
        if (n >= CACHED) {
            return BigInteger.TEN.pow(n);
        }
        BigInteger p = BIG[n];
        if (p == null) {
            p = BigInteger.TEN.pow(n);
            BIG[n] = p;
        }
        return p;
    }

    /** The decimal digits of |v| (1 for 0); v != Long.MIN_VALUE. */
    static int digits(long v) {
        if (v < 0) {
            v = -v;
        }
        if (v < 10) {
            return 1;
        }
        // e = floor(bits·log10 2); |v| has e or e + 1 digits
        int e = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return v >= LONG[e] ? e + 1 : e;
    }

    /** The decimal digits of |v| (1 for 0). */
    static int digits(BigInteger v) {
        int bits = v.mag.length == 0 ? 0 : Magnitude.bitLength(v.mag);
        if (bits < 63) {
            return digits(v.longValue());
        }
        // floor(bits·log10(2)) <= digits <= that + 1
        int estimate = (int) (((long) bits - 1) * 646456993L >>> 31) + 1;
        return Magnitude.compare(v.mag, big(estimate).mag) >= 0 ? estimate + 1 : estimate;
    }

    /** v·10^n for n >= 0, or Long.MIN_VALUE when it does not fit a long. */
    static long multiplyOrOverflow(long v, int n) {
        if (v == 0 || n == 0) {
            return v;
        }
        if (n >= LONG.length) {
            return Long.MIN_VALUE;
        }
        long p = LONG[n];
        long hi = Math.multiplyHigh(v, p);
        long lo = v * p;
        if (hi != (lo >> 63) || lo == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return lo;
    }
}

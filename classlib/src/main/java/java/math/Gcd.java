package java.math;

/**
 * Greatest common divisors of magnitudes: Euclid's remainders while the numbers are long, then the
 * binary algorithm on longs once both fit in 63 bits.
 */
final class Gcd {
    private Gcd() {
    }

    static int[] gcd(int[] a, int[] b) {
        while (true) {
            if (b.length == 0) {
                return a;
            }
            if (a.length == 0) {
                return b;
            }
            if (Magnitude.bitLength(a) < 64 && Magnitude.bitLength(b) < 64) {
                return Magnitude.ofLong(binary(Magnitude.low64(a), Magnitude.low64(b)));
            }
            int[] r = Division.remainder(a, b);
            a = b;
            b = r;
        }
    }

    /** gcd of non-negative longs. */
    static long binary(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = a;
                a = b;
                b = t;
            }
            b -= a;
        }
        return a << shift;
    }
}

package java.math;

/**
 * Integer square roots, floor(sqrt(n)): below 2^63 from the double square root, corrected by
 * exact comparisons; above, Newton's iteration x = (x + n/x)/2 from a start at or above the root
 * (the double root of n's top 63 bits, rounded up, shifted back), which falls to the root.
 */
final class IntegerRoots {
    private IntegerRoots() {
    }

    static int[] sqrt(int[] n) {
        int bits = Magnitude.bitLength(n);
        if (bits < 63) {
            return Magnitude.ofLong(sqrt(Magnitude.low64(n)));
        }
        int shift = (bits - 62) & ~1;
        long top = Magnitude.low64(Magnitude.shiftRight(n, shift));
        long start = (long) Math.sqrt((double) top) + 2;
        int[] x = Magnitude.shiftLeft(Magnitude.ofLong(start), shift / 2);
        while (true) {
            int[] y = Magnitude.shiftRight(Magnitude.add(x, Division.quotient(n, x)), 1);
            if (Magnitude.compare(y, x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** floor(sqrt(n)) for 0 <= n < 2^63. */
    static long sqrt(long n) {
        long r = (long) Math.sqrt((double) n);
        while (r * r > n) {
            r--;
        }
        while ((r + 1) * (r + 1) <= n) {
            r++;
        }
        return r;
    }
}

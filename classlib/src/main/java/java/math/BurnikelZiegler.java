package java.math;

/**
 * Recursive division (Burnikel and Ziegler, "Fast Recursive Division", 1998): the divisor is
 * normalised to j·m words with its top bit set (m a power of two times a block size below
 * {@link #THRESHOLD}), the dividend is cut into blocks of that size, and each two blocks over one
 * are divided by halving (2n/1n into two 3n/2n steps, each one half-size 2n/1n division and one
 * multiplication), so the cost follows the multiplication's. Blocks below the threshold or of odd
 * length go to algorithm D.
 */
final class BurnikelZiegler {
    /** Divisors of at least this many words use this division. */
    static final int THRESHOLD = 80;
    /** ... when the dividend is at least this many words longer. */
    static final int OFFSET = 40;

    private BurnikelZiegler() {
    }

    /** {quotient, remainder} of exact magnitudes a >= b, b of THRESHOLD words or more. */
    static int[][] divide(int[] a, int[] b) {
        int r = b.length;
        int m = 1 << (32 - Integer.numberOfLeadingZeros(r / THRESHOLD));
        int j = (r + m - 1) / m;
        int n = j * m;
        long nBits = 32L * n;
        int sigma = (int) Math.max(0, nBits - Magnitude.bitLength(b));
        int[] bs = Magnitude.shiftLeft(b, sigma);
        int[] as = Magnitude.shiftLeft(a, sigma);
        int t = (int) Math.max(2, (Magnitude.bitLength(as) + 1 + nBits - 1) / nBits);
        int[] z = Magnitude.slice(as, (t - 2) * n, 2 * n);
        int[] q = new int[t * n];
        for (int i = t - 2; i >= 0; i--) {
            int[][] qr = divide2n1n(z, bs, n);
            System.arraycopy(qr[0], 0, q, i * n, Math.min(qr[0].length, n));
            if (i > 0) {
                z = join(qr[1], Magnitude.slice(as, (i - 1) * n, n), n);
            } else {
                z = qr[1];
            }
        }
        return new int[][] {Magnitude.trim(q, q.length), Magnitude.shiftRight(z, sigma)};
    }

    /** hi·B^n + lo, lo below B^n. */
    private static int[] join(int[] hi, int[] lo, int n) {
        if (hi.length == 0) {
            return lo;
        }
        int[] r = new int[n + hi.length];
        System.arraycopy(lo, 0, r, 0, lo.length);
        System.arraycopy(hi, 0, r, n, hi.length);
        return r;
    }

    /** a / b with b of n words (top bit set) and a < b·B^n. */
    private static int[][] divide2n1n(int[] a, int[] b, int n) {
        if ((n & 1) != 0 || n < THRESHOLD) {
            return Division.knuthOrWord(a, b);
        }
        int half = n / 2;
        int[] a4 = Magnitude.slice(a, 0, half);
        int[][] first = divide3n2n(Magnitude.shiftRightWords(a, half), b, half);
        int[][] second = divide3n2n(join(first[1], a4, half), b, half);
        int[] q = join(first[0], second[0], half);
        return new int[][] {Magnitude.trim(q, q.length), second[1]};
    }

    /** a / b with b of 2h words (top bit set) and a < b·B^h, a of up to 3h words. */
    private static int[][] divide3n2n(int[] a, int[] b, int h) {
        int[] b1 = Magnitude.shiftRightWords(b, h);
        int[] b2 = Magnitude.slice(b, 0, h);
        int[] a12 = Magnitude.shiftRightWords(a, h);
        int[] a3 = Magnitude.slice(a, 0, h);
        int[] a1 = Magnitude.shiftRightWords(a, 2 * h);
        int[] q;
        int[] r1;
        if (Magnitude.compare(a1, b1) < 0) {
            int[][] qr = divide2n1n(a12, b1, h);
            q = qr[0];
            r1 = qr[1];
        } else {
            // q = B^h - 1, r1 = a12 - q·b1 = a12 - b1·B^h + b1
            q = ones(h);
            r1 = Magnitude.subtract(Magnitude.add(a12, b1), Magnitude.shiftLeft(b1, 32 * h));
        }
        int[] d = Multiplication.multiply(q, b2);
        int[] r = join(r1, a3, h);
        while (Magnitude.compare(r, d) < 0) {
            r = Magnitude.add(r, b);
            q = Magnitude.subtractWord(q, 1);
        }
        return new int[][] {q, Magnitude.subtract(r, d)};
    }

    private static int[] ones(int h) {
        int[] r = new int[h];
        for (int i = 0; i < h; i++) {
            r[i] = -1;
        }
        return r;
    }
}

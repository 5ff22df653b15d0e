package java.math;

/**
 * Modular exponentiation of magnitudes. Odd moduli: Montgomery form (R = 2^(32n)), left-to-right
 * sliding windows over the exponent with a table of the base's odd powers, products reduced word
 * by word. Even moduli m = m'·2^p: the odd part by Montgomery, the power of two by
 * truncated products, joined by the Chinese remainder theorem.
 */
final class ModPow {
    private static final long MASK = Magnitude.MASK;
    /** Exponents up to these bit lengths use windows of 1, 2, ... bits. */
    private static final int[] WINDOW_LIMITS = {7, 25, 81, 241, 673, 1793};

    private ModPow() {
    }

    /** base^exp mod m for exact magnitudes, base < m, m > 1, exp > 0. */
    static int[] modPow(int[] base, int[] exp, int[] m) {
        if ((m[0] & 1) != 0) {
            return oddModPow(base, exp, m);
        }
        int p = Magnitude.lowestSetBit(m);
        int[] odd = Magnitude.shiftRight(m, p);
        int[] low = powerOfTwoModPow(Magnitude.lowBits(base, p), exp, p);
        if (Magnitude.isOne(odd)) {
            return low;
        }
        int[] high = oddModPow(Division.remainder(base, odd), exp, odd);
        // x = high + odd * ((low - high) * odd^-1 mod 2^p)
        int[] diff = Magnitude.lowBits(Magnitude.subtract(Magnitude.add(low, Magnitude.shiftLeft(new int[] {1}, p)),
                Magnitude.lowBits(high, p)), p);
        int[] t = Magnitude.lowBits(Multiplication.multiply(diff, inverseModPowerOfTwo(odd, p)), p);
        return Magnitude.add(high, Multiplication.multiply(odd, t));
    }

    /** a^-1 mod 2^p for odd a (Newton's iteration x = x(2 - ax), doubling the correct bits). */
    static int[] inverseModPowerOfTwo(int[] a, int p) {
        int x0 = inverseWord(a[0]);
        int[] x = Magnitude.lowBits(new int[] {x0}, Math.min(p, 32));
        if (x.length == 0) {
            x = new int[] {1};
        }
        int[] twoPlusPower = Magnitude.addWord(Magnitude.shiftLeft(new int[] {1}, p), 2);
        for (int bits = 32; bits < p; bits *= 2) {
            int[] ax = Magnitude.lowBits(Multiplication.multiply(Magnitude.lowBits(a, p), x), p);
            int[] v = Magnitude.lowBits(Magnitude.subtract(twoPlusPower, ax), p);
            x = Magnitude.lowBits(Multiplication.multiply(x, v), p);
        }
        return x;
    }

    /** The inverse of an odd word mod 2^32. */
    static int inverseWord(int a) {
        int x = a;
        for (int i = 0; i < 5; i++) {
            x *= 2 - a * x;
        }
        return x;
    }

    /** base^exp mod 2^p, base already reduced. */
    private static int[] powerOfTwoModPow(int[] base, int[] exp, int p) {
        int[] result = new int[] {1};
        for (int i = Magnitude.bitLength(exp) - 1; i >= 0; i--) {
            result = Magnitude.lowBits(Multiplication.square(result), p);
            if (Magnitude.testBit(exp, i)) {
                result = Magnitude.lowBits(Multiplication.multiply(result, base), p);
            }
        }
        return result;
    }

    private static int windowBits(int expBits) {
        int w = 1;
        while (w <= WINDOW_LIMITS.length && expBits > WINDOW_LIMITS[w - 1]) {
            w++;
        }
        return w;
    }

    /** base^exp mod m for odd m > 1, base < m, exp > 0. */
    static int[] oddModPow(int[] base, int[] exp, int[] m) {
        Montgomery mont = new Montgomery(m);
        int n = m.length;
        int expBits = Magnitude.bitLength(exp);
        int window = windowBits(expBits);
        int[][] table = new int[1 << (window - 1)][];
        table[0] = mont.toMontgomery(base);
        if (table.length > 1) {
            int[] square = mont.square(table[0]);
            for (int i = 1; i < table.length; i++) {
                table[i] = mont.multiply(table[i - 1], square);
            }
        }
        int[] acc = null;
        int i = expBits - 1;
        while (i >= 0) {
            if (!Magnitude.testBit(exp, i)) {
                acc = mont.square(acc);
                i--;
                continue;
            }
            int j = Math.max(i - window + 1, 0);
            while (!Magnitude.testBit(exp, j)) {
                j++;
            }
            int value = 0;
            for (int k = i; k >= j; k--) {
                value = value << 1 | (Magnitude.testBit(exp, k) ? 1 : 0);
                if (acc != null) {
                    acc = mont.square(acc);
                }
            }
            acc = acc == null ? table[value >>> 1].clone() : mont.multiply(acc, table[value >>> 1]);
            i = j - 1;
        }
        int[] one = new int[n];
        one[0] = 1;
        int[] r = mont.multiply(acc, one);
        return Magnitude.trim(r, n);
    }

    /**
     * Montgomery arithmetic modulo an odd m of n words; values are n-word arrays below m. Products
     * interleave multiplication and reduction word by word (CIOS: t = (t + a_i·b + u·m) / 2^32
     * with u making the low word vanish); squares of {@link #SQUARE_SEPARATELY} words and more
     * compute the square first (each cross product once) and reduce it afterwards.
     */
    static final class Montgomery {
        static final int SQUARE_SEPARATELY = 24;
        private final int[] m;
        private final int n;
        /** -m^-1 mod 2^32. */
        private final int mInv;
        private final int[] product;
        private final int[] t;

        Montgomery(int[] m) {
            this.m = m;
            this.n = m.length;
            this.mInv = -inverseWord(m[0]);
            this.product = new int[2 * n + 1];
            this.t = new int[n + 1];
        }

        /** a·R mod m, as n words. */
        int[] toMontgomery(int[] a) {
            int[] r = Division.remainder(Magnitude.shiftLeft(a, 32 * n), m);
            int[] out = new int[n];
            System.arraycopy(r, 0, out, 0, r.length);
            return out;
        }

        /** a·b·R^-1 mod m. */
        int[] multiply(int[] a, int[] b) {
            int[] t = this.t;
            for (int i = 0; i <= n; i++) {
                t[i] = 0;
            }
            long b0 = b[0] & MASK;
            long m0 = m[0] & MASK;
            for (int i = 0; i < n; i++) {
                long ai = a[i] & MASK;
                long p = (t[0] & MASK) + ai * b0;
                long u = ((int) p * mInv) & MASK;
                long c1 = p >>> 32;
                long c2 = ((p & MASK) + u * m0) >>> 32;
                for (int j = 1; j < n; j++) {
                    p = (t[j] & MASK) + ai * (b[j] & MASK) + c1;
                    c1 = p >>> 32;
                    long q = (p & MASK) + u * (m[j] & MASK) + c2;
                    c2 = q >>> 32;
                    t[j - 1] = (int) q;
                }
                long top = (t[n] & MASK) + c1 + c2;
                t[n - 1] = (int) top;
                t[n] = (int) (top >>> 32);
            }
            return below(t, 0, t[n] != 0);
        }

        int[] square(int[] a) {
            if (n < SQUARE_SEPARATELY) {
                return multiply(a, a);
            }
            Multiplication.squareInto(a, n, product);
            return reduce();
        }

        /** product·R^-1 mod m (product below m·R). */
        private int[] reduce() {
            int[] t = product;
            t[2 * n] = 0;
            long extra = 0;
            for (int i = 0; i < n; i++) {
                long u = (t[i] * mInv) & MASK;
                int c = Multiplication.multiplyAddRow(m, n, u, t, i);
                long s = (t[i + n] & MASK) + (c & MASK) + extra;
                t[i + n] = (int) s;
                extra = s >>> 32;
            }
            return below(t, n, extra != 0);
        }

        /** x[off, off + n) (a value below 2m; carry: its bit 32n) reduced below m, as a new array. */
        private int[] below(int[] x, int off, boolean carry) {
            int[] r = new int[n];
            System.arraycopy(x, off, r, 0, n);
            if (carry || Magnitude.compare(r, n, m, n) >= 0) {
                long borrow = 0;
                for (int i = 0; i < n; i++) {
                    borrow = (r[i] & MASK) - (m[i] & MASK) + borrow;
                    r[i] = (int) borrow;
                    borrow >>= 32;
                }
            }
            return r;
        }
    }
}

package java.math;

/**
 * Quotients and remainders of magnitudes: by one word (a pass of 64-by-32-bit divisions), and by
 * longer divisors with Knuth's algorithm D (TAOCP 4.3.1: normalise the divisor's top bit, estimate
 * each quotient word from the top two words of the running remainder and correct it at most twice,
 * multiply-subtract, add back in the rare case the estimate was one too large). Divisors of
 * {@link BurnikelZiegler#THRESHOLD} words and more, with a dividend long enough, go to the
 * recursive division of Burnikel and Ziegler.
 */
final class Division {
    private static final long MASK = Magnitude.MASK;

    private Division() {
    }

    /** {quotient, remainder} of exact magnitudes, v not zero. */
    static int[][] divide(int[] u, int[] v) {
        if (Magnitude.compare(u, v) < 0) {
            return new int[][] {Magnitude.ZERO, u};
        }
        if (v.length == 1) {
            int[] q = new int[u.length];
            int r = divideByWord(u, u.length, v[0], q);
            return new int[][] {Magnitude.trim(q, q.length), r == 0 ? Magnitude.ZERO : new int[] {r}};
        }
        if (v.length >= BurnikelZiegler.THRESHOLD && u.length - v.length >= BurnikelZiegler.OFFSET) {
            return BurnikelZiegler.divide(u, v);
        }
        return knuth(u, v);
    }

    /** The quotient alone. */
    static int[] quotient(int[] u, int[] v) {
        return divide(u, v)[0];
    }

    /** The remainder alone. */
    static int[] remainder(int[] u, int[] v) {
        if (v.length == 1) {
            int r = remainderByWord(u, v[0]);
            return r == 0 ? Magnitude.ZERO : new int[] {r};
        }
        return divide(u, v)[1];
    }

    /** q[0, len) = u[0, len) / w (unsigned); returns the remainder. */
    static int divideByWord(int[] u, int len, int w, int[] q) {
        long d = w & MASK;
        long r = 0;
        if (w > 0) {
            for (int i = len - 1; i >= 0; i--) {
                long n = r << 32 | (u[i] & MASK);
                long qi = n / d;
                q[i] = (int) qi;
                r = n - qi * d;
            }
            return (int) r;
        }
        for (int i = len - 1; i >= 0; i--) {
            long n = r << 32 | (u[i] & MASK);
            long qi = divideUnsigned(n, d);
            q[i] = (int) qi;
            r = n - qi * d;
        }
        return (int) r;
    }

    /** u mod w (unsigned). */
    static int remainderByWord(int[] u, int w) {
        long d = w & MASK;
        long r = 0;
        if (w > 0) {
            for (int i = u.length - 1; i >= 0; i--) {
                r = (r << 32 | (u[i] & MASK)) % d;
            }
            return (int) r;
        }
        for (int i = u.length - 1; i >= 0; i--) {
            long n = r << 32 | (u[i] & MASK);
            r = n - divideUnsigned(n, d) * d;
        }
        return (int) r;
    }

    /** n / d, n unsigned 64 bits, 0 < d < 2^32. */
    static long divideUnsigned(long n, long d) {
        if (n >= 0) {
            return n / d;
        }
        long q = ((n >>> 1) / d) << 1;
        long r = n - q * d;
        return r >= d || r < 0 ? q + 1 : q;
    }

    /** Algorithm D for v of two words or more (u < v allowed). */
    static int[][] knuthOrWord(int[] u, int[] v) {
        if (Magnitude.compare(u, v) < 0) {
            return new int[][] {Magnitude.ZERO, u};
        }
        return knuth(u, v);
    }

    /** Algorithm D for v of two words or more, u >= v. */
    static int[][] knuth(int[] u, int[] v) {
        int n = v.length;
        int m = u.length - n;
        int s = Integer.numberOfLeadingZeros(v[n - 1]);
        int[] vn = shiftInto(v, s, n);
        int[] un = shiftInto(u, s, u.length + 1);
        int[] q = new int[m + 1];
        long vTop = vn[n - 1] & MASK;
        long vNext = vn[n - 2] & MASK;
        for (int j = m; j >= 0; j--) {
            long top = (long) un[j + n] << 32 | (un[j + n - 1] & MASK);
            long qhat;
            long rhat;
            if ((un[j + n] & MASK) >= vTop) {
                qhat = MASK;
                rhat = top - qhat * vTop;
            } else {
                qhat = divideUnsigned(top, vTop);
                rhat = top - qhat * vTop;
            }
            while (rhat >>> 32 == 0
                    && Long.compareUnsigned(qhat * vNext, rhat << 32 | (un[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
            }
            if (multiplySubtract(un, j, vn, n, qhat)) {
                qhat--;
                addBack(un, j, vn, n);
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        if (s == 0) {
            System.arraycopy(un, 0, r, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                r[i] = un[i] >>> s | un[i + 1] << 32 - s;
            }
        }
        return new int[][] {Magnitude.trim(q, q.length), Magnitude.trim(r, n)};
    }

    /** a << s in a new array of len words (a's bits fit). */
    private static int[] shiftInto(int[] a, int s, int len) {
        int[] r = new int[len];
        if (s == 0) {
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }
        int carry = 0;
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] << s | carry;
            carry = a[i] >>> 32 - s;
        }
        if (a.length < len) {
            r[a.length] = carry;
        }
        return r;
    }

    /** un[j, j + n] -= qhat * vn; whether it went below zero. */
    private static boolean multiplySubtract(int[] un, int j, int[] vn, int n, long qhat) {
        long carry = 0;
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long p = qhat * (vn[i] & MASK) + carry;
            carry = p >>> 32;
            long t = (un[i + j] & MASK) - (p & MASK) + borrow;
            un[i + j] = (int) t;
            borrow = t >> 32;
        }
        long t = (un[j + n] & MASK) - carry + borrow;
        un[j + n] = (int) t;
        return t < 0;
    }

    private static void addBack(int[] un, int j, int[] vn, int n) {
        long carry = 0;
        for (int i = 0; i < n; i++) {
            carry += (un[i + j] & MASK) + (vn[i] & MASK);
            un[i + j] = (int) carry;
            carry >>>= 32;
        }
        un[j + n] += (int) carry;
    }
}

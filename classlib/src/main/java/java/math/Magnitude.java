package java.math;

/**
 * Arithmetic on magnitudes: unsigned integers as int arrays of 32-bit words, least significant
 * word first. A magnitude handed in or out is exact (no zero word at the top; zero is the empty
 * array) unless a method says it works on a range. Results are new arrays; inputs are not changed.
 */
final class Magnitude {
    static final long MASK = 0xffffffffL;
    static final int[] ZERO = new int[0];
    /** The most words a BigInteger may have (2^31 bits; the top bit must then be clear). */
    static final int MAX_WORDS = 1 << 26;

    private Magnitude() {
    }

    /** a[0, len) without its zero top words, as a new array unless a already is exact. */
    static int[] trim(int[] a, int len) {
        while (len > 0 && a[len - 1] == 0) {
            len--;
        }
        if (len == a.length) {
            return a;
        }
        if (len == 0) {
            return ZERO;
        }
        int[] r = new int[len];
        System.arraycopy(a, 0, r, 0, len);
        return r;
    }

    /** The length of a[0, len) without its zero top words. */
    static int exactLength(int[] a, int len) {
        while (len > 0 && a[len - 1] == 0) {
            len--;
        }
        return len;
    }

    static int[] ofLong(long v) {
        if (v == 0) {
            return ZERO;
        }
        int hi = (int) (v >>> 32);
        return hi == 0 ? new int[] {(int) v} : new int[] {(int) v, hi};
    }

    /** The low 64 bits. */
    static long low64(int[] a) {
        long v = a.length == 0 ? 0 : a[0] & MASK;
        return a.length > 1 ? v | (long) a[1] << 32 : v;
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** Compares a[0, aLen) with b[0, bLen), both exact. */
    static int compare(int[] a, int aLen, int[] b, int bLen) {
        if (aLen != bLen) {
            return aLen < bLen ? -1 : 1;
        }
        for (int i = aLen - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            carry += (a[i] & MASK) + (b[i] & MASK);
            r[i] = (int) carry;
            carry >>>= 32;
        }
        for (; i < a.length; i++) {
            carry += a[i] & MASK;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        r[i] = (int) carry;
        return trim(r, r.length);
    }

    /** a + w for an unsigned word w. */
    static int[] addWord(int[] a, int w) {
        int[] r = new int[a.length + 1];
        long carry = w & MASK;
        for (int i = 0; i < a.length; i++) {
            carry += a[i] & MASK;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        r[a.length] = (int) carry;
        return trim(r, r.length);
    }

    /** a - b for a >= b. */
    static int[] subtract(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            borrow = (a[i] & MASK) - (b[i] & MASK) + borrow;
            r[i] = (int) borrow;
            borrow >>= 32;
        }
        for (; i < a.length; i++) {
            borrow = (a[i] & MASK) + borrow;
            r[i] = (int) borrow;
            borrow >>= 32;
        }
        return trim(r, r.length);
    }

    /** a - w for a >= w (w an unsigned word). */
    static int[] subtractWord(int[] a, int w) {
        int[] r = new int[a.length];
        long borrow = -(w & MASK);
        for (int i = 0; i < a.length; i++) {
            borrow = (a[i] & MASK) + borrow;
            r[i] = (int) borrow;
            borrow >>= 32;
        }
        return trim(r, r.length);
    }

    static int bitLength(int[] a) {
        int n = a.length;
        return n == 0 ? 0 : 32 * n - Integer.numberOfLeadingZeros(a[n - 1]);
    }

    /** The index of the lowest one bit; -1 for zero. */
    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                return 32 * i + Integer.numberOfTrailingZeros(a[i]);
            }
        }
        return -1;
    }

    static int bitCount(int[] a) {
        int c = 0;
        for (int w : a) {
            c += Integer.bitCount(w);
        }
        return c;
    }

    static boolean isPowerOfTwo(int[] a) {
        int n = a.length;
        if (n == 0 || Integer.bitCount(a[n - 1]) != 1) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean testBit(int[] a, int n) {
        int w = n >>> 5;
        return w < a.length && (a[w] & 1 << n) != 0;
    }

    static boolean isOne(int[] a) {
        return a.length == 1 && a[0] == 1;
    }

    /** a * 2^n for n >= 0. */
    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0 || n == 0) {
            return a;
        }
        int words = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + words + 1];
        if (bits == 0) {
            System.arraycopy(a, 0, r, words, a.length);
        } else {
            int carry = 0;
            for (int i = 0; i < a.length; i++) {
                r[i + words] = a[i] << bits | carry;
                carry = a[i] >>> 32 - bits;
            }
            r[a.length + words] = carry;
        }
        return trim(r, r.length);
    }

    /** floor(a / 2^n) for n >= 0. */
    static int[] shiftRight(int[] a, int n) {
        int words = n >>> 5;
        if (words >= a.length) {
            return ZERO;
        }
        if (n == 0) {
            return a;
        }
        int bits = n & 31;
        int len = a.length - words;
        int[] r = new int[len];
        if (bits == 0) {
            System.arraycopy(a, words, r, 0, len);
        } else {
            for (int i = 0; i < len - 1; i++) {
                r[i] = a[i + words] >>> bits | a[i + words + 1] << 32 - bits;
            }
            r[len - 1] = a[a.length - 1] >>> bits;
        }
        return trim(r, len);
    }

    /** floor(a / B^k), B = 2^32. */
    static int[] shiftRightWords(int[] a, int k) {
        if (k >= a.length) {
            return ZERO;
        }
        int[] r = new int[a.length - k];
        System.arraycopy(a, k, r, 0, r.length);
        return r;
    }

    /** Whether any of the low n bits of a is set. */
    static boolean anyLowBits(int[] a, int n) {
        int words = n >>> 5;
        for (int i = 0; i < words && i < a.length; i++) {
            if (a[i] != 0) {
                return true;
            }
        }
        return words < a.length && (n & 31) != 0 && a[words] << 32 - (n & 31) != 0;
    }

    /** The low n bits of a (a mod 2^n). */
    static int[] lowBits(int[] a, int n) {
        int words = (n + 31) >>> 5;
        if (words >= a.length && (words > a.length || (n & 31) == 0)) {
            return a;
        }
        int[] r = new int[words];
        System.arraycopy(a, 0, r, 0, words);
        if ((n & 31) != 0) {
            r[words - 1] &= (1 << (n & 31)) - 1;
        }
        return trim(r, words);
    }

    /** a with the words [from, from + len) copied out (zero-extended past a's end), exact. */
    static int[] slice(int[] a, int from, int len) {
        int n = Math.min(len, a.length - from);
        if (n <= 0) {
            return ZERO;
        }
        int[] r = new int[n];
        System.arraycopy(a, from, r, 0, n);
        return trim(r, n);
    }
}

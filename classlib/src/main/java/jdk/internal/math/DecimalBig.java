package jdk.internal.math;

/**
 * The unsigned big integers of the digit generation in DoubleToString and of the exact comparisons
 * of the parsers: little-endian 32-bit words in an array with room to grow, changed in place.
 */
final class DecimalBig {
    private int[] words;
    private int length;

    private DecimalBig(int capacity) {
        words = new int[capacity];
    }

    /** 5^(16 j) for j = 0, 1, ...: made on first use and kept (benign races: each is immutable). */
    private static final int[][] POW5_BY_16 = new int[72][];

    /** 5^0 .. 5^13, the powers that fit in an int. */
    private static final int[] SMALL_POW5 = {
        1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125,
    };

    /** v (unsigned) * 5^p5 * 2^p2, with room for {@code extraBits} more bits. */
    static DecimalBig valueOf(long v, int p5, int p2, int extraBits) {
        int bits = 64 + p5 * 3 + p2 + extraBits;
        DecimalBig b = pow5((bits >>> 5) + 3, p5);
        if (v != 1) {
            b.multiplyLong(v);
        }
        b.shiftLeft(p2);
        return b;
    }

    /** A copy with the same room. */
    DecimalBig copy() {
        DecimalBig c = new DecimalBig(words.length);
        System.arraycopy(words, 0, c.words, 0, length);
        c.length = length;
        return c;
    }

    /** 5^p5 in a number with room for {@code capacity} words. */
    private static DecimalBig pow5(int capacity, int p5) {
        DecimalBig b = new DecimalBig(capacity);
        int j = Math.min(p5 >>> 4, POW5_BY_16.length - 1);
        int[] base = pow5By16(j);
        System.arraycopy(base, 0, b.words, 0, base.length);
        b.length = base.length;
        b.multiplyPow5(p5 - 16 * j);
        return b;
    }

    /**
     * The integer whose decimal digits are the characters of s from {@code from} to {@code to}
     * inclusive, a '.' among them skipped; {@code digitCount} is how many digits there are.
     */
    static DecimalBig ofDigits(String s, int from, int to, int digitCount) {
        DecimalBig b = new DecimalBig(digitCount / 9 + 3);
        int chunk = 0;
        int chunkDigits = 0;
        for (int i = from; i <= to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            chunk = chunk * 10 + (c - '0');
            if (++chunkDigits == 9) {
                b.multiplyAdd(1_000_000_000, chunk);
                chunk = 0;
                chunkDigits = 0;
            }
        }
        if (chunkDigits > 0) {
            b.multiplyAdd(pow10(chunkDigits), chunk);
        }
        return b;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** this = this * factor + addend (both unsigned). */
    private void multiplyAdd(int factor, int addend) {
        ensure(length + 1);
        long carry = addend & 0xffffffffL;
        long f = factor & 0xffffffffL;
        for (int i = 0; i < length; i++) {
            long p = (words[i] & 0xffffffffL) * f + carry;
            words[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            words[length++] = (int) carry;
        }
    }

    /** this *= 5^n. */
    void multiplyPow5(int n) {
        ensure(length + (n * 3 >>> 5) + 2);
        while (n >= 13) {
            multiply(pow5(13));
            n -= 13;
        }
        multiply(pow5(n));
    }

    /** The number of bits up to the highest one (0 for zero). */
    int bitLength() {
        return length == 0 ? 0 : 32 * length - Integer.numberOfLeadingZeros(words[length - 1]);
    }

    /** The 64 bits from bit {@code low} up (bits above the number are zero). */
    long bits64(int low) {
        int w = low >>> 5;
        int s = low & 31;
        long a = word(w) | (word(w + 1) << 32);
        return s == 0 ? a : (a >>> s) | (word(w + 2) << (64 - s));
    }

    private long word(int i) {
        return i < length ? words[i] & 0xffffffffL : 0;
    }

    /**
     * One step of binary long division: doubles this and subtracts the divisor if the result is
     * not below it; returns whether it did (the next quotient bit).
     */
    boolean doubleAndReduce(DecimalBig divisor) {
        shiftLeft(1);
        if (compareTo(divisor) >= 0) {
            subtract(divisor);
            return true;
        }
        return false;
    }

    private static int[] pow5By16(int j) {
        int[] p = POW5_BY_16[j];
        if (p == null) {
            DecimalBig b = new DecimalBig(2 + j * 2);
            if (j == 0) {
                b.words[0] = 1;
                b.length = 1;
            } else {
                int[] below = pow5By16(j - 1);
                System.arraycopy(below, 0, b.words, 0, below.length);
                b.length = below.length;
                b.multiply(pow5(13));
                b.multiply(pow5(3));
            }
            p = new int[b.length];
            System.arraycopy(b.words, 0, p, 0, b.length);
            POW5_BY_16[j] = p;
        }
        return p;
    }

    private static int pow5(int n) {
        return SMALL_POW5[n];
    }

    private void trim() {
        while (length > 0 && words[length - 1] == 0) {
            length--;
        }
    }

    /** Makes room for capacity words; the new ones are zero, like every word above the length. */
    private void ensure(int capacity) {
        if (words.length < capacity) {
            int[] grown = new int[capacity + 4];
            System.arraycopy(words, 0, grown, 0, length);
            words = grown;
        }
    }

    /** this *= factor. */
    void multiply(int factor) {
        multiplyAdd(factor, 0);
    }

    /** this *= v (unsigned), in one pass. */
    void multiplyLong(long v) {
        long hi = v >>> 32;
        if (hi == 0) {
            multiply((int) v);
            return;
        }
        ensure(length + 2);
        long lo = v & 0xffffffffL;
        int[] w = words;
        long carry = 0;
        long previous = 0;
        for (int i = 0; i <= length; i++) {
            long current = i < length ? w[i] & 0xffffffffL : 0;
            long a = current * lo;
            long b = previous * hi;
            long t = (a & 0xffffffffL) + (b & 0xffffffffL) + carry;
            w[i] = (int) t;
            carry = (t >>> 32) + (a >>> 32) + (b >>> 32);
            previous = current;
        }
        length++;
        if (carry != 0) {
            w[length++] = (int) carry;
        }
        trim();
    }

    /** this <<= bits. */
    void shiftLeft(int bits) {
        if (bits == 0 || length == 0) {
            return;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        ensure(length + wordShift + 1);
        if (bitShift == 0) {
            for (int i = length - 1; i >= 0; i--) {
                words[i + wordShift] = words[i];
            }
        } else {
            words[length + wordShift] = 0;
            for (int i = length - 1; i >= 0; i--) {
                int w = words[i];
                words[i + wordShift + 1] |= w >>> (32 - bitShift);
                words[i + wordShift] = w << bitShift;
            }
        }
        for (int i = 0; i < wordShift; i++) {
            words[i] = 0;
        }
        length += wordShift + 1;
        trim();
    }

    int compareTo(DecimalBig other) {
        if (length != other.length) {
            return length < other.length ? -1 : 1;
        }
        for (int i = length - 1; i >= 0; i--) {
            int c = Integer.compareUnsigned(words[i], other.words[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Compares this with a + b, without making a + b: from the top words when they differ by far
     * more than the words below could make up, else exactly. Words above a length are zero.
     */
    int compareToSum(DecimalBig a, DecimalBig b) {
        int n = Math.max(a.length, b.length);
        if (length > n + 1) {
            return 1;
        }
        if (length < n) {
            return -1;
        }
        if (length >= 2 && n <= length) {
            int top = length - 1;
            double self = approximate(top);
            double sum = a.approximate(top) + b.approximate(top);
            // each is short by less than one unit of word top - 1, and self is at least 2^32 units
            double margin = self * 1e-8;
            if (sum < self - margin) {
                return 1;
            }
            if (sum > self + margin) {
                return -1;
            }
        }
        a.ensure(n + 1);
        b.ensure(n + 1);
        ensure(n + 1);
        int[] x = words;
        int[] aw = a.words;
        int[] bw = b.words;
        long borrow = 0;
        long carry = 0;
        int nonZero = 0;
        for (int i = 0; i <= n; i++) {
            long sum = (aw[i] & 0xffffffffL) + (bw[i] & 0xffffffffL) + carry;
            carry = sum >>> 32;
            long d = (x[i] & 0xffffffffL) - (sum & 0xffffffffL) - borrow;
            borrow = (d >>> 63);
            nonZero |= (int) d;
        }
        if (borrow != 0) {
            return -1;
        }
        return nonZero != 0 ? 1 : 0;
    }

    /** Subtracts a smaller or equal value in place. */
    private void subtract(DecimalBig other) {
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long d = (words[i] & 0xffffffffL) - (i < other.length ? other.words[i] & 0xffffffffL : 0) - borrow;
            words[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
    }

    /** this -= divisor * q (known not to underflow). Words above a length are zero. */
    private void subtractMultiple(DecimalBig divisor, int q) {
        divisor.ensure(length);
        int[] w = words;
        int[] dw = divisor.words;
        long borrow = 0;
        long carry = 0;
        long f = q & 0xffffffffL;
        int n = length;
        for (int i = 0; i < n; i++) {
            long p = (dw[i] & 0xffffffffL) * f + carry;
            carry = p >>> 32;
            long d = (w[i] & 0xffffffffL) - (p & 0xffffffffL) - borrow;
            w[i] = (int) d;
            borrow = d >>> 63;
        }
        trim();
    }

    /** The words n-1, n-2 and n-3 as a double (missing words are 0): a scaled approximation. */
    private double top(int n) {
        double v = 0;
        for (int i = n - 1; i >= n - 3 && i >= 0; i--) {
            v = v * 4294967296.0 + (i < length ? words[i] & 0xffffffffL : 0);
        }
        return v;
    }

    /**
     * Returns q = this / divisor (known to be below 10) and sets this to (this - q * divisor) * 10.
     * The quotient is estimated from the top words; unless the estimate lies within 1e-9 of a
     * whole number, it is exact and one pass subtracts and multiplies.
     */
    int quotientDigitTimes10(DecimalBig divisor) {
        int top = divisor.length - 1;
        // both short by less than one unit of word top - 1; the divisor is at least 2^32 units
        double x = approximate(top) / divisor.approximate(top);
        int estimate = (int) x;
        double fraction = x - estimate;
        if (estimate <= 9 && fraction > 1e-8 && fraction < 1 - 1e-8) {
            subtractMultipleTimes10(divisor, estimate);
            return estimate;
        }
        return quotientDigitTimes10Exactly(divisor);
    }

    /**
     * The words top + 1, top and top - 1 (missing ones 0) as one number in units of word top - 1:
     * this divided by 2^(32 (top - 1)), rounded down, then to a double.
     */
    private double approximate(int top) {
        long low = word(top) << 32 | (top >= 1 ? word(top - 1) : 0);
        double below = low >= 0 ? (double) low : (double) (low >>> 1) * 2.0;
        return word(top + 1) * 0x1p64 + below;
    }

    /** this = (this - divisor * q) * 10, known not to underflow. */
    private void subtractMultipleTimes10(DecimalBig divisor, int q) {
        ensure(length + 1);
        int[] w = words;
        int[] dw = divisor.words;
        long f = q;
        long productCarry = 0;
        long borrow = 0;
        long carry = 0;
        int n = length;
        int shared = Math.min(n, divisor.length);
        for (int i = 0; i < shared; i++) {
            long p = (dw[i] & 0xffffffffL) * f + productCarry;
            productCarry = p >>> 32;
            long d = (w[i] & 0xffffffffL) - (p & 0xffffffffL) - borrow;
            borrow = d >>> 63;
            long t = (d & 0xffffffffL) * 10 + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        for (int i = shared; i < n; i++) {
            long d = (w[i] & 0xffffffffL) - productCarry - borrow;
            productCarry = 0;
            borrow = d >>> 63;
            long t = (d & 0xffffffffL) * 10 + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        if (carry != 0) {
            w[length++] = (int) carry;
        }
        trim();
    }

    /** quotientDigitTimes10 with an estimate that may be off by one, corrected by comparisons. */
    private int quotientDigitTimes10Exactly(DecimalBig divisor) {
        int n = Math.max(length, divisor.length);
        int q = (int) (top(n) / divisor.top(n));
        if (q > 0) {
            q = Math.min(q - 1, 9);
            if (q > 0) {
                subtractMultiple(divisor, q);
            }
        }
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            q++;
        }
        multiply(10);
        return q;
    }
}

package java.lang;

/**
 * The unsigned big integers of the digit generation in DoubleToString: little-endian 32-bit
 * words, immutable except for quotientDigitTimes10, which replaces the value by its remainder
 * times ten.
 */
final class DecimalBig {
    private int[] words;
    private int length;

    private DecimalBig(int[] words, int length) {
        this.words = words;
        this.length = length;
        trim();
    }

    static DecimalBig valueOf(long v) {
        return new DecimalBig(new int[] {(int) v, (int) (v >>> 32)}, 2);
    }

    /** 5^p5 * 2^p2. */
    static DecimalBig pow52(int p5, int p2) {
        return valueOf(1).timesPow52(p5, p2);
    }

    private void trim() {
        while (length > 0 && words[length - 1] == 0) {
            length--;
        }
    }

    /** this * 5^p5 * 2^p2. */
    DecimalBig timesPow52(int p5, int p2) {
        DecimalBig r = this;
        for (int i = 0; i < p5; i += 13) {
            r = r.timesSmall(pow5(Math.min(13, p5 - i)));
        }
        return r.shiftLeft(p2);
    }

    private static int pow5(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 5;
        }
        return p;
    }

    private DecimalBig timesSmall(int factor) {
        int[] out = new int[length + 1];
        long carry = 0;
        long f = factor & 0xffffffffL;
        for (int i = 0; i < length; i++) {
            long p = (words[i] & 0xffffffffL) * f + carry;
            out[i] = (int) p;
            carry = p >>> 32;
        }
        out[length] = (int) carry;
        return new DecimalBig(out, length + 1);
    }

    private DecimalBig shiftLeft(int bits) {
        if (bits == 0 || length == 0) {
            return this;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        int[] out = new int[length + wordShift + 1];
        for (int i = 0; i < length; i++) {
            long w = (words[i] & 0xffffffffL) << bitShift;
            out[i + wordShift] |= (int) w;
            out[i + wordShift + 1] |= (int) (w >>> 32);
        }
        return new DecimalBig(out, out.length);
    }

    DecimalBig plus(DecimalBig other) {
        int n = Math.max(length, other.length) + 1;
        int[] out = new int[n];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long a = i < length ? words[i] & 0xffffffffL : 0;
            long b = i < other.length ? other.words[i] & 0xffffffffL : 0;
            long s = a + b + carry;
            out[i] = (int) s;
            carry = s >>> 32;
        }
        return new DecimalBig(out, n);
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

    /** Returns q = this / divisor (known to be below 10) and sets this to (this - q * divisor) * 10. */
    int quotientDigitTimes10(DecimalBig divisor) {
        words = copy();
        int q = 0;
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            q++;
        }
        DecimalBig times10 = timesSmall(10);
        words = times10.words;
        length = times10.length;
        return q;
    }

    private int[] copy() {
        int[] c = new int[length];
        System.arraycopy(words, 0, c, 0, length);
        return c;
    }
}

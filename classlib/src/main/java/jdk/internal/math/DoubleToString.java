package jdk.internal.math;

/**
 * Double.toString and Float.toString exactly as JDK 17 prints them. The digits come from the
 * classic shortest-uniqueness digit generation (Steele and White's stopping tests on B/S with
 * margin M, as JDK 17 does it): integers below 2^63 are printed from their long value with the
 * digits beyond the float's precision rounded away; other values generate digits of B/S until
 * the remainder is within the margin of either neighbour, then round the last digit. JDK 17
 * computes in int, long or big-integer arithmetic depending on the sizes involved, and its
 * stopping tests differ slightly between those (strict or non-strict comparison, overflow of the
 * margin in int and long), so this class chooses the arithmetic by the same rule to print the
 * same digits. E-form (below 10^-3 or from 10^7) always shows at least two digits.
 *
 * <p>The Formatter's conversions (%e, %f, %g) start from the same digits generated without the
 * compatibility stop: JDK 17's formatter asks for at least two digits in every form, which
 * {@link #formatterDigits} gives; it then rounds them half-up to the precision asked for.
 */
public final class DoubleToString {
    private static final int EXP_SHIFT = 52;
    private static final long FRACT_HOB = 1L << EXP_SHIFT;
    private static final long SIGNIF_MASK = FRACT_HOB - 1;
    private static final int MAX_SMALL_BIN_EXP = 62;
    private static final int MIN_SMALL_BIN_EXP = -(63 / 3);
    /** Bits of 5^i for i = 1..26 (0 for i = 0). */
    private static final int[] N_5_BITS = {
        0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61,
    };

    /** The digits found: digits[first .. first + count), value 0.d1d2... * 10^decExponent. */
    private final char[] digits = new char[20];
    private int first;
    private int count;
    private int decExponent;

    /** Whether the one-digit stop of Double.toString's plain form applies (false for Formatter). */
    private final boolean compatible;

    private DoubleToString(boolean compatible) {
        this.compatible = compatible;
    }

    public static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean negative = bits < 0;
        long fractBits = bits & SIGNIF_MASK;
        int binExp = (int) ((bits >>> EXP_SHIFT) & 0x7ff);
        if (binExp == 0x7ff) {
            return fractBits != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        int significantBits;
        if (binExp == 0) {
            if (fractBits == 0) {
                return negative ? "-0.0" : "0.0";
            }
            int leadingZeros = Long.numberOfLeadingZeros(fractBits);
            int shift = leadingZeros - (63 - EXP_SHIFT);
            fractBits <<= shift;
            binExp = 1 - shift;
            significantBits = 64 - leadingZeros;
        } else {
            fractBits |= FRACT_HOB;
            significantBits = EXP_SHIFT + 1;
        }
        DoubleToString b = new DoubleToString(true);
        b.generate(binExp - 1023, fractBits, significantBits);
        return b.format(negative);
    }

    /**
     * The digits JDK 17's Formatter starts from for a finite value (its sign ignored): "0" with
     * exponent 0 for zero, else the digit generation without the compatibility stop.
     */
    public static DoubleToString formatterDigits(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fractBits = bits & SIGNIF_MASK;
        int binExp = (int) ((bits >>> EXP_SHIFT) & 0x7ff);
        DoubleToString b = new DoubleToString(false);
        if (binExp == 0 && fractBits == 0) {
            b.digits[0] = '0';
            b.count = 1;
            return b;
        }
        int significantBits;
        if (binExp == 0) {
            int leadingZeros = Long.numberOfLeadingZeros(fractBits);
            int shift = leadingZeros - (63 - EXP_SHIFT);
            fractBits <<= shift;
            binExp = 1 - shift;
            significantBits = 64 - leadingZeros;
        } else {
            fractBits |= FRACT_HOB;
            significantBits = EXP_SHIFT + 1;
        }
        b.generate(binExp - 1023, fractBits, significantBits);
        return b;
    }

    /** The number of digits (at least one). */
    public int digitCount() {
        return count;
    }

    /** Copies the digits (as characters '0'..'9') to {@code dst} from index 0. */
    public void copyDigits(char[] dst) {
        System.arraycopy(digits, first, dst, 0, count);
    }

    /** The value is 0.d1d2... times 10 to this power. */
    public int decimalExponent() {
        return decExponent;
    }

    public static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        boolean negative = bits < 0;
        int fractBits = bits & 0x7fffff;
        int binExp = (bits >>> 23) & 0xff;
        if (binExp == 0xff) {
            return fractBits != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        int significantBits;
        if (binExp == 0) {
            if (fractBits == 0) {
                return negative ? "-0.0" : "0.0";
            }
            int leadingZeros = Integer.numberOfLeadingZeros(fractBits);
            int shift = leadingZeros - (31 - 23);
            fractBits <<= shift;
            binExp = 1 - shift;
            significantBits = 32 - leadingZeros;
        } else {
            fractBits |= 1 << 23;
            significantBits = 24;
        }
        DoubleToString b = new DoubleToString(true);
        b.generate(binExp - 127, (long) fractBits << (EXP_SHIFT - 23), significantBits);
        return b.format(negative);
    }

    private static int bitsOf5Pow(int i) {
        return i < N_5_BITS.length ? N_5_BITS[i] : i * 3;
    }

    /** floor(log10(2^p2)) for small p2: decimal digits below a float's precision in 2^p2. */
    private static int insignificantDigitsForPow2(int p2) {
        return p2 > 1 ? (int) (p2 * 30103L / 100000L) : 0;
    }

    /** floor(log10(value)) estimated from the binary exponent (may be one too high). */
    private static int estimateDecExp(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(0x3ff0000000000000L | (fractBits & SIGNIF_MASK));
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    private void generate(int binExp, long fractBits, int significantBits) {
        int tailZeros = Long.numberOfTrailingZeros(fractBits);
        int fractBitCount = EXP_SHIFT + 1 - tailZeros;
        int tinyBits = Math.max(0, fractBitCount - binExp - 1);
        if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP && tinyBits == 0
                && fractBitCount + N_5_BITS[0] < 64) {
            int insignificant = binExp > significantBits ? insignificantDigitsForPow2(binExp - significantBits - 1) : 0;
            long value = binExp >= EXP_SHIFT ? fractBits << (binExp - EXP_SHIFT) : fractBits >>> (EXP_SHIFT - binExp);
            integerDigits(value, insignificant);
            return;
        }
        int decExp = estimateDecExp(fractBits, binExp);
        int b5 = Math.max(0, -decExp);
        int b2 = b5 + tinyBits + binExp;
        int s5 = Math.max(0, decExp);
        int s2 = s5 + tinyBits;
        int m5 = b5;
        int m2 = b2 - significantBits;
        fractBits >>>= tailZeros;
        b2 -= fractBitCount - 1;
        int common2 = Math.min(b2, s2);
        b2 -= common2;
        s2 -= common2;
        m2 -= common2;
        if (fractBitCount == 1) {
            m2 -= 1;
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = fractBitCount + b2 + bitsOf5Pow(b5);
        int tenSBits = s2 + 1 + bitsOf5Pow(s5 + 1);
        if (bBits < 32 && tenSBits < 32) {
            intDigits(decExp, (int) fractBits, b5, b2, s5, s2, m5, m2);
        } else if (bBits < 64 && tenSBits < 64) {
            longDigits(decExp, fractBits, b5, b2, s5, s2, m5, m2);
        } else {
            bigDigits(decExp, fractBits, b5, b2, s5, s2, m5, m2);
        }
    }

    /** Whether the first digit must not stop the generation: always but in Double.toString's plain form. */
    private boolean needsTwoDigits(int decExp) {
        return !compatible || decExp < -3 || decExp >= 8;
    }

    private void intDigits(int decExp, int fract, int b5, int b2, int s5, int s2, int m5, int m2) {
        int b = (fract * (int) pow5(b5)) << b2;
        int s = (int) pow5(s5) << s2;
        int m = (int) pow5(m5) << m2;
        int tens = s * 10;
        int n = 0;
        int q = b / s;
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (needsTwoDigits(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = b / s;
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = true;
                high = true;
            }
            digits[n++] = (char) ('0' + q);
        }
        finish(decExp, n, low, high, (long) ((b << 1) - tens));
    }

    private void longDigits(int decExp, long fract, int b5, int b2, int s5, int s2, int m5, int m2) {
        long b = (fract * pow5(b5)) << b2;
        long s = pow5(s5) << s2;
        long m = pow5(m5) << m2;
        long tens = s * 10L;
        int n = 0;
        int q = (int) (b / s);
        b = 10L * (b % s);
        m *= 10L;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (needsTwoDigits(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            if (m > 0L) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = true;
                high = true;
            }
            digits[n++] = (char) ('0' + q);
        }
        finish(decExp, n, low, high, (b << 1) - tens);
    }

    private void bigDigits(int decExp, long fract, int b5, int b2, int s5, int s2, int m5, int m2) {
        // S = 5^s5 2^s2, 10S; B = fract 5^b5 2^b2 and M = 5^(m5 + 1) 2^(m2 + 1) share 5^b5 (m5 = b5)
        DecimalBig s = DecimalBig.valueOf(1, s5, s2, 8);
        DecimalBig tenS = s.copy();
        tenS.multiply(10);
        DecimalBig b = DecimalBig.valueOf(1, m5, 0, 80 + Math.max(b2, m2));
        DecimalBig m = b.copy();
        m.multiply(10);
        m.shiftLeft(m2);
        b.multiplyLong(fract);
        b.shiftLeft(b2);
        int n = 0;
        int q = b.quotientDigitTimes10(s);
        boolean low = b.compareTo(m) < 0;
        boolean high = tenS.compareToSum(b, m) <= 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (needsTwoDigits(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = b.quotientDigitTimes10(s);
            m.multiply(10);
            low = b.compareTo(m) < 0;
            high = tenS.compareToSum(b, m) <= 0;
            digits[n++] = (char) ('0' + q);
        }
        long lowDigitDifference = 0L;
        if (high && low) {
            b.shiftLeft(1);
            lowDigitDifference = b.compareTo(tenS);
        }
        finish(decExp, n, low, high, lowDigitDifference);
    }

    /** 5^0 .. 5^26. */
    private static final long[] POW5 = powersOf5();

    private static long[] powersOf5() {
        long[] p = new long[27];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 5;
        }
        return p;
    }

    /** 5^i for 0 <= i <= 26. */
    private static long pow5(int i) {
        return POW5[i];
    }

    /** Records the digits and rounds the last one up as the stopping test says. */
    private void finish(int decExp, int n, boolean low, boolean high, long lowDigitDifference) {
        decExponent = decExp + 1;
        first = 0;
        count = n;
        if (high) {
            if (low) {
                if (lowDigitDifference == 0L) {
                    if ((digits[first + count - 1] & 1) != 0) {
                        roundUp();
                    }
                } else if (lowDigitDifference > 0) {
                    roundUp();
                }
            } else {
                roundUp();
            }
        }
    }

    private void roundUp() {
        int i = first + count - 1;
        char q = digits[i];
        if (q == '9') {
            while (q == '9' && i > first) {
                digits[i] = '0';
                q = digits[--i];
            }
            if (q == '9') {
                decExponent += 1;
                digits[first] = '1';
                return;
            }
        }
        digits[i] = (char) (q + 1);
    }

    /** The digits of a positive integer value, the lowest {@code insignificant} of them rounded away. */
    private void integerDigits(long value, int insignificant) {
        int exponent = 0;
        if (insignificant != 0) {
            long pow10 = pow5(insignificant) << insignificant;
            long residue = value % pow10;
            value /= pow10;
            exponent += insignificant;
            if (residue >= (pow10 >> 1)) {
                value++;
            }
        }
        int at = digits.length - 1;
        int c = (int) (value % 10);
        value /= 10;
        while (c == 0) {
            exponent++;
            c = (int) (value % 10);
            value /= 10;
        }
        while (value != 0) {
            digits[at--] = (char) (c + '0');
            exponent++;
            c = (int) (value % 10);
            value /= 10;
        }
        digits[at] = (char) (c + '0');
        decExponent = exponent + 1;
        first = at;
        count = digits.length - at;
    }

    /** Plain form from 10^-3 to below 10^7, else computerized scientific notation. */
    private String format(boolean negative) {
        char[] out = new char[26];
        int i = 0;
        if (negative) {
            out[i++] = '-';
        }
        if (decExponent > 0 && decExponent < 8) {
            int intDigits = Math.min(count, decExponent);
            System.arraycopy(digits, first, out, i, intDigits);
            i += intDigits;
            if (intDigits < decExponent) {
                for (int k = intDigits; k < decExponent; k++) {
                    out[i++] = '0';
                }
                out[i++] = '.';
                out[i++] = '0';
            } else {
                out[i++] = '.';
                if (intDigits < count) {
                    System.arraycopy(digits, first + intDigits, out, i, count - intDigits);
                    i += count - intDigits;
                } else {
                    out[i++] = '0';
                }
            }
        } else if (decExponent <= 0 && decExponent > -3) {
            out[i++] = '0';
            out[i++] = '.';
            for (int k = decExponent; k < 0; k++) {
                out[i++] = '0';
            }
            System.arraycopy(digits, first, out, i, count);
            i += count;
        } else {
            out[i++] = digits[first];
            out[i++] = '.';
            if (count > 1) {
                System.arraycopy(digits, first + 1, out, i, count - 1);
                i += count - 1;
            } else {
                out[i++] = '0';
            }
            out[i++] = 'E';
            int e;
            if (decExponent <= 0) {
                out[i++] = '-';
                e = -decExponent + 1;
            } else {
                e = decExponent - 1;
            }
            if (e >= 100) {
                out[i++] = (char) ('0' + e / 100);
                e %= 100;
                out[i++] = (char) ('0' + e / 10);
            } else if (e >= 10) {
                out[i++] = (char) ('0' + e / 10);
            }
            out[i++] = (char) ('0' + e % 10);
        }
        return new String(out, 0, i);
    }
}

package java.lang;

/**
 * a·b + c rounded once (Math.fma), for double and float: the product of the integer
 * significands is exact in 128 bits; both terms are aligned with their leading bit at bit 125,
 * the smaller shifted right with the bits it loses jammed into its last bit (they matter only as
 * a sticky bit, which stays far below the rounding point), added or subtracted, and the sum
 * rounded to nearest-even in the target format with gradual underflow and overflow to infinity.
 */
final class FusedMultiplyAdd {
    private static final int TOP = 125;
    private static final int DOUBLE_PRECISION = 53;
    private static final int DOUBLE_BIAS = 1023;
    private static final int FLOAT_PRECISION = 24;
    private static final int FLOAT_BIAS = 127;

    /** The aligned sum: sign, 128-bit magnitude, exponent of its last bit. */
    private boolean negative;
    private long hi;
    private long lo;
    private int exponent;

    private FusedMultiplyAdd() {
    }

    static double fma(double a, double b, double c) {
        if (a != a || b != b || c != c) {
            return Double.NaN;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b) || Double.isInfinite(c)) {
            return withInfinity(a, b, c);
        }
        if (a == 0.0 || b == 0.0) {
            return a * b + c;
        }
        FusedMultiplyAdd sum = exactSum(a, b, c);
        return sum == null ? 0.0 : sum.toDouble();
    }

    static float fma(float a, float b, float c) {
        if (!Float.isFinite(a) || !Float.isFinite(b) || !Float.isFinite(c)) {
            return (float) fma((double) a, (double) b, (double) c);
        }
        if (a == 0.0f || b == 0.0f) {
            return a * b + c;
        }
        FusedMultiplyAdd sum = exactSum(a, b, c);
        return sum == null ? 0.0f : sum.toFloat();
    }

    /** Some operand is infinite, none NaN. */
    private static double withInfinity(double a, double b, double c) {
        boolean infiniteA = Double.isInfinite(a);
        boolean infiniteB = Double.isInfinite(b);
        if (infiniteA && b == 0.0 || infiniteB && a == 0.0) {
            return Double.NaN;
        }
        double product = a * b;
        if (Double.isInfinite(product) && !infiniteA && !infiniteB) {
            return c;
        }
        return product + c;
    }

    /** The exact a·b + c for finite a, b non-zero and finite c; null if it is exactly zero. */
    private static FusedMultiplyAdd exactSum(double a, double b, double c) {
        long ma = significand(a);
        long mb = significand(b);
        FusedMultiplyAdd p = new FusedMultiplyAdd();
        p.negative = (a < 0) != (b < 0);
        p.hi = Math.multiplyHigh(ma, mb);
        p.lo = ma * mb;
        p.exponent = exponent(a) + exponent(b);
        p.normalize();
        if (c == 0.0) {
            return p;
        }
        FusedMultiplyAdd q = new FusedMultiplyAdd();
        q.negative = c < 0;
        q.lo = significand(c);
        q.exponent = exponent(c);
        q.normalize();
        return p.exponent >= q.exponent ? p.add(q) : q.add(p);
    }

    private static long significand(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & 0xfffffffffffffL;
        return ((bits >>> 52) & 0x7ff) == 0 ? fraction : fraction | (1L << 52);
    }

    private static int exponent(double v) {
        int field = (int) ((Double.doubleToRawLongBits(v) >>> 52) & 0x7ff);
        return Math.max(field, 1) - 1075;
    }

    private int msb() {
        return hi != 0 ? 127 - Long.numberOfLeadingZeros(hi) : 63 - Long.numberOfLeadingZeros(lo);
    }

    /** Shifts the (non-zero) magnitude left until its leading bit is at bit TOP. */
    private void normalize() {
        int s = TOP - msb();
        if (s >= 64) {
            hi = lo << (s - 64);
            lo = 0;
        } else if (s > 0) {
            hi = (hi << s) | (lo >>> (64 - s));
            lo <<= s;
        }
        exponent -= s;
    }

    /** this + smaller, both normalized, this.exponent >= smaller.exponent; null if exactly zero. */
    private FusedMultiplyAdd add(FusedMultiplyAdd smaller) {
        smaller.shiftRightJammed(exponent - smaller.exponent);
        long bHi = smaller.hi;
        long bLo = smaller.lo;
        if (negative == smaller.negative) {
            long sumLo = lo + bLo;
            hi = hi + bHi + (Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0);
            lo = sumLo;
            return this;
        }
        int order = hi != bHi ? Long.compareUnsigned(hi, bHi) : Long.compareUnsigned(lo, bLo);
        if (order == 0) {
            return null;
        }
        if (order < 0) {
            long aHi = hi;
            long aLo = lo;
            hi = bHi;
            lo = bLo;
            negative = smaller.negative;
            return subtract(aHi, aLo);
        }
        return subtract(bHi, bLo);
    }

    /** this - (bHi, bLo), which is smaller. */
    private FusedMultiplyAdd subtract(long bHi, long bLo) {
        long minuendLo = lo;
        hi = hi - bHi - (Long.compareUnsigned(minuendLo, bLo) < 0 ? 1 : 0);
        lo = minuendLo - bLo;
        return this;
    }

    /** Shifts the magnitude right by d, or-ing the bits it loses into the last bit. */
    private void shiftRightJammed(int d) {
        if (d == 0) {
            return;
        }
        boolean lost = anyBelow(d);
        lo = shiftedRight(d) | (lost ? 1 : 0);
        hi = d >= 64 ? 0 : hi >>> d;
    }

    /** Bit i of the magnitude (0 beyond 127). */
    private boolean bit(int i) {
        if (i >= 128) {
            return false;
        }
        return i >= 64 ? ((hi >>> (i - 64)) & 1) != 0 : ((lo >>> i) & 1) != 0;
    }

    /** Whether any of bits 0 .. n-1 is set. */
    private boolean anyBelow(int n) {
        if (n <= 0) {
            return false;
        }
        if (n >= 128) {
            return hi != 0 || lo != 0;
        }
        if (n >= 64) {
            return lo != 0 || (n > 64 && (hi << (128 - n)) != 0);
        }
        return (lo << (64 - n)) != 0;
    }

    /** The low word of the magnitude >>> s (s >= 0). */
    private long shiftedRight(int s) {
        if (s >= 128) {
            return 0;
        }
        if (s >= 64) {
            return hi >>> (s - 64);
        }
        return s == 0 ? lo : (lo >>> s) | (hi << (64 - s));
    }

    /**
     * The bits of the format (precision counting the hidden bit, exponent bias) nearest this
     * magnitude, without the sign.
     */
    private long roundedMagnitude(int precision, int bias) {
        int e = msb() + exponent;
        if (e > bias) {
            return (long) (2 * bias + 1) << (precision - 1);
        }
        int minExponent = 1 - bias;
        int lastBit = Math.max(e, minExponent) - (precision - 1);
        int s = lastBit - exponent;
        long mantissa;
        if (s <= 0) {
            mantissa = lo << -s;
        } else {
            mantissa = shiftedRight(s);
            if (bit(s - 1) && (anyBelow(s - 1) || (mantissa & 1) != 0)) {
                mantissa++;
            }
        }
        if (e >= minExponent) {
            return ((long) (e + bias - 1) << (precision - 1)) + mantissa;
        }
        return mantissa;
    }

    private double toDouble() {
        long bits = roundedMagnitude(DOUBLE_PRECISION, DOUBLE_BIAS);
        return Double.longBitsToDouble(negative ? bits | Long.MIN_VALUE : bits);
    }

    private float toFloat() {
        int bits = (int) roundedMagnitude(FLOAT_PRECISION, FLOAT_BIAS);
        return Float.intBitsToFloat(negative ? bits | Integer.MIN_VALUE : bits);
    }
}

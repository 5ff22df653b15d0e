package java.lang;

/**
 * The numeric functions whose results the specification fixes exactly: absolute values, min and
 * max with the IEEE rules for NaN and signed zero, the exact-arithmetic family, floor/ceil/rint/
 * round, the bit-level helpers, scalb, fma, IEEEremainder and sqrt (correctly rounded, so a VM
 * intrinsic). The transcendental functions (sin, exp, pow, ...) are StrictMath's: the
 * specification lets Math use any implementation within its error bounds, and on this VM that
 * is the fdlibm one, so Math and StrictMath give the same bits.
 */
public final class Math {
    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;
    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final long DOUBLE_SIGN = 0x8000000000000000L;
    private static final int DOUBLE_FRACTION_BITS = 52;
    private static final int DOUBLE_BIAS = 1023;
    private static final int FLOAT_SIGN = 0x80000000;
    private static final int FLOAT_FRACTION_BITS = 23;
    private static final int FLOAT_BIAS = 127;
    private static final double TWO_TO_52 = 4503599627370496.0;
    private static final double TWO_TO_54 = 18014398509481984.0;
    /** A scale beyond which every finite non-zero double overflows or underflows. */
    private static final int MAX_SCALE = 2 * Double.MAX_EXPONENT + DOUBLE_FRACTION_BITS + 2;
    /** Likewise for a float scaled in double arithmetic. */
    private static final int MAX_FLOAT_SCALE = 2 * Float.MAX_EXPONENT + FLOAT_FRACTION_BITS + 2;
    /** A subnormal result is made normal by this extra scale, then multiplied by 2^-1074. */
    private static final int SUBNORMAL_SCALE = -(Double.MIN_EXPONENT - DOUBLE_FRACTION_BITS);

    private Math() {
    }

    // ---- absolute value, min, max ----

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & ~FLOAT_SIGN);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~DOUBLE_SIGN);
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** NaN if either is NaN; 0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) == FLOAT_SIGN ? b : a;
        }
        return a >= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) == DOUBLE_SIGN ? b : a;
        }
        return a >= b ? a : b;
    }

    /** NaN if either is NaN; -0.0 is less than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(b) == FLOAT_SIGN ? b : a;
        }
        return a <= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(b) == DOUBLE_SIGN ? b : a;
        }
        return a <= b ? a : b;
    }

    // ---- exact integer arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (multiplyHigh(x, y) != (r >> 63)) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit product, from four 32-bit partial products. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xffffffffL;
        long y1 = y >> 32;
        long y0 = y & 0xffffffffL;
        long low = x0 * y0;
        long cross1 = x1 * y0 + (low >>> 32);
        long cross2 = x0 * y1 + (cross1 & 0xffffffffL);
        return x1 * y1 + (cross1 >> 32) + (cross2 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---- rounding ----

    /** The largest integer value not above {@code a}; NaN, infinities and zeros unchanged. */
    public static double floor(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >>> DOUBLE_FRACTION_BITS) & 0x7ff) - DOUBLE_BIAS;
        if (exponent < 0) {
            if (a == 0.0 || a != a) {
                return a;
            }
            return a < 0 ? -1.0 : 0.0;
        }
        if (exponent >= DOUBLE_FRACTION_BITS) {
            return a;
        }
        long fraction = (1L << (DOUBLE_FRACTION_BITS - exponent)) - 1;
        if ((bits & fraction) == 0) {
            return a;
        }
        double truncated = Double.longBitsToDouble(bits & ~fraction);
        return a < 0 ? truncated - 1.0 : truncated;
    }

    public static double ceil(double a) {
        return -floor(-a);
    }

    /** The integer value nearest to {@code a}, ties to even; keeps the sign of zero. */
    public static double rint(double a) {
        if (!(abs(a) < TWO_TO_52)) {
            return a;
        }
        double magnitude = (abs(a) + TWO_TO_52) - TWO_TO_52;
        return copySign(magnitude, a);
    }

    /** floor(a + 1/2) computed exactly; NaN gives 0; saturates at the long range. */
    public static long round(double a) {
        if (!(abs(a) < TWO_TO_52)) {
            return (long) a;
        }
        double down = floor(a);
        return (long) down + (a - down >= 0.5 ? 1 : 0);
    }

    /** floor(a + 1/2) computed exactly; NaN gives 0; saturates at the int range. */
    public static int round(float a) {
        if (!(abs(a) < 8388608.0f)) {
            return (int) a;
        }
        float down = (float) floor(a);
        return (int) down + (a - down >= 0.5f ? 1 : 0);
    }

    // ---- sign, exponent, neighbours ----

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        long bits = Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN;
        return Double.longBitsToDouble(bits | (Double.doubleToRawLongBits(sign) & DOUBLE_SIGN));
    }

    public static float copySign(float magnitude, float sign) {
        int bits = Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN;
        return Float.intBitsToFloat(bits | (Float.floatToRawIntBits(sign) & FLOAT_SIGN));
    }

    /** The unbiased exponent; MAX_EXPONENT + 1 for NaN and infinities, MIN_EXPONENT - 1 for subnormals and zero. */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> DOUBLE_FRACTION_BITS) & 0x7ff) - DOUBLE_BIAS;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> FLOAT_FRACTION_BITS) & 0xff) - FLOAT_BIAS;
    }

    public static double ulp(double d) {
        int exponent = getExponent(d);
        if (exponent == Double.MAX_EXPONENT + 1) {
            return abs(d);
        }
        if (exponent == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE;
        }
        exponent -= DOUBLE_FRACTION_BITS;
        if (exponent >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (exponent + DOUBLE_BIAS) << DOUBLE_FRACTION_BITS);
        }
        return Double.longBitsToDouble(1L << (exponent - (Double.MIN_EXPONENT - DOUBLE_FRACTION_BITS)));
    }

    public static float ulp(float f) {
        int exponent = getExponent(f);
        if (exponent == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exponent == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        exponent -= FLOAT_FRACTION_BITS;
        if (exponent >= Float.MIN_EXPONENT) {
            return Float.intBitsToFloat((exponent + FLOAT_BIAS) << FLOAT_FRACTION_BITS);
        }
        return Float.intBitsToFloat(1 << (exponent - (Float.MIN_EXPONENT - FLOAT_FRACTION_BITS)));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0;
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + (bits >= 0 ? 1 : -1));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + (bits >= 0 ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + (d > 0 ? -1 : 1));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + (f > 0 ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return FdBits.addNaNFirst(start, direction);
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start != start ? start + start : start + (float) direction;
    }

    /** d·2^scaleFactor, rounded once (only a subnormal result can be inexact). */
    public static double scalb(double d, int scaleFactor) {
        int exponent = getExponent(d);
        if (exponent == Double.MAX_EXPONENT + 1 || d == 0.0) {
            return d + d;
        }
        scaleFactor = max(-MAX_SCALE, min(MAX_SCALE, scaleFactor));
        if (exponent == Double.MIN_EXPONENT - 1) {
            d *= TWO_TO_54;
            exponent = getExponent(d);
            scaleFactor -= 54;
        }
        int target = exponent + scaleFactor;
        if (target > Double.MAX_EXPONENT) {
            return d * Double.POSITIVE_INFINITY;
        }
        long bits = Double.doubleToRawLongBits(d);
        if (target >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble(bits + ((long) scaleFactor << DOUBLE_FRACTION_BITS));
        }
        if (target < Double.MIN_EXPONENT - DOUBLE_FRACTION_BITS - 2) {
            return d * 0.0;
        }
        long shifted = bits + ((long) (scaleFactor + SUBNORMAL_SCALE) << DOUBLE_FRACTION_BITS);
        return Double.longBitsToDouble(shifted) * Double.MIN_VALUE;
    }

    /** f·2^scaleFactor: exact in double, then rounded once to float. */
    public static float scalb(float f, int scaleFactor) {
        int factor = max(-MAX_FLOAT_SCALE, min(MAX_FLOAT_SCALE, scaleFactor));
        return (float) ((double) f * scalb(1.0, factor));
    }

    public static double fma(double a, double b, double c) {
        return FusedMultiplyAdd.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return FusedMultiplyAdd.fma(a, b, c);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    // ---- the transcendental functions: StrictMath's ----

    /** The correctly rounded square root (VM intrinsic: one sqrtsd). */
    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double sin(double a) {
        return StrictMath.sin(a);
    }

    public static double cos(double a) {
        return StrictMath.cos(a);
    }

    public static double tan(double a) {
        return StrictMath.tan(a);
    }

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log(double a) {
        return StrictMath.log(a);
    }

    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double pow(double a, double b) {
        return StrictMath.pow(a, b);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    /** A uniform double in [0, 1) from a java.util.Random made at the first call. */
    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }

    /** The generator behind random(), made at its first use. */
    private static final class RandomHolder {
        static final java.util.Random GENERATOR = new java.util.Random();
    }

    // ---- the rest ----

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }
}

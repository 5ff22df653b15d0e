package java.lang;

/**
 * Square root, cube root and hypot. sqrt is the correctly rounded root (IEEE 754; in the image
 * a call to StrictMath.sqrt becomes one sqrtsd, so this body serves hosted runs and other VMs):
 * Newton's iteration on the significand, made exact by integer comparisons of squares. cbrt and hypot are
 * fdlibm's: cbrt from a 5-bit guess by the exponent, a rational step to 23 bits and one Newton step
 * (zeros, infinities and NaNs come back unchanged, signalling NaNs too, as the JDK's);
 * hypot computes √(x² + y²) with x², y² in head and tail after scaling both into a safe range.
 */
final class FdRoots {
    private static final int FRACTION_BITS = 52;
    private static final long HIDDEN_BIT = 1L << FRACTION_BITS;
    private static final int BIAS = 1023;
    /** Half the bits of 1.0: (bits(x) >> 1) + this approximates bits(√x) within 6%. */
    private static final long SQRT_SEED = 0x1ff8000000000000L;
    /** From 4 good bits, four steps reach the precision of a double. */
    private static final int NEWTON_STEPS = 4;
    private static final double TWO_TO_27 = 134217728.0;

    private static final int B1 = 715094163;
    private static final int B2 = 696219795;
    private static final double C = 5.42857142857142815906e-01;
    private static final double D = -7.05306122448979611050e-01;
    private static final double E = 1.41428571428571436819e+00;
    private static final double F = 1.60714285714285720630e+00;
    private static final double G = 3.57142857142857150787e-01;

    private FdRoots() {
    }

    static double sqrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (x != x || x == Double.POSITIVE_INFINITY || x == 0.0) {
            return x + x;
        }
        if (bits < 0) {
            return (x - x) / (x - x);
        }
        int exponent = (int) (bits >>> FRACTION_BITS);
        long significand = bits & (HIDDEN_BIT - 1);
        if (exponent == 0) {
            int shift = Long.numberOfLeadingZeros(significand) - (63 - FRACTION_BITS);
            significand <<= shift;
            exponent = 1 - shift;
        } else {
            significand |= HIDDEN_BIT;
        }
        exponent -= BIAS;
        if ((exponent & 1) != 0) {
            significand <<= 1;
            exponent -= 1;
        }
        return rootOfSignificand(significand, exponent / 2);
    }

    /**
     * √(m·2^-52)·2^half for m in [2^52, 2^54). s = floor(√(m·2^54)), 54 bits, comes from Newton's
     * iteration in double arithmetic (within a few units) corrected by exact 128-bit comparisons
     * of squares; then the root rounded to 53 bits is (s + 1)/2, since an exact tie would need an
     * odd s whose square is m·2^54, which is even.
     */
    private static double rootOfSignificand(long m, int half) {
        double d = m;
        double y = Double.longBitsToDouble((Double.doubleToRawLongBits(d) >> 1) + SQRT_SEED);
        for (int i = 0; i < NEWTON_STEPS; i++) {
            y = 0.5 * (y + d / y);
        }
        long s = (long) (y * TWO_TO_27);
        long radicandHigh = m >>> 10;
        long radicandLow = m << 54;
        while (squareAbove(s, radicandHigh, radicandLow)) {
            s--;
        }
        while (!squareAbove(s + 1, radicandHigh, radicandLow)) {
            s++;
        }
        long q = (s + 1) >>> 1;
        return Double.longBitsToDouble(((long) (half + BIAS) << FRACTION_BITS) + (q - HIDDEN_BIT));
    }

    /** Whether s² (s < 2^55) exceeds the 128-bit value (high, low). */
    private static boolean squareAbove(long s, long high, long low) {
        long squareHigh = Math.multiplyHigh(s, s);
        return squareHigh != high ? squareHigh > high : Long.compareUnsigned(s * s, low) > 0;
    }

    static double cbrt(double x) {
        int hx = FdBits.high(x);
        int sign = hx & FdBits.SIGN;
        hx ^= sign;
        if (hx >= FdBits.INFINITE_HIGH || (hx | FdBits.low(x)) == 0) {
            return x;
        }
        x = FdBits.withHigh(x, hx);
        double t;
        if (hx < 0x00100000) {
            t = FdBits.fromWords(0x43500000, 0) * x;
            t = FdBits.withHigh(t, FdBits.high(t) / 3 + B2);
        } else {
            t = FdBits.fromWords(hx / 3 + B1, 0);
        }
        double r = t * t / x;
        double s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = FdBits.fromWords(FdBits.high(t) + 1, 0);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return FdBits.withHigh(t, FdBits.high(t) | sign);
    }

    static double hypot(double x, double y) {
        int ha = FdBits.high(x) & FdBits.MAGNITUDE;
        int hb = FdBits.high(y) & FdBits.MAGNITUDE;
        double a = x;
        double b = y;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        }
        a = FdBits.withHigh(a, ha);
        b = FdBits.withHigh(b, hb);
        if (ha - hb > 0x3c00000) {
            return a + b;
        }
        int k = 0;
        if (ha > 0x5f300000) {
            if (ha >= FdBits.INFINITE_HIGH) {
                return infiniteOrNaN(a, b, ha, hb);
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = FdBits.withHigh(a, ha);
            b = FdBits.withHigh(b, hb);
        }
        if (hb < 0x20b00000) {
            if (hb <= 0x000fffff) {
                if ((hb | FdBits.low(b)) == 0) {
                    return a;
                }
                double t1 = FdBits.fromWords(0x7fd00000, 0);
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = FdBits.withHigh(a, ha);
                b = FdBits.withHigh(b, hb);
            }
        }
        double w = sumOfSquaresRoot(a, b, ha, hb);
        return k == 0 ? w : FdBits.fromWords(0x3ff00000 + (k << 20), 0) * w;
    }

    /** hypot when the larger is infinite or NaN: an infinity wins over a NaN. */
    private static double infiniteOrNaN(double a, double b, int ha, int hb) {
        double w = FdBits.addNaNFirst(a, b);
        if (((ha & 0xfffff) | FdBits.low(a)) == 0) {
            w = a;
        }
        if (((hb ^ FdBits.INFINITE_HIGH) | FdBits.low(b)) == 0) {
            w = b;
        }
        return w;
    }

    /** √(a² + b²) for a >= b >= 0 in a safe range, the squares split into exact heads and tails. */
    private static double sumOfSquaresRoot(double a, double b, int ha, int hb) {
        double w = a - b;
        if (w > b) {
            double t1 = FdBits.fromWords(ha, 0);
            double t2 = a - t1;
            return StrictMath.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        }
        a = a + a;
        double y1 = FdBits.fromWords(hb, 0);
        double y2 = b - y1;
        double t1 = FdBits.fromWords(ha + 0x00100000, 0);
        double t2 = a - t1;
        return StrictMath.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
    }
}

package java.lang;

/**
 * Square root, cube root and hypot. sqrt is the correctly rounded root (IEEE 754; in the image
 * a call to StrictMath.sqrt becomes one sqrtsd, so this body serves hosted runs and other VMs):
 * the significand's root bit by bit with the remainder as the sticky bit. cbrt and hypot are
 * fdlibm's: cbrt from a 5-bit guess by the exponent, a rational step to 23 bits and one Newton step
 * (zeros, infinities and NaNs come back unchanged, signalling NaNs too, as the JDK's);
 * hypot computes √(x² + y²) with x², y² in head and tail after scaling both into a safe range.
 */
final class FdRoots {
    private static final int FRACTION_BITS = 52;
    private static final long HIDDEN_BIT = 1L << FRACTION_BITS;
    private static final int BIAS = 1023;

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
     * √(m·2^-52)·2^half for m in [2^52, 2^54): the 55 leading bits of the root of m·2^56, digit
     * by digit (each step brings down two bits), rounded to 53 bits, the remainder a sticky bit.
     * A carry out of the significand moves into the exponent field.
     */
    private static double rootOfSignificand(long m, int half) {
        long root = 0;
        long remainder = 0;
        for (int pair = 54; pair >= 0; pair--) {
            int shift = 2 * pair - 56;
            long twoBits = shift >= 0 ? (m >>> shift) & 3 : 0;
            remainder = (remainder << 2) | twoBits;
            long trial = (root << 2) | 1;
            root <<= 1;
            if (remainder >= trial) {
                remainder -= trial;
                root |= 1;
            }
        }
        long q = root >>> 2;
        boolean guard = (root & 2) != 0;
        boolean sticky = (root & 1) != 0 || remainder != 0;
        if (guard && (sticky || (q & 1) != 0)) {
            q++;
        }
        return Double.longBitsToDouble(((long) (half + BIAS) << FRACTION_BITS) + (q - HIDDEN_BIT));
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

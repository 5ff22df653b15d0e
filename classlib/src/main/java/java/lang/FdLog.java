package java.lang;

/**
 * log, log10 and log1p as fdlibm computes them: x = 2^k·(1 + f) with √2/2 <= 1 + f < √2, then
 * log(1 + f) = f - f²/2 + s·(f²/2 + R(s²)) for s = f/(2 + f), R a minimax polynomial of degree 14,
 * plus k·ln2 with ln2 in a head (k·head exact) and a tail. log10 scales log by 1/ln10 and adds
 * k·log10(2) in two parts; log1p adds a correction for the rounding of 1 + x.
 */
final class FdLog {
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double ZERO = 0.0;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    private FdLog() {
    }

    /** Whether x is ±0, negative, infinite or NaN: log and log10 agree on these. */
    private static boolean isSpecial(double x, int hx) {
        return hx < 0 || hx >= FdBits.INFINITE_HIGH || (hx | FdBits.low(x)) == 0;
    }

    /** log or log10 of a special x: -∞ for ±0, NaN for negative x, x itself (quieted) otherwise. */
    private static double special(double x, int hx) {
        if (((hx & FdBits.MAGNITUDE) | FdBits.low(x)) == 0) {
            return -TWO54 / ZERO;
        }
        return hx < 0 ? (x - x) / ZERO : x + x;
    }

    /** A positive finite x scaled by 2^54 if it is subnormal, so that it is normal. */
    private static double normal(double x) {
        return x < Double.MIN_NORMAL ? x * TWO54 : x;
    }

    /** The binary exponent of x, from its normal form n. */
    private static int exponent(double x, double n) {
        return (FdBits.high(n) >> 20) - 1023 - (x < Double.MIN_NORMAL ? 54 : 0);
    }

    static double log(double x) {
        int hx = FdBits.high(x);
        if (isSpecial(x, hx)) {
            return special(x, hx);
        }
        double n = normal(x);
        int k = exponent(x, n);
        x = n;
        hx = FdBits.high(n) & 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = FdBits.withHigh(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            return nearPowerOfTwo(f, k);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** log(2^k·(1 + f)) for |f| < 2^-20. */
    private static double nearPowerOfTwo(double f, int k) {
        double dk = k;
        if (f == ZERO) {
            return k == 0 ? ZERO : dk * LN2_HI + dk * LN2_LO;
        }
        double r = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) {
            return f - r;
        }
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }

    static double log10(double x) {
        int hx = FdBits.high(x);
        if (isSpecial(x, hx)) {
            return special(x, hx);
        }
        double n = normal(x);
        int k = exponent(x, n);
        int i = k >>> 31;
        double y = k + i;
        x = FdBits.withHigh(n, (FdBits.high(n) & 0x000fffff) | ((0x3ff - i) << 20));
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    static double log1p(double x) {
        int hx = FdBits.high(x);
        int ax = hx & FdBits.MAGNITUDE;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                return x == -1.0 ? -TWO54 / ZERO : (x - x) / (x - x);
            }
            if (ax < 0x3e200000) {
                if (TWO54 + x > ZERO && ax < 0x3c900000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                return logOnePlus(x, 0, 1, 0.0);
            }
        }
        if (hx >= FdBits.INFINITE_HIGH) {
            return x + x;
        }
        double u;
        double c;
        if (hx < 0x43400000) {
            u = 1.0 + x;
            int k = (FdBits.high(u) >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            c = 0.0;
        }
        int hu = FdBits.high(u);
        int k = (hu >> 20) - 1023;
        hu &= 0x000fffff;
        if (hu < 0x6a09e) {
            u = FdBits.withHigh(u, hu | 0x3ff00000);
        } else {
            k += 1;
            u = FdBits.withHigh(u, hu | 0x3fe00000);
            hu = (0x00100000 - hu) >> 2;
        }
        return logOnePlus(u - 1.0, k, hu, c);
    }

    /**
     * log(2^k·(1 + f)) + c: hu is zero when |f| < 2^-20 (the high fraction bits of 1 + f are
     * zero), c the correction for the rounding of 1 + x.
     */
    private static double logOnePlus(double f, int k, int hu, double c) {
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == ZERO) {
                if (k == 0) {
                    return ZERO;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}

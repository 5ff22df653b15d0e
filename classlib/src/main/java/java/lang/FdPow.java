package java.lang;

/**
 * pow as fdlibm computes it: the special cases of the specification first, then
 * x^y = 2^(y·log2|x|) with log2|x| in extra precision (t1 + t2, from the series in
 * s = (x - c)/(x + c) for c = 1 or 1.5), y split into a 21-bit head and a tail, the product's
 * overflow and underflow decided from it, and 2^z from the rational form of exp.
 */
final class FdPow {
    private static final double[] BP = {1.0, 1.5};
    /** log2(1.5) in a 24-bit head and a tail. */
    private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
    private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double TWO53 = 9007199254740992.0;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private static final double L1 = 5.99999999999994648725e-01;
    private static final double L2 = 4.28571428578550184252e-01;
    private static final double L3 = 3.33333329818377432918e-01;
    private static final double L4 = 2.72728123808534006489e-01;
    private static final double L5 = 2.30660745775561754067e-01;
    private static final double L6 = 2.06975017800338417784e-01;
    private static final double LG2 = 6.93147180559945286227e-01;
    private static final double LG2_H = 6.93147182464599609375e-01;
    private static final double LG2_L = -1.90465429995776804525e-09;
    /** -(1024 - log2(overflow + 0.5 ulp)). */
    private static final double OVT = 8.0085662595372944372e-17;
    /** 2/(3·ln2), as a double, a 24-bit head and the head's tail. */
    private static final double CP = 9.61796693925975554329e-01;
    private static final double CP_H = 9.61796700954437255859e-01;
    private static final double CP_L = -7.02846165095275826516e-09;
    private static final double IVLN2 = 1.44269504088896338700e+00;
    private static final double IVLN2_H = 1.44269502162933349609e+00;
    private static final double IVLN2_L = 1.92596299112661746887e-08;

    /** y is not an integer, an odd integer, an even integer (only decided for x < 0). */
    private static final int NOT_INTEGER = 0;
    private static final int ODD = 1;
    private static final int EVEN = 2;

    private FdPow() {
    }

    static double pow(double x, double y) {
        int hx = FdBits.high(x);
        int lx = FdBits.low(x);
        int hy = FdBits.high(y);
        int ly = FdBits.low(y);
        int ix = hx & FdBits.MAGNITUDE;
        int iy = hy & FdBits.MAGNITUDE;
        if ((iy | ly) == 0) {
            return 1.0;
        }
        if (FdBits.isNaN(ix, lx) || FdBits.isNaN(iy, ly)) {
            return FdBits.addNaNFirst(x, y);
        }
        int yKind = hx < 0 ? integerKind(iy, ly) : NOT_INTEGER;
        if (ly == 0) {
            if (iy == FdBits.INFINITE_HIGH) {
                return infiniteExponent(y, hy, ix, lx);
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) {
                return StrictMath.sqrt(x);
            }
        }
        if (lx == 0 && (ix == FdBits.INFINITE_HIGH || ix == 0 || ix == 0x3ff00000)) {
            return specialBase(Math.abs(x), hx, hy, ix, yKind);
        }
        int n = (hx >> 31) + 1;
        if ((n | yKind) == 0) {
            return (x - x) / (x - x);
        }
        double s = (n | (yKind - 1)) == 0 ? -1.0 : 1.0;
        double[] log2 = new double[2];
        if (iy > 0x41e00000) {
            if (iy > 0x43f00000) {
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                return hy > 0 ? HUGE * HUGE : TINY * TINY;
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            log2NearOne(Math.abs(x), log2);
        } else {
            log2(Math.abs(x), ix, log2);
        }
        return s * exp2(y, log2[0], log2[1]);
    }

    /** For x < 0: whether y (finite, non-zero) is an odd or even integer or neither. */
    private static int integerKind(int iy, int ly) {
        if (iy >= 0x43400000) {
            return EVEN;
        }
        if (iy < 0x3ff00000) {
            return NOT_INTEGER;
        }
        int k = (iy >> 20) - 0x3ff;
        if (k > 20) {
            int j = ly >>> (52 - k);
            return (j << (52 - k)) == ly ? EVEN - (j & 1) : NOT_INTEGER;
        }
        if (ly != 0) {
            return NOT_INTEGER;
        }
        int j = iy >> (20 - k);
        return (j << (20 - k)) == iy ? EVEN - (j & 1) : NOT_INTEGER;
    }

    /** x^±∞. */
    private static double infiniteExponent(double y, int hy, int ix, int lx) {
        if (((ix - 0x3ff00000) | lx) == 0) {
            return y - y;
        }
        if (ix >= 0x3ff00000) {
            return hy >= 0 ? y : 0.0;
        }
        return hy < 0 ? -y : 0.0;
    }

    /** x = ±0, ±∞ or ±1 (ax = |x|). */
    private static double specialBase(double ax, int hx, int hy, int ix, int yKind) {
        double z = ax;
        if (hy < 0) {
            z = 1.0 / z;
        }
        if (hx < 0) {
            if (((ix - 0x3ff00000) | yKind) == 0) {
                z = (z - z) / (z - z);
            } else if (yKind == ODD) {
                z = -z;
            }
        }
        return z;
    }

    /** log2(ax) for |ax - 1| <= 2^-20, from the series x - x²/2 + x³/3 - x⁴/4. */
    private static void log2NearOne(double ax, double[] out) {
        double t = ax - 1.0;
        double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        double u = IVLN2_H * t;
        double v = t * IVLN2_L - w * IVLN2;
        double t1 = FdBits.clearLow(u + v);
        out[0] = t1;
        out[1] = v - (t1 - u);
    }

    /** log2(ax) as out[0] (low word zero) + out[1]; ix the high word of ax. */
    private static void log2(double ax, int ix, double[] out) {
        int n = 0;
        if (ix < 0x00100000) {
            ax *= TWO53;
            n -= 53;
            ix = FdBits.high(ax);
        }
        n += (ix >> 20) - 0x3ff;
        int j = ix & 0x000fffff;
        ix = j | 0x3ff00000;
        int k;
        if (j <= 0x3988E) {
            k = 0;
        } else if (j < 0xBB67A) {
            k = 1;
        } else {
            k = 0;
            n += 1;
            ix -= 0x00100000;
        }
        ax = FdBits.withHigh(ax, ix);
        double u = ax - BP[k];
        double v = 1.0 / (ax + BP[k]);
        double ss = u * v;
        double sH = FdBits.clearLow(ss);
        double tH = FdBits.fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
        double tL = ax - (tH - BP[k]);
        double sL = v * ((u - sH * tH) - sH * tL);
        double s2 = ss * ss;
        double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += sL * (sH + ss);
        s2 = sH * sH;
        tH = FdBits.clearLow(3.0 + s2 + r);
        tL = r - ((tH - 3.0) - s2);
        u = sH * tH;
        v = sL * tH + tL * ss;
        double pH = FdBits.clearLow(u + v);
        double pL = v - (pH - u);
        double zH = CP_H * pH;
        double zL = CP_L * pH + pL * CP + DP_L[k];
        double t = n;
        double t1 = FdBits.clearLow(((zH + zL) + DP_H[k]) + t);
        out[0] = t1;
        out[1] = zL - (((t1 - t) - DP_H[k]) - zH);
    }

    /**
     * 2^(y·(t1 + t2)), infinity or zero where it overflows or underflows (the caller applies the
     * sign: s·huge·huge is s·(huge·huge), and likewise for tiny).
     */
    private static double exp2(double y, double t1, double t2) {
        double y1 = FdBits.clearLow(y);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = FdBits.high(z);
        int i = FdBits.low(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
                return HUGE * HUGE;
            }
        } else if ((j & FdBits.MAGNITUDE) >= 0x4090cc00) {
            if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
                return TINY * TINY;
            }
        }
        i = j & FdBits.MAGNITUDE;
        int k = (i >> 20) - 0x3ff;
        int n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & FdBits.MAGNITUDE) >> 20) - 0x3ff;
            double t = FdBits.fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = FdBits.clearLow(pL + pH);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        double c = z - t * FdExp.pPolynomial(t);
        double r = (z * c) / (c - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = FdBits.high(z) + (n << 20);
        if ((j >> 20) <= 0) {
            return Math.scalb(z, n);
        }
        return FdBits.withHigh(z, j);
    }
}

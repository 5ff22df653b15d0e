package java.lang;

/**
 * exp and expm1 as fdlibm computes them: x = k·ln2 + r with |r| <= ln2/2 (ln2 in a 32-bit head
 * and a tail, so k·ln2's head is exact), then e^r from a minimax rational form in r², and 2^k
 * put into the exponent field. expm1 keeps the reduction's rounding error as a correction
 * term and chooses among several exact forms of e^r·2^k - 1 by k.
 */
final class FdExp {
    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final double TWOM1000 = 9.33263618503218878990e-302;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;

    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    /** High words: 0.5·ln2, 1.5·ln2, ln(DBL_MAX) and 56·ln2. */
    private static final int HALF_LN2_HIGH = 0x3fd62e42;
    private static final int THREE_HALVES_LN2_HIGH = 0x3FF0A2B2;
    private static final int LN_MAX_HIGH = 0x40862E42;
    private static final int LN2_TIMES_56_HIGH = 0x4043687A;

    private FdExp() {
    }

    static double exp(double x) {
        int hx = FdBits.high(x);
        boolean negative = hx < 0;
        hx &= FdBits.MAGNITUDE;
        if (hx >= LN_MAX_HIGH) {
            if (hx >= FdBits.INFINITE_HIGH) {
                if (((hx & 0xfffff) | FdBits.low(x)) != 0) {
                    return x + x;
                }
                return negative ? 0.0 : x;
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE;
            }
            if (x < U_THRESHOLD) {
                return TWOM1000 * TWOM1000;
            }
        }
        if (hx < 0x3e300000) {
            return 1.0 + x;
        }
        if (hx <= HALF_LN2_HIGH) {
            double c = x - x * x * pPolynomial(x * x);
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        int k = multipleOfLn2(x, hx, negative);
        double hi = x - k * LN2_HI;
        double lo = k * LN2_LO;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * pPolynomial(t);
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return FdBits.addToExponent(y, k);
        }
        return FdBits.addToExponent(y, k + 1000) * TWOM1000;
    }

    /**
     * k, the nearest integer to x/ln2, for |x| > ln2/2 (hx its high word without the sign):
     * ±1 below 1.5·ln2. x - k·ln2's head is exact (k·LN2_HI has at most 43 bits); for k = ±1
     * it is fdlibm's x ∓ LN2_HI.
     */
    private static int multipleOfLn2(double x, int hx, boolean negative) {
        if (hx < THREE_HALVES_LN2_HIGH) {
            return negative ? -1 : 1;
        }
        return (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
    }

    /** The polynomial of exp's rational form (also pow's, for 2^z). */
    static double pPolynomial(double t) {
        return P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)));
    }

    static double expm1(double x) {
        int hx = FdBits.high(x);
        boolean negative = hx < 0;
        hx &= FdBits.MAGNITUDE;
        if (hx >= LN2_TIMES_56_HIGH) {
            if (hx >= LN_MAX_HIGH) {
                if (hx >= FdBits.INFINITE_HIGH) {
                    if (((hx & 0xfffff) | FdBits.low(x)) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (negative && x + TINY < 0.0) {
                return TINY - 1.0;
            }
        }
        if (hx < 0x3c900000) {
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        }
        if (hx <= HALF_LN2_HIGH) {
            double hfx = 0.5 * x;
            double hxs = x * hfx;
            double r1 = 1.0 + hxs * qPolynomial(hxs);
            double t = 3.0 - r1 * hfx;
            double e = hxs * ((r1 - t) / (6.0 - x * t));
            return x - (x * e - hxs);
        }
        int k = multipleOfLn2(x, hx, negative);
        double hi = x - k * LN2_HI;
        double lo = k * LN2_LO;
        double r = hi - lo;
        double c = (hi - r) - lo;
        return scaledMinusOne(r, c, k);
    }

    /** e^(r + c)·2^k - 1 for the reduced r (c its correction), k != 0. */
    private static double scaledMinusOne(double r, double c, int k) {
        double hfx = 0.5 * r;
        double hxs = r * hfx;
        double r1 = 1.0 + hxs * qPolynomial(hxs);
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - r * t));
        e = r * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (r - e) - 0.5;
        }
        if (k == 1) {
            return r < -0.25 ? -2.0 * (e - (r + 0.5)) : 1.0 + 2.0 * (r - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - r);
            return FdBits.addToExponent(y, k) - 1.0;
        }
        if (k < 20) {
            double oneMinus = FdBits.fromWords(0x3ff00000 - (0x200000 >> k), 0);
            return FdBits.addToExponent(oneMinus - (e - r), k);
        }
        double y = r - (e + FdBits.fromWords((0x3ff - k) << 20, 0));
        y += 1.0;
        return FdBits.addToExponent(y, k);
    }

    private static double qPolynomial(double t) {
        return Q1 + t * (Q2 + t * (Q3 + t * (Q4 + t * Q5)));
    }
}

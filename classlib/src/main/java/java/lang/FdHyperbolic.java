package java.lang;

/**
 * sinh, cosh and tanh as fdlibm computes them from exp and expm1: on small arguments through
 * expm1 (no cancellation), on large ones as exp(|x|)/2, near the overflow threshold as
 * (exp(|x|/2)/2)·exp(|x|/2) so that the intermediate does not overflow.
 */
final class FdHyperbolic {
    private static final double SHUGE = 1.0e307;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    /** High word of 22: above it sinh and cosh are exp(|x|)/2 and tanh is ±1. */
    private static final int TWENTY_TWO_HIGH = 0x40360000;
    /** High word of ln(DBL_MAX). */
    private static final int LN_MAX_HIGH = 0x40862E42;

    private FdHyperbolic() {
    }

    static double sinh(double x) {
        int jx = FdBits.high(x);
        int ix = jx & FdBits.MAGNITUDE;
        if (ix >= FdBits.INFINITE_HIGH) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < TWENTY_TWO_HIGH) {
            if (ix < 0x3e300000) {
                return x;
            }
            double t = FdExp.expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < LN_MAX_HIGH) {
            return h * FdExp.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, FdBits.low(x))) {
            double w = FdExp.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    static double cosh(double x) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix >= FdBits.INFINITE_HIGH) {
            return x * x;
        }
        if (ix < 0x3fd62e43) {
            double t = FdExp.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < TWENTY_TWO_HIGH) {
            double t = FdExp.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < LN_MAX_HIGH) {
            return 0.5 * FdExp.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, FdBits.low(x))) {
            double w = FdExp.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;
    }

    /** |x| <= 710.4758600739439, where sinh and cosh still have a finite value. */
    private static boolean belowOverflowThreshold(int ix, int lx) {
        return ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0);
    }

    static double tanh(double x) {
        int jx = FdBits.high(x);
        int ix = jx & FdBits.MAGNITUDE;
        if (ix >= FdBits.INFINITE_HIGH) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < TWENTY_TWO_HIGH) {
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = FdExp.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = FdExp.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }
}

package java.lang;

/**
 * sin, cos and tan as fdlibm computes them: reduce the argument by π/2 ({@link FdRemPio2}), then
 * evaluate the kernel of the quadrant on [-π/4, π/4] with the reduced head and tail. The
 * kernels are minimax polynomials (sin: x + x³·P(x²); cos: 1 - x²/2 + x⁴·Q(x²); tan: an odd
 * polynomial of degree 27 after folding [0.67, π/4] onto [0, 0.11] by tan(π/4 - y)).
 */
final class FdTrig {
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    private static final double[] T = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
        2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
        1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
        7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };
    private static final double PIO4 = 7.85398163397448278999e-01;
    private static final double PIO4_LO = 3.06161699786838301793e-17;
    /** High word of π/4: at or below it no reduction is needed. */
    private static final int PIO4_HIGH = 0x3fe921fb;

    private FdTrig() {
    }

    static double sin(double x) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix <= PIO4_HIGH) {
            return kernelSin(x, 0.0, false);
        }
        if (ix >= FdBits.INFINITE_HIGH) {
            return x - x;
        }
        double[] y = new double[2];
        switch (FdRemPio2.reduce(x, y) & 3) {
            case 0:
                return kernelSin(y[0], y[1], true);
            case 1:
                return kernelCos(y[0], y[1]);
            case 2:
                return -kernelSin(y[0], y[1], true);
            default:
                return -kernelCos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix <= PIO4_HIGH) {
            return kernelCos(x, 0.0);
        }
        if (ix >= FdBits.INFINITE_HIGH) {
            return x - x;
        }
        double[] y = new double[2];
        switch (FdRemPio2.reduce(x, y) & 3) {
            case 0:
                return kernelCos(y[0], y[1]);
            case 1:
                return -kernelSin(y[0], y[1], true);
            case 2:
                return -kernelCos(y[0], y[1]);
            default:
                return kernelSin(y[0], y[1], true);
        }
    }

    static double tan(double x) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix <= PIO4_HIGH) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= FdBits.INFINITE_HIGH) {
            return x - x;
        }
        double[] y = new double[2];
        int n = FdRemPio2.reduce(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }

    /** sin(x + y) for |x + y| <= π/4; {@code tailed} says whether y may be non-zero. */
    private static double kernelSin(double x, double y, boolean tailed) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix < 0x3e400000) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!tailed) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x + y| <= π/4. */
    private static double kernelCos(double x, double y) {
        int ix = FdBits.high(x) & FdBits.MAGNITUDE;
        if (ix < 0x3e400000) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : FdBits.fromWords(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** tan(x + y) if k is 1, -1/tan(x + y) if k is -1, for |x + y| <= π/4. */
    private static double kernelTan(double x, double y, int k) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        if (ix < 0x3e300000) {
            if (((ix | FdBits.low(x)) | (k + 1)) == 0) {
                return 1.0 / Math.abs(x);
            }
            return k == 1 ? x : minusReciprocal(x + y, x, y);
        }
        boolean folded = ix >= 0x3FE59428;
        if (folded) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4_LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (folded) {
            v = k;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        return k == 1 ? w : minusReciprocal(w, x, r);
    }

    /** -1/w for w = x + r, accurately: the reciprocal of a 21-bit head, corrected. */
    private static double minusReciprocal(double w, double x, double r) {
        double z = FdBits.clearLow(w);
        double v = r - (z - x);
        double a = -1.0 / w;
        double t = FdBits.clearLow(a);
        double s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
}

package java.lang;

/**
 * asin, acos, atan and atan2 as fdlibm computes them. asin and acos use a rational
 * approximation R(x²) of (asin(x) - x)/x³ on [0, 0.5] and, above, asin(x) = π/2 - 2·asin(√((1-x)/2))
 * with the square root split into head and tail. atan folds its argument onto [0, 7/16] with
 * atan(x) = atan(c) + atan((x - c)/(1 + x·c)) for c = 1/2, 1, 3/2, ∞ and sums a degree-22 odd polynomial.
 */
final class FdInverseTrig {
    private static final double PI = 3.14159265358979311600e+00;
    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double PIO4_HI = 7.85398163397448278999e-01;

    private static final double PS0 = 1.66666666666666657415e-01;
    private static final double PS1 = -3.25565818622400915405e-01;
    private static final double PS2 = 2.01212532134862925881e-01;
    private static final double PS3 = -4.00555345006794114027e-02;
    private static final double PS4 = 7.91534994289814532176e-04;
    private static final double PS5 = 3.47933107596021167570e-05;
    private static final double QS1 = -2.40339491173441421878e+00;
    private static final double QS2 = 2.02094576023350569471e+00;
    private static final double QS3 = -6.88283971605453293030e-01;
    private static final double QS4 = 7.70381505559019352791e-02;

    /** atan of 0.5, 1, 1.5 and ∞: head and tail. */
    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00,
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17,
    };
    private static final double[] AT = {
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
        -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
        6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
        -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    };

    private FdInverseTrig() {
    }

    /** The rational approximation's quotient p(t)/q(t). */
    private static double rational(double t) {
        double p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        double q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        return p / q;
    }

    static double asin(double x) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | FdBits.low(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            if (ix < 0x3e400000) {
                return x;
            }
            return x + x * rational(x * x);
        }
        double t = (1.0 - Math.abs(x)) * 0.5;
        double s = StrictMath.sqrt(t);
        if (ix >= 0x3FEF3333) {
            t = PIO2_HI - (2.0 * (s + s * rational(t)) - PIO2_LO);
        } else {
            double w = FdBits.clearLow(s);
            double c = (t - w * w) / (s + w);
            double p = 2.0 * s * rational(t) - (PIO2_LO - 2.0 * c);
            double q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    static double acos(double x) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | FdBits.low(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            if (ix <= 0x3c600000) {
                return PIO2_HI + PIO2_LO;
            }
            return PIO2_HI - (x - (PIO2_LO - x * rational(x * x)));
        }
        if (hx < 0) {
            double z = (1.0 + x) * 0.5;
            double s = StrictMath.sqrt(z);
            double w = rational(z) * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;
        double s = StrictMath.sqrt(z);
        double df = FdBits.clearLow(s);
        double c = (z - df * df) / (s + df);
        double w = rational(z) * s + c;
        return 2.0 * (df + w);
    }

    static double atan(double x) {
        int hx = FdBits.high(x);
        int ix = hx & FdBits.MAGNITUDE;
        if (ix >= 0x44100000) {
            if (FdBits.isNaN(ix, FdBits.low(x))) {
                return x + x;
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        int id;
        if (ix < 0x3fdc0000) {
            if (ix < 0x3e200000) {
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3fe60000) {
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else if (ix < 0x3ff30000) {
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            } else if (ix < 0x40038000) {
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }
}

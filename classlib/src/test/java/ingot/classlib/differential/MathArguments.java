package ingot.classlib.differential;

import java.util.Random;

/**
 * What each StrictMath function is tried on: {@link MathInputs}' mixture with the function's own
 * ranges and path-changing points, plus targeted cases (multiples of π/2 for the trigonometric
 * functions, the overflow and underflow edges of pow, the special-case table of pow, ties of
 * IEEEremainder, cancellation and the subnormal range of fma).
 */
final class MathArguments {
    private static final double LN2 = 0.6931471805599453;
    private static final double[] TRIG_RANGES = {-Math.PI / 4, Math.PI / 4, -10, 10, -1e6, 1e6, -1.7e6, 1.7e6};
    private static final double[] TRIG_POINTS = {
        Math.PI / 4, 3 * Math.PI / 4, Math.PI / 2, 0x1.921fb54442d18p0, 0x1p-27, 0x1p-28, 0.6744, 0x1.7fffffffffffp18,
        1.6470993291652855e6, 0x1.6a09e667f3bccp-1, 6381956970095103.0 * 0x1p797, 5.319372648326541e255,
        0x1.921fb54442d18p19, 0x1.921fb54442d18p20, 1e22, 1e300,
    };
    private static final double[] EXP_RANGES = {-745.2, 709.8, -1, 1, -0.35, 0.35, -30, 30};
    private static final double[] EXP_POINTS = {
        709.782712893384, -745.1332191019411, -708.3964185322641, -708.39641853226408, LN2 / 2, 1.5 * LN2, 0x1p-28,
        0x1p-54, 56 * LN2, 38.816242111356935, -38.816242111356935, 0.25, 20 * LN2, 56.5 * LN2,
    };
    private static final double[] LOG_RANGES = {0, 10, 0.5, 2, 1 - 0x1p-19, 1 + 0x1p-19, 0.7, 1.5, 0, 1e6};
    private static final double[] LOG_POINTS = {1.0, 2.0, 10.0, 0x1.6a09e667f3bccp0, 0x1.6a09e667f3bccp-1, 1e-310, 1e308};
    private static final double[] LOG1P_RANGES = {-1, 1, -0.3, 0.42, -0x1p-28, 0x1p-28, -1, 10, 0, 1e20};
    private static final double[] LOG1P_POINTS = {
        -1.0, 0.41421356237309503, -0.29289321881345254, 0x1p-29, 0x1p-54, 0x1p53, 0x1p-20, -0x1p-20,
    };
    private static final double[] ROOT_RANGES = {0, 10, 0, 1e-300, 0, 1e300};
    private static final double[] ROOT_POINTS = {1.0, 8.0, 27.0, 4.0, 0x1p-1073, 1e-310};
    private static final double[] ARC_RANGES = {-1, 1, 0.5, 1, 0.975, 1, -1, -0.5, -0.5, 0.5};
    private static final double[] ARC_POINTS = {1.0, 0.5, 0.975, 0x1.ef3333p-1, 0x1p-27, 0x1p-57, 0x1p-26};
    private static final double[] ATAN_RANGES = {-3, 3, -100, 100, -0.4375, 0.4375};
    private static final double[] ATAN_POINTS = {7.0 / 16, 11.0 / 16, 19.0 / 16, 39.0 / 16, 0x1p66, 0x1p-29, 1.0};
    private static final double[] HYPERBOLIC_RANGES = {-30, 30, -1, 1, 700, 711, -711, -700, -0.4, 0.4};
    private static final double[] HYPERBOLIC_POINTS = {
        22.0, 710.4758600739439, 709.782712893384, LN2 / 2, 0x1p-28, 0x1p-55, 1.0, 0x1.62e42fefa39efp9,
    };
    private static final double[] NONE = {};

    private MathArguments() {
    }

    static double unary(String name, MathInputs in) {
        switch (name) {
            case "sin":
            case "cos":
            case "tan":
                return trig(in);
            case "asin":
            case "acos":
                return in.mixture(ARC_RANGES, ARC_POINTS);
            case "atan":
                return in.mixture(ATAN_RANGES, ATAN_POINTS);
            case "exp":
            case "expm1":
                return in.mixture(EXP_RANGES, EXP_POINTS);
            case "log":
            case "log10":
                return in.mixture(LOG_RANGES, LOG_POINTS);
            case "log1p":
                return in.mixture(LOG1P_RANGES, LOG1P_POINTS);
            case "sqrt":
                return in.random().nextInt(3) == 0 ? nearSquare(in) : in.mixture(ROOT_RANGES, ROOT_POINTS);
            case "cbrt":
                return in.mixture(ROOT_RANGES, ROOT_POINTS);
            case "sinh":
            case "cosh":
            case "tanh":
                return in.mixture(HYPERBOLIC_RANGES, HYPERBOLIC_POINTS);
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /**
     * Near the square of a double or of a midpoint between two doubles: where the root is
     * closest to a rounding boundary.
     */
    private static double nearSquare(MathInputs in) {
        double r = in.exponentBetween(-537, 511);
        double square = in.random().nextBoolean() ? r * r : r * r + r * Math.ulp(r);
        return in.near(square, 2);
    }

    /** The mixture, plus values near multiples of π/2 (small and huge) and huge values. */
    private static double trig(MathInputs in) {
        switch (in.random().nextInt(8)) {
            case 0:
                return in.nearMultipleOfPiOver2(1 + in.random().nextInt(20));
            case 1:
                return in.nearMultipleOfPiOver2(21 + in.random().nextInt(43));
            case 2:
                return in.exponentBetween(19, 1023) * (in.random().nextBoolean() ? 1 : -1);
            default:
                return in.mixture(TRIG_RANGES, TRIG_POINTS);
        }
    }

    static void binary(String name, MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        if (rnd.nextInt(10) == 0) {
            x[i] = in.nearPoint(NONE);
            y[i] = in.nearPoint(NONE);
            return;
        }
        switch (name) {
            case "pow":
                pow(in, x, y, i);
                return;
            case "atan2":
                atan2(in, x, y, i);
                return;
            case "hypot":
                hypot(in, x, y, i);
                return;
            case "IEEEremainder":
                remainder(in, x, y, i);
                return;
            default:
                x[i] = rnd.nextBoolean() ? in.randomBits() : in.anyExponent();
                y[i] = rnd.nextBoolean() ? in.randomBits() : in.nearPoint(NONE);
        }
    }

    private static final double[] POW_X = {
        0.0, -0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.5, -0.5, 2.0, -2.0,
        Math.nextUp(1.0), Math.nextDown(1.0), -Math.nextUp(1.0), 10.0, -3.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE, 0x1p-1022,
    };
    private static final double[] POW_Y = {
        0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN, 1e20, -1e20, 0x1p31, 0x1p31 + 1, -0x1p31 - 1, 0x1p53, 0x1p53 + 2, 0x1p52 + 1, 0x1p64, 0x1p65,
        1.5, -1.5, 1023.0, 1024.0, -1074.0, -1075.0, 0x1p-60, Double.MAX_VALUE, Double.MIN_VALUE,
    };

    private static void pow(MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        switch (rnd.nextInt(11)) {
            case 0:
                randomBitsPair(in, x, y, i);
                return;
            case 1:
                x[i] = POW_X[rnd.nextInt(POW_X.length)];
                y[i] = POW_Y[rnd.nextInt(POW_Y.length)];
                return;
            case 2:
                x[i] = in.anyExponent();
                y[i] = in.uniform(-10, 10);
                return;
            case 3:
                x[i] = in.uniform(-4, 4);
                y[i] = rnd.nextInt(201) - 100 + (rnd.nextInt(4) == 0 ? 0.5 : 0.0);
                return;
            case 4:
                x[i] = rnd.nextBoolean() ? 1.0 + in.uniform(-0x1p-20, 0x1p-20) : in.near(1.0, 1000);
                y[i] = in.exponentBetween(20, 70) * (rnd.nextBoolean() ? 1 : -1);
                return;
            case 5:
                powNearLimit(in, x, y, i);
                return;
            case 6:
                x[i] = -in.anyExponent() * Math.signum(in.uniform(-1, 1));
                y[i] = (double) (rnd.nextLong() >> rnd.nextInt(64));
                return;
            case 7:
                anyExponentPair(in, x, y, i);
                return;
            case 8:
                x[i] = in.exponentBetween(-1074, -1023);
                y[i] = in.uniform(-2, 2);
                return;
            case 9:
                x[i] = in.uniform(0.5, 2);
                y[i] = in.uniform(-2000, 2000);
                return;
            default:
                x[i] = in.nearPoint(POW_X);
                y[i] = in.nearPoint(POW_Y);
        }
    }

    /** y·log2|x| close to 1024, -1022, -1074 or -1075: the edges of overflow and underflow. */
    private static void powNearLimit(MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        double[] limits = {1024, -1022, -1074, -1075, 1023.99999, -1074.5};
        double ax = in.exponentBetween(-30, 30);
        double target = limits[rnd.nextInt(limits.length)];
        double yy = target / (Math.log(ax) / LN2) * (1 + in.uniform(-1e-14, 1e-14));
        if (rnd.nextBoolean()) {
            yy = Math.rint(yy);
        }
        x[i] = rnd.nextInt(4) == 0 ? -ax : ax;
        y[i] = yy;
    }

    private static void atan2(MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        switch (rnd.nextInt(6)) {
            case 0:
                randomBitsPair(in, x, y, i);
                return;
            case 1:
                x[i] = in.uniform(-10, 10);
                y[i] = in.uniform(-10, 10);
                return;
            case 2:
                anyExponentPair(in, x, y, i);
                return;
            case 3:
                y[i] = in.anyExponent();
                x[i] = Math.scalb(y[i] * in.uniform(1, 2), (rnd.nextBoolean() ? 60 : -60) + rnd.nextInt(5) - 2);
                return;
            case 4:
                x[i] = rnd.nextBoolean() ? 1.0 : in.near(1.0, 2);
                y[i] = in.mixture(ATAN_RANGES, ATAN_POINTS);
                return;
            default:
                x[i] = in.nearPoint(NONE);
                y[i] = in.uniform(-3, 3);
        }
    }

    private static void hypot(MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        double a;
        double b;
        switch (rnd.nextInt(7)) {
            case 0:
                a = in.randomBits();
                b = in.randomBits();
                break;
            case 1:
                a = in.anyExponent();
                b = in.anyExponent();
                break;
            case 2:
                a = in.anyExponent();
                b = Math.scalb(a * in.uniform(1, 2), -(58 + rnd.nextInt(5)));
                break;
            case 3:
                a = in.exponentBetween(499, 1023);
                b = in.exponentBetween(440, 1023);
                break;
            case 4:
                a = in.exponentBetween(-1074, -499);
                b = in.exponentBetween(-1074, -499);
                break;
            case 5:
                a = in.exponentBetween(-1074, -950);
                b = in.exponentBetween(-1074, -1023);
                break;
            default:
                a = in.uniform(-10, 10);
                b = in.uniform(-10, 10);
        }
        x[i] = rnd.nextBoolean() ? a : -a;
        y[i] = rnd.nextBoolean() ? b : -b;
    }

    private static void remainder(MathInputs in, double[] x, double[] y, int i) {
        Random rnd = in.random();
        switch (rnd.nextInt(6)) {
            case 0:
                randomBitsPair(in, x, y, i);
                return;
            case 1:
                anyExponentPair(in, x, y, i);
                return;
            case 2:
                y[i] = in.anyExponent();
                x[i] = y[i] * (rnd.nextInt(2000) - 1000 + 0.5);
                return;
            case 3:
                y[i] = in.exponentBetween(-1074, -1020);
                x[i] = rnd.nextBoolean() ? in.exponentBetween(-1074, -1000) : in.anyExponent();
                return;
            case 4:
                y[i] = in.exponentBetween(1022, 1023);
                x[i] = in.exponentBetween(1000, 1023) * (rnd.nextBoolean() ? 1 : -1);
                return;
            default:
                y[i] = in.uniform(-10, 10);
                x[i] = in.near(y[i] * (rnd.nextInt(100) - 50), 2);
        }
    }

    private static void randomBitsPair(MathInputs in, double[] x, double[] y, int i) {
        x[i] = in.randomBits();
        y[i] = in.randomBits();
    }

    private static void anyExponentPair(MathInputs in, double[] x, double[] y, int i) {
        x[i] = in.anyExponent();
        y[i] = in.anyExponent();
    }

    static double scalbArgument(MathInputs in) {
        switch (in.random().nextInt(4)) {
            case 0:
                return in.randomBits();
            case 1:
                return in.exponentBetween(-1074, -1000);
            case 2:
                return in.nearPoint(NONE);
            default:
                return in.anyExponent();
        }
    }

    static int scaleFactor(MathInputs in) {
        Random rnd = in.random();
        switch (rnd.nextInt(5)) {
            case 0:
                return rnd.nextInt();
            case 1:
                return rnd.nextInt(61) - 30;
            default:
                return rnd.nextInt(4401) - 2200;
        }
    }

    static void fma(MathInputs in, double[] a, double[] b, double[] c, int i) {
        Random rnd = in.random();
        switch (rnd.nextInt(9)) {
            case 0:
                a[i] = in.randomBits();
                b[i] = in.randomBits();
                c[i] = in.randomBits();
                return;
            case 1:
                a[i] = in.anyExponent();
                b[i] = in.anyExponent();
                c[i] = in.anyExponent();
                return;
            case 2:
                a[i] = in.uniform(-10, 10);
                b[i] = in.uniform(-10, 10);
                c[i] = in.near(-(a[i] * b[i]), 3);
                return;
            case 3:
                a[i] = in.exponentBetween(-600, -480) * (rnd.nextBoolean() ? 1 : -1);
                b[i] = in.exponentBetween(-600, -480);
                c[i] = rnd.nextBoolean() ? in.exponentBetween(-1074, -1000) * (rnd.nextBoolean() ? 1 : -1) : 0.0;
                return;
            case 4:
                a[i] = in.exponentBetween(500, 520);
                b[i] = in.exponentBetween(500, 520);
                c[i] = rnd.nextBoolean() ? -Double.MAX_VALUE : in.anyExponent();
                return;
            case 5:
                a[i] = in.nearPoint(NONE);
                b[i] = in.nearPoint(NONE);
                c[i] = in.nearPoint(NONE);
                return;
            case 6:
                a[i] = in.anyExponent();
                b[i] = in.uniform(-4, 4);
                c[i] = a[i] * b[i] * Math.scalb(1.0, -(50 + rnd.nextInt(70)));
                return;
            case 7:
                a[i] = (float) in.uniform(-10, 10);
                b[i] = (float) in.uniform(-10, 10);
                c[i] = -(float) (a[i] * b[i]) * (1 + (rnd.nextInt(5) - 2) * 0x1p-24);
                return;
            default:
                a[i] = rnd.nextInt(1 << 27) * Math.scalb(1.0, rnd.nextInt(40) - 20);
                b[i] = rnd.nextInt(1 << 27) * Math.scalb(1.0, rnd.nextInt(40) - 20);
                c[i] = rnd.nextInt() * Math.scalb(1.0, rnd.nextInt(60) - 70);
        }
    }
}

package ingot.classlib.differential;

import java.util.Random;

/**
 * Seeded arguments for the StrictMath comparison: random bit patterns, values spread evenly over
 * every exponent (subnormals included), values uniform in the ranges a function cares about, and
 * values within a few ulps of the points where its algorithm changes path (thresholds, multiples
 * of π/2, overflow and underflow limits) and of the special values.
 */
final class MathInputs {
    /** Values every function meets: zeros, limits, infinities, NaNs with several payloads, ±1, ±2. */
    static final double[] SPECIALS = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L),
        Double.longBitsToDouble(0xfff4000000000123L), Double.longBitsToDouble(0x7ffabcdef0123456L), 1.0, -1.0, 0.5,
        -0.5, 2.0, -2.0, 3.0, -3.0, 0x1p-1022 * 0.75, 1e-300, 1e300,
    };

    private final Random rnd;

    MathInputs(long seed) {
        rnd = new Random(seed);
    }

    Random random() {
        return rnd;
    }

    double randomBits() {
        return Double.longBitsToDouble(rnd.nextLong());
    }

    /** Random sign, exponent uniform over [-1074, 1023], random significand. */
    double anyExponent() {
        double m = 1.0 + rnd.nextDouble();
        int e = rnd.nextInt(1023 + 1075) - 1075;
        double v = Math.scalb(m, e);
        return rnd.nextBoolean() ? v : -v;
    }

    /** Positive, exponent uniform over [lowExponent, highExponent]. */
    double exponentBetween(int lowExponent, int highExponent) {
        return Math.scalb(1.0 + rnd.nextDouble(), lowExponent + rnd.nextInt(highExponent - lowExponent + 1));
    }

    double uniform(double low, double high) {
        return low + (high - low) * rnd.nextDouble();
    }

    /** {@code p} moved by up to {@code ulps} representable steps either way (its sign kept). */
    double near(double p, int ulps) {
        if (Double.isNaN(p) || Double.isInfinite(p)) {
            return p;
        }
        long bits = Double.doubleToRawLongBits(p);
        long moved = bits + rnd.nextInt(2 * ulps + 1) - ulps;
        if ((moved ^ bits) < 0 || (moved & 0x7ff0000000000000L) == 0x7ff0000000000000L) {
            return p;
        }
        return Double.longBitsToDouble(moved);
    }

    /** A double near k·π/2 for a random k of up to {@code bits} bits, moved by a few ulps. */
    double nearMultipleOfPiOver2(int bits) {
        long k = rnd.nextLong() >>> (64 - bits);
        double v = near(k * (Math.PI / 2), 3);
        return rnd.nextBoolean() ? v : -v;
    }

    /** One of the points, or a special value, moved by up to 4 ulps. */
    double nearPoint(double[] points) {
        double p = rnd.nextInt(4) == 0 || points.length == 0 ? SPECIALS[rnd.nextInt(SPECIALS.length)]
                : points[rnd.nextInt(points.length)];
        double v = near(p, 4);
        return rnd.nextInt(8) == 0 ? -v : v;
    }

    /** A value from the ranges {@code {low0, high0, low1, high1, ...}}. */
    double inRanges(double[] ranges) {
        int i = rnd.nextInt(ranges.length / 2);
        return uniform(ranges[2 * i], ranges[2 * i + 1]);
    }

    /** The usual mixture: bits, any exponent, the ranges, near the points. */
    double mixture(double[] ranges, double[] points) {
        int kind = rnd.nextInt(20);
        if (kind < 3) {
            return randomBits();
        }
        if (kind < 6) {
            return anyExponent();
        }
        if (kind < 15) {
            return inRanges(ranges);
        }
        return nearPoint(points);
    }
}

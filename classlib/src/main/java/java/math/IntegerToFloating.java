package java.math;

/**
 * BigInteger to double and float, correctly rounded (to nearest, ties to even) as the JDK's:
 * values below 2^63 through the long conversion; larger ones from their top bits and a sticky bit,
 * infinite from 2^1024 (2^128 for floats) after rounding.
 */
final class IntegerToFloating {
    private IntegerToFloating() {
    }

    static double toDouble(int signum, int[] mag) {
        int bits = Magnitude.bitLength(mag);
        if (bits < 64) {
            return signum * (double) Magnitude.low64(mag);
        }
        long significand = rounded(mag, bits, 53);
        int exponent = bits - 1;
        if (significand == 1L << 53) {
            significand >>>= 1;
            exponent++;
        }
        if (exponent > 1023) {
            return signum < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        long raw = (long) (exponent + 1023) << 52 | significand & ((1L << 52) - 1);
        return Double.longBitsToDouble(signum < 0 ? raw | Long.MIN_VALUE : raw);
    }

    static float toFloat(int signum, int[] mag) {
        int bits = Magnitude.bitLength(mag);
        if (bits < 64) {
            return signum * (float) Magnitude.low64(mag);
        }
        int significand = (int) rounded(mag, bits, 24);
        int exponent = bits - 1;
        if (significand == 1 << 24) {
            significand >>>= 1;
            exponent++;
        }
        if (exponent > 127) {
            return signum < 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        int raw = (exponent + 127) << 23 | significand & ((1 << 23) - 1);
        return Float.intBitsToFloat(signum < 0 ? raw | Integer.MIN_VALUE : raw);
    }

    /** The top {@code keep} bits of mag (bits > 64 > keep), rounded to nearest even. */
    private static long rounded(int[] mag, int bits, int keep) {
        int shift = bits - keep - 1;
        long top = Magnitude.low64(Magnitude.shiftRight(mag, shift));
        boolean half = (top & 1) != 0;
        long kept = top >>> 1;
        if (half && ((kept & 1) != 0 || Magnitude.anyLowBits(mag, shift))) {
            kept++;
        }
        return kept;
    }
}
